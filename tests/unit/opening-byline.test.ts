// A text file whose first line is no title but the header's byline (heldout22: Asharq Al-Awsat's «باريس: …» over its
// stamp, Al Quds Al Arabi's «نواكشوط ـ «القدس العربي»: …»). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/article/text';

const P1 = 'بحث وزير الخارجية مع نظيره الغاني، الأربعاء، سبل تعزيز التعاون الاقتصادي بين البلدين وتنسيق المواقف في القضايا الإقليمية.';
const P2 = 'وقال الوزير إن الجانبين اتفقا على عقد اجتماع للجنة المشتركة قبل نهاية العام الجاري في العاصمة أكرا.';

describe('a byline as the first line of a text', () => {
  it('drops a place and the writer over the date line', () => {
    const a = articleFromPlainText(`لندن: سامي الخطيب\nنشر: 10:15-5 مارس 2024 م ـ 24 شعبان 1445 هـ\n\n${P1}\n${P2}`);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('drops the site dateline and the writer, a tatweel for its dash', () => {
    const a = articleFromPlainText(`الرباط ـ «القدس العربي»: عبد الرحيم الناصري\n\n${P1}\n${P2}`);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('drops the site dateline and the writer after a byline\'s «من»', () => {
    const a = articleFromPlainText(`تونس - «القدس العربي»: من سامي الخطيب\n\n${P1}\n${P2}`);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
    expect(a.title).toBeNull();
  });

  it('keeps a title with the site\'s name, a colon and «من» that says no writer', () => {
    const a = articleFromPlainText(`بيان «الخارجية»: من يحكم غزة بعد الحرب\n\n${P1}\n${P2}`);
    expect(a.text.startsWith('بيان «الخارجية»: من يحكم غزة بعد الحرب')).toBe(true);
  });

  it('keeps a title that quotes a speaker over the date line', () => {
    const a = articleFromPlainText(`الجبير: قطر تعرف المطلوب\nنشر: 10:15-5 مارس 2024 م\n\n${P1}\n${P2}`);
    expect(a.text.startsWith('الجبير: قطر تعرف المطلوب')).toBe(true);
  });

  // (Round 60: a text copied without its headline opens with the header's «place: writer» right above the first
  // paragraph, Asharq Al-Awsat's «طرابلس: …»; a place and a two-word name with no verb is that byline, not a title.)
  it('drops a place and a name right above the first paragraph: the byline of a text copied without its title', () => {
    const a = articleFromPlainText(`أكرا: محمد علي\n\n${P1}\n${P2}`);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });
});
