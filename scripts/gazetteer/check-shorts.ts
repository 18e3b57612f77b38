/**
 * Lists the one-word short forms (short_ar) that are also ordinary Arabic words, so a maintainer can decide
 * whether each still identifies its person on its own ("السوداني" is an adjective: not a short form;
 * "الأسد" is a word but in news means Bashar al-Assad). Needs the Debian hunspell-ar dictionary
 * (apt-get install hunspell-ar); prints nothing to check without it.
 *
 * Usage: npx tsx scripts/gazetteer/check-shorts.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { knownPeople } from '../../lib/gazetteer';
import { normalize } from '../../lib/arabic/normalize';

const DIC = '/usr/share/hunspell/ar.dic';
if (!existsSync(DIC)) {
  console.log(`no ${DIC}: install hunspell-ar to check short forms against an Arabic lexicon`);
  process.exit(0);
}
const words = new Set(
  readFileSync(DIC, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => normalize(l.split('/')[0]!.trim()))
    .filter(Boolean),
);
let n = 0;
for (const p of knownPeople) {
  for (const s of p.short_ar ?? []) {
    if (s.includes(' ')) continue;
    const w = normalize(s);
    const stem = w.startsWith('ال') ? w.slice(2) : w;
    if (words.has(w) || words.has(stem)) {
      console.log(`${s}\t${p.id}`);
      n++;
    }
  }
}
console.log(`${n} one-word short forms are also lexicon words: review each`);
