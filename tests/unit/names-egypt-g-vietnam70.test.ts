import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';
import { vietnameseNameLength, vietnameseSyllableByRule } from '../../lib/vocab/vietnamese';
import { normalize } from '../../lib/arabic/normalize';

describe("Egypt's press writes ج g", () => {
  it('in an Egyptian Arab name, listed or not', () => {
    expect(nameToEnglish('رجب جمال', { country: 'EG' })).toBe('Ragab Gamal');
    expect(nameToEnglish('عادل مجاهد', { country: 'EG' })).toMatch(/^Adel Mug/);
  });
  it('not elsewhere, nor in a name with a Western given name or Western letters', () => {
    expect(nameToEnglish('رجب جمال', { country: 'SA' })).toMatch(/^Rajab J/);
    expect(nameToEnglish('جون جبور', { country: 'EG' })).toMatch(/^Jo\S* Jab/);
    expect(nameToEnglish('جاكلين عازر', { country: 'EG' })).toMatch(/^Jacqueline /);
  });
});

describe('Vietnamese syllables by their letters', () => {
  it('reads the onsets and rhymes the press writes', () => {
    const read = (w: string) => vietnameseSyllableByRule(normalize(w));
    expect(read('نهات')).toBe('Nhat');
    expect(read('نجان')).toBe('Ngan');
    expect(read('كوانج')).toBe('Quang');
    expect(read('كووك')).toBe('Quoc');
    expect(read('هوان')).toBe('Hoan');
    expect(read('زونغ')).toBe('Dung');
    expect(read('سينه')).toBe('Sinh');
  });
  it('reads no Arabic word of another shape', () => {
    for (const w of ['كان', 'بين', 'دون', 'في', 'قال', 'خلال']) expect(vietnameseSyllableByRule(normalize(w))).toBeUndefined();
  });
  it('spells and spans a Vietnamese name whose syllables no list holds', () => {
    expect(nameToEnglish('نغوين سينه نهات تان', { country: 'VN' })).toBe('Nguyen Sinh Nhat Tan');
    expect(nameToEnglish('تران داى كوانج', { country: 'VN' })).toBe('Tran Dai Quang');
    const norms = 'التقى نغوين سينه نهات تان مع'.split(' ').map(normalize);
    expect(vietnameseNameLength(norms, 1, () => true)).toBe(4);
  });
});

describe('Polish letters for a Pole’s name no list holds', () => {
  it('writes sz, cz, w and -cki', () => {
    expect(nameToEnglish('ريشارد تيرليتسكي', { country: 'PL' })).toBe('Riszard Terlicki');
    expect(nameToEnglish('توماش فيشنيفسكي', { country: 'PL' })).toMatch(/ Wiszniwski$/);
  });
  it('not for another country', () => {
    expect(nameToEnglish('ريشارد تيرليتسكي', { country: 'RU' })).not.toMatch(/sz|cki/);
  });
});
