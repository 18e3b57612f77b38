import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('a European given name the Arabic press writes alike in every language', () => {
  it('takes the form of its bearer’s language', () => {
    expect(nameToEnglish('فيليب كوستا', { country: 'PT' })).toMatch(/^Filipe /);
    expect(nameToEnglish('فيليب غونزاليس', { country: 'ES' })).toMatch(/^Felipe /);
    expect(nameToEnglish('لويس أرسي', { country: 'BO' })).toMatch(/^Luis /);
    expect(nameToEnglish('جورج بيدو', { country: 'FR' })).toMatch(/^Georges /);
    expect(nameToEnglish('هنري بيرتو', { country: 'FR' })).toMatch(/^Henri /);
  });
  it('and keeps the dictionary’s form elsewhere', () => {
    expect(nameToEnglish('جورج كلوني', { country: 'US' })).toMatch(/^George /);
    expect(nameToEnglish('فيليب لازاريني', { country: 'CH' })).toMatch(/^Philipp?e? /);
  });
});
