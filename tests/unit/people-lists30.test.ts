import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test. An attendance list's item whose office runs past the title the grammar parses (a department,
// a field, a region it does not know) up to the name that ends the item: the name is the item's last words, from the
// first name word after the office's complement (or after an honorific that follows it).
const meeting = 'استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم وزير الخارجية السلوفاكي ميروسلاف لايتشاك.';

const seat = (text: string, name: string) => {
  const a = analyze(text);
  const o = a.officials.find((x) => x.name_ar === name);
  const side = o && a.delegations.find((d) => d.members.some((m) => m.official_id === o.id));
  return { a, o, side };
};

describe('attendance lists: an office longer than its parsed title, then the name', () => {
  it('reads the name after a department the grammar does not know, and no word of the office in it', () => {
    const list = 'وحضر اللقاء من الجانب الأردني أمين عام الوزارة زيد اللوزي ومدير دائرة المعاهدات والاتفاقيات الدولية في الوزارة باسل الطراونة.';
    const { a, o, side } = seat(`${meeting} ${list}`, 'باسل الطراونة');
    expect(o?.role_ar).toBe('مدير دائرة المعاهدات والاتفاقيات الدولية في الوزارة');
    expect(side?.country).toBe('JO');
    expect(a.officials.some((x) => /الوزارة/.test(x.name_ar))).toBe(false);
  });

  it('reads a feminine office with a region in it, and a foreign name', () => {
    const list = 'وحضره من الجانب السلوفاكي سفير سلوفاكيا لدى المملكة بيتر كراليك ومنسقة برامج التعاون التنموي في الشرق الأوسط إيفانا ماريكوفا.';
    const { o, side } = seat(`${meeting} ${list}`, 'إيفانا ماريكوفا');
    expect(o?.role_ar).toBe('منسقة برامج التعاون التنموي في الشرق الأوسط');
    expect(side?.country).toBe('SK');
  });

  it('leaves a name in doubt when the office ends in a name word', () => {
    const list = 'وحضر اللقاء من الجانب الأردني أمين عام الوزارة زيد اللوزي ومستشار مؤسسة الأمير حسين باسل الطراونة.';
    const names = analyze(`${meeting} ${list}`).officials.map((x) => x.name_ar);
    expect(names.some((n) => /حسين باسل/.test(n))).toBe(false);
  });
});

// Written for the test. A side phrase after «و» («ومن الجانب الهندي …») opens the other side's people inside one list:
// the item before it ends there, so the name before it is read whole.
const visit = 'استقبل وزير الخارجية السلوفاكي ميروسلاف لايتشاك في براتيسلافا اليوم وزير الدولة الهندي للشؤون الخارجية في موراليدهاران.';

describe('attendance lists: side phrases', () => {
  it('starts a new item at «ومن الجانب …» inside a list', () => {
    const list = 'وحضر اللقاء من الجانب الهندي وكيل الوزارة فيكاس سواروب وسفير الهند لدى سلوفاكيا السفير إيه كيه سوبرامانيان ومن الجانب السلوفاكي وكيل الوزارة بيتر كراليك.';
    const { o, side } = seat(`${visit} ${list}`, 'إيه كيه سوبرامانيان');
    expect(o?.role_en).toMatch(/Ambassador of India to Slovakia/);
    expect(side?.country).toBe('IN');
  });
});
