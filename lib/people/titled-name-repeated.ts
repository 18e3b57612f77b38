/**
 * A name the reader refused beside its office, vouched for by the article's own later use of it as a speaker. News
 * text names an official in full once, at the office («وقال رئيس اللجنة أرسين دامة أندريانا ريسيدو، في …», «فاروق
 * بوعسكر، رئيس الهيئة، …»), and then by the family name alone after a verb of saying («وأضاف أندريانا ريسيدو أن …»).
 * Where the name reader stopped at a word it cannot vouch for (a foreign word, a word of the language that is also a
 * name: «ألبان», «واعد»), the office is left with no name and the person with no office. The bare speaker's word,
 * closing the words right after the office (or right before its comma), says they are that person's name.
 */
import type { Detection } from '../officials/link';
import type { NameRun } from '../officials/names';
import type { Word } from '../officials/words';
import { isUnattestedWord } from './evidence';
import { AFTER_SPEAKER } from './repeated-surname';
import { startsTitle } from '../officials/names';
import { isNameWord, matchCountryName, matchNationality, reportingVerbOf } from '../officials/lookups';
import { isComplementizer, reportingVerb } from '../vocab/reporting';
import { isStopWord } from '../vocab/names';
import { nameParticles, ranks, rankArms, styles } from '../vocab/titles';

const MAX_NAME = 4;
/** A comma, after the closing quotation mark of a body's name too: «حاكم "مصرف سورية المركزي"، X Y». */
export const COMMA = /^["»”]?[،,]$/;

/** Length of the rank or style at word k («الفريق أول», «الملازم الأول», «السيدة»), arms included; 0 if none. */
export function styleLength(norms: string[], k: number): number {
  const m = ranks.match(norms[k]!, norms, k) ?? styles.match(norms[k]!, norms, k);
  if (!m) return 0;
  let n = m.length;
  while (n < 3 && (rankArms.has(norms[k + n] ?? '') || /^(ال)?اول$/.test(norms[k + n] ?? ''))) n++;
  return n;
}

/** Word k may stand in a person's name: no title, country, nationality, word of the grammar or verb of saying. */
export function nameWordAt(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!;
  return w.norm.length >= 2 && /^[\u0621-\u064A]+$/.test(w.norm) && !isStopWord(w.norm) && !reportingVerb(w.norm) && !isComplementizer(w.norm)
    && !startsTitle(words, norms, k) && !styleLength(norms, k) && !matchCountryName(norms, k) && !(w.norm.startsWith('ال') && matchNationality(norms, k) && !hamzaNameOverPlural(w));
}

/** The letters of word `w` as written, marks and tatweel off. */
export function lettersOf(w: Word): string {
  return w.tok.text.replace(/[\u0640\u064B-\u065F\u0670]/g, '');
}

/**
 * Word `w` opens with «أل» as written, a hamza and no article, and is no nisba in «ـي»: a foreign given name that also
 * spells a people's plural bare («رئيس البرلمان الغاني ألبان بانجين», not «الألبان»), never the nationality of an office.
 */
function hamzaNameOverPlural(w: Word): boolean {
  return /^[أإآ]/.test(lettersOf(w)) && !/ي$/.test(w.norm);
}

/** Nothing of the name goes on after word k: punctuation, the end, «إن/أن», a preposition of the clause, a و-word. */
export function closedAfter(words: Word[], norms: string[], k: number): boolean {
  const next = words[k + 1];
  return !next || !!next.punctBefore || isComplementizer(next.norm) || AFTER_SPEAKER.has(norms[k + 1]!) || (/^و/.test(next.norm) && next.norm.length > 3);
}

/**
 * Where the article uses one or two words alone as a speaker: right after a verb of saying, or after a verb and a rank or
 * style («أكد الفريق أول فلوروس أن»), with nothing of a name after them. Keyed by the words, each with its positions.
 */
function speakersAlone(words: Word[], norms: string[]): Map<string, number[]> {
  const spoken = new Map<string, number[]>();
  const add = (key: string, j: number) => { const at = spoken.get(key); if (at) at.push(j); else spoken.set(key, [j]); };
  for (let v = 0; v + 1 < words.length; v++) {
    // (By the word's spelling facts: a property load per word of the article where the look-up by norm hashed each.)
    if (!reportingVerbOf(words[v]!)) continue;
    const rank = words[v + 1]!.punctBefore ? 0 : styleLength(norms, v + 1);
    const j = v + 1 + rank;
    if (j >= words.length || words[j]!.punctBefore || words.slice(v + 1, j).some((w) => !!w.punctBefore)) continue;
    if (closedAfter(words, norms, j)) add(norms[j]!, j);
    if (j + 1 < words.length && !words[j + 1]!.punctBefore && closedAfter(words, norms, j + 1)) add(`${norms[j]} ${norms[j + 1]}`, j);
  }
  return spoken;
}

/** The article uses `tail` alone as a speaker elsewhere than at `from`. */
function spokenAlone(spoken: Map<string, number[]>, tail: string[], from: number): boolean {
  return (spoken.get(tail.join(' ')) ?? []).some((j) => j !== from);
}

/** A name of two to four words over [start, end) that no other detection holds and whose last word(s) the article repeats. */
function vouchedRun(words: Word[], norms: string[], spoken: Map<string, number[]>, start: number, end: number, taken: (k: number) => boolean): NameRun | null {
  if (end - start < 2 || end - start > MAX_NAME || end > words.length) return null;
  for (let k = start; k < end; k++) {
    if ((k > start && words[k]!.punctBefore) || taken(k) || !nameWordAt(words, norms, k)) return null;
  }
  if (nameParticles.has(norms[end - 1]!) || !closedAfter(words, norms, end - 1)) return null;
  // (The words are a name's, one of them an ordinary word at most, never a noun with the article: «ملحق تجديد اتفاقية
  // التوأمة».)
  const last = norms[end - 1]!;
  if ((last.startsWith('ال') && isUnattestedWord(last)) || norms.slice(start, end).filter(isUnattestedWord).length > 1) return null;
  const pair = norms.slice(end - 2, end);
  if (!spokenAlone(spoken, [last], end - 1) && !(end - start >= 3 && spokenAlone(spoken, pair, end - 2))) return null;
  return { start, end, norms: norms.slice(start, end), prefixLen: 0 };
}

/** Gives, in place, the offices of `detections` that read no name their name where the article vouches for it. */
export function nameOfficesBySpeakerRepeated(words: Word[], norms: string[], detections: Detection[]): void {
  const taken = (k: number) => detections.some((d) => k >= d.start && k < d.end);
  // (A word some other name of the article holds may be that person's when said alone: «وقال علي …».)
  const named = new Set(detections.flatMap((d) => (d.name && !d.bareSpeaker ? d.name.norms : [])));
  let spoken: Map<string, number[]> | null = null;
  for (const d of detections) {
    if (d.name || !d.title || !d.ref || d.known) continue;
    spoken ??= speakersAlone(words, norms);
    if (!spoken.size) return;
    const run = runAfter(words, norms, spoken, d.end, constructOpen(words, norms, d), taken) ?? runBefore(words, norms, spoken, d.start, taken);
    if (!run || named.has(run.norms[run.norms.length - 1]!)) continue;
    d.name = run;
    d.ref = false;
    if (run.start >= d.end) d.end = run.end;
    else d.start = run.start;
  }
}

/** The name right after the office, its comma or a rank: «رئيس اللجنة X Y»; «حاكم المصرف، X Y،»; «… الفريق أول X Y». */
function runAfter(words: Word[], norms: string[], spoken: Map<string, number[]>, j: number, open: boolean, taken: (k: number) => boolean): NameRun | null {
  if (j >= words.length || (words[j]!.punctBefore && !COMMA.test(words[j]!.punctBefore!))) return null;
  const rank = styleLength(norms, j);
  // (A body's name the office reader did not know completes its construct first: «رئيس بعثة مينوسما X Y».)
  const at = j + rank + (open && !rank && !words[j]!.punctBefore ? 1 : 0);
  if (at >= words.length || (rank && words[at]!.punctBefore)) return null;
  for (let end = Math.min(words.length, at + MAX_NAME); end >= at + 2; end--) {
    const run = vouchedRun(words, norms, spoken, at, end, taken);
    // (Not a name with its own office after its comma: «استقبل رئيس المجلس السيدة X Y، رئيسة …» names the guest.)
    if (run) return COMMA.test(words[run.end]?.punctBefore ?? '') && startsTitle(words, norms, run.end) ? null : run;
  }
  return null;
}

/**
 * The office ends on a noun in the construct with no article and no place after it («رئيس بعثة»): the word after it is
 * the body's name, not the person's.
 */
export function constructOpen(words: Word[], norms: string[], d: Detection): boolean {
  const last = d.end - 1;
  if (!d.title || last <= d.title.start || norms[last]!.startsWith('ال')) return false;
  return !matchCountryName(norms, last) && !matchNationality(norms, last);
}

/**
 * The name right before the office's comma: «فاروق بوعسكر، رئيس الهيئة، …». Two words, and the name words of the
 * dictionaries before them («محمد علي X،»), not a word of the sentence before the name.
 */
function runBefore(words: Word[], norms: string[], spoken: Map<string, number[]>, at: number, taken: (k: number) => boolean): NameRun | null {
  if (at < 2 || !COMMA.test(words[at]!.punctBefore ?? '')) return null;
  let start = at - 2;
  while (start > 0 && at - start < MAX_NAME && !words[start]!.punctBefore && (isNameWord(norms[start - 1]!) || nameParticles.has(norms[start - 1]!)) && nameWordAt(words, norms, start - 1)) start--;
  return vouchedRun(words, norms, spoken, start, at, taken);
}
