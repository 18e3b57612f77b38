// The dateline a news site signs its own story with, at the start of the first paragraph of a text (issue 14, round 33;
// heldout14's CNN Arabic leak): «بوينس آيرس، الأرجنتين (CNN)-- …», «تونس – «القدس العربي»: …». Written for these tests.
import { describe, expect, it } from 'vitest';
import { fromText, STORY, STORY_TITLE } from './helpers/furniture';
import { openingSiteDatelineLength } from '@/lib/article/site-dateline';

const TITLE = STORY_TITLE;
const P = STORY.slice(0, 3);

describe("the site's own dateline at the start of the first paragraph", () => {
  const REST = P[0]!;
  for (const dateline of ['بوينس آيرس، الأرجنتين (CNN)-- ', 'دبي، الإمارات العربية المتحدة (CNN) -- ', 'الكويت (CNN)-- ', 'تونس – «القدس العربي»: ', 'بيروت - «النهار»: ']) {
    it(`«${dateline.trim()}»`, () => {
      expect(openingSiteDatelineLength(dateline + REST)).toBe(dateline.length);
      expect(fromText([TITLE, dateline + REST, ...P.slice(1)])).toEqual([TITLE, ...P]);
    });
  }

  it('a place and a dash with spaces on both sides stays (no site signs it; the glued «أنقرة- » is article-furniture35)', () => {
    expect(openingSiteDatelineLength('طهران - ' + REST)).toBe(0);
  });

  it('no site in the brackets, or a sentence before them, is no dateline', () => {
    expect(openingSiteDatelineLength('الكويت (مرصد الطقس)-- ' + REST)).toBe(0);
    expect(openingSiteDatelineLength('وقال الوزير (CNN)-- ' + REST)).toBe(0);
    expect(openingSiteDatelineLength('قال وزير النقل في مؤتمر صحفي اليوم بالعاصمة (CNN)-- ' + REST)).toBe(0);
  });

  it('only the first paragraph loses it', () => {
    const second = 'دبي (CNN)-- ' + P[1]!;
    expect(fromText([TITLE, P[0]!, second, P[2]!])).toEqual([TITLE, P[0]!, second, P[2]!]);
  });
});
