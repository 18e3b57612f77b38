/**
 * A name cut one word short where the article itself gives the missing word as the person's short name: news text
 * names someone in full once and then by the family name alone after a verb of saying («وقال المتحدث باسم الجيش
 * كريشنا براساد بانداري إن …» then «فيما قال بانداري إن …»; «… نذير بن عبد القادر لعرابة قد التمس» then «وقال لعرابة
 * "…"»). The name reader stops at a word it cannot vouch for (a word of the language behind a clitic, a verb as
 * written, a fifth word); the article's later bare use of that word as a speaker vouches for it.
 */
import type { Detection } from '../officials/link';
import type { Word } from '../officials/words';
import { startsTitle } from '../officials/names';
import { matchCountryName, matchNationality } from '../officials/lookups';
import { isComplementizer, reportingVerb } from '../vocab/reporting';
import { isStopWord } from '../vocab/names';
import { nameParticles } from '../vocab/titles';

/** Words that may follow a bare speaker before what they said: «ورد لعرابة في تعقيب …», «وأضاف بوعسكر أن», «وكان X قد …». */
export const AFTER_SPEAKER = new Set(['في', 'على', 'علي', 'عن', 'خلال', 'امام', 'من', 'قد']);

/** Word j, after a verb of saying, stands alone as its subject: punctuation, «إن/أن», a preposition or the end follow. */
function bareSpeakerAt(words: Word[], norms: string[], j: number): boolean {
  const verb = words[j - 1];
  if (!verb || words[j]!.punctBefore || !reportingVerb(verb.norm)) return false;
  const next = words[j + 1];
  return !next || !!next.punctBefore || isComplementizer(next.norm) || AFTER_SPEAKER.has(norms[j + 1]!);
}

/** Each word the article uses alone as a speaker, with its positions. */
function bareSpeakers(words: Word[], norms: string[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (let j = 1; j < words.length; j++) {
    if (!bareSpeakerAt(words, norms, j)) continue;
    const seen = at.get(norms[j]!);
    if (seen) seen.push(j);
    else at.set(norms[j]!, [j]);
  }
  return at;
}

/** Word k may close a name: no particle, title, country, nationality, verb of saying or word of the grammar. */
function mayCloseName(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!;
  return w.norm.length >= 3 && !nameParticles.has(w.norm) && !isStopWord(w.norm) && !reportingVerb(w.norm) && !isComplementizer(w.norm)
    && !startsTitle(words, norms, k) && !matchCountryName(norms, k) && !matchNationality(norms, k);
}

/** Lengthens, in place, the names of `detections` by the word that follows them where the article uses it alone as a speaker. */
export function completeNamesBySurnameRepeated(words: Word[], norms: string[], detections: Detection[]): void {
  let bare: Map<string, number[]> | null = null;
  for (const d of detections) {
    const run = d.name;
    if (!run || run.norms.length < 2) continue;
    const k = run.end;
    const w = words[k];
    if (!w || w.punctBefore || !mayCloseName(words, norms, k)) continue;
    bare ??= bareSpeakers(words, norms);
    if (!(bare.get(w.norm) ?? []).some((j) => j !== k)) continue;
    const extended = { ...run, end: k + 1, norms: [...run.norms, w.norm] };
    if (d.end === run.end) d.end = k + 1;
    d.name = extended;
  }
}
