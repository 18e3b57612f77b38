// Wire furniture inside a story (issue 14, round 19): the agency's dateline that opens a paragraph, the end mark and
// the editors' initials of each story of a wire's text (not only the last), and two publication stamps run together.
// Every line is written for these tests; each shape is tested in a text file and in a page.
import { describe, expect, it } from 'vitest';
import { MEDIA } from './helpers/furniture';

const TITLE = 'وزير الخارجية البحريني يبحث مع نظيره التشيكي تعزيز التعاون الاقتصادي';
const P = [
  'بحث وزير الخارجية البحريني اليوم مع نظيره التشيكي الزائر سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين الصديقين.',
  'وأكد الوزير البحريني خلال اللقاء حرص المملكة على تطوير علاقاتها مع جمهورية التشيك في مختلف المجالات بما يخدم مصالح الشعبين.',
  'من جانبه، أعرب الوزير التشيكي عن تقديره لما لقيه من حفاوة، مشيرا إلى أن بلاده تتطلع إلى افتتاح سفارة مقيمة في المنامة قريبا.',
  'وحضر اللقاء عدد من كبار المسؤولين في وزارة الخارجية وسفير جمهورية التشيك غير المقيم لدى المملكة.',
];


describe("a wire's dateline opening a paragraph", () => {
  const DATELINES = [
    'المنامة - 4 - 7 (بنا) --',
    'المنامة في 4 يوليو /بنا/',
    'المنامة في 4 يوليو / بنا /',
    'المنامة 4 تموز (بنا)-',
    'المنامة (بنا) -',
    'المنامة - بنا -',
    'المنامة، ٤ يوليو (رويترز) -',
    'مدينة الكويت (كونا) --',
  ];
  for (const d of DATELINES) {
    it(`is cut off the paragraph, which stays: «${d}»`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, `${d} ${P[0]!}`, ...P.slice(1)]), medium).toEqual([TITLE, ...P]);
        // A second story's lede in the same wire text loses its own too.
        expect(read([TITLE, ...P.slice(0, 2), `${d} ${P[2]!}`, P[3]!]), medium).toEqual([TITLE, ...P]);
      }
    });
  }

  const STAYS = [
    // A sentence with a conjunction before a bracketed wire, not a place.
    'وقال الوزير (رويترز) - في تصريح مقتضب - إن المحادثات كانت مثمرة وبناءة.',
    'ونقلت الوكالة (بنا) عن الوزير قوله إن الزيارة تاريخية وتفتح صفحة جديدة.',
    // Dashes around a phrase that is no agency.
    'المنامة - العاصمة التي تستضيف القمة - تستعد لاستقبال الوفود المشاركة منذ أيام.',
    // A site signing its own story in the paragraph (CNN's way) opens its text.
    'دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الحكومة اليوم عن حزمة اقتصادية جديدة للشركات الصغيرة.',
    // The place of a wire without its brackets or dashes.
    'المنامة بنا أعلنت وزارة الخارجية اليوم عن جولة جديدة من المشاورات مع الجانب التشيكي.',
  ];
  for (const s of STAYS) {
    it(`leaves a paragraph that only looks like one whole: «${s.slice(0, 40)}…»`, () => {
      for (const [medium, read] of MEDIA) expect(read([TITLE, P[0]!, s, ...P.slice(1)]), medium).toContain(s);
    });
  }
});

describe("each story's end mark and initials in a wire's text of several stories", () => {
  const MARKS = ['/انتهى/ ف ك', '(النهاية) ف ك ع / ع ه ر', '-انتهى- ن ح / ع ك', '- خلا -', '(انتهى) س ص 14:20'];
  for (const mark of MARKS) {
    it(`leaves out «${mark}» on its own line between two stories`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, P[0]!, P[1]!, mark, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
      }
    });
    it(`leaves out «${mark}» after the last sentence of a paragraph between two stories`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, P[0]!, `${P[1]!} ${mark}`, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
      }
    });
  }
  for (const signOff of [['--(بنا) ف ك/ ع ر'], ['(بنا) س ع / م ح', '4/7/2019 - 11:20 ص'], ['ف ر/ ع ح'], ['/بنا/', 'ع س/ ف م'], ['بنا/سعاد الحمادي/خليل إبراهيم'], ['بنا041120 جمت يول 19']]) {
    it(`leaves out the sign-off «${signOff.join(' || ')}» between two stories`, () => {
      for (const [medium, read] of MEDIA) expect(read([TITLE, P[0]!, P[1]!, ...signOff, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
    });
  }
  it('keeps sentences that only mention an end', () => {
    const STAY = ['خلال ما تبقى من الزيارة التقى الوزير رؤساء الغرف التجارية في البلدين.', 'انتهى الاجتماع بعد ثلاث ساعات من المباحثات المكثفة بين الجانبين.', 'وأضاف: المنامة / براغ / الدوحة محطات الجولة.'];
    for (const s of STAY) for (const [medium, read] of MEDIA) expect(read([TITLE, P[0]!, P[1]!, s, P[2]!, P[3]!]), medium).toContain(s);
  });
});

describe('two publication stamps run together', () => {
  for (const stamp of ['نشرت في : 04/07/2019 - 09:10آخر تحديث : 04/07/2019 - 11:45', 'نشر في 4 يوليو 2019 - 09:10آخر تحديث 4 يوليو 2019 - 11:45']) {
    it(`are left out: «${stamp}»`, () => {
      for (const [medium, read] of MEDIA) expect(read([TITLE, stamp, ...P]), medium).toEqual([TITLE, ...P]);
    });
  }
});

describe("other stories' headlines and the tags' row after the text's end", () => {
  const HEADLINES = [
    ['كمبالا: لن نقبل وصاية أحد', 'أسعار البن الأوغندي ترتفع بعد موسم جفاف طويل في الشرق'],
    ['الدوحة تستضيف مؤتمرا دوليا للطاقة المتجددة الشهر المقبل', 'موسيفيني: الانتخابات المقبلة في موعدها'],
  ];
  for (const pair of HEADLINES) {
    it(`leaves out a short «Speaker: words» headline listed with another: «${pair.join(' || ')}»`, () => {
      for (const [medium, read] of MEDIA) expect(read([TITLE, ...P, ...pair]), medium).toEqual([TITLE, ...P]);
    });
  }
  for (const tags of ['الدبلوماسية - البحرين - التشيك - خالد بن أحمد آل خليفة', 'البحرين | التشيك | الاقتصاد | عبد اللطيف بن راشد الزياني']) {
    it(`leaves out the tags' row at the end, a name chain in it: «${tags}»`, () => {
      for (const [medium, read] of MEDIA) expect(read([TITLE, ...P, tags]), medium).toEqual([TITLE, ...P]);
    });
  }
  it('keeps a last sentence listing places between dashes', () => {
    const s = 'وشملت جولة الوزير ثلاث محطات - المنامة - المحرق - الرفاع.';
    for (const [medium, read] of MEDIA) expect(read([TITLE, ...P, s]), medium).toContain(s);
  });
});
