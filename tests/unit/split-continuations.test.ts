import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs evaluation script without types
import { splitContinuations } from '../../scripts/eval/split-continuations.mjs';

const quote = (text: string) => ({ text, kind: 'indirect', speaker_en: 'A Minister', optional: false });

describe('splitContinuations (dev-corpus convention for «مضيفا أن» continuations)', () => {
  it('splits a quote continued by a participle of saying into its two statements', () => {
    const parts = splitContinuations(
      quote('المحادثات تناولت ملف المياه المشترك بين البلدين، مضيفا أن اللجنة الفنية ستجتمع الشهر المقبل في العاصمة'),
    );
    expect(parts.map((part: { text: string }) => part.text)).toEqual([
      'المحادثات تناولت ملف المياه المشترك بين البلدين',
      'اللجنة الفنية ستجتمع الشهر المقبل في العاصمة',
    ]);
    expect(parts[1].speaker_en).toBe('A Minister');
  });

  it('reads «مشيرة في الوقت ذاته إلى أن» as one separator', () => {
    const parts = splitContinuations(
      quote('الحكومة ماضية في خطتها للإصلاح، مشيرة في الوقت ذاته إلى أن الدعم سيبقى للأسر الفقيرة'),
    );
    expect(parts.map((part: { text: string }) => part.text)).toEqual([
      'الحكومة ماضية في خطتها للإصلاح',
      'الدعم سيبقى للأسر الفقيرة',
    ]);
  });

  it('leaves a quote without a continuation, or with too short a remainder, whole', () => {
    const plain = quote('الاتفاق سيوقع قبل نهاية العام الجاري في العاصمة');
    expect(splitContinuations(plain)).toEqual([plain]);
    const short = quote('الوضع صعب جدا في المدينة، مضيفا أنه خطير');
    expect(splitContinuations(short)).toEqual([short]);
  });
  it('reads tanween written before the alif («مضيفًا») like the one after it', () => {
    const parts = splitContinuations(
      quote('الحكومة ماضية في خطتها للإصلاح الاقتصادي، مضيفًا أن الدعم سيبقى للأسر الفقيرة'),
    );
    expect(parts.map((part: { text: string }) => part.text)).toEqual([
      'الحكومة ماضية في خطتها للإصلاح الاقتصادي',
      'الدعم سيبقى للأسر الفقيرة',
    ]);
  });

  it('splits «واصفا» and «معتبرا أن» as dev does, and keeps «معتبرا ذلك» and «داعيا» joined', () => {
    const described = splitContinuations(
      quote('أنقرة أبلغت الوزير الزائر بأولوياتها وتطلعاتها، واصفا المباحثات بين الجانبين بأنها صريحة'),
    );
    expect(described.map((part: { text: string }) => part.text)).toEqual([
      'أنقرة أبلغت الوزير الزائر بأولوياتها وتطلعاتها',
      'المباحثات بين الجانبين بأنها صريحة',
    ]);
    const considered = splitContinuations(
      quote('الوزارة زارت عددا من المؤسسات الصحية، معتبرةً أن قطاع الأدوية يرتقي إلى أحدث المعايير'),
    );
    expect(considered).toHaveLength(2);
    const joinedThat = quote('التسامح الذي يعيشه المجتمع مع تعدد أعراقه، معتبرا ذلك دليلا على وسطية الإسلام');
    expect(splitContinuations(joinedThat)).toEqual([joinedThat]);
    const calling = quote('الحل السياسي هو الطريق الوحيد للأزمة، داعيا إلى حوار شامل بين الأطراف');
    expect(splitContinuations(calling)).toEqual([calling]);
  });
});
