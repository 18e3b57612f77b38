import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: two attendance clauses for two sides, the second opened by a contrastive conjunction
// («فيما حضره»، «بينما حضره»، «في حين حضره»). When no one of the first clause is read as an official (advisers named by
// number only), the second clause's side words are still its own: its members sit with that side, not the first one.
describe('findDelegations: a contrastive second attendance clause opens another side\'s list', () => {
  const conjunctions = ['فيما حضره', 'بينما حضره', 'في حين حضره'];
  for (const conjunction of conjunctions) {
    const text = [
      'الصفدي يستقبل وزير الخارجية الألماني',
      'عمان - استقبل وزير الخارجية الأردني أيمن الصفدي في مقر الوزارة اليوم الاثنين وزير الخارجية الألماني هايكو ماس، الذي يزور المملكة حاليا.',
      `وحضر اللقاء عن الجانب الألماني عدد من مستشاري الوزير وأعضاء الوفد المرافق، ${conjunction} عن الجانب الأردني وزير الداخلية مازن الفراية والأمين العام للوزارة يوسف البطاينة.`,
      'وتناول اللقاء العلاقات الثنائية والأوضاع في المنطقة.',
    ].join('\n\n');
    it(`seats the second clause's people with their own side (${conjunction})`, () => {
      const found = sides(text);
      expect(sideOf(found, 'مازن الفراية')).toBe('Jordan');
      expect(sideOf(found, 'هايكو ماس')).toBe('Germany');
    });
  }
});
