import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 102, roles: a generic body head in an office («رئيس اللجنة», «المدير العام للمؤسسة») refers back to the fuller
// body of that noun the article named before it — a utility named in construct («مؤسسة كهرباء لبنان»), a vocabulary
// body named for a purpose of its own («اللجنة المركزية للانتخابات والاستفتاءات») — never to one named after it; and a
// member of parliament's bare seat said first yields to the office in a body a later mention gives him.

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.role_en;

describe('a bare body head refers back to the fuller body named before it', () => {
  // tests/heldout2/315-aldiyar-beirut-electricity.txt
  it('reads «المدير العام للمؤسسة» as the utility the article named in construct', () => {
    const text = 'وأشار صدي إلى أن مؤسسة كهرباء لبنان باشرت تركيب العدادات الذكية في بيروت الإدارية. وأوضح المدير العام للمؤسسة كمال حايك، الذي حضر المؤتمر، أن نسبة الهدر تراجعت.';
    expect(roleOf(text, 'كمال حايك')).toBe('Director General of the Lebanon Electricity Corporation');
  });

  // Near miss, written for the test: the utility named only after the office is no antecedent.
  it('does not reach forward to a utility named after the office', () => {
    const text = 'وأوضح المدير العام للمؤسسة كمال حايك، الذي حضر المؤتمر، أن نسبة الهدر تراجعت. وأشار صدي إلى أن مؤسسة كهرباء لبنان باشرت تركيب العدادات الذكية.';
    expect(roleOf(text, 'كمال حايك')).not.toMatch(/Electricity/);
  });

  // tests/heldout39/4002-anadolu-arabic-ashgabat-serdar-berdimuhamedov-wins.txt
  it('reads «رئيس اللجنة» as the election commission named for its purpose, not a party\'s Central Committee', () => {
    const text = 'أعلنت اللجنة المركزية للانتخابات والاستفتاءات في تركمانستان، الثلاثاء، فوز سردار بردي محمدوف في الانتخابات الرئاسية المبكرة.\n\nوقال رئيس اللجنة غولمراد مرادوف، في مؤتمر صحفي بالعاصمة عشق آباد، إن بردي محمدوف الابن حصل على 72.97 بالمئة من الأصوات.';
    expect(roleOf(text, 'غولمراد مرادوف')).toBe('Chairman of the Central Commission for Elections and Referendums');
  });
});

describe('an office in a body over a bare parliamentary seat', () => {
  // tests/heldout6/719-youm7-cairo-africa-committee-irrigation.txt
  it('gives the committee chairman his chair, not MP', () => {
    const text = 'استقبلت لجنة الشئون الأفريقية بمجلس النواب، برئاسة النائب طارق رضوان، اليوم الإثنين، وفدا من وزارة الموارد المائية والرى.\n\nمن جانبه، أكد النائب طارق رضوان، رئيس اللجنة، أن البرلمان يقف خلف القيادة السياسية فى هذا الملف.';
    expect(roleOf(text, 'طارق رضوان')).toBe('Chairman of the African Affairs Committee');
  });

  // Near miss, written for the test: a member named twice with his seat alone stays an MP.
  it('keeps a member named only by his seat an MP', () => {
    const text = 'استقبلت لجنة الشئون الأفريقية بمجلس النواب، برئاسة النائب طارق رضوان، اليوم الإثنين، وفدا من وزارة الموارد المائية والرى.\n\nمن جانبه، أكد النائب طارق رضوان أن البرلمان يقف خلف القيادة السياسية فى هذا الملف.';
    expect(roleOf(text, 'طارق رضوان')).toBe('MP');
  });
});
