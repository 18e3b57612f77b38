import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test (round 68): an umbrella front's delegation brings the leaders of the movements it groups; each,
// titled by his own movement, stays on the front's side rather than making a side of his movement.

describe('findDelegations: the factions an umbrella delegation brings', () => {
  it('keeps the movement leaders a front\'s delegation names on the front\'s side', () => {
    const text = [
      'جوبا - انطلقت في عاصمة جنوب السودان، اليوم الاثنين، جولة جديدة من المفاوضات بين الحكومة السودانية والجبهة الوطنية للتغيير.',
      'وترأس وفد الحكومة عضو مجلس السيادة صلاح الدين عمر.',
      'أما وفد الجبهة الوطنية للتغيير فترأسه رئيسها آدم يعقوب، ويضم رئيس حركة العدالة والتنمية عثمان بشير، ونائب رئيس حركة التحرير الديمقراطية كمال حامد.',
    ].join('\n\n');
    const found = sides(text);
    const front = sideOf(found, 'آدم يعقوب');
    expect(front).toBeDefined();
    expect(sideOf(found, 'عثمان بشير')).toBe(front);
    expect(sideOf(found, 'كمال حامد')).toBe(front);
    expect(sideOf(found, 'صلاح الدين عمر')).not.toBe(front);
  });
});
