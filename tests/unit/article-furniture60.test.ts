// Text furniture of round 60 (issue 14): a contributors' line naming the story's report without «هذا» when the ones named
// are the newsroom's («ساهم في إعداد التقرير فريق CNN في …», «شارك في إعداد التقرير مراسلنا في …»), and a text copied from
// under its title whose first line is the place and the writer right over the first paragraph («طرابلس: فلان الفلاني»).
// Every line is written for these tests.
import { describe, expect, it } from 'vitest';
import { MEDIA, fromText, STORY, STORY_TITLE } from './helpers/furniture';
import { isBoilerplateText } from '@/lib/article/boilerplate';

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

  it('a title of that shape over a subtitle, or with a verb, stays', () => {
    expect(fromText(['الرياض: محمد بن سلمان يستقبل', ...P])).toEqual(['الرياض: محمد بن سلمان يستقبل', ...P]);
    expect(fromText([TITLE, 'طرابلس: سامر الخطيب', ...P])).toEqual([TITLE, ...P]);
  });
});
