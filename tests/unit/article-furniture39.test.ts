// Text furniture of round 39 (issue 14): shapes of outlets' house furniture the rules missed, put round a story of our own —
// a Hijri month with «الآخر»/«الثانية» in a stamp (Asharq Al-Awsat's «نُشر: 18:40-8 أكتوبر 2024 م ـ 05 ربيع الآخر 1446 هـ», as
// heldout16's 1702 has it), two writers in one byline after a dash (Al-Ahram's «كتب - فلان وفلانة», heldout15's 1604), a
// caption its photographer signs in brackets (An-Nahar's, heldout15's 1621), a wire's editors' credit in brackets under the
// title or between paragraphs («(تحرير …)», «(إعداد … للنشرة العربية)»), a place and a date alone under the title. Every other
// line is written for these tests.
import { describe, expect, it } from 'vitest';
import { MEDIA, STORY, STORY_TITLE } from './helpers/furniture';
import { isBoilerplateText, isDateLine } from '@/lib/article/boilerplate';
import { isBracketedEditorsCredit, isMultiWriterByline, isPhotographerSignedCaption, isPlaceAndDateLine } from '@/lib/article/credit-lines';

const TITLE = STORY_TITLE;
const P = STORY;

/** The furniture goes under the title, between two paragraphs and (for lines that may stand anywhere) after the last. */
function expectDropped(line: string, positions: ('top' | 'middle' | 'end')[] = ['top', 'middle', 'end']) {
  for (const [medium, read] of MEDIA) {
    for (const at of positions) {
      const lines = at === 'top' ? [TITLE, line, ...P] : at === 'middle' ? [TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!] : [TITLE, ...P, line];
      expect(read(lines), `${medium}, ${at}`).toEqual([TITLE, ...P]);
    }
  }
}

describe('a stamp with a Hijri month of two words', () => {
  const STAMPS = [
    'نُشر: 18:40-8 أكتوبر 2024 م ـ 05 ربيع الآخر 1446 هـ',
    'الأحد 12 جمادى الثانية 1446 هـ - 15 ديسمبر 2024',
    '05 ربيع الآخر 1446 هـ',
  ];
  for (const s of STAMPS) {
    it(`«${s}»`, () => {
      expect(isDateLine(s)).toBe(true);
      expectDropped(s);
    });
  }
  it('a sentence with «الثانية» stays', () => {
    expect(isDateLine('وصلت الدفعة الثانية من المساعدات في 12 مايو 2024')).toBe(false);
  });
});

describe('two writers or more in one byline', () => {
  const BYLINES = ['كتب - محمد عبد الحميد ومروة السيد', 'كتب: أحمد علي وسارة محمود', 'بقلم: خالد يوسف، وأحمد حسن', 'كتب محمد عبد الحميد ومروة عبد العزيز السيد'];
  for (const b of BYLINES) {
    it(`«${b}»`, () => {
      expect(isMultiWriterByline(b)).toBe(true);
      expectDropped(b, ['top', 'middle']);
    });
  }
  it('a sentence of the same words is no byline', () => {
    expect(isMultiWriterByline('كتب الوزير رسالة إلى نظيره وسلمها السفير')).toBe(false);
    expect(isMultiWriterByline('كتب محمد علي')).toBe(false);
    expect(isBoilerplateText('كتب محمد علي رسالة مطولة إلى الرئيس وسلمها إلى مكتبه في القصر الجمهوري أمس.')).toBe(false);
  });
});

describe("a wire's editors' credit in brackets", () => {
  const CREDITS = [
    '(تحرير سامي عمارة)',
    '(إعداد محمد علي للنشرة العربية)',
    '(تغطية صحفية محمد اليماني - تحرير أحمد حسن)',
    '(شارك في التغطية أحمد علي - إعداد سامح الخطيب للنشرة العربية - تحرير معاذ عبد العزيز)',
  ];
  for (const c of CREDITS) {
    it(`«${c}»`, () => {
      expect(isBracketedEditorsCredit(c)).toBe(true);
      expectDropped(c);
    });
  }
  it('a bracketed aside of a sentence stays', () => {
    expect(isBracketedEditorsCredit('(تحرير الأسعار بدأ منذ عامين)')).toBe(false);
    expect(isBracketedEditorsCredit('تحرير سامي عمارة')).toBe(false);
  });
});

describe('a caption its photographer signs in brackets', () => {
  const CAPTIONS = ['الوزير مستقبلا السفير في مكتبه (نبيل إسماعيل).', 'رئيس الحكومة يتوسط المشاركين في الاجتماع (محمد عزام)'];
  for (const c of CAPTIONS) {
    it(`«${c}»`, () => {
      expect(isPhotographerSignedCaption(c)).toBe(true);
      expectDropped(c);
    });
  }
  it('a sentence that names a person in brackets stays', () => {
    expect(isPhotographerSignedCaption('وقال المتحدث باسم الوزارة إن الوفد التقى الوسيط (محمد علي).')).toBe(false);
    expect(isPhotographerSignedCaption('وهو ما أكده المسؤول الذي التقى الوسيط (محمد علي).')).toBe(false);
    // An agency's credit is left to the rules for agencies.
    expect(isPhotographerSignedCaption('الوزير مستقبلا السفير في مكتبه (رويترز)')).toBe(false);
  });
});

describe('a place and a date alone under the title', () => {
  const LINES = ['بيروت - 8 تشرين الأول 2024', 'الرباط في 3 أكتوبر 2024', 'القاهرة، الثلاثاء 8 أكتوبر 2024'];
  for (const l of LINES) {
    it(`«${l}»`, () => {
      expect(isPlaceAndDateLine(l)).toBe(true);
      expectDropped(l, ['top']);
    });
  }
  it('a subheading or a sentence with a date stays', () => {
    expect(isPlaceAndDateLine('وفي 3 أكتوبر 2024')).toBe(false);
    expect(isPlaceAndDateLine('الانتخابات المقبلة في 3 أكتوبر')).toBe(false);
    expect(isPlaceAndDateLine('بيروت - 2024')).toBe(false);
  });
});

describe('a byline with the photographer or the site, in parts a bar separates', () => {
  for (const l of ['كتب - محمد علي | تصوير - أحمد حسن', 'اليوم السابع | كتب محمد علي', 'كتبت: سارة محمود | عدسة: خالد يوسف']) {
    it(`«${l}»`, () => expectDropped(l, ['top', 'middle']));
  }
  it('a headline with a bar stays', () => {
    expect(isBoilerplateText('الحكومة تعلن زيادة الرواتب | كتب الوزير رسالة إلى النقابات')).toBe(false);
  });
});

describe("a wire agency's name alone, its full name too, wherever it stands", () => {
  for (const l of ['شينخوا', 'أ ش أ', 'وكالة الأنباء السعودية', '(وكالة الأنباء الكويتية)', 'وكالة أنباء الإمارات (وام)']) {
    it(`«${l}»`, () => expectDropped(l));
  }
  it("a sentence about the agency stays", () => {
    expect(isBoilerplateText('وكالة الأنباء السعودية تطلق خدمة إخبارية جديدة')).toBe(false);
  });
});

describe("Youm7's «نرشح لك» and the headlines under it", () => {
  it('the heading and its headline go', () => {
    for (const [medium, read] of MEDIA) {
      expect(read([TITLE, P[0]!, P[1]!, 'نرشح لك', 'مقتل ثلاثة في حادث سير بالعاصمة', P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
    }
  });
});
