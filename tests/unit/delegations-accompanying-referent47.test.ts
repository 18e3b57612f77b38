import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// «… Y والوفد المرافق له. ويضم الوفد A وB»، «والوفد البرلماني المرافق له، الذي يضم A»: the delegation a later list names
// by «الوفد» is the one that accompanies Y, even with an adjective between «الوفد» and «المرافق»; its members whose titles
// name no country are Y's side, not merely present. (Invented sentences.)
const sides = (text: string) =>
  Object.fromEntries(analyze(text).delegations.map((d) => [d.side_en, d.members.map((m) => m.name_ar)]));

describe('«الوفد» referring back to the delegation accompanying someone', () => {
  it('seats the members of «ويضم الوفد» in a later sentence with the one the delegation accompanies', () => {
    const s = sides(
      'استقبل وزير الخارجية الإيطالي أنطونيو تاياني في روما اليوم وزير الخارجية الأردني أيمن الصفدي والوفد المرافق له.\n' +
        'ويضم الوفد أمين عام وزارة الخارجية ماجد القطارنة ومدير إدارة أوروبا علي المومني.',
    );
    expect(s['Jordan']).toEqual(expect.arrayContaining(['ماجد القطارنة', 'علي المومني']));
    expect(s['Also present']).toBeUndefined();
  });
  it('reads «والوفد البرلماني المرافق له، الذي يضم» like «والوفد المرافق له»', () => {
    const s = sides(
      'استقبلت رئيسة مجلس النواب الإيطالي لورا بولدريني في روما اليوم رئيس مجلس النواب الأردني أحمد الصفدي والوفد البرلماني المرافق له، الذي يضم النائب خميس عطية والنائبة دينا البشير.',
    );
    expect(s['Jordan']).toEqual(expect.arrayContaining(['خميس عطية', 'دينا البشير']));
    expect(s['Italy']).not.toContain('خميس عطية');
  });
});
