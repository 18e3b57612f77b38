import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// Two Arabic spelling conventions the letter rules must keep. (Invented names.)
describe('a compound with الله', () => {
  it('is one name when it is the whole name', () => {
    expect(nameToEnglish('نصر الله', { country: 'LB' })).toBe('Nasrallah');
    expect(nameToEnglish('عوض الله', { country: 'EG' })).toBe('Awadallah');
  });
  it('takes -ullah further east, with no vowel doubled', () => {
    expect(nameToEnglish('عطاء الله', { country: 'PK' })).toBe('Ataullah');
    expect(nameToEnglish('عطاء الله خان', { country: 'PK' })).toMatch(/^Ataullah /);
  });
});

describe('عو before a long vowel', () => {
  it('opens with Aw, its و a consonant', () => {
    expect(nameToEnglish('سالم بن عواض', { country: 'SA' })).toMatch(/ bin Awad$/);
    expect(nameToEnglish('باسم العوادي', { country: 'IQ' })).toBe('Basem Al-Awadi');
  });
  it('leaves عو before a consonant alone', () => {
    expect(nameToEnglish('عدي عواد', { country: 'IQ' })).toBe('Uday Awad');
    expect(nameToEnglish('عوني خليل', { country: 'JO' })).toMatch(/^Awni /);
  });
});
