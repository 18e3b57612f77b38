import { describe, expect, it } from 'vitest';
import { members, sides } from './helpers/delegations';

// Written for the test: a disaster report whose lead tells of a minister's visit to the rescue sites with a colleague,
// and a condolence call in passing. No meeting of sides is the news.
describe('findDelegations: a visit to a site, with those who go along, is no meeting', () => {
  const text = [
    'فيضانات طرابزون.. ارتفاع عدد الضحايا إلى 21 وانتشال ناجين من تحت الطين',
    'طرابزون/ الأناضول',
    'ارتفع عدد ضحايا الفيضانات التي ضربت ولاية طرابزون شمال شرقي تركيا إلى 21 شخصا، فيما تواصل فرق الإنقاذ البحث عن مفقودين.',
    'جاء ذلك في تصريحات أدلى بها وزير الداخلية علي يرلي كايا، خلال زيارته مواقع الإنقاذ في قضاء أوف، برفقة وزير البيئة محمد أوزهاسكي.',
    'وأعرب رئيس الوزراء الجورجي إيراكلي كوباخيدزه عن تعازيه في اتصال هاتفي مع وزير الداخلية التركي.',
  ].join('\n\n');
  it('seats no one', () => {
    expect(members(sides(text))).toEqual([]);
  });
});

// Written for the test: a phone call is the news; a later paragraph tells of the foreign minister's meeting with his
// counterpart last month, and a quote of the counterpart «عقب ذلك اللقاء» (after that meeting).
describe('findDelegations: a meeting noun after «ذلك» points back to the earlier meeting told before it', () => {
  const text = [
    'ولي العهد يتلقى اتصالا هاتفيا من رئيس وزراء بلجيكا',
    'الكويت - 3 - 4 (كونا) -- تلقى سمو ولي العهد الشيخ مشعل الأحمد الجابر الصباح اليوم الاثنين اتصالا هاتفيا من رئيس وزراء مملكة بلجيكا ألكسندر دي كرو.',
    'وجرى خلال الاتصال استعراض العلاقات الثنائية بين البلدين الصديقين.',
    'وحضر الاتصال من الجانب الكويتي وزير الخارجية الشيخ سالم عبدالله الجابر الصباح.',
    'وكان وزير الخارجية الكويتي قد التقى نظيرته البلجيكية حجة لحبيب في بروكسل الشهر الماضي حيث بحثا التعاون في المحافل الدولية.',
    'وقالت لحبيب عقب ذلك اللقاء ان "الكويت شريك موثوق لأوروبا في منطقة الخليج".',
  ].join('\n\n');
  it('leaves out the counterpart met last month', () => {
    const names = members(sides(text));
    expect(names.some((n) => n.includes('سالم عبدالله'))).toBe(true);
    expect(names.some((n) => n.includes('حجة لحبيب'))).toBe(false);
  });
});
