import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);

const TITLE = 'قمة عمان تبحث أزمة المياه في المنطقة\n\n';
const LEAD = 'اختتمت في عمان أمس قمة إقليمية خصصت لأزمة المياه بمشاركة وزراء من ست دول.\n\n';

describe('a crosshead "X: words" on a line of its own below the title', () => {
  it('is no statement when the section below it gives the same person\'s words in full', () => {
    const text = `${TITLE}${LEAD}الصفدي: لا تنازل عن حصتنا المائية\n\nوقال وزير الخارجية الأردني أيمن الصفدي في مؤتمر صحافي إن الأردن "لن يتنازل عن أي قطرة من حصته المائية مهما كانت الضغوط".`;
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.startsWith('لا تنازل عن حصتنا'))).toBe(false);
    expect(quotes.some((q) => q.includes('لن يتنازل عن أي قطرة'))).toBe(true);
  });

  it('is no statement when a later statement repeats most of its words', () => {
    const text = `${TITLE}${LEAD}الحكومة العراقية: نرفض المساس بالحصص\n\nوكتب المتحدث باسم الحكومة العراقية باسم العوادي على منصة إكس: "نرفض المساس بالحصص المائية المتفق عليها".`;
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.startsWith('نرفض المساس بالحصص') && !q.includes('المتفق'))).toBe(false);
    expect(quotes.some((q) => q.includes('المتفق عليها'))).toBe(true);
  });

  it('stays a statement when the story does not take it up again', () => {
    const text = `${TITLE}ترأس وزير الخارجية الأردني أيمن الصفدي قمة إقليمية خصصت لأزمة المياه.\n\nالصفدي: الاجتماع كان بناء وتناول كل الملفات المائية\n\nوفي الشأن الزراعي، قال وزير الزراعة السوري محمد حسان قطنا إن "الجفاف يهدد محصول القمح هذا العام".`;
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('الاجتماع كان بناء'))).toBe(true);
  });

  it('stays a statement in the title', () => {
    const text = `الصفدي: لا تنازل عن حصتنا المائية\n\n${LEAD}وقال وزير الخارجية الأردني أيمن الصفدي إن الأردن "لن يتنازل عن أي قطرة من حصته المائية".`;
    expect(quotesOf(text).some((q) => q.startsWith('لا تنازل عن حصتنا'))).toBe(true);
  });
});
