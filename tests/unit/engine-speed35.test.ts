import { describe, expect, it } from 'vitest';
import { toWords } from '../../lib/officials/words';
import { originsOfGivenName } from '../../lib/vocab/names';

// An article's text, long enough for its words to be kept for the next reader (lib/officials/words.ts).
const ARTICLE = Array.from({ length: 40 }, (_, k) => `استقبل الرئيس عبد المجيد تبون وزير الخارجية الإيطالي أنطونيو تاياني في الجزائر ${k}.`).join('\n\n');

describe('the words of an article read twice', () => {
  it('are the same words, in an array of the caller\'s own', () => {
    const first = toWords(ARTICLE);
    const norms = first.map((w) => w.norm);
    first[0] = { ...first[0]!, norm: 'نايب' };
    first.pop();
    const second = toWords(ARTICLE);
    expect(second).not.toBe(first);
    expect(second.map((w) => w.norm)).toEqual(norms);
  });

  it('do not change with short phrases read in between', () => {
    const before = toWords(ARTICLE).map((w) => [w.norm, w.paragraph, w.sentence, w.punctBefore, w.tok.start]);
    toWords('وزير الخارجية');
    expect(toWords(ARTICLE).map((w) => [w.norm, w.paragraph, w.sentence, w.punctBefore, w.tok.start])).toEqual(before);
  });
});

describe('a given name\'s origins asked twice', () => {
  it('are the same origins', () => {
    const once = [...originsOfGivenName('انطونيو')];
    expect(once.length).toBeGreaterThan(0);
    expect(originsOfGivenName('انطونيو')).toEqual(once);
    expect(originsOfGivenName('كلمهلااصللها')).toEqual([]);
  });
});
