// Text furniture 51 (issue 14): a related-stories heading whose headline runs into its last word when the page's heading
// and link are copied without a space («اقرأ أيضاالنيجر: …», France 24 Arabic in heldout20–23). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { isBoilerplateText } from '@/lib/article/boilerplate';
import { articleFromPlainText } from '@/lib/article/text';

const P1 = 'بحث وزير الخارجية مع نظيره الغاني، الأربعاء، سبل تعزيز التعاون الاقتصادي بين البلدين وتنسيق المواقف في القضايا الإقليمية.';
const P2 = 'وقال الوزير إن الجانبين اتفقا على عقد اجتماع للجنة المشتركة قبل نهاية العام الجاري في العاصمة أكرا.';

describe('a related-stories heading glued to its headline', () => {
  it.each([
    'اقرأ أيضاغانا: المعارضة تطالب بانتخابات مبكرة بعد احتجاجات في أكرا',
    'اقرأ أيضاًالاتحاد الأفريقي يبحث أزمة الساحل في قمة طارئة',
    'شاهد أيضاالرئيس الغاني يستقبل وفدا من رجال الأعمال',
    'اقرأ كذلكالبنك المركزي يرفع سعر الفائدة للمرة الثالثة',
  ])('is furniture: %s', (line) => {
    expect(isBoilerplateText(line)).toBe(true);
  });

  it('is dropped between two paragraphs', () => {
    const a = articleFromPlainText(`عنوان الخبر عن غانا\n${P1}\nاقرأ أيضاغانا: المعارضة تطالب بانتخابات مبكرة\n${P2}`);
    expect(a.text).not.toContain('المعارضة تطالب');
    expect(a.text).toContain(P2);
  });

  it.each([
    'اقرأ أيضا ما كتبه الوزير في رسالته إلى البرلمان قبل أن تصوت على القانون.',
    'وقال الوزير إن الحكومة ستعمل أيضا على خفض الأسعار في الأشهر المقبلة.',
    'قد يهمكم أن تعرفوا أن الوزارة فتحت باب التسجيل للطلاب الجدد هذا الأسبوع.',
  ])('leaves a sentence: %s', (line) => {
    expect(isBoilerplateText(line)).toBe(false);
  });
});

// A tatweel typed alone between spaces as the dash of a byline or a dateline («سكاي نيوز عربية ـ أبوظبي», «هسبريس ـ فلان»):
// read as the dash the same lines with «-» were already dropped for (heldout15–23 print both). Lines of our own.
describe('a byline or dateline with a tatweel for its dash', () => {
  const title = 'وزير الخارجية يبحث مع نظيره الغاني تعزيز التعاون';
  it.each([
    ['سكاي نيوز عربية ـ أبوظبي', 'سكاي نيوز عربية - أبوظبي'],
    ['العربية.نت ـ وكالات', 'العربية.نت - وكالات'],
    ['أكرا ـ الجزيرة نت', 'أكرا - الجزيرة نت'],
    ['هسبريس ـ سامي الخطيب', 'هسبريس - سامي الخطيب'],
  ])('drops «%s» as it drops «%s»', (tatweel, dash) => {
    for (const line of [dash, tatweel]) {
      const a = articleFromPlainText(`${title}\n${line}\n${P1}\n${P2}`);
      expect(a.text).toBe(`${title}\n\n${P1}\n\n${P2}`);
    }
  });

  it('keeps a sentence with a tatweel dash around an aside and a word drawn out with tatweels', () => {
    const aside = 'وقال الوزير ـ في مؤتمر صحافي مشترك ـ إن البلدين سيوقعان اتفاقية للتجارة الحرة قبل نهايـــة العام.';
    const a = articleFromPlainText(`${title}\n${P1}\n${aside}\n${P2}`);
    expect(a.text).toBe(`${title}\n\n${P1}\n\n${aside}\n\n${P2}`);
  });
});
