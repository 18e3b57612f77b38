import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// A foreign name whose last word the lexicon reads only through a suffix («رادمان»), after a word of no language,
// closing before a preposition that opens the clause's adjunct (a sentence of our own).
describe('a foreign name closing on a word the lexicon reads only through a suffix', () => {
  it('keeps the word before a preposition that opens the adjunct', () => {
    const { officials } = analyze('وقال وزير خارجية كرواتيا غوردان غرليتش رادمان في زغرب إن بلاده تدعم الحوار.');
    expect(officials.find((o) => o.name_ar.includes('غوردان'))?.name_ar).toBe('غوردان غرليتش رادمان');
  });
  it('still stops at a dictionary word there', () => {
    const { officials } = analyze('وقال وزير خارجية كرواتيا غوردان غرليتش أمس في زغرب إن بلاده تدعم الحوار.');
    expect(officials.find((o) => o.name_ar.includes('غوردان'))?.name_ar).toBe('غوردان غرليتش');
  });
});
