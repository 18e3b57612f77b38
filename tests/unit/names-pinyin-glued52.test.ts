import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// A Chinese given name written as one word of a syllable the table knows and one it lacks (غو, Guo), read by the
// press's pinyin shapes. (Invented names, in the Arabic press's pinyin.)
describe('Chinese given names run together from a table syllable and a ruled one', () => {
  it('splits them for a person the article makes Chinese', () => {
    expect(nameToEnglish('تشاو جيانغو', { country: 'CN' })).toBe('Zhao Jiangu');
  });
  it('splits them with no country after a surname the table knows', () => {
    expect(nameToEnglish('وانغ جيانغو', {})).toBe('Wang Jiangu');
  });
  it('leaves a listed foreign name after a surname-like word alone', () => {
    expect(nameToEnglish('لي جونسون', {})).toBe('Lee Johnson');
    expect(nameToEnglish('ليو فيرغسون', {})).toBe('Leo Ferguson');
  });
});
