// Text furniture of round 41 (issue 14): shapes the rules still missed, put round a story of our own — the desk's note on
// the story's own editing (an editor's note, a correction, a notice of an update), and a wire's dateline whose month is
// named in both calendars across a spaced slash («موسكو 12 مارس / آذار (أ ف ب) -», as Arabic wires print it). Every
// line is written for these tests. And wire agencies the credits vocabulary lacked (Interfax, RIA Novosti, Bernama,
// Antara, Quds Press, TAP and AMI by their full names, and «وكالة …» forms of agencies it held by short name).
// And the headline printed again as the story's first line, read once.
import { describe, expect, it } from 'vitest';
import { MEDIA, STORY, STORY_TITLE } from './helpers/furniture';
import { openingDatelineLength } from '@/lib/article/boilerplate';
import { isEditNotice } from '@/lib/article/edit-notice';
import { articleFromPlainText } from '@/lib/article/text';

const TITLE = STORY_TITLE;
const P = STORY;
type At = 'top' | 'middle' | 'end';

const place = (line: string, at: At) => (at === 'top' ? [TITLE, line, ...P] : at === 'middle' ? [TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!] : [TITLE, ...P, line]);

function expectDropped(line: string, positions: At[] = ['top', 'middle', 'end']) {
  for (const [medium, read] of MEDIA) for (const at of positions) expect(read(place(line, at)), `${medium}, ${at}`).toEqual([TITLE, ...P]);
}
function expectKept(line: string, positions: At[]) {
  for (const [medium, read] of MEDIA) for (const at of positions) expect(read(place(line, at)), `${medium}, ${at}`).toContain(line);
}

describe("the desk's note on the story's own editing", () => {
  const notes = [
    'ملاحظة المحرر: تم تحديث هذا الخبر بمعلومات إضافية.',
    '(ملاحظة المحرر: تم تحديث هذه القصة لتضمين تصريحات وزير النقل)',
    'تصحيح: في نسخة سابقة من هذا الخبر ورد خطأ أن الخط يربط العاصمة بالمطار.',
    'تنويه: تم تعديل عنوان هذا الخبر بعد نشره.',
    '* تم تحديث الخبر بإضافة تفاصيل جديدة',
    '(تم تصحيح اسم الوزير في الفقرة الثانية من هذا التقرير)',
    'ملاحظة: جرى تعديل هذه القصة لتصحيح طول الخط.',
  ];
  for (const l of notes) {
    it(`«${l}»`, () => {
      expect(isEditNotice(l)).toBe(true);
      expectDropped(l);
    });
  }
  it('an update that carries news stays', () => {
    const l = 'تحديث: أعلنت وزارة النقل لاحقا أن الرحلات المنتظمة ستبدأ قبل موعدها بأسبوع.';
    expect(isEditNotice(l)).toBe(false);
    expectKept(l, ['middle', 'end']);
  });
  it("the story's sentences about a report, a correction or an amended text stay", () => {
    for (const l of [
      'وتم تحديث التقرير السنوي للهيئة بعد انتهاء التشغيل التجريبي للخط الجديد في الربيع الماضي.',
      'وقال الوزير إن "هذا الخبر غير صحيح، وتم تصحيح الأرقام في بيان الوزارة".',
      'تم تعديل هذا القانون مرتين خلال السنوات الخمس الماضية بطلب من الحكومة والبرلمان.',
      'ونفت الوزارة صحة هذا الخبر، وطالبت وسائل الإعلام بتصحيح ما نشرته عن كلفة المشروع.',
    ]) {
      expect(isEditNotice(l), l).toBe(false);
      expectKept(l, ['middle']);
    }
  });
});

describe("a wire's dateline with its month in both calendars across a spaced slash", () => {
  const REST = 'بحث وزير الخارجية مع نظيره العلاقات الثنائية في اتصال هاتفي.';
  for (const tag of ['موسكو 12 مارس / آذار (أ ف ب) - ', 'بيروت 12 آذار / مارس 2024 (رويترز) - ', 'برلين، 12 مارس / آذار (د ب أ)- ']) {
    it(`«${tag.trim()}»`, () => {
      expect(openingDatelineLength(tag + REST)).toBe(tag.length);
      for (const [medium, read] of MEDIA) expect(read([TITLE, tag + REST, ...P.slice(1)]), medium).toEqual([TITLE, REST, ...P.slice(1)]);
    });
  }
  it('a number and a slash that are no date stay', () => {
    expect(openingDatelineLength('الحكومة 12 / البرلمان - بحثا معا مشروع الموازنة العامة للعام المقبل.')).toBe(0);
    expect(openingDatelineLength('وقال 12 مارس / آذار (رويترز) - إن الوزير بحث مع نظيره العلاقات.')).toBe(0);
  });
});

describe('wire agencies the credits vocabulary lacked', () => {
  for (const l of ['(إنترفاكس)', '(تونس أفريقيا للأنباء)', '(الوكالة الموريتانية للأنباء)', 'المصدر: وكالة فارس', '(قدس برس)']) {
    it(`«${l}» alone on a line`, () => expectDropped(l));
  }
  const REST = 'بحث وزير الخارجية مع نظيره العلاقات الثنائية في اتصال هاتفي.';
  for (const tag of ['موسكو - إنترفاكس: ', 'كوالالمبور (بيرناما) - ', 'طهران - وكالة مهر: ']) {
    it(`«${tag.trim()}» opening a paragraph`, () => expect(openingDatelineLength(tag + REST)).toBe(tag.length));
  }
});

describe('the headline printed again as the first line', () => {
  it('is read once, as the title', () => {
    const a = articleFromPlainText([TITLE, TITLE + '.', ...P].join('\n'));
    expect(a.title).toBe(TITLE);
    expect(a.text.split('\n\n')).toEqual([TITLE, ...P]);
  });
  it('a paragraph that only shares words with it stays', () => {
    const l = 'وزير النقل يفتتح خط السكك الحديدية الجديد بين العاصمة والميناء بعد أربع سنوات من العمل.';
    expect(articleFromPlainText([TITLE, l, ...P].join('\n')).text.split('\n\n')).toEqual([TITLE, l, ...P]);
  });
});
