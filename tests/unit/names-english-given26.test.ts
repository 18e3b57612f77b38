import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { englishGivenName } from '@/lib/english/english-given';

describe('English men\'s given names hold their usual Arabic spelling against rarer names', () => {
  it('reads the usual spelling of a common man\'s name as that name', () => {
    expect(englishGivenName('جيم')).toBe('Jim');
    expect(nameToEnglish('جيم هاوارد', { country: 'US' })).toMatch(/^Jim /);
  });

  it('does not read a name the rules spell right into a costlier spelling of a listed name', () => {
    expect(nameToEnglish('تران فان هوا')).not.toMatch(/^Theron/);
    expect(nameToEnglish('أنتوني ليك', { country: 'US' })).toMatch(/^Anthony /);
    expect(nameToEnglish('فريدريك موتيبي', { country: 'UG' })).toMatch(/^Frederick /);
  });
});

describe('an English-speaking bearer\'s given name before the foreign list\'s look-alike of another kind', () => {
  it('reads the usual English spelling, not a family name or another language\'s name', () => {
    expect(nameToEnglish('باول كارتر', { country: 'US' })).toMatch(/^Paul /);
    expect(nameToEnglish('ديان موكاسا', { country: 'UG' })).toMatch(/^Diane /);
  });

  it('keeps the list\'s name where it is an English given name too', () => {
    expect(nameToEnglish('لي هاميلتون', { country: 'US' })).toMatch(/^Lee /);
    expect(nameToEnglish('ستيفن موريسون', { country: 'AU' })).toMatch(/^Stephen|^Steven/);
  });
});
