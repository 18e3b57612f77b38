import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { articleFromPlainText } from '@/lib/article/text';
import { countryMentions } from '@/lib/english/story-country';
import { normalize } from '@/lib/arabic/normalize';

// As the reader meets a plain-text story: the title apart, Petra's dateline and sign-off cut from the text.
const countryOf = (raw: string, name: string) => {
  const article = articleFromPlainText(raw);
  return analyze(article.text, { title: article.title }).officials.find((o) => o.name_ar === name)?.country;
};
const norms = (text: string) => text.split(/[\s.,،:;!?؟«»"()–-]+/).filter(Boolean).map(normalize);
const countsOf = (text: string) => Object.fromEntries(countryMentions(norms(text)));

describe('bare «عمان» is Amman in a story of Jordan and Oman in a story of Oman', () => {
  it('seats a minister of a Petra story that names no other state in Jordan, not Oman', () => {
    const text = 'وزير الطاقة: خطة طارئة للكهرباء\n\nعمان 3 آب (بترا)- أعلن وزير الطاقة المهندس سامر الخطيب، اليوم الاثنين، عن خطة طارئة للكهرباء في العاصمة عمان ومحافظة الزرقاء، لمواجهة الطلب الذي تشهده المملكة منذ أيام.\n\nوقال الخطيب إن الخطة تشمل أحياء واسعة في عمان، بالتنسيق مع أمانة عمان.\n\n--(بترا) ف ق/ ح ن';
    expect(countryOf(text, 'سامر الخطيب')).toBe('JO');
  });

  it('counts a city placed word for Jordan where the story names Jordan', () => {
    expect(countsOf('زار الوفد الأردن أمس، واجتمع في العاصمة عمان مع أمين عمان.')).toEqual({ JO: 3 });
  });

  it('counts the word for Oman where the story writes the sultanate, its nisba or Muscat', () => {
    expect(countsOf('وصل الوزير إلى مسقط، وبحث مع نظيره العماني العلاقات بين الأردن وعمان.')).toMatchObject({ OM: 3, JO: 1 });
    expect(countsOf('بحث الملك في عمان العلاقات مع سلطنة عمان والأردن.')).toMatchObject({ OM: 2 });
  });

  it('counts the word for Oman where nothing tells of Jordan', () => {
    expect(countsOf('جرت جولة المفاوضات في عمان، وقال الوسطاء إن عمان تواصل جهودها.')).toEqual({ OM: 2 });
  });
});
