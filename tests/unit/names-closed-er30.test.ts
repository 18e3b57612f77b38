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

// A stop or fricative and r or l before another consonant inside a name no list knows. (Invented names.)
describe('the e lost between a consonant and r or l', () => {
  it('is put back in Europe’s names', () => {
    expect(transliterateWord('هامبلتورف', 'german')).toBe('hambeltorf');
    expect(transliterateWord('أدلفيلد', 'western')).toMatch(/^adelf/);
    expect(transliterateWord('كوبرستاد', 'nordic')).toBe('koberstad');
  });
  it('not before a vowel, a final s or a w, nor outside Europe', () => {
    expect(transliterateWord('سافروفيدس', 'greek')).toMatch(/^savro/);
    expect(transliterateWord('ماتبرغ', 'turkish')).toBe('matbrg');
  });
});
