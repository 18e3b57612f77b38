import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('a minister’s country named after the portfolio («في جمهورية X», «بدولة X»)', () => {
  it('is the minister’s country, not a place "at the Republic of"', () => {
    expect(roleToEnglish('وزير الصحة في دولة الكويت')).toBe('Minister of Health of Kuwait');
    expect(roleToEnglish('وزيرة المالية في المملكة المغربية')).toBe('Minister of Finance of Morocco');
    expect(roleToEnglish('وزير التجارة بجمهورية الكونغو')).not.toMatch(/\bat the\b/);
  });
  it('and a Philippine minister is the Secretary of a department, of the Philippines', () => {
    expect(roleToEnglish('وزير الزراعة في جمهورية الفلبين')).toBe('Secretary of Agriculture of the Philippines');
    expect(roleToEnglish('وزير الخارجية الفلبيني')).toBe('Philippine Secretary of Foreign Affairs');
    expect(roleToEnglish('وزير الخارجية الأمريكي')).toBe('US Secretary of State');
    expect(roleToEnglish('وزير الخارجية الهندي')).toBe('Indian Minister of Foreign Affairs');
  });
});

describe('the head of a parliament or a senate', () => {
  it('is its Speaker, a woman too (no Chairwoman of the Parliament)', () => {
    expect(roleToEnglish('رئيسة البرلمان الكيني')).toBe('Speaker of the Kenyan Parliament');
    expect(roleToEnglish('نائبة رئيسة البرلمان التنزاني')).toBe('Deputy Speaker of the Tanzanian Parliament');
  });
  it('and a senate’s is its President; the European Parliament’s too', () => {
    expect(roleToEnglish('رئيسة مجلس الشيوخ')).toBe('President of the Senate');
    expect(roleToEnglish('رئيس مجلس الشيوخ الإيطالي')).toBe('President of the Italian Senate');
    expect(roleToEnglish('رئيسة البرلمان الأوروبي')).toBe('President of the European Parliament');
  });
});

describe('the UN’s high commissioners and the human rights office', () => {
  it('are named as the UN names them', () => {
    expect(roleToEnglish('المفوض السامي لشؤون اللاجئين')).toBe('UN High Commissioner for Refugees');
    expect(roleToEnglish('مفوضة الأمم المتحدة السامية لحقوق الإنسان')).toBe('UN High Commissioner for Human Rights');
    expect(roleToEnglish('المتحدث باسم مفوضية الأمم المتحدة لحقوق الإنسان')).toBe('Spokesman for the Office of the UN High Commissioner for Human Rights');
    expect(roleToEnglish('المتحدثة باسم المفوضية السامية لحقوق الإنسان')).toBe('Spokeswoman for the Office of the UN High Commissioner for Human Rights');
  });
  it('while a country’s high commissioner stays one', () => {
    expect(roleToEnglish('المفوض السامي الكندي')).toBe('Canadian High Commissioner');
  });
});

describe('the council of an authority, a commission, a bank or a fund', () => {
  it('is its Board', () => {
    expect(roleToEnglish('عضو مجلس الهيئة')).toBe('Member of the Board of the Authority');
    expect(roleToEnglish('عضوة مجلس المفوضية')).toMatch(/^Member of the Board of the Commission$/);
    expect(roleToEnglish('عضو مجلس البنك المركزي')).toBe('Member of the Board of the Central Bank');
  });
  it('while a league’s, a union’s or a province’s stays a Council', () => {
    expect(roleToEnglish('عضو مجلس الاتحاد')).toBe('Member of the Federation Council');
    expect(roleToEnglish('رئيس مجلس المحافظة')).toBe('Chairman of the Council of the Governorate');
  });
});

describe('a dean of the diplomatic corps', () => {
  it('is a second office of the ambassador, before or after it', () => {
    expect(roleToEnglish('سفير السنغال لدى المملكة عميد السلك الدبلوماسي')).toBe('Ambassador of Senegal to the Kingdom and Dean of the Diplomatic Corps');
    const text = 'وحضر الحفل عميد السلك الدبلوماسي سفير موريشيوس لدى الأردن راجيف بهاتيا.';
    expect(byName(text, 'راجيف بهاتيا')?.role_en).toBe('Dean of the Diplomatic Corps and Ambassador of Mauritius to Jordan');
  });
});

describe('a ministry’s department named by the field it handles', () => {
  it('keeps the field in its English', () => {
    expect(roleToEnglish('مديرة إدارة تفتيش العمل')).toBe('Director of the Labor Inspection Department');
    expect(roleToEnglish('مدير إدارة المراسم')).toBe('Director of the Protocol Department');
    expect(roleToEnglish('رئيس قسم العلاقات العامة')).toBe('Head of the Public Relations Department');
    expect(roleToEnglish('مدير إدارة الشؤون المالية والإدارية')).toBe('Director of the Financial and Administrative Affairs Department');
  });
});

describe('a deputy prime minister who is also a minister, meeting «نظيره»', () => {
  it('meets the other country’s minister of the portfolio', () => {
    const text = 'بحث نائب رئيس الوزراء وزير الخارجية الكويتي الشيخ أحمد الناصر اليوم مع نظيره الماليزي سيف الدين عبد الله سبل التعاون.';
    expect(byName(text, 'سيف الدين عبد الله')?.role_en).toBe('Malaysian Minister of Foreign Affairs');
  });
  it('while a prime minister who is also a minister meets a prime minister', () => {
    const text = 'والتقى رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني نظيره الماليزي أنور إبراهيم.';
    expect(byName(text, 'أنور إبراهيم')?.role_en).toMatch(/Prime Minister/);
  });
});

describe('an economic expert («الخبير الاقتصادي»)', () => {
  it('is an Economist, an official on the staff of a public body and a person elsewhere', () => {
    expect(roleToEnglish('الخبيرة الاقتصادية في البنك الدولي')).toBe('Economist at the World Bank');
    expect(roleToEnglish('الخبير الاقتصادي السوداني')).toBe('Sudanese Economist');
    const text = 'وقال الخبير الاقتصادي في صندوق النقد الدولي ماركو بيرتيني إن النمو سيتباطأ. وقال الخبير الاقتصادي المصري وائل النحاس إن الأسعار سترتفع.';
    const a = analyze(text);
    expect(a.officials.find((o) => o.name_ar === 'ماركو بيرتيني')?.role_en).toBe('Economist at the International Monetary Fund');
    expect(a.officials.find((o) => o.name_ar === 'وائل النحاس')).toBeUndefined();
  });
});
