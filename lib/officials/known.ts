/**
 * Guards on gazetteer matches: the matched words really are words of the person's spellings, a verb's hamza is not
 * normalised into a surname, and a cheap first-word test before any look-up.
 */
import { normalize } from '../arabic/normalize';
import { knownPeople, type KnownPerson } from '../gazetteer';
import type { Word } from './words';

let knownFirstWords: Set<string> | null = null;
/** Cheap test before a gazetteer look-up: the word (or its bare form) starts some known spelling. */
export function mayStartKnownName(w: Word): boolean {
  if (!knownFirstWords) {
    knownFirstWords = new Set();
    for (const p of knownPeople) {
      for (const n of [...p.names_ar, ...(p.short_ar ?? []), ...(p.after_title_ar ?? [])]) {
        const first = normalize(n).split(/[\s-]+/)[0];
        if (first) { knownFirstWords.add(first); knownFirstWords.add(first.replace(/^عبد(?=ال)/, 'عبد')); }
        const joined = normalize(n).replace(/^عبد /, 'عبد').split(/[\s-]+/)[0];
        if (joined) knownFirstWords.add(joined);
      }
    }
  }
  for (const f of w.forms) {
    if (knownFirstWords.has(f.form)) return true;
    const hyphen = f.form.indexOf('-');
    if (hyphen > 0 && knownFirstWords.has(f.form.slice(0, hyphen))) return true;
  }
  return false;
}

/** The matched words really are words of one of the person's Arabic spellings (a guard on fuzzy look-ups). */
const vocabCache = new WeakMap<KnownPerson, Set<string>>();
export function spellingVocab(p: KnownPerson): Set<string> {
  let vocab = vocabCache.get(p);
  if (vocab) return vocab;
  vocab = new Set<string>();
  for (const n of [...p.names_ar, ...(p.short_ar ?? [])]) {
    const words = normalize(n).split(/[\s-]+/);
    words.forEach((w, k) => {
      vocab.add(w);
      // "عبدالعزيز" is also written "عبد العزيز", and "عبد الفتاح" "عبدالفتاح"
      if (w.startsWith('عبد') && w.length > 4) { vocab.add('عبد'); vocab.add(w.slice(3)); }
      if (w === 'عبد' && words[k + 1]) vocab.add('عبد' + words[k + 1]);
    });
  }
  vocabCache.set(p, vocab);
  return vocab;
}

/**
 * «فيصل بن فرحان بن عبدالله»: the name as written is one of the person's listed spellings up to a link of its «بن»
 * chain, its family name left off («… بن عبدالله آل سعود»). An official release writes a prince's nasab longer than
 * the short form the gazetteer keys and shorter than its full one; it is the same person.
 */
export function writesListedChain(p: KnownPerson, matched: string[]): boolean {
  if (matched.length < 3 || !matched.includes('بن')) return false;
  const joined = (ws: readonly string[]) => ws.join(' ').replace(/(^| )عبد (?=[^ ])/g, '$1عبد');
  const written = joined(matched);
  const chainEnd = / بن (?:عبد)?[^ ]+$/;
  if (!chainEnd.test(written)) return false;
  return p.names_ar.some((n) => {
    const full = joined(normalize(n).split(/\s+/));
    return full.length > written.length && full.startsWith(`${written} `);
  });
}

export function spelledAs(p: KnownPerson, matched: string[]): boolean {
  const vocab = spellingVocab(p);
  return matched.every((w, k) => vocab.has(w) || (k === 0 && /^[وفبل]/.test(w) && vocab.has(w.slice(1))) || (k === 0 && /^(وال|بال|فال|لل)/.test(w) && vocab.has('ال' + w.slice(w.startsWith('لل') ? 2 : 3))) || w.split('-').every((x) => vocab.has(x)));
}

/**
 * A one-word match whose written hamza inside the word is absent from every spelling of the person: normalising
 * أ to ا makes the verb "ترأس" read as "تراس" (Truss); names keep their spelling, common words keep their hamza.
 */
export function hamzaClash(w: Word, p: KnownPerson): boolean {
  const raw = w.tok.text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const stem = raw.replace(/^(?:[وف]?(?:ال|لل|[بلك]ال?)?)/, '');
  if (!/.[أإؤئ]/.test(stem)) return false;
  return ![...p.names_ar, ...(p.short_ar ?? [])].some((n) => /.[أإؤئ]/.test(n.replace(/^ال/, '')));
}

const exactCache = new WeakMap<KnownPerson, Set<string>>();
export function spelledExactly(p: KnownPerson, word: string): boolean {
  let words = exactCache.get(p);
  if (!words) {
    words = new Set([...p.names_ar, ...(p.short_ar ?? [])].flatMap((n) => normalize(n).split(/[\s-]+/)));
    exactCache.set(p, words);
  }
  return words.has(word);
}
