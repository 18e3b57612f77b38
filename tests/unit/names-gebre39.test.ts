import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Ethiopian and Eritrean names compounded on Gebre, written with ج, ق or غ, in one word or two', () => {
  it('joins a Gebre written apart to the word after it', () => {
    expect(nameToEnglish('يماني قبر آب', { country: 'ER' })).toBe('Yemane Gebreab');
    expect(nameToEnglish('يماني جبر آب', { country: 'ER' })).toBe('Yemane Gebreab');
    expect(nameToEnglish('يماني قبر مسقل', { country: 'ER' })).toBe('Yemane Gebremeskel');
  });
  it('reads a glued قبر as Gebre', () => {
    expect(nameToEnglish('يماني قبرآب', { country: 'ER' })).toBe('Yemane Gebreab');
  });
  it('leaves names with no such word alone', () => {
    expect(nameToEnglish('عثمان صالح', { country: 'ER' })).toBe('Osman Saleh');
  });
});
