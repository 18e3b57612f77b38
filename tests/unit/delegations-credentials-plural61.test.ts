import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 61, delegations: «استقبل X عددا من السفراء الجدد الذين قدموا له أوراق اعتمادهم. ويتعلق الأمر بكل من A، سفير …»:
// the ambassadors, named by the plural possessive, present their credentials to the clause's subject, and a later
// sentence (the Maghreb press's «ويتعلق الأمر بـ») names them; each heads his country's side. And a place in a member's
// title: «أمين عمان» is the mayor of Amman (Jordan), «في مكتب بغداد» an organisation's office in that city.

describe('credentials presented by ambassadors in the plural, listed after «ويتعلق الأمر بكل من»', () => {
  // Written for the test (Maghreb press's style).
  it('seats the receiver, those present and each listed ambassador', () => {
    const text =
      'استقبل الملك محمد السادس، اليوم الخميس بالقصر الملكي بالدار البيضاء، عددا من السفراء الجدد الذين قدموا لجلالته أوراق اعتمادهم كسفراء لبلدانهم بالمملكة.\n\n' +
      'ويتعلق الأمر بكل من السيد لوكاس مارتينيز، سفير جمهورية الأرجنتين، والسيدة آنا كوفاتش، سفيرة جمهورية كرواتيا.\n\n' +
      'وحضر الحفل وزير الشؤون الخارجية ناصر بوريطة.';
    const found = sides(text);
    expect(sideOf(found, 'محمد السادس')).toBe('Morocco');
    expect(sideOf(found, 'لوكاس مارتينيز')).toBe('Argentina');
    expect(sideOf(found, 'آنا كوفاتش')).toBe('Croatia');
    expect(sideOf(found, 'ناصر بوريطة')).toBe('Morocco');
  });

  // Written for the test: with no later sentence that lists them, no meeting is read from the plural.
  it('reads nothing when the ambassadors are never named', () => {
    const text =
      'استقبل الملك محمد السادس، اليوم الخميس بالقصر الملكي، عددا من السفراء الجدد الذين قدموا لجلالته أوراق اعتمادهم.\n\n' +
      'ويأتي ذلك في إطار الحركية الدبلوماسية التي تعرفها المملكة.';
    expect(sides(text)).toEqual({});
  });
});

describe('a place in a member\'s title', () => {
  // Written for the test (Petra's style).
  it('reads «أمين عمان» as Jordan, not Oman', () => {
    const text =
      'غادر جلالة الملك عبدالله الثاني أرض الوطن اليوم الاثنين، متوجها إلى كندا في زيارة رسمية يلتقي خلالها كبار المسؤولين.\n\n' +
      'وكان في وداع جلالته في المطار، رئيس الوزراء الدكتور جعفر حسان، وأمين عمان الدكتور سامر خليل، وسفير كندا في عمان جون بيترز.';
    const found = sides(text);
    expect(sideOf(found, 'سامر خليل')).toBe('Jordan');
  });

  // Written for the test: one who works in an organisation's office, named by its city, travels with its delegation.
  it('seats one «في مكتب بغداد» with the organisation whose delegation he is in', () => {
    const text =
      'استقبل وزير التخطيط العراقي محمد تميم، في مكتبه ببغداد، رئيس بعثة البنك الدولي إلى العراق بيتر هانسن والوفد المرافق له، الذي ضم مدير مكتب البنك الدولي في العراق مارك داوسون، وكبير الاقتصاديين في مكتب بغداد علي الربيعي، بحضور وكيل الوزارة ماهر جوهان.';
    const found = sides(text);
    expect(sideOf(found, 'محمد تميم')).toBe('Iraq');
    expect(sideOf(found, 'بيتر هانسن')).toBe('World Bank');
    expect(sideOf(found, 'علي الربيعي')).toBe('World Bank');
  });

  // Written for the test: the director of a participant's office, listed among the host's people, is of his side.
  it('seats «مديرة مكتب المفوض السامي» with the High Commissioner, not the host', () => {
    const text =
      'استقبل وزير الصحة اللبناني سامي نصار، في مكتبه، المفوض السامي للأمم المتحدة لشؤون اللاجئين هانز كلاوسن، بحضور مديرة مكتب المفوض السامي صوفيا رينالدي، والمدير العام للوزارة فادي قاسم.';
    const found = sides(text);
    expect(sideOf(found, 'سامي نصار')).toBe('Lebanon');
    expect(sideOf(found, 'فادي قاسم')).toBe('Lebanon');
    expect(sideOf(found, 'صوفيا رينالدي')).toBe(sideOf(found, 'هانز كلاوسن'));
    expect(sideOf(found, 'هانز كلاوسن')).not.toBe('Lebanon');
  });

  // Written for the test: «مدير مكتب الوزير» names no one participant's office when each side has a minister.
  it('leaves the director of «the minister’s» office with the host', () => {
    const text =
      'استقبل وزير الخارجية الأردني أيمن الصفدي نظيره القبرصي كونستانتينوس كومبوس، بحضور مدير مكتب الوزير عمر النبر.';
    const found = sides(text);
    expect(sideOf(found, 'عمر النبر')).toBe('Jordan');
  });
});
