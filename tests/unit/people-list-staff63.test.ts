import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Round 63, delegations' members the officials layer read as commentators: experts named in the list of a public
// body's delegation (a fund's mission, a bank's, a ministry's) are its staff. All sentences written for the test.
const officialNames = (text: string) => analyze(text).officials.map((o) => o.name_ar);
const peopleNames = (text: string) => analyze(text).people.map((p) => p.name_ar);
const members = (text: string) => analyze(text).delegations.flatMap((d) => d.members.map((m) => m.name_ar));

describe('experts in a public body\'s delegation list', () => {
  const mission = 'استقبل وزير المالية الأردني سامي الحديدي في عمان رئيس بعثة صندوق النقد الدولي رون فان رودن والوفد المرافق له. '
    + 'وضم وفد الصندوق كلا من جوليا مارتينيز، الخبيرة الاقتصادية في إدارة الشرق الأوسط، وأحمد السعدي، ممثل الصندوق المقيم في عمان، '
    + 'والخبير الاقتصادي توماس كيلر.';

  it('makes officials and members of the experts listed beside the mission\'s officials', () => {
    expect(officialNames(mission)).toEqual(expect.arrayContaining(['جوليا مارتينيز', 'توماس كيلر', 'أحمد السعدي']));
    expect(peopleNames(mission)).not.toContain('توماس كيلر');
    expect(members(mission)).toEqual(expect.arrayContaining(['جوليا مارتينيز', 'توماس كيلر']));
  });

  it('reads the plural «الخبراء» that two names of the list share', () => {
    const text = 'استقبل وزير الاقتصاد اللبناني في مكتبه رئيس بعثة البنك الدولي إلى لبنان كارلوس مندوزا والوفد المرافق له، '
      + 'الذي ضم الخبراء ماركو بيانكي وسلمى خوري، في حضور المدير العام للاقتصاد والتجارة جورج نصار.';
    expect(officialNames(text)).toEqual(expect.arrayContaining(['ماركو بيانكي', 'سلمى خوري']));
  });

  it('leaves an economist in an opposition\'s delegation a person', () => {
    const text = 'انطلقت في مكسيكو جولة المحادثات بين الحكومة والمعارضة. وترأس وفد المعارضة النائب السابق خوسيه فيغا، '
      + 'وضم كلا من النائب ماريو لوبيز، والخبيرة الاقتصادية آنا غارسيا.';
    expect(officialNames(text)).not.toContain('آنا غارسيا');
  });

  it('leaves an expert who comments on the news a person', () => {
    const text = 'استقبل وزير المالية الأردني سامي الحديدي في عمان رئيس بعثة صندوق النقد الدولي رون فان رودن. '
      + 'وقال الخبير الاقتصادي حسن عايد إن "الاتفاق مع الصندوق يمنح الأسواق الثقة".';
    expect(officialNames(text)).not.toContain('حسن عايد');
    expect(peopleNames(text)).toContain('حسن عايد');
  });
});
