// After a participle of urging («داعيا، مطالبا، حاثا»), the people urged belong to the words: the quote is
// «أنصاره إلى عدم الانتقام», not «عدم الانتقام», as the sets written in the dev conventions mark it (heldout3–12
// and 17). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const opening = 'تتواصل الاحتجاجات في العاصمة لليوم الثاني.\n\n';
const quoteWith = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));

describe('the people urged after a participle of urging', () => {
  it('داعيا + a possessed noun + إلى', () => {
    const q = quoteWith(opening + 'وقال رئيس الحزب إن الحزب "مستعد للتعاون من أجل انتقال سلمي"، داعيا أنصاره إلى عدم الانتقام.', 'عدم الانتقام');
    expect(q?.text).toBe('أنصاره إلى عدم الانتقام');
  });
  it('داعية + a noun and its adjective + إلى + words in marks', () => {
    const q = quoteWith(opening + 'وقالت الوزيرة إن الوضع "خطير جدا"، داعية القوات الأمنية إلى "ضبط النفس".', 'ضبط النفس');
    expect(q?.text.startsWith('القوات الأمنية إلى')).toBe(true);
  });
  it('nobody urged: the words start after إلى', () => {
    const q = quoteWith(opening + 'وقال الرئيس إن الحكومة "ستعمل بجد"، داعيا إلى تسريع إنجاز المشاريع المبرمجة.', 'تسريع');
    expect(q?.text.startsWith('تسريع')).toBe(true);
  });
  it('a circumstance between the participle and إلى is no one urged', () => {
    const q = quoteWith(opening + 'وقال الرئيس إن الحكومة "ستعمل بجد"، داعيا في الوقت ذاته إلى تسريع إنجاز المشاريع المبرمجة.', 'تسريع');
    expect(q?.text.startsWith('في')).toBe(false);
  });
});

describe('the people urged after a verb of urging whose subject is not written after it', () => {
  it('ودعا + a possessed noun + إلى: the one urged opens the words', () => {
    const q = quoteWith(opening + 'وقال الرئيس إن الحكومة "ستعمل بجد". ودعا أنصاره إلى التزام الهدوء.', 'التزام الهدوء');
    expect(q?.text).toBe('أنصاره إلى التزام الهدوء');
  });
  it('a subject written after the verb is not taken into the words', () => {
    const q = quoteWith(opening + 'وبشأن الوضع في ليبيا، دعا جون كيري جميع الأطراف إلى الدخول في نقاش لتأسيس حكومة.', 'الدخول');
    expect(q?.text.includes('كيري')).toBe(false);
  });
});
