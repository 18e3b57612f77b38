/**
 * A dual or plural title shared by several names: "وزيري الخارجية والدفاع الأمريكيين أنتوني بلينكن ولويد أوستن",
 * "وزيرا الخارجية والدفاع": the n-th portfolio belongs to the n-th name.
 */
import { heads, portfolios } from '../vocab/titles';
import { matchCountryName, matchNationality, nameWordOf } from './lookups';
import type { Word } from './words';
import { stripAl } from '../arabic/article';

export interface SharedTitle {
  start: number;
  /** First word after the title (and its nationality). */
  end: number;
  /** The singular head as written ("وزير") and the Arabic of each portfolio as written, without its و. */
  head: string;
  portfolios: string[];
  /** The nationality adjective as written, if any ("الأمريكيين"). */
  nat: string | null;
}

const DUAL = /^(.{3,})(?:ي|ا|ان|ين)$/;

/** A feminine dual's stem with its ت written as the singular's ة (normalised ه): «وزيرت» of «وزيرتا» → وزيره; else null. */
export function feminineSingular(stem: string): string | null {
  return stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : null;
}

const headCache = new Map<string, string | null>();
/** The singular head of a dual or plural head word ("وزيري" → "وزير"), cached per word. */
export function dualHead(w: Word): string | null {
  let head = headCache.get(w.norm);
  if (head !== undefined) return head;
  head = null;
  for (const f of w.forms) {
    const m = DUAL.exec(stripAl(f.form));
    if (!m) continue;
    const fem = feminineSingular(m[1]!);
    for (const single of fem ? [m[1]!, fem] : [m[1]!]) {
      const h = heads.match(single, [single], 0);
      if (h && h.length === 1 && h.value.compose === 'of' && !h.value.honorific && (single !== fem || h.value.fem)) { head = single; break; }
    }
    if (head) break;
  }
  if (headCache.size > 50000) headCache.clear();
  headCache.set(w.norm, head);
  return head;
}

export function matchSharedTitle(words: Word[], norms: string[], i: number): SharedTitle | null {
  const head = dualHead(words[i]!);
  if (!head) return null;
  const found: string[] = [];
  let k = i + 1;
  while (k < words.length && !words[k]!.punctBefore && found.length < 4) {
    const bare = found.length && /^و/.test(norms[k]!) ? norms[k]!.slice(1) : norms[k]!;
    // The table reads the first word from `bare` and only the words after it from norms (no copy of the whole
    // text's words per word: that made this quadratic in the article's length).
    const pf = portfolios.match(bare, norms, k);
    if (!pf) break;
    let len = pf.length;
    // A portfolio may take an adjective of its own ("والتنمية الدولية"); a nationality is the whole title's.
    const adj = words[k + len];
    if (adj && !adj.punctBefore && /^ال.{3,}ي[ةه]$/.test(adj.norm) && !nameWordOf(adj) && !matchNationality(norms, k + len)
      && !portfolios.match(adj.norm, norms, k + len) && !heads.has(stripAl(adj.norm))) len++;
    const text = words.slice(k, k + len).map((x) => x.tok.text).join(' ');
    found.push(found.length ? text.replace(/^و/, '') : text);
    k += len;
  }
  if (found.length < 2) return null;
  let nat: string | null = null;
  if (k < words.length && !words[k]!.punctBefore) {
    const n = matchNationality(norms, k);
    if (n) { nat = words.slice(k, k + n.length).map((x) => x.tok.text).join(' '); k += n.length; }
  }
  return { start: i, end: k, head, portfolios: found, nat };
}

export interface TitleOfTwoCountries {
  start: number;
  end: number;
  /** The title of each country as it would be written for one: "وزير خارجية مصر", "وزير خارجية السودان". */
  singles: [string, string];
}

/**
 * One dual title over two countries: "وزيرا خارجية مصر والسودان", "رئيسا مصر والسودان", "وزيرا الخارجية المصري
 * والسوداني". The first name after it holds the first country's office, the second name the second's.
 */
export function matchTitleOfTwoCountries(words: Word[], norms: string[], i: number): TitleOfTwoCountries | null {
  const head = dualHead(words[i]!);
  if (!head) return null;
  const text = (a: number, b: number) => words.slice(a, b).map((w) => w.tok.text).join(' ');
  for (let k = i + 1; k <= i + 3 && k < words.length && !words[k]!.punctBefore; k++) {
    const place = matchCountryName(norms, k) ?? (k > i + 1 ? matchNationality(norms, k) : null);
    if (!place) continue;
    const second = k + place.length;
    if (second >= words.length || words[second]!.punctBefore || !norms[second]!.startsWith('و')) return null;
    const bare = norms.slice();
    bare[second] = norms[second]!.slice(1);
    const other = 'adjective_en' in place ? matchNationality(bare, second) : matchCountryName(bare, second);
    if (!other || other.country === place.country) return null;
    const end = second + other.length;
    const middle = text(i + 1, k);
    const single = (place: string) => [head, middle, place].filter(Boolean).join(' ');
    return { start: i, end, singles: [single(text(k, second)), single(text(second, end).replace(/^و/, ''))] };
  }
  return null;
}
