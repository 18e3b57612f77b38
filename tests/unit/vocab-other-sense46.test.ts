import { describe, expect, it } from 'vitest';
import { normalize } from '@/lib/arabic/normalize';
import { framedNationality, otherSenseCountry, otherSenseNationality } from '@/lib/vocab/other-sense-nationalities';

// Round 46: one table of the nationality words left out of the vocabulary for a second sense, read by every caller.
describe('the one table of left-out nationality words (round 46)', () => {
  it('knows each adjective in every ending', () => {
    for (const w of ['المالي', 'المالية', 'الماليان', 'الماليين', 'الماليون']) expect(otherSenseNationality(normalize(w))?.country).toBe('ML');
    for (const w of ['المجري', 'المجرية', 'المجريين']) expect(otherSenseNationality(normalize(w))?.country).toBe('HU');
    for (const w of ['القمري', 'القمرية']) expect(otherSenseNationality(normalize(w))?.country).toBe('KM');
    expect(otherSenseNationality(normalize('المالي'))?.adjective_en).toBe('Malian');
    expect(otherSenseNationality(normalize('الاقتصادي'))).toBeNull();
  });

  it('leaves out after any title the adjective whose second sense describes an office («المسؤول المالي»)', () => {
    expect(otherSenseNationality(normalize('المالي'), true)).toBeNull();
    expect(otherSenseNationality(normalize('المجري'), true)?.country).toBe('HU');
    expect(otherSenseNationality(normalize('القمري'), true)?.country).toBe('KM');
  });

  it('names the country «مالي» as written only', () => {
    expect(otherSenseCountry('مالي')?.country).toBe('ML');
    expect(otherSenseCountry('ومالي')).toBeNull();
  });

  it('reads the same words in a side\'s frame, with or without و', () => {
    const framed = (phrase: string, at: number) => framedNationality(normalize(phrase).split(' '), at);
    expect(framed('الجانبين الروسي والمالي', 2)).toBe('ML');
    expect(framed('مع نظيرته القمرية', 2)).toBe('KM');
    expect(framed('الحساب المالي', 1)).toBeNull();
  });
});
