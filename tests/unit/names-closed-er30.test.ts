import { describe, expect, it } from 'vitest';
import { transliterateWord } from '@/lib/english/transliterate';

// ي between a consonant and an r that closes the syllable, in the names no list knows. (Invented names.)
describe('the e of a syllable closed by r', () => {
  it('is e in Europe’s names', () => {
    expect(transliterateWord('فيرداخن', 'western')).toMatch(/^ferd/);
    expect(transliterateWord('شيرمولد', 'western')).toBe('shermold');
    expect(transliterateWord('بيرغستولد', 'german')).toBe('bergstold');
    expect(transliterateWord('كيرسمان', 'nordic')).toBe('kersman');
    expect(transliterateWord('تشيرنوغوروف', 'russian')).toBe('chernogorov');
  });
  it('stays i before a vowel, at the word’s end and outside Europe', () => {
    expect(transliterateWord('كيريلسون', 'western')).toMatch(/^kiril/);
    expect(transliterateWord('ديميرتاك', 'turkish')).toBe('dimirtak');
    expect(transliterateWord('كابيرتو', 'african')).toMatch(/^kabirt/);
  });
});
