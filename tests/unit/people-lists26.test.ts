import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test: attendance lists whose items are [title] [name] or [honorific] [name] [title]; the other items
// name people the officials layer knows, one names a person whose name it does not accept on its own (a one-word
// foreign name, a family name that is also an ordinary word). The list's structure makes that item a person.
const host = 'استقبل رئيس الوزراء الأردني بشر الخصاونة في عمان وزير الخارجية الكويتي أحمد ناصر المحمد الصباح.';
const cases: { list: string; name: string; role: RegExp }[] = [
  {
    list: 'وحضر اللقاء من الجانب الأردني وزير الخارجية أيمن الصفدي، ووزير الدولة سوكارنوتو، ووزير المالية محمد العسعس.',
    name: 'سوكارنوتو',
    role: /Minister of State/,
  },
  {
    list: 'وحضر اللقاء من الجانب الأردني وزير الخارجية أيمن الصفدي، وسعادة السيد خالد بن يوسف الحمر مدير إدارة آسيا بالوزارة، ووزير المالية محمد العسعس.',
    name: 'خالد بن يوسف الحمر',
    role: /Director/,
  },
];

describe('attendance lists: an item shaped like the list’s people is a person', () => {
  for (const c of cases) {
    it(`finds and seats ${c.name}`, () => {
      const a = analyze(`${host} ${c.list}`);
      const o = a.officials.find((x) => x.name_ar === c.name);
      expect(o?.role_en).toMatch(c.role);
      const side = a.delegations.find((d) => d.members.some((m) => m.official_id === o!.id));
      expect(side?.country).toBe('JO');
    });
  }

  it('reads no places or ordinary words after a title as a name', () => {
    const list = 'وحضر اللقاء وزير الخارجية أيمن الصفدي، والمديرة الإقليمية لمصر واليمن وجيبوتي، ووزير المالية محمد العسعس، والمدير العام للمراسم في الوزارة الجديدة.';
    const names = analyze(`${host} ${list}`).officials.map((o) => o.name_ar);
    expect(names.some((n) => /اليمن|جيبوتي|الجديدة|الوزارة/.test(n))).toBe(false);
  });
});
