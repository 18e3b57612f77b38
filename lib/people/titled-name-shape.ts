/**
 * A name the reader refused beside its office, vouched for by its own words and its place. Where an office with a
 * body, a portfolio or a nationality was read and no name was found at it, the two or three words right after it
 * («وقال رئيس المجلس الأعلى للانتخابات أحمد ينر للصحفيين …», «وزير التخطيط اليمني واعد باذيب،») or right before its
 * comma («تيينا كوليبالي، وزير الدفاع …», «وأورور فغالي، المديرة العامة …») are its holder's name when they close
 * there and the words are a name's: each a word of the name sources or of no language, except one word at most that
 * the lexicon also reads as an ordinary word («ينر», «واعد», «تيينا», «أورور») — never two («ماء العينين» stays out),
 * never a title, country, nationality, function word or verb of saying, and no article but on a listed family name
 * at the end. The office on one side and the close on the other bound the name; the name sources vouch for the rest.
 */
import type { Detection } from '../officials/link';
import type { NameRun } from '../officials/names';
import { namedByGenericNounOnly, type Title } from '../officials/titles';
import type { Word } from '../officials/words';
import { isNameWord } from '../officials/lookups';
import { arabicNameWord, inNameDictionaries, originsOfGivenName } from '../vocab/names';
import { nameParticles, nameStops, places } from '../vocab/titles';
import { isDictionaryEntry, lexicalReading } from './lexicon';
import { isComplementizer, isRelativePronoun, reportingVerb } from '../vocab/reporting';
import { matchCountryName } from '../officials/lookups';
import { isGazetteerWord, isOrdinaryWord, isWordOfNoLanguage } from './evidence';
import { closedAfter, COMMA, constructOpen, lettersOf, nameWordAt, styleLength } from './titled-name-repeated';
import { startsTitle } from '../officials/names';

/** Names of two or three words: a longer run after an office is more often the office's own unread words. */
const MAX_NAME = 3;

/**
 * An office that names its body, portfolio or country: «رئيس المجلس الأعلى», «وزير التخطيط اليمني», not «المحلل», nor
 * a body of civil society or one named by its generic noun alone («المتحدث باسم لجنة التنسيق العلمانية», «رئيس مجموعة
 * المساعدة القانونية»), whose heads may hold no public office (namedByGenericNounOnly, as the titled reader rules).
 */
function fullOffice(t: Title): boolean {
  const bareBody = (r: Title['roles'][number]) => r.complement?.kind === 'inst' && (!!r.complement.inst.civil || namedByGenericNounOnly(r.complement.inst));
  return t.roles.some((r) => !!r.complement || !!r.nat) && !t.roles.some(bareBody);
}

/** A word the name sources list (given or family name, a known person's) or a word of no language (a foreign name). */
function attested(norm: string): boolean {
  return isNameWord(norm) || inNameDictionaries(norm) || isGazetteerWord(norm) || isWordOfNoLanguage(norm);
}

/**
 * A word of the grammar that stands in no name («لكن», «في»); a given name the stop list keeps out as a word too
 * («صادق», «كريم») may, the office and the close around it saying it is one here.
 */
function stopWord(norm: string): boolean {
  return nameStops.has(norm) && arabicNameWord(norm) === undefined && !originsOfGivenName(norm).length;
}

/**
 * Word k is a title or a word the name reader keeps out of names that the name dictionary also gives as a given name
 * («شيخ», «سلطان», «شريف»; not «رئيس», «وزير»), standing in a name of two words with `other`, a listed name word with
 * no article: «الطيار شريف فتحي، وزير …», «ونائبه السفير رضوان شيخ والوفد». With a country or a word with the article
 * after it, it stays a title («سلطان عمان», «ملك الأردن», «شيخ الأزهر»).
 */
function titleAsName(words: Word[], norms: string[], k: number, other: number): boolean {
  const n = norms[k]!;
  const o = norms[other];
  if (!o || words[k]!.norm !== n || !/^[\u0621-\u064A]{3,}$/.test(n) || n.startsWith('ال')) return false;
  if (arabicNameWord(n) === undefined && !originsOfGivenName(n).length) return false;
  // (Never a word of the grammar the dictionary also lists as a name: «أمام» is «إمام», «على» is «علي».)
  if (nameStops.has(n) || reportingVerb(n) || isComplementizer(n) || places.has(n) || matchCountryName(norms, k) || styleLength(norms, k)) return false;
  return !o.startsWith('ال') && isNameWord(o) && !places.has(o) && nameWordAt(words, norms, other);
}

/**
 * The words [start, end) are a name by their own evidence: every word may stand in a name, one at most is not attested
 * by the name sources, the article only on a listed family name that closes the name, and the run closes at `end`.
 * `first` is the first word's norm with a list's «و» off.
 */
function shapedRun(words: Word[], norms: string[], start: number, end: number, first: string, taken: (k: number) => boolean): NameRun | null {
  if (end - start < 2 || end - start > MAX_NAME || end > words.length) return null;
  const run = [first, ...norms.slice(start + 1, end)];
  let unattested = 0;
  for (let k = start; k < end; k++) {
    const n = run[k - start]!;
    if ((k > start && words[k]!.punctBefore) || taken(k) || nameParticles.has(n) || stopWord(n) || places.has(n)) return null;
    const titleName = end - start === 2 && titleAsName(words, norms, k, k > start ? start : end - 1);
    if (!titleName && (k > start ? !nameWordAt(words, norms, k) : n !== norms[k] && startsTitle(words, norms, k))) return null;
    // (No word of the language behind a clitic, «لزيارة», «ويبحثان», «والسلام»; a short word only as a listed name.)
    if (/^([وفبك]ال|لل)/.test(n) || (lexicalReading(n) === 'clitic' && !isNameWord(n) && !inNameDictionaries(n)) || (n.length < 3 && !isNameWord(n))) return null;
    // (A word that opens with «و» or «ف» is that word whole only when the lexicon or the name lists say so: «واعد» is
    // a word as written, «وولي», «ويبحثان» are «و» + a word.)
    if (/^[وف]/.test(n) && !isDictionaryEntry(n) && !isNameWord(n)) return null;
    if (articleAsWritten(words[k]!, n) && (k < end - 1 || !inNameDictionaries(n) || isOrdinaryWord(n))) return null;
    if (attested(n)) continue;
    // (The one word of the language is a noun or verb as written, no adjective or plural agreeing with the word
    // before it — «هدية تذكارية» is a gift — nor a noun with a pronoun, «عهده».)
    if (lexicalReading(n) !== 'word' || /(يه|ات|ون|ين)$/.test(n) || (pronounAsWritten(words[k]!) && isDictionaryEntry(n.slice(0, -1)))) return null;
    unattested++;
  }
  if (unattested > 1 || !closes(words, norms, end - 1)) return null;
  return { start, end, norms: run, prefixLen: first === norms[start] ? 0 : 1 };
}

/**
 * Word `w` (read as `n`, a list's «و» off) carries the article as written: «ال» bare, not «أل» with a hamza, which opens
 * foreign given names («ألبان بانجين», «ألبرتو»), never the article.
 */
function articleAsWritten(w: Word, n: string): boolean {
  return n.startsWith('ال') && !/^و?[أإآ]/.test(lettersOf(w));
}

/** Word `w` ends in the pronoun «ـه» as written, not in «ة» («بطاينة» is a family name, «عهده» a noun with a pronoun). */
function pronounAsWritten(w: Word): boolean {
  return /ه$/.test(lettersOf(w));
}

/**
 * Nothing of the name goes on after word k: as for a bare speaker, a preposition with the article («للصحفيين»), or a
 * relative pronoun, whose clause describes the name before it as a comma would («… مارغوس تساكنا الذي يزور البلاد»).
 */
function closes(words: Word[], norms: string[], k: number): boolean {
  const next = words[k + 1];
  return closedAfter(words, norms, k) || (!!next && ((/^لل/.test(next.norm) && next.norm.length > 4) || isRelativePronoun(next.norm)));
}

/** The longest tail of an office's body the title reader may leave unread before the holder's name. */
const MAX_TAIL = 4;

/** A word with the article, bare or behind «و», «ب» or «ل»: «الخاص», «والسلام», «للقرن», «بالوزارة». */
function articled(norm: string): boolean {
  return /^(و?(ال|بال|لل)|وب?ال)/.test(norm) && norm.length >= 5;
}

/**
 * Where the rest of an office's body ends that the title reader left unread before the holder's name: words with the
 * article, and «في» or a noun behind «ب»/«ل» each before one («… لعمليات الطوارئ الخاص بشلل الأطفال شهزاد بيغ إن»,
 * «مفوض الشؤون السياسية والسلام والأمن بانكولي أديوي،», «مسؤول العلاقات الخارجية في الجبهة فسها أماري»). Up to four
 * words, none after punctuation or read by another candidate; `j` itself where there are none. A name's words carry no
 * article but on the family name at its end, so the tail cannot swallow the given name that opens it.
 */
function bodyTailEnd(words: Word[], norms: string[], j: number, taken: (k: number) => boolean): number {
  let k = j;
  while (k < words.length && k - j < MAX_TAIL && !words[k]!.punctBefore && !taken(k)) {
    if (articled(norms[k]!)) { k++; continue; }
    const next = words[k + 1];
    const before = norms[k] === 'في' || words[k]!.forms.some((f) => /^[بل]$/.test(f.prefix) && f.form.length >= 3 && !f.form.startsWith('ال'));
    if (!before || !next || next.punctBefore || !articled(next.norm) || k + 2 - j > MAX_TAIL) break;
    k += 2;
  }
  return k;
}

/**
 * The name right after the office, after a rank or style too: «… اليمني واعد باذيب،», «… السفير X Y»; or after the
 * rest of its body the title reader left (bodyTailEnd).
 */
function runAfter(words: Word[], norms: string[], d: Detection, taken: (k: number) => boolean): NameRun | null {
  const j = d.end;
  if (j >= words.length || words[j]!.punctBefore) return null;
  const rank = styleLength(norms, j);
  // (An office that ends on a construct with no article, «رئيس بعثة», goes on with a body's name the reader did not know.)
  if (!rank && constructOpen(words, norms, d) && !/^لل/.test(norms[d.end - 1]!)) return null;
  const direct = runAt(words, norms, j + rank, taken);
  if (direct || rank) return direct;
  const tail = bodyTailEnd(words, norms, j, taken);
  return tail > j ? runAt(words, norms, tail, taken) : null;
}

/** A name of two or three words that starts at word `at`. */
function runAt(words: Word[], norms: string[], at: number, taken: (k: number) => boolean): NameRun | null {
  if (at >= words.length || words[at]!.punctBefore || !nameWordAt(words, norms, at)) return null;
  for (let end = Math.min(words.length, at + MAX_NAME); end >= at + 2; end--) {
    const run = shapedRun(words, norms, at, end, norms[at]!, taken);
    // (Not a name with an office of its own after its comma: that name is someone else's, the office's holder unread.)
    if (run) return COMMA.test(words[run.end]?.punctBefore ?? '') && startsTitle(words, norms, run.end) ? null : run;
  }
  return null;
}

/**
 * The name of a list's item after «، و»: the word with its «و» off when that is a name word or one of no language and
 * the word whole is no name word itself («وكاميسا» is و + كاميسا; «وليد» is a name).
 */
function listItemName(w: Word): string | null {
  if (!COMMA.test(w.punctBefore ?? '') || !/^و/.test(w.norm) || isNameWord(w.norm) || inNameDictionaries(w.norm)) return null;
  const bare = w.forms.find((f) => f.prefix === 'و')?.form;
  return bare && bare.length >= 3 && attested(bare) ? bare : null;
}

/** The name right before the office's comma, opening the sentence's clause or a list's item: «…، وأورور فغالي، المديرة …». */
function runBefore(words: Word[], norms: string[], d: Detection, taken: (k: number) => boolean): NameRun | null {
  const at = d.start;
  if (at < 2 || !COMMA.test(words[at]!.punctBefore ?? '')) return null;
  for (let start = Math.max(0, at - MAX_NAME); start <= at - 2; start++) {
    if (words.slice(start + 1, at).some((w) => !!w.punctBefore)) continue;
    // (The name opens after punctuation or a word that cannot be in it: a verb, a preposition, «بحضور».)
    if (start > 0 && !words[start]!.punctBefore && nameWordAt(words, norms, start - 1) && attested(norms[start - 1]!)) continue;
    const listed = listItemName(words[start]!);
    const first = listed ?? norms[start]!;
    if (!listed && !nameWordAt(words, norms, start) && !(at - start === 2 && titleAsName(words, norms, start, start + 1))) continue;
    const run = shapedRun(words, norms, start, at, first, taken);
    if (run) return run;
  }
  return null;
}

/**
 * The given name alone the reader kept after an office, widened to the full name its words vouch for: the reader stops
 * before a family name it cannot tell from a word of the language («… وشؤون المغتربين السفير يوسف بطاينة.», where
 * «بطاينة» also spells linings), leaving a name no other mention of the person matches. Only a name of one word that
 * closes the office's words, and a wider run that closes as a name (shapedRun) and no other detection holds.
 */
function widenedGivenName(words: Word[], norms: string[], d: Detection, taken: (k: number) => boolean): NameRun | null {
  const name = d.name;
  if (!name || name.norms.length !== 1 || name.end !== d.end || name.prefixLen || d.known || d.bareSpeaker || !d.title || !fullOffice(d.title)) return null;
  const run = runAt(words, norms, name.start, (k) => k >= d.end && taken(k));
  return run && run.end > name.end ? run : null;
}

/**
 * Gives, in place, the full offices of `detections` that read no name, or a given name alone, the name its words vouch
 * for.
 */
export function nameOfficesByNameShape(words: Word[], norms: string[], detections: Detection[]): void {
  const taken = (k: number) => detections.some((d) => k >= d.start && k < d.end);
  for (const d of detections) {
    const wider = widenedGivenName(words, norms, d, taken);
    if (!wider) continue;
    d.name = wider;
    d.end = wider.end;
  }
  const named = new Set(detections.flatMap((d) => (d.name && !d.bareSpeaker ? d.name.norms : [])));
  for (const d of detections) {
    if (d.name || !d.title || !d.ref || d.known || !fullOffice(d.title)) continue;
    const run = runAfter(words, norms, d, taken) ?? runBefore(words, norms, d, taken);
    if (!run || named.has(run.norms[run.norms.length - 1]!)) continue;
    d.name = run;
    d.ref = false;
    if (run.start >= d.end) d.end = run.end;
    else d.start = run.start;
  }
}
