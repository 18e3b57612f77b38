import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('the commander of an army unit', () => {
  it('commands the unit, numbered', () => {
    expect(roleToEnglish('قائد الفرقة الثالثة')).toBe('Commander of the Third Division');
    expect(roleToEnglish('قائد اللواء السابع')).toBe('Commander of the Seventh Brigade');
    expect(roleToEnglish('قائد الكتيبة')).toBe('Commander of the Battalion');
    expect(roleToEnglish('قائد الفوج الثامن')).toBe('Commander of the Eighth Regiment');
    expect(roleToEnglish('قائد المنطقة العسكرية الخامسة')).toBe('Commander of the Fifth Military Region');
    expect(roleToEnglish('قائد فيلق القدس')).toBe('Commander of the Quds Force');
  });
  it('keeps the command when his rank stands before his name', () => {
    const text = 'وأعلن قائد الفرقة السادسة العميد كريم الجبوري أن القوات أحكمت سيطرتها على الطريق.';
    expect(byName(text, 'كريم الجبوري')?.role_en).toBe('Commander of the Sixth Division');
  });
  it('leaves a rank before a name a rank', () => {
    const text = 'وأعلن اللواء كريم الجبوري أن القوات أحكمت سيطرتها على الطريق.';
    expect(byName(text, 'كريم الجبوري')?.role_en).toBe('Major General');
  });
});

describe('an office in a country, then a rank and the name', () => {
  it('is the office of the ranked officer, comma or none', () => {
    const text = 'وتلقى الرئيس اتصالا من رئيس مجلس الدفاع الأعلى في تشاد، الفريق أول ركن كريم الجبوري، تناول الأوضاع.';
    expect(byName(text, 'كريم الجبوري')?.role_en).toMatch(/of Chad$/);
    const plain = 'وقال وزير الداخلية في النيجر العقيد كريم الجبوري إن الحدود آمنة.';
    expect(byName(plain, 'كريم الجبوري')?.role_en).toMatch(/^Minister of Interior/);
  });
});
