/**
 * Counter-evidence of the grammar against a name: runs of words the name readers took for a person's name that the
 * sentence reads as something else — a clause that opens with a particle or a verb («وحسب مصدر دبلوماسي، فإن تقديم
 * أوراق …», «وكانت آنيز …»), a blessing on a pronoun («… ولي العهد، حفظهما الله»), an office's ordinal («الخليفة
 * الأول لرئيس المجلس», «الرئيسة سامية الأولى لرئيس تنزاني …» — the first deputy of, the first visit of). And a known
 * short form opening with a nasab link read inside another's name («الناها بنت هارون ولد الشيخ سيديا» is no mention
 * of a known «ولد الشيخ»): the whole name is read, unknown.
 */
import type { Detection } from '../officials/link';
import type { Word } from '../officials/words';
import { isNameWord } from '../officials/lookups';
import { clauseWordAfter, isOrdinaryWord, isPlainVerb, NASAB, timeBeforeVerbalNoun } from './evidence';
import { heads, ordinals, ranks, styles } from '../vocab/titles';
import { channelLength } from '../vocab/speakers';

/** «إن»/«أن» as written with their hamza, behind a conjunction or preposition («فإن», «بأن», «لأن»): never «فان» (Van). */
const COMPLEMENTIZER = /^[وفبلك]?[إأ]ن(?:ه|ها|هم|هما)?$/;

/** Particles and the verb «كان» behind their conjunctions: words that open a clause, never a name. */
const CLAUSE_OPENERS = new Set([
  'كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت', 'كانوا', 'وكانوا',
  'قد', 'وقد', 'فقد', 'لقد', 'ولقد', 'كما', 'وكما', 'ثم', 'وثم', 'لكن', 'ولكن', 'لم', 'ولم', 'لن', 'ولن', 'حيث', 'وحيث',
]);

/** The written first word of a name opens a clause: a complementizer («فإن») or a particle or «كان» («وكانت»). */
export function opensClause(written: string, norm: string): boolean {
  return COMPLEMENTIZER.test(written.replace(/[\u064B-\u0652\u0640]/g, '')) || CLAUSE_OPENERS.has(norm);
}

/** Verbs of a blessing that take «الله» as their subject and the blessed as a pronoun: «حفظه الله», «رعاهما الله». */
const BLESSING_VERBS = /^(?:حفظ|رعا|ايد|سدد|وفق|يحفظ|يرعي)(?:ه|ها|هما|هم)$/;

/** A blessing on a pronoun, «حفظهما الله», somewhere in the run of normalised words. */
export function holdsBlessing(norms: readonly string[]): boolean {
  return norms.some((w, k) => BLESSING_VERBS.test(w) && norms[k + 1] === 'الله');
}

/**
 * An ordinal closing the name before «ل» and an office («الأول لرئيس», «الأولى لوزير»): the ordinal of an office or a
 * visit (the first deputy of the Speaker), not a regnal number, which a given name bears before a verbal noun or a
 * body («الملك محمد السادس لبحث …», «مركز الملك عبدالله الثاني للتصميم»).
 */
export function ordinalOfOffice(words: readonly Word[], norms: readonly string[], end: number): boolean {
  if (!ordinals.has(norms[end - 1] ?? '')) return false;
  const next = words[end];
  return !!next && !next.punctBefore && next.forms.some((f) => /^ل/.test(f.prefix) && heads.has(f.form));
}

/** How far a name runs before the nasab link that a known short form opens with («الناها بنت هارون ولد …»). */
const MAX_BEFORE = 4;

/** Word k may stand in a name before a nasab link: no mark after it, no title, style or rank, no clause word. */
function nameWordBefore(words: readonly Word[], norms: readonly string[], k: number): boolean {
  const w = norms[k]!;
  return !words[k + 1]!.punctBefore && !heads.has(w) && !styles.has(w) && !ranks.has(w) && !CLAUSE_OPENERS.has(w) && !isPlainVerb(w)
    && (isNameWord(w) || isNameWord(w.replace(/^و/, '')) || NASAB.test(norms[k + 1]!));
}

/**
 * A known person's short form that opens with a nasab link («ولد الشيخ») read right after a given name: the link goes
 * on that name («وسيدي أحمد ولد الشيخ، الممثل المقيم …», «الناها بنت هارون ولد الشيخ سيديا»), which is another person.
 * The whole name, from its given name to the word that closes it before a mark; null where no name word comes before.
 */
export function nameAroundNasab(words: readonly Word[], norms: readonly string[], start: number, end: number): { start: number; end: number } | null {
  if (!NASAB.test(norms[start] ?? '') || start === 0 || words[start]!.punctBefore) return null;
  let a = start;
  while (a > 0 && start - a < MAX_BEFORE && nameWordBefore(words, norms, a - 1)) a--;
  if (a === start) return null;
  // (A word that closes the name before a mark: «… ولد الشيخ سيديا،».)
  const next = words[end];
  const closes = !!next && !next.punctBefore && (!words[end + 1] || !!words[end + 1]!.punctBefore)
    && !isOrdinaryWord(norms[end]!) && !isPlainVerb(norms[end]!) && !heads.has(norms[end]!) && !/^و/.test(norms[end]!);
  return { start: a, end: closes ? end + 1 : end };
}

/** A known short form read inside another's name is that whole name, unknown. */
export function widenNasabFragments(words: readonly Word[], norms: readonly string[], detections: Detection[]): void {
  for (const d of detections) {
    const name = d.name;
    if (!name || !d.known || name.norms.length > 2) continue;
    const whole = nameAroundNasab(words, norms, name.start, name.end);
    if (!whole) continue;
    const first = words[whole.start]!;
    const bare = first.forms.find((f) => f.prefix === 'و' && isNameWord(f.form));
    const firstNorm = bare && !isNameWord(first.norm) ? bare.form : first.norm;
    d.name = { start: whole.start, end: whole.end, norms: [firstNorm, ...norms.slice(whole.start + 1, whole.end)], prefixLen: first.norm.length - firstNorm.length };
    if (d.start === name.start) d.start = whole.start;
    if (d.end === name.end) d.end = whole.end;
    d.known = null;
  }
}

/** A name closes before the channel spoken to («قالت الحاجة فاطمة أوبلعيد لهسبريس»): that outlet is no name's word. */
export function trimChannelEdge(norms: readonly string[], d: Detection): void {
  const name = d.name;
  if (!name) return;
  let end = name.end;
  for (let j = end - 1; j > name.start; j--) if (channelLength(norms, j) >= end - j) end = j;
  if (end < name.end) endNameAt(d, end);
}

/** The detection's name (and the detection, where it ended with the name) now ends before word `end`. */
function endNameAt(d: Detection, end: number): void {
  const name = d.name!;
  if (d.end === name.end) d.end = end;
  d.name = { ...name, end, norms: name.norms.slice(0, end - name.start) };
}

/**
 * Where a name read from the words after a title runs into a word of a clause (see isClauseWord: «سيجري», «فأبرز»,
 * «قوله»), the name ends before it: «الرئيس أفورقي قوله» is Afewerki, «ونظيره جباروف سيترأسان» is Japarov. The first
 * word of the clause at the start, or a word of time before a verbal noun («فور أدائه»), leaves no name: -1.
 * A known person's name is the gazetteer's, not read here.
 */
export function clauseCut(words: readonly Word[], norms: readonly string[], d: Detection): number | null {
  const name = d.name;
  if (!name || d.known) return null;
  const written = words.slice(name.start, name.end).map((w) => w.tok.text);
  if (timeBeforeVerbalNoun(written, name.norms, 0)) return -1;
  for (let k = name.start; k < name.end; k++) if (opensClauseAt(words, norms, k)) return k === name.start ? -1 : k;
  return null;
}

/**
 * Word k is a word of a clause that goes on after it (no mark before the next word: «سيترأسان الاجتماع», «قوله إن»),
 * not a family name after a nasab link («ولد سييدي») nor one that closes the name before a comma («بابر سيدهو،»).
 */
function opensClauseAt(words: readonly Word[], norms: readonly string[], k: number): boolean {
  const next = words[k + 1];
  return !!next && !next.punctBefore && clauseWordAfter(norms[k - 1], words[k]!.tok.text, norms[k]!);
}

/** A name cut before the word of a clause it ran into; true where none is left. */
export function cutAtClause(words: readonly Word[], norms: readonly string[], d: Detection): boolean {
  const k = clauseCut(words, norms, d);
  if (k === null) return false;
  if (k < 0) return true;
  endNameAt(d, k);
  return false;
}

/** The detection's name is no person's name by the counter-evidence above. */
export function notAName(words: readonly Word[], norms: readonly string[], d: Detection): boolean {
  const name = d.name;
  if (!name) return false;
  return holdsBlessing(name.norms) || holdsNumber(name.norms) || (!d.known && ordinalOfOffice(words, norms, name.end));
}

/** A number written in digits in the run («ملف إكسبو 2030»: the Expo 2030 bid): no name holds one. */
export function holdsNumber(norms: readonly string[]): boolean {
  return norms.some((w) => /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(w));
}

/**
 * Detections whose name is no name are dropped: a word of the language is never shown as a person. A name that opens
 * a clause keeps what follows the opener where that is no ordinary word («وكانت آنيز، النائبة الثانية …» is Áñez;
 * «فإن تقديم» is nobody).
 */
export function dropNonNames(words: readonly Word[], norms: readonly string[], detections: Detection[]): void {
  for (let k = detections.length - 1; k >= 0; k--) {
    const d = detections[k]!;
    const name = d.name;
    if (name && opensClause(words[name.start]!.tok.text, words[name.start]!.norm)) {
      const rest = norms.slice(name.start + 1, name.end);
      if (!rest.length || rest.every((w) => isOrdinaryWord(w))) { detections.splice(k, 1); continue; }
      if (d.start === name.start) d.start = name.start + 1;
      d.name = { ...name, start: name.start + 1, norms: rest, prefixLen: 0 };
    }
    trimChannelEdge(norms, d);
    if (cutAtClause(words, norms, d) || notAName(words, norms, d)) detections.splice(k, 1);
  }
}
