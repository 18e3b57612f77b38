/**
 * Memoised look-ups of the other layers' vocabularies: the grammar asks the same questions about the same
 * word many times (is it a nationality, a country, a name word?), so each answer is computed once per article.
 */
import { cachedIn } from '../bounded-cache';
import { isNameWord as isNameWordRaw } from '../english/names';
import { isOrdinaryWord, isUnattestedWord } from '../people/evidence';
import { inNameDictionaries } from '../vocab/names';
import { reportingVerb, type ReportingVerb } from '../vocab/reporting';
import { spellingFacts, type Word } from './words';
import {
  matchCountryName as matchCountryRaw, matchNationality as matchNationalityRaw, type NationalityMatch,
} from '../vocab/nationalities';

const nameWords = new Map<string, boolean>();
export function isNameWord(norm: string): boolean {
  return cachedIn(nameWords, norm, 50_000, isNameWordRaw);
}

// The same tests of a word of the article, kept with its spelling (words of one spelling share their forms array, made
// from the norm; see spellingFacts): a property load where the Map by norm cost a hashed look-up per word per reader.
export const nameWordOf = (w: Word): boolean => spellingFact(w, 'nameWord', isNameWord);
export const ordinaryWordOf = (w: Word): boolean => spellingFact(w, 'ordinary', isOrdinaryWord);
export const unattestedWordOf = (w: Word): boolean => spellingFact(w, 'unattested', isUnattestedWord);
export const inNameDictionariesOf = (w: Word): boolean => spellingFact(w, 'dictionaries', inNameDictionaries);

function spellingFact(w: Word, key: 'nameWord' | 'ordinary' | 'unattested' | 'dictionaries', test: (norm: string) => boolean): boolean {
  const facts = spellingFacts(w.forms);
  return (facts[key] ??= test(w.norm));
}

export function reportingVerbOf(w: Word): ReportingVerb | null {
  const facts = spellingFacts(w.forms);
  if (facts.reporting === undefined) facts.reporting = reportingVerb(w.norm);
  return facts.reporting as ReportingVerb | null;
}

// Per norms array, the answer at each position (undefined: not asked yet), in an array the length of the text:
// one look-up by index where a Map by position cost two hashed ones (has, then get) per question.
type Memo<T> = WeakMap<readonly string[], (T | null | undefined)[]>;
const nats: Memo<NationalityMatch> = new WeakMap();
const countries: Memo<{ country: string; length: number }> = new WeakMap();

// (A few words put together for one question, «[form, ...next three]», are asked once: no memo, whose WeakMap entry and
// array cost more than the answer.)
const MEMO_MIN_WORDS = 8;

function memo<T>(cache: Memo<T>, norms: readonly string[], i: number, compute: () => T | null): T | null {
  if (norms.length < MEMO_MIN_WORDS) return compute();
  let m = cache.get(norms);
  if (!m) { m = new Array<T | null | undefined>(norms.length + 1).fill(undefined); cache.set(norms, m); }
  let v = m[i];
  if (v === undefined) {
    v = compute();
    m[i] = v;
  }
  return v;
}

export function matchNationality(norms: readonly string[], i: number): NationalityMatch | null {
  return memo(nats, norms, i, () => matchNationalityRaw(norms, i));
}

export function matchCountryName(norms: readonly string[], i: number): { country: string; length: number } | null {
  return memo(countries, norms, i, () => matchCountryRaw(norms, i));
}
export type { NationalityMatch };
