import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test (round 68): an embassy named at the tail of a reception is the guest's own (an embassy is always a
// foreign state's), so it names no side for the welcomers, even when the guest is named by his title alone.

describe('findDelegations: an embassy at a reception\'s tail', () => {
  it('keeps a welcomer of the host country on the host\'s side', () => {
    const text = [
      'طوكيو - وصل الرئيس التونسي قيس سعيد، اليوم الأحد، إلى طوكيو في زيارة رسمية يلتقي خلالها رئيس الوزراء الياباني فوميو كيشيدا.',
      'وكان في استقبال الرئيس لدى وصوله إلى مطار هانيدا الدولي وزير الخارجية الياباني يوشيماسا هاياشي، والسفير نبيل عمار سفير تونس لدى اليابان، وأعضاء السفارة التونسية.',
      'ويعقد الرئيس سعيد غدا مباحثات مع رئيس الوزراء كيشيدا في مقر رئاسة الحكومة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'يوشيماسا هاياشي')).toBe('Japan');
    expect(sideOf(found, 'نبيل عمار')).toBe('Tunisia');
  });
});
