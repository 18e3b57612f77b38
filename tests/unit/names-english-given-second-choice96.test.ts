import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

// Written for the test: an English given name the press writes with second-choice letters (جاستن, ا for u and no ي
// for i) is the English name where no name dictionary holds the spelling; a spelling a dictionary holds stays that
// name's (تران Tran).
describe('English given names in a second-choice spelling', () => {
  it('read an unlisted spelling as the English given name', () => {
    expect(nameToEnglish('جاستن ويلسون', { country: 'AU' })).toBe('Justin Wilson');
    expect(nameToEnglish('جاستن ترودو', { country: 'CA' })).toBe('Justin Trudeau');
  });
  it('keep a listed spelling as its own name', () => {
    expect(nameToEnglish('تران سميث', { country: 'AU' })).toBe('Tran Smith');
  });
});
