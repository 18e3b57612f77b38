import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';

describe('nt opening a Bantu name', () => {
  it('is the onset in a name placed in French-speaking Africa', () => {
    expect(transliterateWord('نتاكيرو', 'africanFrench')).toMatch(/^nt/);
  });
  it('is the onset before s in a name of no African tradition', () => {
    expect(transliterateWord('نتسيكو', 'western')).toMatch(/^nts/);
  });
  it('is not Netanyahu’s', () => {
    expect(transliterateWord('نتنياهو', 'western')).toMatch(/^net/);
    expect(transliterateWord('نتانياهو', 'western')).toMatch(/^net/);
  });
  it('keeps the French gu after an opening n', () => {
    expect(transliterateWord('نغيلو', 'africanFrench')).toMatch(/^ngu/);
  });
});
