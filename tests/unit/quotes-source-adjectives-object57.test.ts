import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

const OPENING = 'استقبل وزير الخارجية الأردني أيمن الصفدي نظيره البلجيكي في عمان. ';

describe('an unnamed source before the object of a verb that describes it («وصف المصدر X بأنه»)', () => {
  it('keeps its indefinite adjectives, nationality included, out of the words', () => {
    const text = OPENING + 'ووصف مصدر دبلوماسي أردني الزيارة بأنها «ناجحة بكل المقاييس».';
    const q = quoteWith(text, 'ناجحة');
    expect(q?.speaker_ar).toBe('مصدر دبلوماسي أردني');
    expect(q?.speaker_en).toBe('Jordanian diplomatic source');
    expect(q?.text.startsWith('أردني')).toBe(false);
  });

  it('does not take the object for a genitive of the source', () => {
    const text = OPENING + 'ووصف مصدر حكومي الاتفاق بأنه «خطوة أولى نحو شراكة أوسع».';
    expect(quoteWith(text, 'خطوة أولى')?.speaker_ar).toBe('مصدر حكومي');
  });

  it('keeps the object described in the words when a quotation follows it («بـ"…"»)', () => {
    const text = OPENING + 'ووصف مصدر رسمي أردني تقاريرَ الصحف الأجنبية عن الخلاف بـ"الأكاذيب والتلفيقات المعتادة".';
    const q = quoteWith(text, 'الأكاذيب');
    expect(q?.speaker_ar).toBe('مصدر رسمي أردني');
    expect(q?.text.startsWith('تقاريرَ')).toBe(true);
  });

  it('reads plural sources with their adjectives', () => {
    const text = OPENING + 'ووصفت مصادر سياسية بلجيكية المحادثات بأنها «صريحة ومفيدة».';
    expect(quoteWith(text, 'صريحة')?.speaker_ar).toBe('مصادر سياسية بلجيكية');
  });
});
