/**
 * The lexicon of ordinary Arabic words: every stem of Ayaspell 3.2 (GPL-2.0 / LGPL-2.1 / MPL-1.1; Debian package
 * hunspell-ar, /usr/share/hunspell/ar.dic) normalised, in a Bloom filter at 0.1 % false positives. Words that are
 * ordinary words and, with strong evidence, personal names too (سعيد، هارون، شرف) are listed apart so that a name
 * is never refused for being a word as well.
 */
import { existsSync, readFileSync } from 'node:fs';
import { normalize } from '../../lib/arabic/normalize';
import { buildBloom } from '../../lib/vocab/bloom';
import { stemCandidates, VERB } from '../../lib/people/stems';
import { byCodePoint } from './io';

export const AYASPELL_DIC = process.env.AYASPELL_DIC ?? '/usr/share/hunspell/ar.dic';
const WORD = /^[\u0621-\u064A]{2,}$/;
/** Pinned (see buildBloom): a change to normalize() that folds a few stems must not reshuffle the false positives. */
const LAYOUT = { bits: 1497196, hashes: 10 };

export function buildLexicon(strongNames: Set<string>) {
  if (!existsSync(AYASPELL_DIC)) throw new Error(`${AYASPELL_DIC} is missing: install Debian's hunspell-ar (apt-get install hunspell-ar)`);
  const stems = new Set<string>();
  // The file is four dictionaries one after the other, each opened by a "::::" line and its name; verbs come last.
  let verbs = false;
  for (const line of readFileSync(AYASPELL_DIC, 'utf8').split('\n').slice(1)) {
    if (line.startsWith(':') || line.startsWith('#')) continue;
    if (line.startsWith('verb.huns.dic')) verbs = true;
    const word = normalize(line.split(/[/\t]/)[0]!.trim());
    if (WORD.test(word)) stems.add(verbs ? VERB + word : word);
  }
  const sorted = [...stems].sort(byCodePoint);
  const isLexical = (w: string) => stemCandidates(w).some((s) => stems.has(s));
  const names = [...strongNames].filter(isLexical).sort(byCodePoint);
  return { words: buildBloom(sorted, sorted.length, 0.001, LAYOUT), names: names.join(' ') };
}
