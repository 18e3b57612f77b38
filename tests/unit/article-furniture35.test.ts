// Text furniture of round 35 (issue 14): outlets' signatures the rules missed, found by putting each outlet's house
// furniture around a story of our own — the dateline Al Jazeera glues its dash to («دكار- …»; heldout14's 1501, heldout2's
// 301), a place, a dash, then a site or an agency and its colon opening the first paragraph («القاهرة - أ ش أ: …»), and
// under the title a Saudi paper's «عكاظ (جدة)» and «فهيم الحامد (جدة)»; a wire's tag with no date round it («وطنية - …»,
// «دمشق-سانا …»); a related-stories heading naming its site; adverts' slots. Every line is written for these tests.
import { describe, expect, it } from 'vitest';
import { fromPage, fromText, STORY, STORY_TITLE } from './helpers/furniture';
import { isBoilerplateText, openingDatelineLength } from '@/lib/article/boilerplate';
import { openingSiteDatelineLength } from '@/lib/article/site-dateline';

const TITLE = STORY_TITLE;
const P = STORY;

describe('a place and the dash glued to it, opening the first paragraph', () => {
  for (const dateline of ['دكار- ', 'إسلام آباد- ', 'غزة– ', 'أديس أبابا- ']) {
    it(`«${dateline.trim()}»`, () => {
      expect(openingSiteDatelineLength(dateline + P[0]!)).toBe(dateline.length);
      expect(fromText([TITLE, dateline + P[0]!, ...P.slice(1)])).toEqual([TITLE, ...P]);
    });
  }

  it('a dash with spaces on both sides, a conjunction, or a long phrase stays', () => {
    expect(openingSiteDatelineLength('طهران - ' + P[0]!)).toBe(0);
    expect(openingSiteDatelineLength('وأضاف- ' + P[0]!)).toBe(0);
    expect(openingSiteDatelineLength('قال وزير النقل في مؤتمر صحفي- ' + P[0]!)).toBe(0);
  });

  it('only the first paragraph loses it', () => {
    expect(fromText([TITLE, P[0]!, 'غزة- ' + P[1]!, ...P.slice(2)])).toEqual([TITLE, P[0]!, 'غزة- ' + P[1]!, ...P.slice(2)]);
  });
});

describe('a place, a dash, then a site or an agency and its colon, opening the first paragraph', () => {
  for (const dateline of ['القاهرة - بوابة الأهرام: ', 'القاهرة - أ ش أ: ', 'الرياض - واس: ', 'موسكو - سبوتنيك: ', 'دبي - البيان: ', 'أبوظبي - العين الإخبارية: ']) {
    it(`«${dateline.trim()}»`, () => {
      expect(openingSiteDatelineLength(dateline + P[0]!)).toBe(dateline.length);
      expect(fromText([TITLE, dateline + P[0]!, ...P.slice(1)])).toEqual([TITLE, ...P]);
    });
  }

  it('a label that is no site, before its colon, stays («الحكومة: …» reports what it says)', () => {
    expect(openingSiteDatelineLength('القاهرة - الحكومة: ' + P[0]!)).toBe(0);
    expect(openingSiteDatelineLength('وزير النقل - الرئاسة: ' + P[0]!)).toBe(0);
  });
});

describe('under the title, a site or a writer with the place in brackets', () => {
  for (const line of ['عكاظ (جدة)', 'فهيم الحامد (جدة)', 'سارة محمد العتيبي (الرياض)']) {
    it(`«${line}» (text and page)`, () => {
      expect(fromText([TITLE, line, ...P])).toEqual([TITLE, ...P]);
      expect(fromPage([TITLE, line, ...P])).toEqual([TITLE, ...P]);
    });
  }

  it('a name and a role in brackets is no signature, nor is a writer\'s shape between paragraphs', () => {
    const named = 'محمد علي (الوزير الأول السابق)';
    expect(fromText([TITLE, named, ...P])).toContain(named);
    const listed = 'محمد علي (القاهرة)';
    expect(fromText([TITLE, P[0]!, P[1]!, listed, P[2]!, P[3]!])).toContain(listed);
  });
});

describe("an advert's slot and the reading prompt around it, alone on a line", () => {
  for (const line of ['الإعلان', 'الإعلانات', 'تابع القراءة', 'تابع القراءة بعد الإعلان', 'Scroll to continue reading', 'شارك']) {
    it(`«${line}» between paragraphs`, () => {
      expect(fromText([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
    });
  }

  it('a paragraph that speaks of adverts stays', () => {
    const real = 'وقال الوزير إن الإعلان عن المشروع تأخر بسبب الإجراءات.';
    expect(fromText([TITLE, P[0]!, real, P[1]!])).toEqual([TITLE, P[0]!, real, P[1]!]);
  });
});

describe('a related story after «طالع:» or «اقرأ:», between paragraphs', () => {
  for (const line of ['طالع: رئيس الوزراء يتفقد ميناء العاصمة', 'اقرأ: رئيس الوزراء يتفقد ميناء العاصمة']) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
    });
  }
});

describe('sites that sign under the title', () => {
  for (const line of ['جدة - سبق', 'سبق', 'بغداد/ المدى', 'نواكشوط – الأخبار']) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, line, ...P])).toEqual([TITLE, ...P]);
    });
  }
});

describe('a related-stories heading that names the site it lists from', () => {
  const HEADLINE = 'رئيس الوزراء يتفقد ميناء العاصمة';
  for (const heading of ['اقرأ أيضا في الجزيرة نت', 'اقرأ أيضا على سكاي نيوز عربية', 'المزيد من العربية.نت']) {
    it(`«${heading}» and the headline under it`, () => {
      expect(fromText([TITLE, P[0]!, P[1]!, heading, HEADLINE, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
    });
  }

  it('a sentence that reads a site stays', () => {
    const real = 'وقال الوزير إنه يقرأ أيضا في الجزيرة نت ما ينشر عن المشروع.';
    expect(fromText([TITLE, P[0]!, real, P[1]!])).toEqual([TITLE, P[0]!, real, P[1]!]);
  });
});

describe("a wire's tag opening a paragraph with no date and no brackets round it", () => {
  const CUT = ['وطنية - ', 'واس - ', '(واس) - ', 'بيروت - وطنية - ', 'دمشق-سانا ', 'دمشق - سانا: ', 'صنعاء - سبأ : ', 'موسكو - نوفوستي. ', 'القاهرة - أ ش أ: ', 'نواكشوط (وما) - '];
  for (const tag of CUT) {
    it(`«${tag.trim()}» (text and page)`, () => {
      expect(openingDatelineLength(tag + P[1]!)).toBe(tag.length);
      expect(fromText([TITLE, P[0]!, tag + P[1]!, P[2]!])).toEqual([TITLE, P[0]!, P[1]!, P[2]!]);
      expect(fromPage([TITLE, P[0]!, tag + P[1]!, P[2]!])).toEqual([TITLE, P[0]!, P[1]!, P[2]!]);
    });
  }

  it('an agency alone needs its dash or colon; a sentence, a conjunction or a short rest stays', () => {
    expect(openingDatelineLength('واس استقبل الوزير اليوم وفدا من رجال الأعمال')).toBe(0);
    expect(openingDatelineLength('وقال - رويترز إن الوزير استقبل وفدا من رجال الأعمال')).toBe(0);
    expect(openingDatelineLength('الرياض - واس: نعم')).toBe(0);
    expect(openingDatelineLength('القاهرة - أجرى وزير النقل جولة في المحطة الجديدة')).toBe(0);
    expect(openingDatelineLength('وزير النقل - الحكومة ماضية في خطتها للنقل العام')).toBe(0);
  });
});

describe("the writer's name and the stamp, a dash or a comma between them", () => {
  for (const line of ['محمد علي - 12 فبراير 2024', 'القاهرة - محمد علي - 12 فبراير 2024', 'سارة أحمد، الاثنين 12 فبراير 2024 10:35 م']) {
    it(`«${line}» under the title`, () => {
      expect(fromText([TITLE, line, ...P])).toEqual([TITLE, ...P]);
    });
  }

  it('a subheading with a date is no stamp, and a name and a date with nothing between them stay', () => {
    expect(isBoilerplateText('موعد الانتخابات - الأحد 12 مايو 2024')).toBe(false);
    const listed = 'محمد علي 12 فبراير 2024';
    expect(fromText([TITLE, P[0]!, listed, P[1]!])).toEqual([TITLE, P[0]!, listed, P[1]!]);
  });
});

describe("a photo desk's name alone between paragraphs (the picture's credit)", () => {
  for (const line of ['رويترز', 'Getty Images', 'أ ف ب']) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
    });
  }

  it('a site or a wire named alone between paragraphs stays (a subheading may name a paper)', () => {
    expect(fromText([TITLE, P[0]!, 'الخليج', P[1]!])).toEqual([TITLE, P[0]!, 'الخليج', P[1]!]);
  });
});
