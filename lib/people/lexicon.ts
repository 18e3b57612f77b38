/**
 * Ordinary words of Arabic (assets/lexicon.json, built from Ayaspell by npm run build:data): the counter-evidence
 * for a name. A word that is an ordinary word and not a strongly attested name word is never part of a name.
 */
import lexicon from '../../assets/lexicon.json';
import { bloomBytes, bloomHas, type BloomData } from '../vocab/bloom';
import { stemCandidates, VERB } from './stems';

const words = (lexicon as { words: BloomData }).words;
const bits = bloomBytes(words);
const alsoNames = new Set((lexicon as { names: string }).names.split(' '));

/** How a word is a dictionary word: as written (article and suffixes aside), only once a proclitic is off, or not. */
export type Lexical = 'word' | 'clitic' | null;

const cache = new Map<string, Lexical>();

export function lexicalReading(norm: string): Lexical {
  let v = cache.get(norm);
  if (v === undefined) {
    // A stem that is itself a name word proves nothing: "الياسون" is no plural of "الياس".
    const has = (s: string) => bloomHas(words, bits, s) && (s === norm || !alsoNames.has(s));
    v = stemCandidates(norm, false).some(has) ? 'word' : stemCandidates(norm).some(has) ? 'clitic' : null;
    if (cache.size > 50000) cache.clear();
    cache.set(norm, v);
  }
  return v;
}

export const isLexical = (norm: string): boolean => lexicalReading(norm) !== null;

/** The feminine and its plural ("طالبة", "الطالبات", "كبيرة"): endings that make a noun or an adjective of a stem. */
const FEMININE = /^(.{3,})(?:ه|ات)$/;

/**
 * A word the lexicon reads only as the feminine or feminine plural of a stem that is also a name word («الطالبات» of
 * «طالب», «كبيرة» of «كبير»): lexicalReading leaves those out, since a stem that is a name proves nothing of a word.
 * Said of the word alone it is weak; the callers ask that no name source list the word as written.
 */
export function isFeminineOfNameStem(norm: string): boolean {
  if (lexicalReading(norm) !== null) return false;
  const bare = norm.startsWith('ال') && norm.length > 5 ? norm.slice(2) : norm;
  const m = FEMININE.exec(bare);
  return !!m && alsoNames.has(m[1]!) && bloomHas(words, bits, m[1]!);
}

/** A strongly attested name word that is also a dictionary word (سعيد، هارون، شرف). */
export function isAlsoName(norm: string): boolean {
  return alsoNames.has(norm) || (norm.startsWith('ال') && norm.length > 4 && alsoNames.has(norm.slice(2)));
}

/** The word as written is a verb of the dictionary (its past or present stem, no clitic removed). */
export function isVerbAsWritten(norm: string): boolean {
  return bloomHas(words, bits, VERB + norm);
}

/** The word as written (the article aside) is itself a dictionary entry, with no suffix cut off ("مياه", not "تعازيه"). */
export function isDictionaryEntry(norm: string): boolean {
  const bare = norm.startsWith('ال') && norm.length > 4 ? norm.slice(2) : norm;
  return bloomHas(words, bits, bare) || bloomHas(words, bits, VERB + bare);
}
