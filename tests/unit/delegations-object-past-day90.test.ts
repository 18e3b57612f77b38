import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: a letter handed over «لدى لقائه اليوم بالخرطوم، …»: the day and the place of the meeting come
// right after the possessive noun, then the long title of the minister met, past the noun's usual reach.
describe('findDelegations: the one met is named after the meeting day and place, behind a long title', () => {
  const text = [
    'رئيس الوزراء يتلقى رسالة من الرئيس الكيني',
    'الخرطوم 3-4-2024 (سونا)- تلقى رئيس الوزراء الدكتور كامل إدريس رسالة خطية من الرئيس الكيني وليام روتو تتعلق بالعلاقات الثنائية بين البلدين.',
    'وسلم الرسالة لسيادته لدى لقائه اليوم بالخرطوم، وزير الشؤون الخارجية وشؤون المغتربين بجمهورية كينيا السيد موساليا مودافادي، الذي يزور البلاد حاليا.',
    'وحضر المقابلة وزير الخارجية السفير علي يوسف الشريف، فيما حضرها من الجانب الكيني سفير كينيا لدى السودان السيد جون أوتينو.',
  ].join('\n\n');
  it('seats the minister who handed the letter on the guest side, with the one who received it on the host side', () => {
    const found = sides(text);
    expect(sideOf(found, 'موساليا مودافادي')).toBe('Kenya');
    expect(sideOf(found, 'جون أوتينو')).toBe('Kenya');
    expect(sideOf(found, 'كامل إدريس')).toBe('Sudan');
    expect(sideOf(found, 'علي يوسف الشريف')).toBe('Sudan');
    expect(Object.values(found).flat().some((m) => m.includes('وليام روتو'))).toBe(false);
  });
});
