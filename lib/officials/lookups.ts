/**
 * Memoised look-ups of the other layers' vocabularies: the grammar asks the same questions about the same
 * word many times (is it a nationality, a country, a name word?), so each answer is computed once per article.
 */
import { cachedIn } from '../bounded-cache';
import { isNameWord as isNameWordRaw } from '../english/names';
import {
  matchCountryName as matchCountryRaw, matchNationality as matchNationalityRaw, type NationalityMatch,
} from '../vocab/nationalities';

const nameWords = new Map<string, boolean>();
export function isNameWord(norm: string): boolean {
  return cachedIn(nameWords, norm, 50_000, isNameWordRaw);
}

type Memo<T> = WeakMap<readonly string[], Map<number, T | null>>;
const nats: Memo<NationalityMatch> = new WeakMap();
const countries: Memo<{ country: string; length: number }> = new WeakMap();

function memo<T>(cache: Memo<T>, norms: readonly string[], i: number, compute: () => T | null): T | null {
  let m = cache.get(norms);
  if (!m) { m = new Map(); cache.set(norms, m); }
  if (m.has(i)) return m.get(i)!;
  const v = compute();
  m.set(i, v);
  return v;
}

export function matchNationality(norms: readonly string[], i: number): NationalityMatch | null {
  return memo(nats, norms, i, () => matchNationalityRaw(norms, i));
}

export function matchCountryName(norms: readonly string[], i: number): { country: string; length: number } | null {
  return memo(countries, norms, i, () => matchCountryRaw(norms, i));
}
export type { NationalityMatch };
