import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speaker_ar : undefined;
};

const OPENING = 'التقى وزير الخارجية الأردني أيمن الصفدي نظيره الإيطالي في روما. وقال الصفدي إن المحادثات "كانت مثمرة". ';

describe('a speaker named in the sentence before the reporting verb', () => {
  it('is the subject of the sentence a clause of time with no subject of its own hangs on', () => {
    const text = OPENING + 'ويزور وزير الخارجية الفرنسي جان إيف لودريان القاهرة غدا لبحث ملف ليبيا، بعدما قال أمس إن باريس "لن تقبل بالتقسيم".';
    expect(speakerOf(text, 'لن تقبل')).toBe('جان إيف لودريان');
    const after = OPENING + 'ويتوجه رئيس الوزراء الإسباني بيدرو سانشيز إلى الرباط، بعد أن أكد الأسبوع الماضي أن مدريد "تريد صفحة جديدة".';
    expect(speakerOf(after, 'صفحة جديدة')).toBe('بيدرو سانشيز');
  });

  it('is the one who describes words, not the one whose words they are («ووصف تصريحات X بأنها»)', () => {
    const text = OPENING + 'في المقابل، رفض رئيس الوزراء الإيطالي جوزيبي كونتي التعليق، ووصف تصريحات الصفدي بأنها "إيجابية ومشجعة".';
    expect(speakerOf(text, 'إيجابية')).toBe('جوزيبي كونتي');
  });

  it('is one word of a name written in full earlier, article and all, as the subject of «وكان … قد قال»', () => {
    const text = 'وكان المهندس خالد الكعبي قد وصل إلى المحطة. ' + OPENING + 'وكان الكعبي قد قال قبل سفره: "نحمل معنا نتائج عامين من العمل".';
    expect(speakerOf(text, 'نتائج عامين')).toBe('خالد الكعبي');
    const other = 'ووصل المهندس عمر الزعابي إلى المحطة. ' + OPENING + 'وكان الزعابي قد أكد أمس أن الفريق "جاهز تماما".';
    expect(speakerOf(other, 'جاهز تماما')).toBe('عمر الزعابي');
  });

  it('is the subject of a clause of contrast (بينما، فيما) that a participle goes on from, a few quoted words inside it', () => {
    const text = OPENING + 'وأشاد الصفدي بالزيارة، فيما شكر وزير الخارجية الإيطالي لويجي دي مايو نظيره على "حسن الاستقبال"، مؤكدا أن البلدين "شريكان أساسيان في المتوسط".';
    expect(speakerOf(text, 'شريكان')).toBe('لويجي دي مايو');
  });
});
