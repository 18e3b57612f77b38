// Text furniture of round 44 (issue 14): shapes the rules still missed, put round a story of our own — a site's dateline
// in a line of its own whose place carries a country of several words («دبي، الإمارات العربية المتحدة (CNN) --»), a
// correspondent signing after the place and its dash («نيروبي- مراسل الجزيرة نت»), Latin photo credits («Credit: AFP»,
// «Sputnik», «Gettyimages.ru»), the end line of a block a page lets a reader skip printed on its own («قصص مقترحة نهاية»),
// a time ago spelled «واحدة» («قبل ساعة واحدة»), the editors' initials in brackets («(ي ن / م س)»), an app prompt after
// «قم» («قم بتنزيل تطبيق …»), a notice forbidding copies («يمنع إعادة النشر دون إذن»), Al-Diyar's «يتم قراءة الآن» heading.
// Every line is written for these tests.
import { describe, expect, it } from 'vitest';
import { MEDIA, STORY, STORY_TITLE } from './helpers/furniture';

const TITLE = STORY_TITLE;
const P = STORY;
type At = 'top' | 'middle' | 'end';

const place = (line: string, at: At) => (at === 'top' ? [TITLE, line, ...P] : at === 'middle' ? [TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!] : [TITLE, ...P, line]);

function expectDropped(line: string, positions: At[] = ['top', 'middle', 'end']) {
  for (const [medium, read] of MEDIA) for (const at of positions) expect(read(place(line, at)), `${medium}, ${at}`).toEqual([TITLE, ...P]);
}
function expectKept(line: string, positions: At[] = ['top', 'middle', 'end']) {
  for (const [medium, read] of MEDIA) for (const at of positions) expect(read(place(line, at)), `${medium}, ${at}`).toContain(line);
}

describe("a site's dateline alone, its place with a country of several words", () => {
  for (const l of ['دبي، الإمارات العربية المتحدة (CNN) --', 'واشنطن، الولايات المتحدة الأمريكية (CNN)--', 'كاتماندو، نيبال (CNN)--']) {
    it(`«${l}»`, () => expectDropped(l));
  }
  it('a subheading with a bracket that credits no agency stays', () => expectKept('الخرطوم، ودارفور، وكردفان (تحليل)', ['middle']));
});

describe('the correspondent after the place and its dash, under the title', () => {
  for (const l of ['نيروبي- مراسل الجزيرة نت', 'أكرا - مراسلة الجزيرة نت', 'تونس – مراسلنا']) {
    it(`«${l}»`, () => expectDropped(l, ['top']));
  }
});

describe('Latin photo credits', () => {
  for (const l of ['Credit: AFP', 'Credit: Getty Images', 'Sputnik', 'Gettyimages.ru', 'Global Look Press']) {
    it(`«${l}»`, () => expectDropped(l));
  }
});

describe('the end line of a block a page lets a reader skip, on its own', () => {
  for (const l of ['قصص مقترحة نهاية', 'البودكاست نهاية', 'نهاية البودكاست', 'يستحق الانتباه نهاية']) {
    it(`«${l}»`, () => expectDropped(l));
  }
  it('a subheading about an end stays', () => expectKept('نهاية المرحلة الأولى', ['middle']));
});

describe('a time ago spelled with «واحدة»', () => {
  for (const l of ['قبل ساعة واحدة', 'منذ يوم واحد']) {
    it(`«${l}»`, () => expectDropped(l));
  }
});

describe("the editors' initials in brackets", () => {
  it('«(ي ن / م س)»', () => expectDropped('(ي ن / م س)'));
});

describe('app prompts, copy notices and a now-read heading', () => {
  for (const l of ['قم بتنزيل تطبيق فرانس 24', 'يمنع إعادة النشر دون إذن', 'يمنع نسخ هذا المحتوى أو إعادة نشره']) {
    it(`«${l}»`, () => expectDropped(l));
  }
  it('«يتم قراءة الآن» and the headlines under it', () => {
    for (const [medium, read] of MEDIA)
      expect(read([TITLE, ...P, 'يتم قراءة الآن', 'الحكومة تقر موازنة العام المقبل بعجز أقل', 'انقطاع الكهرباء يعم مناطق واسعة']), medium).toEqual([TITLE, ...P]);
  });
});

describe('national news agencies by their Arabic names', () => {
  for (const l of ['وكالة الأنباء الإثيوبية', 'أديس أبابا - إينا', 'وكالة الأنباء الكينية', 'إسلام آباد - وكالة أنباء باكستان']) {
    it(`«${l}»`, () => expectDropped(l));
  }
});

describe('a caption credited to the site or agency and its photographer in brackets', () => {
  for (const l of ['نازحون في مخيم قرب مدينة الرقة - 3 آذار 2024 (عنب بلدي/ إياد عبد الجواد)', 'عناصر من الدفاع المدني في موقع الحادث (الأناضول/ محمد علي)']) {
    it(`«${l}»`, () => expectDropped(l));
  }
  it('a sentence with such a bracket stays', () => expectKept('وقال الوزير إن الوضع صعب في المخيمات (عنب بلدي/ إياد عبد الجواد)', ['middle']));
});

describe("the desk's notes on the story's origin and error reports", () => {
  for (const l of ['هذا المقال مترجم عن موقع بي بي سي', 'تُرجم هذا التقرير عن الفرنسية', 'نُشر هذا المقال أولا على موقع CNN', 'للإبلاغ عن خطأ اضغط هنا', 'هل وجدت خطأ؟ أبلغنا', 'ملخص', '4 دقائق للقراءة', 'دقائق للقراءة']) {
    it(`«${l}»`, () => expectDropped(l));
  }
  it('a sentence about a translated book stays', () => expectKept('وقال الوزير إن هذا الكتاب مترجم عن الفرنسية وصدر في طبعته الأولى العام الماضي.', ['middle']));
});

describe('a writer with a compound name of four or five words in a dateline', () => {
  it('«الجزائر/ عبد الرزاق بن عبد الله/ الأناضول» opening the first paragraph', () => {
    for (const [medium, read] of MEDIA) {
      if (medium !== 'text') continue;
      expect(read([TITLE, `الجزائر/ عبد الرزاق بن عبد الله/ الأناضول ${P[0]}`, ...P.slice(1)]), medium).toEqual([TITLE, ...P]);
    }
  });
  it('«الجزائر – عبد الرزاق بن عبد الله» under the title', () => expectDropped('الجزائر – عبد الرزاق بن عبد الله', ['top']));
  it('a subheading of a place and a name with a conjunction stays', () => expectKept('جدة - محمد بن سلمان وبايدن', ['middle']));
});
