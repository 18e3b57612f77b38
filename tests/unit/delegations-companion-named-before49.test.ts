import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

// Round 49, delegations: «التقى X، يرافقه نائبه Y، الرئيس Z»: a verb of accompanying with its pronoun, set off by a comma
// right after a name, is said of that person, even when he is no party of a meeting read so far; not of the last meeting
// party named before (heldout20 2112, al-Quds al-Arabi).

// Written for the test (al-Quds al-Arabi's style).
describe('findLists: the companion of the one named right before «، يرافقه»', () => {
  it('seats the deputy with the envoy he accompanies', () => {
    const text =
      'اختتم المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ، الأحد، جولة التقى خلالها رئيس مجلس القيادة الرئاسي رشاد العليمي ثم كبير مفاوضي جماعة الحوثيين محمد عبد السلام.\n\n' +
      'وفي الرياض، التقى غروندبرغ، يرافقه نائبه معين شريم، الرئيس العليمي بحضور وزير الخارجية اليمني أحمد عوض بن مبارك.';
    const found = Object.values(sides(text));
    const envoy = found.find((ms) => ms.some((m) => m.endsWith('هانس غروندبرغ')));
    expect(envoy).toContain('معين شريم');
    expect(found.find((ms) => ms.some((m) => m.endsWith('محمد عبد السلام')))).not.toContain('معين شريم');
  });
});
