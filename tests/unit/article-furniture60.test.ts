// Text furniture of round 60 (issue 14): a contributors' line naming the story's report without «هذا» when the ones named
// are the newsroom's («ساهم في إعداد التقرير فريق CNN في …», «شارك في إعداد التقرير مراسلنا في …»), and a text copied from
// under its title whose first line is the place and the writer right over the first paragraph («طرابلس: فلان الفلاني»), an
// editor's initials as single letters a space apart («- ع ا س -»), and a page block's wire sign-off under a single <br>
// («…الأخيرة.<br>--(بترا)»). Every line is written for these tests.
import { describe, expect, it } from 'vitest';
import { MEDIA, fromText, STORY, STORY_TITLE } from './helpers/furniture';
import { parseHTML } from 'linkedom';
import { isBoilerplateText } from '@/lib/article/boilerplate';
import { findArticle } from '@/lib/article/find';

const TITLE = STORY_TITLE;
const P = STORY;

describe("a contributors' line without «هذا», naming the newsroom", () => {
  for (const line of ['ساهم في إعداد التقرير فريق CNN في القاهرة.', 'شارك في إعداد التقرير مراسلنا في بيروت.', 'ساهمت في كتابة القصة مراسلة سكاي نيوز عربية في لندن', '(شارك في تغطية الخبر محررو الموقع)']) {
    for (const [medium, read] of MEDIA) {
      it(`«${line}» under the story (${medium})`, () => expect(read([TITLE, ...P, line])).toEqual([TITLE, ...P]));
    }
  }

  it("the story's sentence about a report stays: others named, or an adjective after the noun", () => {
    for (const line of [
      'شارك في إعداد التقرير خبراء من الأمم المتحدة وممثلون عن منظمات إنسانية.',
      'وشارك في إعداد التقرير فريق من الباحثين في الجامعة.',
      'ساهم في إعداد التقرير الأممي مراسلون ميدانيون في ثلاث دول.',
      'شارك في إعداد التقرير السنوي محررون من عشر صحف.',
    ]) {
      expect(isBoilerplateText(line)).toBe(false);
      expect(fromText([TITLE, ...P, line])).toEqual([TITLE, ...P, line]);
    }
  });
});

describe('a text whose first line is the place and the writer, right over the first paragraph', () => {
  for (const line of ['طرابلس: سامر الخطيب', 'الرباط: ليلى بن عمر', 'عمان: محمد خير الرواشدة']) {
    it(`«${line}» goes`, () => expect(fromText([line, ...P])).toEqual(P));
  }

  it('a first line of that shape with a verb is a title, and stays', () => {
    expect(fromText(['الرياض: محمد بن سلمان يستقبل', ...P])).toEqual(['الرياض: محمد بن سلمان يستقبل', ...P]);
  });

  it('under a title it goes as before', () => expect(fromText([TITLE, 'طرابلس: سامر الخطيب', ...P])).toEqual([TITLE, ...P]));
});

describe("an editor's initials as single letters a space apart", () => {
  for (const line of ['- ع ا س -', '(م ع ح)', 'ر ج', '-ن ف ع-']) {
    for (const [medium, read] of MEDIA) {
      it(`«${line}» under the story (${medium})`, () => expect(read([TITLE, ...P, line])).toEqual([TITLE, ...P]));
    }
  }

  it('a line with a word of two letters or more stays', () => {
    for (const line of ['و لا', 'ب 12', 'أو']) expect(isBoilerplateText(line)).toBe(false);
  });
});

describe("a page block's wire sign-off under a single <br>", () => {
  const page = (last: string) => {
    const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>${TITLE}</title></head><body><main><article><h1>${TITLE}</h1><div class="c1">${P.slice(0, -1)
      .map((l) => `<p>${l}</p>`)
      .join('')}<p>${last}</p></div></article></main></body></html>`;
    return findArticle(parseHTML(html).document as unknown as Document)!.text.split('\n\n');
  };

  for (const tail of ['--(بترا)', '--(بترا)<br>ن ح/ ب ط<br>18/03/2024 14:05:21', '- ع ا س -<br>وام/سامر الخطيب', '(النهاية) م ع ح / ط م ع']) {
    it(`«${tail}» after the last sentence goes`, () => expect(page(`${P.at(-1)}<br>${tail}`)).toEqual([TITLE, ...P]));
  }

  it('a line of the story after a single <br> stays', () => {
    const last = 'وأضاف الوزير أن العمل سيستمر حتى نهاية العام.';
    expect(page(`${P.at(-1)}<br>${last}`)).toEqual([TITLE, ...P.slice(0, -1), `${P.at(-1)}\n${last}`]);
  });
});
