import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('a name set off by a noun of kin or relation speaks, not the relative', () => {
  it('a father who shares the family name of the official named before', () => {
    const text = 'أوقفت الشرطة الناشط سامي الجبالي في تونس.\n\nوقال محمود الجبالي، والد سامي، لإذاعة موزاييك عبر الهاتف: "ابني لم يرتكب أي جرم".';
    expect(speakerOf(text, 'ابني لم يرتكب')).toBe('محمود الجبالي');
  });
  it('a wife whose husband is named by his family name', () => {
    const text = 'اعتقلت السلطات المعارض سمير الحداد الأسبوع الماضي.\n\nفي المقابل، قالت ليلى المنصوري، زوجة الحداد، التي تقود حملته، إن «زوجي يعاني من مرض مزمن».';
    expect(speakerOf(text, 'يعاني من مرض')).toBe('ليلى المنصوري');
  });
  it('a brother named with a given name only the dictionaries know', () => {
    const text = 'قتل الشاب رامي العبيدي في مواجهات مع الشرطة.\n\nوقال كمال العبيدي، شقيق رامي، إن أخاه «لم يكن يحمل أي سلاح».';
    expect(speakerOf(text, 'لم يكن يحمل')).toBe('كمال العبيدي');
  });
});

describe('a relative clause set off by a comma after someone named has them for subject', () => {
  it('whoever opened the sentence with كان', () => {
    const text = 'أعلن رئيس الوزراء الأردني عمر الرزاز سحب مشروع القانون.\n\nوكان الرزاز قد التقى رئيس نقابة المهندسين علي الخطيب، الذي وصف القرار بأنه «خطوة في الاتجاه الصحيح».';
    expect(speakerOf(text, 'خطوة في الاتجاه')).toBe('علي الخطيب');
  });
  it('a verb joined to the relative clause by a comma and و', () => {
    const text = 'قال وزير الخارجية الصيني وانغ يي إن بكين "ترفض أي تدخل خارجي".\n\nوجاء ذلك ردا على تصريحات لوزير الخارجية الأسترالي، مارك بلاكمان، الذي رحب بالقرار، وقال إن على الحكومة "احترام حقوق المحتجين".';
    expect(speakerOf(text, 'احترام حقوق')).toBe('مارك بلاكمان');
  });
  it('not when the clause writes its own subject', () => {
    const text = 'تتواصل المعارك في الجنوب.\n\nوتقود العمليات قوات بقيادة الفريق سالم العبدلي، الذي أعلن المتحدث باسمه العقيد فهد الزين أن القوات «تقدمت نحو المدينة».';
    expect(speakerOf(text, 'تقدمت نحو')).toBe('فهد الزين');
  });
});
