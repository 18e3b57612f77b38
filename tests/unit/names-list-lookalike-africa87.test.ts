import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

describe('an English list look-alike in an Ethiopian or African family name', () => {
  it('is not an Ethiopian’s: the letters of Amharic romanisation are read', () => {
    const en = nameToEnglish('تسفاي شيدي', { country: 'ET' });
    expect(en).not.toMatch(/ee|y$/);
    expect(en).toMatch(/^Tesfay\w* Sh/);
  });
  it('is not a Ghanaian’s middle name', () => {
    expect(nameToEnglish('كوفي أوسي منساه', { country: 'GH' })).not.toMatch(/Ossie/);
  });
  it('stays where no tradition of its own is told', () => {
    expect(nameToEnglish('جون شيدي', { country: 'US' })).toMatch(/Sheedy/);
  });
});
