import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

// Lithuanian and Latvian names keep the letters of their own alphabets in English: š for ش, č for تش, and the
// diphthong au that Arabic writes او. (Invented names.)
describe('the letters of Lithuanian and Latvian names', () => {
  it('writes š for ش and capitalises it', () => {
    expect(nameToEnglish('تماس شيمكاس', { country: 'LT' })).toMatch(/ Šimkas$/);
    expect(nameToEnglish('دوفيداس شاركوس', { country: 'LV' })).toMatch(/ Šarkus$/);
  });
  it('writes č for تش', () => {
    expect(nameToEnglish('ريمانتاس كاتشيناس', { country: 'LT' })).toMatch(/ Kačinas$/);
  });
  it('writes au for او', () => {
    expect(nameToEnglish('لاوريس ناوكاس', { country: 'LT' })).toMatch(/^Lauris Naukas$/);
  });
  it('leaves other traditions their sh and ch', () => {
    expect(nameToEnglish('دوفيداس شاركوس', { country: 'US' })).not.toMatch(/Š/);
    expect(nameToEnglish('ريمانتاس كاتشيناس', { country: 'US' })).not.toMatch(/č/);
  });
});
