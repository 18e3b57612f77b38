import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// Turkish family names opening with kara, which the Arabic press writes apart as «قره». (Invented names.)
describe('Turkish kara family names', () => {
  it('joins Kara to the family name after it', () => {
    expect(nameToEnglish('أحمد قره أوغلو', { country: 'TR' })).toBe('Ahmet Karaoglu');
    expect(nameToEnglish('منير قره لوغلو', { country: 'TR' })).toBe('Mounir Karaloglu');
    expect(nameToEnglish('يونس قره عثمان', { country: 'TR' })).toBe('Yunus Karaosman');
  });
  it('writes a family name that is kara alone Kara', () => {
    expect(nameToEnglish('محمد قره', { country: 'TR' })).toBe('Mehmet Kara');
  });
  it('leaves an Arab\'s name alone', () => {
    expect(nameToEnglish('محمد قره', { country: 'SY' })).not.toMatch(/Kara/);
  });
});

// Turkish has no w: و before ي after a consonant is the o of -oy and oy-. (Invented names.)
describe('Turkish -oy', () => {
  it('reads و between a consonant and ي as o', () => {
    expect(nameToEnglish('كمال بوروي', { country: 'TR' })).toBe('Kemal Buroy');
    expect(nameToEnglish('أحمد صويلو', { country: 'TR' })).toBe('Ahmet Soylu');
  });
});
