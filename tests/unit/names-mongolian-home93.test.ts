import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

describe('the Mongolian patronymic in the genitive', () => {
  it('reads a Mongolian opening word in جين or غين as -giin', () => {
    expect(nameToEnglish('باتاجين دوغسورين', { country: 'MN' })).toMatch(/^Batagiin /);
    expect(nameToEnglish('باتاغين دوغسورين', { country: 'MN' })).toMatch(/^Batagiin /);
  });
  it('leaves that ending to other traditions', () => {
    expect(nameToEnglish('باتاجين دوغسورين', { country: 'US' })).not.toMatch(/giin/);
  });
});

describe('a story of Mongolia', () => {
  it('lends its conventions to a name of no telling shape that gives no country of its own', () => {
    expect(nameToEnglish('لوفسانتسيرين غانتوموخ', { story: 'MN' })).toMatch(/^Luvsan/);
  });
  it('does not where no country is told', () => {
    expect(nameToEnglish('لوفسانتسيرين غانتوموخ', {})).not.toMatch(/^Luvsan/);
  });
});
