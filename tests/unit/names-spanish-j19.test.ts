import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Spanish names: ج before a is a borrowed j, before e and i a g', () => {
  it('reads ج before alif as j (Spanish writes its own j خ)', () => {
    // «النائبة جانين كاستيو» in a story of La Paz: Janine, not Ganine.
    expect(nameToEnglish('جانين كاستيو', { country: 'BO' })).toMatch(/^Jan/);
    expect(nameToEnglish('جامينا مورينو', { country: 'EC' })).toMatch(/^Ja/);
  });
  it('keeps g before e and i (Gerardo, Gilberto)', () => {
    expect(nameToEnglish('جيراردو سوتو', { country: 'CL' })).toMatch(/^Gerardo /);
  });
});
