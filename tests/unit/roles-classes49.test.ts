import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';
import { analyze } from '@/lib/analyze';

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

describe('an ambassador «لدى الدولة» named in an attendance list', () => {
  it('is accredited to the state the article\'s officials serve', () => {
    const text = 'الدوحة في 12 مارس /قنا/ التقى معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، اليوم، سعادة السيد موسى ويتانغولا رئيس الجمعية الوطنية بجمهورية كينيا.\n\nحضر الاجتماع سعادة الدكتور محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية، وسعادة السيد جبر بن علي الدوسري سفير دولة قطر لدى جمهورية كينيا.\n\nكما حضره من الجانب الكيني سعادة النائب نيلسون كوتش رئيس لجنة الدفاع، وسعادة النائبة ميلي أوديامبو عضو الجمعية الوطنية، وسعادة السيد عبدالله عمر بوشرة سفير جمهورية كينيا لدى الدولة.';
    const ambassador = analyze(text).officials.find((o) => o.name_ar === 'عبدالله عمر بوشرة');
    expect(ambassador?.role_en).toBe('Ambassador of Kenya to Qatar');
  });
});
