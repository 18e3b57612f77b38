import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test. Attendance lists whose items the list reader used to leave out: an item [title] [given name]
// [family name] run on to the next by «و» + a title, the family name not a name word (a nisba, a word that is also a
// noun); and a name item whose title, in the item before or after it, runs past the title parse (an institution, a
// place). The list's structure makes each a person, seated with the list's side.
const kuwait = 'استقبل رئيس الوزراء الأردني بشر الخصاونة في عمان وزير الخارجية الكويتي أحمد ناصر المحمد الصباح.';

describe('attendance lists: a [title] [given] [family] item run on by «و» + a title', () => {
  it('splits the item and reads the two words after the title as a name', () => {
    const list = 'وضم الوفد الكويتي وكيل وزارة الخارجية خالد سليمان الجار الله ورئيس المجلس البلدي صباح العنيزي والنائبة عن المحافظة جنان بوشهري.';
    const a = analyze(`${kuwait} ${list}`);
    const o = a.officials.find((x) => x.name_ar === 'صباح العنيزي');
    expect(o?.role_en).toMatch(/Chairman of the Municipal Council/);
    const side = a.delegations.find((d) => d.members.some((m) => m.official_id === o!.id));
    expect(side?.country).toBe('KW');
  });

  it('keeps two offices of one person together and reads no word of grammar as a given name', () => {
    const list = 'وحضر اللقاء نائب رئيس الوزراء ووزير الخارجية أيمن الصفدي، والنائبة ديما طهبوب، عضو لجنة التعاون البرلماني بين الدول، والنائب خليل عطية.';
    const a = analyze(`${kuwait} ${list}`);
    const names = a.officials.map((o) => o.name_ar);
    expect(names.some((n) => /بين|الدول|الوزراء/.test(n))).toBe(false);
    expect(a.officials.find((o) => o.name_ar === 'أيمن الصفدي')?.role_en).toMatch(/Deputy Prime Minister/);
  });
});

describe('attendance lists: a name item beside a title that runs past its parse', () => {
  it('takes the title of the next item with its complement', () => {
    const list = 'وضم وفد الصندوق سوزان كارتر، المديرة الإقليمية للشرق الأوسط، وسامر حداد، مدير برامج الإسكان بمكتب عمان، فيما حضر اللقاء من الجانب الأردني وزير المالية محمد العسعس.';
    const o = analyze(`${kuwait} ${list}`).officials.find((x) => x.name_ar === 'سامر حداد');
    expect(o?.role_ar).toBe('مدير برامج الإسكان بمكتب عمان');
  });

  it('takes the title of the previous item with its complement', () => {
    const text = 'استقبل وزير الفلاحة المغربي محمد صديقي بالرباط وفدا ماليزيا. وضم الوفد الماليزي، على الخصوص، المدير العام لمجلس تنمية المحاصيل الزراعية في ماليزيا، السيد هارون رحمتولا، وسفيرة ماليزيا بالمملكة، السيدة نور عزيزة يوسف، ومسؤولين عن التعاونيات.';
    const a = analyze(text);
    const o = a.officials.find((x) => x.name_ar === 'هارون رحمتولا');
    expect(o?.role_en).toMatch(/^Director General/);
    const side = a.delegations.find((d) => d.members.some((m) => m.official_id === o!.id));
    expect(side?.country).toBe('MY');
  });
});
