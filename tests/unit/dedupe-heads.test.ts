import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs evaluation script without types
import { dedupeHead } from '../../scripts/eval/dedupe-heads.mjs';

const officials = [
  { name_ar: 'أيمن الصفدي', name_en: ['Ayman Safadi', 'Ayman al-Safadi'] },
  { name_ar: 'أحمد عطاف', name_en: ['Ahmed Attaf'] },
];

describe('dedupeHead (dev-corpus convention: a head is not repeated among members)', () => {
  it('drops a member that is the head under another accepted spelling', () => {
    const { side, dropped } = dedupeHead(
      { side_en: ['Jordan'], head: 'Ayman Safadi', members: ['Ayman al-Safadi', { name: 'Ahmed Attaf', optional: true }] },
      officials,
    );
    expect(dropped).toBe(1);
    expect(side.members).toEqual([{ name: 'Ahmed Attaf', optional: true }]);
  });

  it('leaves a side whose head is not among its members as it was', () => {
    const input = { side_en: ['Algeria'], head: 'Ahmed Attaf', members: ['Ayman Safadi'] };
    const { side, dropped } = dedupeHead(input, officials);
    expect(dropped).toBe(0);
    expect(side.members).toEqual(['Ayman Safadi']);
  });

  it('compares names with no official by their spelling', () => {
    const { dropped } = dedupeHead({ side_en: ['X'], head: 'A Envoy', members: ['a envoy', 'B Aide'] }, []);
    expect(dropped).toBe(1);
  });
});
