// Text furniture of round 56 (issue 14): the shapes of the furniture lines the recent sets' texts still kept — a site's
// dateline with a tatweel for its dash opening the first paragraph («الرباط ـ «القدس العربي»: …»), a site's name with the word
// of its Arabic edition («RT Arabic», «CNN بالعربية»), a desk's label and the site («خاص «الوطن»»), a follow prompt after a
// conjunction naming the site itself («ولمزيد من الأخبار، تابعوا سكاي نيوز عربية»), and a place and the stamp a bar separates
// under the title («طنطا | الخميس 12-10-2023 10:05»). Every line is written for these tests.
import { describe, expect, it } from 'vitest';
import { MEDIA, fromText, STORY, STORY_TITLE } from './helpers/furniture';
import { isBoilerplateText } from '@/lib/article/boilerplate';
import { isPlaceAndDateLine } from '@/lib/article/credit-lines';
import { openingSiteDatelineLength } from '@/lib/article/site-dateline';

const TITLE = STORY_TITLE;
const P = STORY;

describe("a site's dateline with a tatweel for its dash, opening the first paragraph", () => {
  for (const dateline of ['الرباط ـ «القدس العربي»: ', 'بغداد ـــ «القدس العربي»: ', 'الخرطوم ـ العربي الجديد: ']) {
    it(`«${dateline.trim()}» is cut`, () => {
      expect(openingSiteDatelineLength(dateline + P[0]!)).toBe(dateline.length);
      expect(fromText([TITLE, dateline + P[0]!, ...P.slice(1)])).toEqual([TITLE, ...P]);
    });
  }

  it('a tatweel round an aside or inside a drawn-out word stays', () => {
    expect(openingSiteDatelineLength('الحكومة ـ وهي في أيامها الأخيرة ـ ' + P[0]!)).toBe(0);
    expect(openingSiteDatelineLength('جـــميل ـ «القدس العربي» قالت إن ' + P[0]!)).toBe(0);
  });
});

describe("a site's name with the word of its Arabic edition, alone on a line", () => {
  for (const line of ['RT Arabic', 'CNN بالعربية', 'فرانس 24 عربي']) {
    for (const [medium, read] of MEDIA) {
      it(`«${line}» over the story and under it (${medium})`, () => {
        expect(read([TITLE, line, ...P])).toEqual([TITLE, ...P]);
        expect(read([TITLE, ...P, line])).toEqual([TITLE, ...P]);
      });
    }
  }

  it('an ordinary phrase ending with «العربية» is no site', () => {
    for (const line of ['القمة العربية', 'الجامعة العربية', 'اللغة عربية']) expect(isBoilerplateText(line)).toBe(false);
  });
});

describe("a desk's label and the site the story is its own for", () => {
  for (const line of ['خاص «الوطن»', 'متابعات - سكاي نيوز عربية', 'حصري لـ CNN بالعربية', 'خاص الجزيرة نت', 'خاص - بي بي سي عربي', 'خاص ل«الوطن»']) {
    for (const [medium, read] of MEDIA) {
      it(`«${line}» (${medium})`, () => expect(read([TITLE, line, ...P])).toEqual([TITLE, ...P]));
    }
  }

  it("a label before a site named in ordinary words with nothing between them stays (a heading of the story's own)", () => {
    for (const line of ['أخبار الخليج', 'تقرير الوطن', 'خاص الشرق']) expect(isBoilerplateText(line)).toBe(false);
  });
});

describe('a follow prompt after its conjunction, or naming the site itself', () => {
  for (const line of ['ولمزيد من الأخبار، تابعوا سكاي نيوز عربية', 'وللمزيد من التفاصيل تابع فرانس 24 عربي', 'لمتابعة آخر الأخبار تابعونا على الجزيرة نت', 'وتابعونا على تيليغرام']) {
    for (const [medium, read] of MEDIA) {
      it(`«${line}» (${medium})`, () => expect(read([TITLE, ...P, line])).toEqual([TITLE, ...P]));
    }
  }

  it('a sentence of the story with the same verbs stays', () => {
    for (const line of [
      'وتابع الرئيس حديثه في مقابلة مع سكاي نيوز عربية.',
      'وتابع الوزير قائلا إن الحكومة ستنشر التفاصيل على الجزيرة نت',
      'ولمزيد من الشفافية، نشرت الوزارة العقود كاملة على موقعها.',
    ]) expect(isBoilerplateText(line)).toBe(false);
  });
});

describe('a place and the stamp a bar separates, under the title', () => {
  for (const line of ['طنطا | الخميس 12-10-2023 10:05', 'المنصورة | 3 أكتوبر 2023']) {
    it(`«${line}»`, () => {
      expect(isPlaceAndDateLine(line)).toBe(true);
      for (const [, read] of MEDIA) expect(read([TITLE, line, ...P])).toEqual([TITLE, ...P]);
    });
  }

  it('a heading and a date with no year stays', () => {
    expect(isPlaceAndDateLine('الانتخابات | الخميس المقبل')).toBe(false);
    expect(isPlaceAndDateLine('موعد التصويت | الخميس 12 أكتوبر')).toBe(false);
  });
});

describe('a text copied without its title, its first line furniture', () => {
  it("judges the header's lines from the first line kept on («كتب: فلان», then the place and the stamp)", () => {
    expect(fromText(['كتب: محمد علي', 'طنطا | الخميس 12-10-2023 10:05', ...P])).toEqual(P);
    expect(fromText(['RT Arabic', 'دمشق - العربية.نت', ...P])).toEqual(P);
  });

  it('a titled text keeps its title', () => {
    expect(fromText([TITLE, 'كتب: محمد علي', ...P])).toEqual([TITLE, ...P]);
  });
});
