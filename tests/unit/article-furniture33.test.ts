// Text furniture of round 33 (issue 14), shapes heldout14's leaks showed (Sky News Arabia, Al-Ahram, TRT Arabi, WAM):
// the photo's caption printed between the header's furniture and the first paragraph, and the editor's name between
// dashes under a wire's text. Every line is written for these tests, in those shapes.
import { describe, expect, it } from 'vitest';
import { fromText, STORY, STORY_TITLE } from './helpers/furniture';

const TITLE = STORY_TITLE;
const P = STORY;

describe("the photo's caption between the header's furniture and the first paragraph", () => {
  const HEADERS = [['كتب - سامي حداد'], ['سكاي نيوز عربية - أبوظبي'], ['العربية.نت - وكالات'], ['كتب: نادية بنسعيد', '12 مارس 2024 | 10:15']];
  const CAPTIONS = [
    'وزير النقل يقص شريط الافتتاح في المحطة الرئيسية',
    'الوزير والسفراء خلال جولة في القطار الجديد',
    'ركاب ينتظرون القطار في محطة الميناء (رويترز)',
    'جانب من حفل الافتتاح في العاصمة اليوم بحضور المسؤولين',
  ];
  for (const header of HEADERS) {
    for (const caption of CAPTIONS) {
      it(`«${caption}» under «${header.join(' / ')}»`, () => {
        expect(fromText([TITLE, ...header, caption, ...P])).toEqual([TITLE, ...P]);
      });
    }
  }

  it('a subtitle above the furniture stays (the caption under it goes)', () => {
    const subtitle = 'المشروع يختصر زمن الرحلة إلى النصف ويخفض كلفة النقل';
    expect(fromText([TITLE, subtitle, 'كتب - سامي حداد', ...P])).toEqual([TITLE, subtitle, ...P]);
    expect(fromText([TITLE, subtitle, 'كتب - سامي حداد', CAPTIONS[0]!, ...P])).toEqual([TITLE, subtitle, ...P]);
  });

  it('a short line with no furniture above it stays: a subtitle', () => {
    expect(fromText([TITLE, CAPTIONS[0]!, ...P])).toEqual([TITLE, CAPTIONS[0]!, ...P]);
  });

  it("a line that reports words or joins two pieces of news stays, under the furniture too: a subtitle's shapes", () => {
    for (const line of ['الوزير: القطار يغير وجه المنطقة', 'وزير النقل: الرحلات المنتظمة تبدأ الشهر المقبل', 'القطار يختصر الرحلة... والوزير يعد بخطوط جديدة']) {
      expect(fromText([TITLE, 'كتب - سامي حداد', line, ...P])).toEqual([TITLE, line, ...P]);
    }
  });

  it('two short lines under the furniture stay: not one caption', () => {
    const a = 'المشروع يختصر زمن الرحلة إلى النصف';
    const b = 'وزير النقل يعد بخطوط جديدة نحو الشمال';
    expect(fromText([TITLE, 'كتب - سامي حداد', a, b, ...P])).toEqual([TITLE, a, b, ...P]);
  });

  it('the first paragraph itself stays, however it opens', () => {
    expect(fromText([TITLE, 'كتب - سامي حداد', ...P])).toEqual([TITLE, ...P]);
  });
});

describe("the editor's name between dashes under a wire's text", () => {
  for (const line of ['- ريم -', '- سامي حداد -', '– نادية –', '-خالد-']) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, ...P, line])).toEqual([TITLE, ...P]);
    });
  }
  it('a line between dashes that names no one stays', () => {
    expect(fromText([TITLE, ...P, '- المرحلة الثانية -'])).toEqual([TITLE, ...P, '- المرحلة الثانية -']);
  });
});
