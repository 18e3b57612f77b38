/**
 * The article as a run of words for the title grammar: each token with its normalised form, the forms it may
 * stand for once proclitics are removed, and whether punctuation separates it from the previous word.
 */
import { readings } from '../arabic/clitics';
import { isDropped } from '../arabic/normalize';
import { tokenize, type Token } from '../arabic/tokens';

export interface WordForm {
  /** The letters of the written word before the form ("و" of "ووزير", "ب" of "بالديوان"; "ل" of "للرئيس"). */
  prefix: string;
  /** The word as it would stand alone, its article kept ("للرئيس" → "الرئيس"). */
  form: string;
}

export interface Word {
  tok: Token;
  norm: string;
  /** Readings from the longest prefix removed to none; the last is the word itself. */
  forms: WordForm[];
  /** Text between the previous word and this one holds punctuation (anything but spaces). */
  punctBefore: string | null;
  /** Index of the paragraph (blank-line or newline separated) the word is in. */
  paragraph: number;
  /** Index of the sentence the word is in. */
  sentence: number;
}

const formCache = new Map<string, WordForm[]>();

/**
 * What the readers derive from a word's forms alone, kept on the forms array itself: words of one spelling share the
 * array (formsOf is cached), so each fact is computed once per spelling and read back with a property load, where a
 * Map keyed by the array cost a hash look-up per word per reader (the officials layer asks several for every word).
 * Each slot is filled by its own module (lookups: the name-word tests, reporting; candidates: traits; titles: head;
 * institutions: body).
 */
export interface SpellingFacts {
  traits: unknown; head: unknown; body: unknown; reporting: unknown;
  /** The per-word vocabulary tests of the name readers (lookups.ts: nameWordOf, ordinaryWordOf, unattestedWordOf,
   * inNameDictionariesOf). */
  nameWord: boolean | undefined; ordinary: boolean | undefined; unattested: boolean | undefined; dictionaries: boolean | undefined;
}
const FACTS = Symbol('spelling facts');
type WithFacts = readonly WordForm[] & { [FACTS]?: SpellingFacts };

export function spellingFacts(forms: readonly WordForm[]): SpellingFacts {
  const holder = forms as WithFacts;
  let facts = holder[FACTS];
  if (facts === undefined) {
    facts = {
      traits: undefined, head: undefined, body: undefined, reporting: undefined,
      nameWord: undefined, ordinary: undefined, unattested: undefined, dictionaries: undefined,
    };
    // (Not enumerable: the array still compares and serialises as its forms.)
    Object.defineProperty(holder, FACTS, { value: facts });
  }
  return facts;
}

/** The forms of a normalised word (cached: news text repeats its words). */
export function formsOf(norm: string): WordForm[] {
  let forms = formCache.get(norm);
  if (!forms) {
    forms = computeForms(norm);
    if (formCache.size > 50000) formCache.clear();
    formCache.set(norm, forms);
  }
  return forms;
}

function computeForms(norm: string): WordForm[] {
  const out: WordForm[] = [];
  const seen = new Set<string>();
  for (const r of readings(norm)) {
    const forms = [r.definite ? 'ال' + r.stem : r.stem];
    // ل + اللجنة is written للجنة: the stem after ل that starts with ل is also the definite noun.
    if (!r.definite && r.prefix.endsWith('ل') && r.stem.startsWith('ل')) forms.push('ال' + r.stem);
    for (const form of forms) {
      const key = r.prefix + '|' + form;
      if (seen.has(key)) continue;
      seen.add(key);
      const strip = norm.endsWith(form) ? norm.length - form.length : Math.max(0, r.prefix.length - 1);
      out.push({ prefix: norm.slice(0, strip), form });
    }
  }
  if (!seen.has('|' + norm)) out.push({ prefix: '', form: norm });
  spellingFacts(out);
  return out;
}

const SENTENCE_END = /[.!?؟\n]/;

/** An article is read into words by the officials layer and again by the attendance lists: the last article's words. */
const ARTICLE_MIN_CHARS = 500;
let lastArticle: { text: string; words: readonly Word[] } | null = null;

/** The words of the text. Callers get their own array (the officials layer replaces words in it). */
export function toWords(text: string): Word[] {
  if (lastArticle?.text === text) return lastArticle.words.slice();
  const words = readWords(text);
  // (Only an article's text is kept: the many short phrases the layers read in between must not push it out.)
  if (text.length >= ARTICLE_MIN_CHARS) lastArticle = { text, words: words.slice() };
  return words;
}

function readWords(text: string): Word[] {
  const toks = tokenize(text);
  const words: Word[] = [];
  let paragraph = 0;
  let sentence = 0;
  let prevEnd = 0;
  for (const tok of toks) {
    const gap = text.slice(prevEnd, tok.start);
    let punct = '';
    // Most gaps are one space: skip the regular expressions for them.
    if (gap !== ' ') {
      if (/\n/.test(gap)) paragraph++;
      if (SENTENCE_END.test(gap)) sentence++;
      // "#كوريا_الشمالية": a hashtag's marks (sites link words in the body this way) are no punctuation.
      punct = gap.replace(/[\s#_]+/g, '');
    }
    words.push({ tok, norm: tok.norm, forms: formsOf(tok.norm), punctBefore: words.length && punct ? punct : null, paragraph, sentence });
    prevEnd = tok.end;
  }
  return words;
}

/** Offset in the original token text after `n` normalised letters (diacritics in between are skipped). */
export function offsetAfter(tok: Token, n: number): number {
  let seen = 0;
  let i = 0;
  while (i < tok.text.length && seen < n) {
    if (!isDropped(tok.text[i]!)) seen++;
    i++;
  }
  while (i < tok.text.length && isDropped(tok.text[i]!)) i++;
  return tok.start + i;
}
