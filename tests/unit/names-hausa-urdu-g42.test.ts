import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("a Nigerian story's Muslims, whom the article gives no country, in Hausa form", () => {
  it('spells a name whose family name no Arabic list knows the Hausa way', () => {
    expect(nameToEnglish('محمود ياكوبو', { home: 'NG' })).toMatch(/^Mahmood Yakub/);
    expect(nameToEnglish('إبراهيم كاشيم', { home: 'GH' })).toMatch(/^Ibrahim /);
  });
  it('reads a compound family name the Hausa table spells as one word', () => {
    expect(nameToEnglish('عتيق أبو بكر', { home: 'NG' })).toMatch(/ Abubakar$/);
  });
  it("leaves an Arab's name an Arab's: an article, a family name any Arab carries", () => {
    expect(nameToEnglish('أحمد عمر', { home: 'NG' })).toBe('Ahmed Omar');
    expect(nameToEnglish('سامح شكري', { home: 'NG' })).toBe(nameToEnglish('سامح شكري'));
    expect(nameToEnglish('عبد الله السعدي', { home: 'NG' })).not.toMatch(/Abdullahi/);
  });
  it('needs the story to be Nigeria’s or Ghana’s', () => {
    expect(nameToEnglish('عتيق أبو بكر', { home: 'KE' })).toMatch(/Abu Bakr$/);
  });
});

describe("Urdu and Persian گ after n, which Arabic writes غ", () => {
  it('reads نغ inside a Pakistani or Iranian name as ng', () => {
    expect(nameToEnglish('محمد أورنغزيب', { country: 'PK' })).toMatch(/ Ur?a?ngz/);
    expect(nameToEnglish('بيجن زنغنه', { country: 'IR' })).toMatch(/ Zang/);
  });
  it("keeps an Arab's غ gh", () => {
    expect(nameToEnglish('عبد الغني', { country: 'PK' })).toMatch(/Ghani/);
    expect(nameToEnglish('نغم', { country: 'LB' })).toMatch(/^Nagh/);
  });
});

describe("a Pakistani's غ is gh, as a foreign list's look-alike without it is not", () => {
  it('reads غوث as Ghaus, not the German Guth', () => {
    expect(nameToEnglish('عائشة غوث باشا', { country: 'PK' })).toMatch(/^Aisha Gh\w+s Pasha$/);
    expect(nameToEnglish('عائشة غوث باشا', { home: 'PK' })).toMatch(/^Aisha Gh\w+s Pasha$/);
  });
});
describe('a final ع after a consonant, a syllable of its own', () => {
  it('is written aa, as the press writes it', () => {
    expect(nameToEnglish('فوزي لقجع', { country: 'MA' })).toMatch(/ Lakjaa$/);
    expect(nameToEnglish('أحمد الشرع', { country: 'SY' })).toBe('Ahmed Al-Sharaa');
  });
  it('adds nothing after a long vowel', () => {
    expect(nameToEnglish('ربيع', { country: 'SY' })).not.toMatch(/aa$/);
    expect(nameToEnglish('سميع', { country: 'SY' })).not.toMatch(/aa$/);
  });
});
