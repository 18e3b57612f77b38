import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en ?? null;

describe('an office or a body as the holder\'s state names it in English', () => {
  it('gives the UAE\'s «رئيس الدولة» as the UAE President, as every reader of the agency\'s style does', () => {
    expect(roleOf('استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم في أبوظبي ضيفه.', 'محمد بن زايد آل نهيان')).toBe('President of the UAE');
    // (Another state's «رئيس الدولة» stays its head of state.)
    expect(roleToEnglish('رئيس الدولة المؤقت')).toBe('Interim Head of State');
  });

  it('reads the Turkish army\'s «القوات البرية» as its Land Forces, elsewhere the Ground Forces', () => {
    expect(roleToEnglish('قائد القوات البرية التركية')).toBe('Commander of the Land Forces');
    expect(roleToEnglish('قائد القوات البرية المصرية')).toBe('Commander of the Egyptian Ground Forces');
  });

  it('reads Jordan\'s «الأمن العام» as its Public Security, Lebanon\'s as its General Security', () => {
    expect(roleToEnglish('مدير الأمن العام الأردني')).toMatch(/^Director of the Public Security$/);
    expect(roleToEnglish('مدير الأمن العام اللبناني')).toBe('Director of the Lebanese General Security');
  });
});

describe('the head of a Shura Council', () => {
  it('is its Speaker, as the Saudi, Qatari and Bahraini press write it; Oman\'s styles him its Chairman', () => {
    expect(roleToEnglish('رئيس مجلس الشورى')).toBe('Speaker of the Shura Council');
    expect(roleToEnglish('نائب رئيس مجلس الشورى')).toBe('Deputy Speaker of the Shura Council');
    expect(roleOf('وقال رئيس مجلس الشورى سامر حداد إن الجلسة ستعقد غدا.', 'سامر حداد')).toBe('Speaker of the Shura Council');
    expect(roleToEnglish('رئيس مجلس الشورى العماني')).toBe('Chairman of the Omani Shura Council');
  });
});
