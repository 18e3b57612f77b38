// A given name written with the article right after a title (الهادي، الطيب، المنصف): the name sources romanise it
// without the article, so it opens the name instead of describing the title. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { isArticleGivenName } from '@/lib/vocab/names';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a given name with the article after a title', () => {
  it('lists the given names the name sources romanise without the article', () => {
    expect(isArticleGivenName('الهادي')).toBe(true);
    expect(isArticleGivenName('المنصف')).toBe(true);
    expect(isArticleGivenName('الامريكي')).toBe(false);
    expect(isArticleGivenName('السابق')).toBe(false);
  });

  it('reads «الهادي» after a full title as the given name before a family name', () => {
    expect(names('قال رئيس الحركة الهادي إدريس إن الاتفاق صامد.')).toContain('الهادي إدريس');
  });

  it('reads «الطيب» after a possessive title as the given name', () => {
    expect(names('وترأس وفد الجبهة رئيسها الطيب مصطفى، يرافقه عدد من القادة.')).toContain('الطيب مصطفى');
  });

  it('keeps an ordinal, a nationality or «السابق» after a title as its adjective', () => {
    expect(names('وقال الوزير الأول أحمد بن يوسف إن الحكومة ماضية.')).toEqual(['أحمد بن يوسف']);
    expect(names('وصرح السفير الأمريكي جون بولتون بأن بلاده تدعم الحل.')).toEqual(['جون بولتون']);
    expect(names('وقال الرئيس السابق محمد مرسي إن الوضع خطير.')).toEqual(['محمد مرسي']);
    expect(names('وقال الوزير الأول إن الحكومة ماضية.')).toEqual([]);
  });
});
