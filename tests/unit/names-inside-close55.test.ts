import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { readNameAfter } from '@/lib/officials/names';
import { toWords } from '@/lib/officials/words';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A name of two words that closes for certain, whose last word a name source lists whole and whose first the
// lexicon knows as a word: the title says a name starts, the family name and the close say where it ends.
// (Invented sentences.)
describe('a family name a name source lists that begins with ف', () => {
  it('closes the name after a bare office and after a full role', () => {
    expect(names('لكن النائب يجال فاخوري قال إن الموازنة لا تكفي.')).toContain('يجال فاخوري');
    expect(names('وقال وزير الزراعة يجال فليحان، إن الموسم جيد.')).toContain('يجال فليحان');
  });
});

describe('a listed given name that is a time word too', () => {
  it('opens the name before a listed family name and a close', () => {
    expect(names('وأكد رئيس المجلس الأعلى للثقافة صباح زريقات، أن المهرجان يبدأ غدا.')).toContain('صباح زريقات');
  });
  it('stays the time word before a day', () => {
    expect(names('وقال وزير الصحة صباح اليوم إن الحملة بدأت.')).toEqual([]);
    expect(names('وقال النائب صباح الأحد إن الجلسة تأجلت.')).toEqual([]);
  });
});

describe('a foreign given name and one word the lexicon knows, closing before «إن» or a comma', () => {
  it('reads the word as the family name, an office head word too', () => {
    expect(names('وقال المتحدث باسم وزارة الطاقة جانيس سايق إن الشبكة عادت للعمل.')).toContain('جانيس سايق');
  });
  it('leaves a time word after a known surname out', () => {
    expect(names('وقال رئيس الوزراء الياباني كيشيدا أمس إن طوكيو مستعدة.').join()).not.toContain('أمس');
  });
});

describe('the name after a bare office, closed by a listed family name', () => {
  it('does not start at an adjective with the article that describes the office', () => {
    const words = toWords('ويرى المحلل المالي محمد الشميري أن السعر مناسب.');
    const norms = words.map((w) => w.norm);
    expect(readNameAfter(words, norms, norms.indexOf('المالي'), true)).toBeNull();
  });
});
