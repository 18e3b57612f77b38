import { describe, expect, it } from 'vitest';
import { members, sides } from './helpers/delegations';

// Written for the test: after the article's meeting, an aside tells that the guest met someone else «في وقت سابق اليوم»
// (not in the pluperfect). That other host was at an earlier meeting of the visit, not at the article's.
describe('findDelegations: the other party of a meeting dated earlier the same day is no member', () => {
  const asides = ['يذكر أن وزير الخارجية الكيني التقى في وقت سابق اليوم', 'وفي السياق ذاته، اجتمع وزير الخارجية الكيني في وقت سابق من اليوم مع'];
  for (const aside of asides) {
    const text = [
      'وزير الخارجية يجتمع مع نظيره الكيني',
      'الدوحة - اجتمع سعادة الشيخ محمد بن عبدالرحمن آل ثاني وزير الخارجية، اليوم، مع سعادة السيد موساليا مودافادي وزير الخارجية في جمهورية كينيا، الذي يزور البلاد حاليا.',
      'وجرى خلال الاجتماع استعراض علاقات التعاون بين البلدين.',
      `${aside} سعادة الدكتور علي بن صميخ المري وزير العمل، وبحث معه أوضاع العمالة الكينية.`,
    ].join('\n\n');
    it(`keeps the two ministers and leaves out the earlier host (${aside.slice(0, 12)}…)`, () => {
      const names = members(sides(text));
      expect(names.some((n) => n.includes('محمد بن عبدالرحمن'))).toBe(true);
      expect(names.some((n) => n.includes('علي بن صميخ'))).toBe(false);
    });
  }
});
