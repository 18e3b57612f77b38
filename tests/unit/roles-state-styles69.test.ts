import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('«الهجرة» is Migration, as ministries, the EU and the IOM name it', () => {
  it('a minister, a director and a commissioner of «الهجرة»', () => {
    expect(roleToEnglish('وزير الهجرة واللجوء اليوناني')).toBe('Greek Minister of Migration and Asylum');
    expect(roleToEnglish('مدير إدارة الهجرة والجوار في المفوضية الأوروبية')).toBe('Director of the Migration and Neighbourhood Department at the European Commission');
    expect(roleToEnglish('المفوض الأوروبي لشؤون الهجرة')).toBe('European Commissioner for Migration Affairs');
  });
});

describe('a National Assembly presided by a Speaker, also where the article named its state before', () => {
  it('reads «الأرمني» as Armenian, the spelling the press gives it', () => {
    expect(roleToEnglish('نائب رئيس الجمعية الوطنية الأرمنية')).toBe('Deputy Speaker of the Armenian National Assembly');
    expect(roleToEnglish('رئيس البرلمان الأرمني')).toBe('Armenian Speaker of Parliament');
  });
  it('the head of the assembly a delegation came from is its Speaker, the English naming no state the words do not', () => {
    const text = 'وصل إلى الرباط وفد من الجمعية الوطنية الزامبية برئاسة نيلي موتي، رئيسة الجمعية الوطنية، في زيارة تستمر ثلاثة أيام.';
    expect(roleOf(text, 'نيلي موتي')).toBe('Speaker of the National Assembly');
  });
  it('and so are the deputies of «رئيس الجمعية» after it', () => {
    const text = 'وزار الرباط وفد من الجمعية الوطنية الأرمنية ضم نائبي رئيس الجمعية آرام سركيسيان وتيغران هاكوبيان، وبحث معهم رئيس مجلس النواب راشيد الطالبي العلمي التعاون.';
    expect(roleOf(text, 'آرام سركيسيان')).toBe('Deputy Speaker of the National Assembly');
    expect(roleOf(text, 'تيغران هاكوبيان')).toBe('Deputy Speaker of the National Assembly');
  });
  it('an assembly of a state that styles its head President stays so', () => {
    const text = 'وصل إلى الرباط وفد من الجمعية الوطنية الفرنسية برئاسة إيف ماري، رئيس الجمعية الوطنية، في زيارة تستمر ثلاثة أيام.';
    expect(roleOf(text, 'إيف ماري')).toBe('President of the National Assembly');
  });
});

describe('«النائب العام» is the Prosecutor General of the states that style him so', () => {
  it('Egypt’s and Algeria’s, by the adjective', () => {
    expect(roleToEnglish('النائب العام المصري')).toBe('Egyptian Prosecutor General');
    expect(roleToEnglish('النائب العام الجزائري')).toBe('Algerian Prosecutor General');
    expect(roleToEnglish('النائب العام الكويتي')).toBe('Kuwaiti Attorney General');
  });
  it('and in a story of their officials', () => {
    expect(roleOf('أمر المستشار حمادة الصاوي، النائب العام، بحبس المتهمين أربعة أيام. وقال وزير الداخلية المصري محمود توفيق إن التحقيقات مستمرة.', 'حمادة الصاوي')).toBe('Prosecutor General');
    expect(roleOf('أمر المستشار سالم الكندري، النائب العام، بحبس المتهمين أربعة أيام. وقال وزير الداخلية الكويتي طلال الخالد إن التحقيقات مستمرة.', 'سالم الكندري')).toBe('Attorney General');
  });
});

describe('the UAE before its offices and bodies, as the press writes it', () => {
  it('UAE, not Emirati', () => {
    expect(roleToEnglish('وزير الخارجية الإماراتي')).toBe('UAE Minister of Foreign Affairs');
    expect(roleToEnglish('رئيس أركان القوات المسلحة الإماراتية')).toBe('Chief of the General Staff of the UAE Armed Forces');
  });
});

describe('a spokesman «باسمها» speaks for a feminine owner: a body named with a feminine noun, or a woman', () => {
  it('the government that spoke through him', () => {
    const text = 'وأعلنت الحكومة الكندية على لسان المتحدث باسمها جون سميث أن أوتاوا تتابع الوضع عن كثب.';
    expect(roleOf(text, 'جون سميث')).toBe('Spokesman for the Canadian Government');
  });
  it('never a minister named before, the noun right before him naming no body of its own', () => {
    const text = 'وترأس وفد الحكومة السودانية وزير الدفاع ياسين إبراهيم، فيما ترأس وفد الحركة المتحدث باسمها محمد زكريا، برفقة القائد العسكري عبد الله جنا.';
    expect(roleOf(text, 'محمد زكريا')).toBe('Spokesman');
  });
});

describe('the ambassador of a head of state named by his style is his state’s', () => {
  it('«سفير خادم الحرمين الشريفين» is the Saudi Ambassador', () => {
    expect(roleToEnglish('سفير خادم الحرمين الشريفين لدى جمهورية غينيا')).toBe('Saudi Ambassador to Guinea');
    expect(roleToEnglish('سفير خادم الحرمين الشريفين لدى إيطاليا ومالطا')).toBe('Saudi Ambassador to Italy and Malta');
  });
  it('his adviser keeps the style', () => {
    expect(roleToEnglish('المستشار الخاص لخادم الحرمين الشريفين')).toBe('Special Adviser to the Custodian of the Two Holy Mosques');
  });
});
