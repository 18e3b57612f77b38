// The article finder read two ways, for furniture tests: lines copied as plain text, and the same lines as a page.
import { parseHTML } from 'linkedom';
import { findArticle } from '@/lib/article/find';
import { articleFromPlainText } from '@/lib/article/text';

/** The story as a reader copies it: the lines as plain text, one paragraph each. */
export const fromText = (lines: string[]) => articleFromPlainText(lines.join('\n')).text.split('\n\n');

/** The same story as a page: each line a block of its own in the article's body, in neutral markup (no class says what it is). */
export function fromPage(lines: string[]): string[] {
  const [title, ...body] = lines;
  const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>${title}</title></head><body><main><article><h1>${title}</h1><div class="c1">${body
    .map((l) => `<div class="c2"><p>${l.replace(/</g, '&lt;')}</p></div>`)
    .join('')}</div></article></main></body></html>`;
  const a = findArticle(parseHTML(html).document as unknown as Document);
  return a ? a.text.split('\n\n') : [];
}

export const MEDIA = [['text', fromText], ['page', fromPage]] as const;

/** A short story of four paragraphs (written for the tests) that the furniture tests put furniture around. */
export const STORY_TITLE = 'وزير النقل يفتتح خط السكك الحديدية الجديد بين العاصمة والميناء';
export const STORY = [
  'افتتح وزير النقل اليوم خط السكك الحديدية الجديد الذي يربط العاصمة بالميناء التجاري بطول مئتي كيلومتر، بحضور عدد من المسؤولين.',
  'وقال الوزير في كلمة خلال حفل الافتتاح إن المشروع سيخفض كلفة نقل البضائع ويختصر زمن الرحلة إلى النصف.',
  'وحضر الحفل عدد من السفراء وممثلي الشركات الأجنبية والمحلية التي شاركت في تنفيذ المشروع على مدى أربع سنوات من العمل المتواصل.',
  'ومن المقرر أن تبدأ الرحلات المنتظمة للركاب مطلع الشهر المقبل بعد انتهاء مرحلة التشغيل التجريبي.',
];
