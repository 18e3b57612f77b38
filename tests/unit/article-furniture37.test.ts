// Text furniture of round 37 (issue 14): outlets' house furniture the rules missed, put round a story of our own — a wire's
// dated tag with no dash before the agency (Xinhua's «بكين 12 فبراير 2024 (شينخوا)», Wafa's «رام الله 12-2-2024 وفا-», SPA's
// «الرياض 02 شعبان 1445 هـ الموافق 12 فبراير 2024 م واس»), a site's tag alone or in curly quotes opening the first paragraph
// («عربي21- », «(CNN)-- » as the dev set's 162 has it, «لندن- “القدس العربي”: »), the writer's name and the stamp with nothing between them, a lone «المحرر», BBC
// Arabic's «Author, …»/«Role, …» and its skip-link blocks, Al Jazeera's «list 1 of 4», a listen prompt, a «للمزيد …:»
// prompt, contributors under the text, the writer's description under an opinion piece. Every line is written for these tests.
import { describe, expect, it } from 'vitest';
import { fromPage, fromText, STORY, STORY_TITLE } from './helpers/furniture';
import { isBoilerplateText, openingDatelineLength } from '@/lib/article/boilerplate';
import { openingSiteDatelineLength } from '@/lib/article/site-dateline';

const TITLE = STORY_TITLE;
const P = STORY;
const HEADLINE_A = 'مقتل ثلاثة في حادث سير بالعاصمة';
const HEADLINE_B = 'الحكومة تعلن زيادة الرواتب';

describe("a wire's dated tag with no dash before the agency, opening a paragraph", () => {
  const CUT = [
    'بكين 12 فبراير 2024 (شينخوا) ',
    'بكين 12 فبراير 2024 (شينخوا) -- ',
    'رام الله 12-2-2024 وفا- ',
    'رام الله 12-2-2024 وفا - ',
    'الرياض 02 شعبان 1445 هـ الموافق 12 فبراير 2024 م واس ',
    'القاهرة في 12 فبراير 2024 أ ش أ - ',
  ];
  for (const tag of CUT) {
    it(`«${tag.trim()}» (text and page)`, () => {
      expect(openingDatelineLength(tag + P[1]!)).toBe(tag.length);
      expect(fromText([TITLE, P[0]!, tag + P[1]!, P[2]!])).toEqual([TITLE, P[0]!, P[1]!, P[2]!]);
      expect(fromPage([TITLE, P[0]!, tag + P[1]!, P[2]!])).toEqual([TITLE, P[0]!, P[1]!, P[2]!]);
    });
  }

  it('the longest agency is cut («وكالات الأنباء», not «وكالات»)', () => {
    const tag = 'الرياض 12 فبراير 2024 وكالات الأنباء ';
    expect(openingDatelineLength(tag + P[1]!)).toBe(tag.length);
  });

  it('a lone number is no date, a conjunction no place, and an agency must follow the date', () => {
    expect(openingDatelineLength('أعلن 3 مواقع إخبارية عن إغلاق مكاتبها في العاصمة')).toBe(0);
    expect(openingDatelineLength('قتل 12 شخصا في غارة جوية على المدينة أمس')).toBe(0);
    expect(openingDatelineLength('وقال 12 فبراير 2024 واس إن الوزير استقبل الوفد')).toBe(0);
    expect(openingDatelineLength('الرياض 12 فبراير 2024 استقبل الوزير وفدا من رجال الأعمال')).toBe(0);
    expect(openingDatelineLength('بكين 12 فبراير 2024 (شينخوا) نعم')).toBe(0);
  });
});

describe("the site's own tag opening the first paragraph: alone with its dash, between dashes, in curly quotes or brackets", () => {
  const DATELINES = ['عربي21- ', 'عربي21 - ', 'عنب بلدي – ', 'بيروت - الديار - ', '(الجزيرة نت) - ', '(CNN)-- ', 'لندن- “القدس العربي”: ', 'لندن - "القدس العربي": '];
  for (const dateline of DATELINES) {
    it(`«${dateline.trim()}»`, () => {
      expect(openingSiteDatelineLength(dateline + P[0]!)).toBe(dateline.length);
      expect(fromText([TITLE, dateline + P[0]!, ...P.slice(1)])).toEqual([TITLE, ...P]);
    });
  }

  it('a word that is no site before a dash stays, and so does a site before a short rest', () => {
    expect(openingSiteDatelineLength('الحكومة - ' + P[0]!)).toBe(0);
    expect(openingSiteDatelineLength('بيروت - الحكومة - ' + P[0]!)).toBe(0);
    expect(openingSiteDatelineLength('عربي21- نعم')).toBe(0);
  });
});

describe("under the title, the writer's name and the stamp with nothing between them", () => {
  for (const line of ['محمد علي 12 فبراير 2024', 'سارة أحمد الأحد 12 فبراير 2024', 'محمد علي الاثنين 12 فبراير 2024 10:35 م', 'د. محمد علي 12 فبراير 2024']) {
    it(`«${line}» (text and page)`, () => {
      expect(fromText([TITLE, line, ...P])).toEqual([TITLE, ...P]);
      expect(fromPage([TITLE, line, ...P])).toEqual([TITLE, ...P]);
    });
  }

  it('between paragraphs it stays, and a subheading with a date stays under the title', () => {
    const listed = 'محمد علي 12 فبراير 2024';
    expect(fromText([TITLE, P[0]!, listed, P[1]!])).toEqual([TITLE, P[0]!, listed, P[1]!]);
    const subheading = 'موعد الانتخابات 12 مايو 2024';
    expect(fromText([TITLE, subheading, ...P])).toEqual([TITLE, subheading, ...P]);
  });
});

describe('the stamp, then the byline, in one line', () => {
  it('«الأحد، 12 فبراير 2024 10:35 م كتب محمد علي»', () => {
    expect(isBoilerplateText('الأحد، 12 فبراير 2024 10:35 م كتب محمد علي')).toBe(true);
    expect(fromText([TITLE, 'الأحد، 12 فبراير 2024 10:35 م كتب محمد علي', ...P])).toEqual([TITLE, ...P]);
  });

  it('a sentence with a date and «كتب» stays', () => {
    expect(isBoilerplateText('في 12 فبراير 2024 كتب الوزير رسالة')).toBe(false);
  });
});

describe("the writer's name over the site's signature or the stamp, under the title", () => {
  for (const under of ['بي بي سي نيوز عربي', 'Role, بي بي سي نيوز عربي', '12 فبراير 2024', 'واس']) {
    it(`«محمد علي» over «${under}»`, () => {
      expect(fromText([TITLE, 'محمد علي', under, ...P])).toEqual([TITLE, ...P]);
    });
  }

  it('a subheading over the date stays', () => {
    const subheading = 'القطار الجديد يختصر الرحلة إلى النصف';
    expect(fromText([TITLE, subheading, '12 فبراير 2024', ...P])).toEqual([TITLE, subheading, ...P]);
  });
});

describe('bylines and labels alone on a line', () => {
  for (const line of ['المحرر', 'فريق التحرير', 'Author, محمد علي', 'Role, بي بي سي نيوز عربي', 'Article information', 'استمع إلى المقال (3 دقائق)']) {
    it(`«${line}» under the title and between paragraphs (text and page)`, () => {
      expect(fromText([TITLE, line, ...P])).toEqual([TITLE, ...P]);
      expect(fromText([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
      expect(fromPage([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
    });
  }

  it('a sentence about an editor or a listener stays', () => {
    expect(isBoilerplateText('وقال المحرر إن الصحيفة ستنشر التحقيق كاملا الأسبوع المقبل.')).toBe(false);
    expect(isBoilerplateText('استمع الوزير إلى شرح من المهندسين عن مراحل المشروع.')).toBe(false);
  });
});

describe("a screen reader's list count over related headlines («list 1 of 4» … «end of list»)", () => {
  it('the heading, the counts, the headlines and the end go (text and page)', () => {
    const block = ['اقرأ أيضا', 'list 1 of 2', HEADLINE_A, 'list 2 of 2', HEADLINE_B, 'end of list'];
    expect(fromText([TITLE, P[0]!, P[1]!, ...block, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
    expect(fromPage([TITLE, P[0]!, P[1]!, ...block, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
  });

  it('without the heading too', () => {
    expect(fromText([TITLE, P[0]!, P[1]!, 'list 1 of 2', HEADLINE_A, 'list 2 of 2', HEADLINE_B, 'end of list', P[2]!, P[3]!])).toEqual([TITLE, ...P]);
  });
});

describe('a block framed by its skip link and its end line (BBC Arabic)', () => {
  it('«تخطى البودكاست وواصل القراءة» … «نهاية البودكاست», all of it (text and page)', () => {
    const block = ['تخطى البودكاست وواصل القراءة', 'البودكاست', 'مراسلو بي بي سي', 'حلقات أسبوعية عن القصص التي يرويها المراسلون من الميدان', 'الحلقات', 'نهاية البودكاست'];
    expect(fromText([TITLE, P[0]!, P[1]!, ...block, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
    expect(fromPage([TITLE, P[0]!, P[1]!, ...block, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
  });

  it('a skip link with no end line goes alone', () => {
    expect(fromText([TITLE, P[0]!, P[1]!, 'تخطى موضوعات مقترحة وواصل القراءة', P[2]!, P[3]!])).toEqual([TITLE, ...P]);
  });
});

describe('under the text: contributors, a «more» prompt, the writer\'s description', () => {
  for (const line of [
    'ساهم في كتابة هذا التقرير مراسل CNN محمد علي.',
    '(شاركت في إعداد هذه القصة سارة أحمد من القاهرة)',
    'للمزيد حول هذا الموضوع اقرأ:',
    '* كاتب وباحث سياسي فلسطيني.',
    '- كاتب وأكاديمي أردني',
    '* أستاذ العلوم السياسية في جامعة القاهرة',
    '** كاتب فلسطيني مقيم في لندن',
    '(*) باحث في الشؤون الإيرانية',
    'كاتب وباحث سياسي فلسطيني.',
    '* محمد علي كاتب وباحث سياسي فلسطيني',
    '*محمد علي: كاتب وباحث سياسي فلسطيني',
  ]) {
    it(`«${line}» (text and page)`, () => {
      expect(fromText([TITLE, ...P, line])).toEqual([TITLE, ...P]);
      expect(fromPage([TITLE, ...P, line])).toEqual([TITLE, ...P]);
    });
  }

  it('a last paragraph that reports or tells stays', () => {
    for (const real of [
      'باحث في الشؤون الإيرانية قال إن الاتفاق سيصمد رغم الضغوط.',
      'كاتب المقال: «لن نتراجع عن المشروع».',
      '- خبير اقتصادي يتوقع انخفاض كلفة النقل بعد افتتاح الخط',
      'للمزيد من التفاصيل حول الخطة، قال الوزير إن الحكومة ستعقد مؤتمرا صحفيا.',
    ]) {
      expect(fromText([TITLE, ...P, real])).toEqual([TITLE, ...P, real]);
    }
  });
});

describe("under the title, the writer's description, the writer's name over it", () => {
  it('«محمد علي» over «كاتب وباحث سياسي فلسطيني» (text and page)', () => {
    expect(fromText([TITLE, 'محمد علي', 'كاتب وباحث سياسي فلسطيني', ...P])).toEqual([TITLE, ...P]);
    expect(fromText([TITLE, 'كاتب وباحث سياسي فلسطيني', ...P])).toEqual([TITLE, ...P]);
  });

  it('a subtitle that opens with such a noun and tells something stays', () => {
    const subtitle = 'باحث فرنسي يكشف أسرار المشروع الجديد';
    expect(fromText([TITLE, subtitle, ...P])).toEqual([TITLE, subtitle, ...P]);
  });
});
