/**
 * Whether the text wrote a title at someone's name: «رئيس البرلمان الغاني ألبان بانجين», «محافظ الزرقاء سلطان
 * الخريشا», «رئيس هيئة الأركان العامة للقوات المسلحة الروسية، النائب الأول لوزير الدفاع، الجنرال فاليري غيراسيموف».
 * A title with no name as a later subject («وأضاف رئيس البرلمان الغاني») is whoever the text gave that title to.
 */
import { normalize } from '../arabic/normalize';
import type { Official } from '../types';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import { heads, ranks, styles } from '../vocab/titles';
import { gapBefore, type TextContext } from './context';
import { isTitleWord } from './titled';

/** How far before a name its titles may begin (a long title and one or two more set off by commas). */
const TITLE_REACH = 24;

/** The word as a title's word: no conjunction, article, «ل» or feminine ending («ولوزير» → «وزير», «الوزيرة» → «وزير»). */
const bare = (w: string) => w.replace(/^[وف](?=ال|لل|ل)/, '').replace(/^لل/, '').replace(/^ال/, '').replace(/^ل(?=...)/, '').replace(/ه$/, '');

/** The head of a title as the vocabulary lists it: «ناطق» is «متحدث». */
const headOf = (w: string) => {
  // (A conjunction before a head with no article, «ورئيس», goes too; so does the accusative ending, «سفيرا».)
  let b = !heads.has(bare(w)) && /^[وف]../.test(w) && heads.has(bare(w.slice(1))) ? bare(w.slice(1)) : bare(w);
  if (!heads.has(b) && /..ا$/.test(b) && heads.has(b.slice(0, -1))) b = b.slice(0, -1);
  return b === 'ناطق' ? 'متحدث' : b;
};

/** "الجديد", "المنتخب", "السابق": a word of when the office is held, which no written title need repeat. */
const STATUS = /^(ال)?(سابق|سابقه|اسبق|منتخب|منتخبه|جديد|جديده)$/;

const hasComma = (ctx: TextContext, k: number) => /[،,]/.test(gapBefore(ctx, k));

/** The country a word at k names as a nationality («الغاني», «الروسية») or a country («إندونيسيا»). */
function countryAt(ctx: TextContext, k: number): string | null {
  return (matchNationality(ctx.norms, k) ?? matchCountryName(ctx.norms, k))?.country ?? null;
}

/**
 * Token k opens a title: its head, right after something that is no title word (a verb, a comma, a name), so not the
 * genitive of another title («مساعد المحافظ», «نائب أمير المنطقة»).
 */
function opensTitle(ctx: TextContext, k: number): boolean {
  if (!heads.has(headOf(ctx.norms[k]!)) && !isTitleWord(ctx.norms[k]!)) return false;
  return k === 0 || hasComma(ctx, k) || ctx.sentence[k - 1] !== ctx.sentence[k] || (!isTitleWord(ctx.norms[k - 1]!) && !heads.has(headOf(ctx.norms[k - 1]!)));
}

/**
 * Whether the title [first, last] (a head, its complements and a nationality; words of status aside) is written at the
 * name that starts at token `name`: a title opened by the same head before it, whose words hold each word of the title,
 * and from which only the name, or other titles set off by commas, lead to the name.
 */
function writtenBefore(ctx: TextContext, name: number, first: number, last: number): boolean {
  const head = headOf(ctx.norms[first]!);
  for (let d = name - 1; d >= 0 && d >= name - TITLE_REACH; d--) {
    if (ctx.sentence[d] !== ctx.sentence[name] || ctx.quotationOf[d] !== -1) return false;
    // (Someone else named on the way: the titles before them are theirs.)
    const m = ctx.mention[d];
    if (m && m !== ctx.mention[name] && !isTitleWord(ctx.norms[d]!) && !countryAt(ctx, d)) return false;
    if (headOf(ctx.norms[d]!) !== head || !opensTitle(ctx, d)) continue;
    // The title runs to the next comma or to the name.
    let end = d + 1;
    while (end < name && !hasComma(ctx, end)) end++;
    // («رافق السفير الإندونيسي الوزير المفوض X»: another title opens before the name with no comma: the first is the
    // subject of the verb, not X's.)
    let apposed = true;
    for (let k = d + 1; k < end && apposed; k++) if (opensTitle(ctx, k)) apposed = false;
    // (Past the comma, only more titles, ranks or styles lead to the name.)
    for (let k = end; k < name && apposed; k++) {
      if (hasComma(ctx, k) && !isTitleWord(ctx.norms[k]!) && !ranks.has(ctx.norms[k]!) && !styles.has(ctx.norms[k]!)) apposed = false;
    }
    if (!apposed) continue;
    if (holdsTitleWords(ctx, d, end, first, last)) return true;
  }
  return false;
}

/** How many words a title written after a name may run («…، سفيرا فوق العادة ومفوضا لجمهورية إندونيسيا»). */
const TITLE_AFTER_REACH = 10;

/**
 * Whether the title [first, last] is written right after the name that ends at token `end`, set off by a comma or
 * not («لطفي رؤوف سفيرا فوق العادة ومفوضا لجمهورية إندونيسيا», «X، وزير الخارجية الأردني،»), up to the next comma.
 */
function writtenAfter(ctx: TextContext, end: number, first: number, last: number): boolean {
  const d = end + 1;
  if (d >= ctx.tokens.length || ctx.sentence[d] !== ctx.sentence[end] || ctx.quotationOf[d] !== -1) return false;
  if (headOf(ctx.norms[d]!) !== headOf(ctx.norms[first]!)) return false;
  // (Set off by a comma, or in the accusative of «سفيرا»: a title word right after a name may end it, «عبد الله الكبير».)
  if (!hasComma(ctx, d) && !(/ا$/.test(ctx.norms[d]!) && !heads.has(bare(ctx.norms[d]!)))) return false;
  let stop = d + 1;
  while (stop < ctx.tokens.length && stop <= d + TITLE_AFTER_REACH && ctx.sentence[stop] === ctx.sentence[d] && !hasComma(ctx, stop) && ctx.quotationOf[stop] === -1 && !ctx.mention[stop]) stop++;
  return holdsTitleWords(ctx, d, stop, first, last);
}

/** Whether tokens [from, to) hold every word of the title [first, last] after its head. */
function holdsTitleWords(ctx: TextContext, from: number, to: number, first: number, last: number): boolean {
  for (let j = first + 1; j <= last; j++) {
    const w = ctx.norms[j]!;
    if (STATUS.test(w)) continue;
    const country = countryAt(ctx, j);
    let found = false;
    for (let k = from; k < to && !found; k++) found = country ? countryAt(ctx, k) === country : bare(ctx.norms[k]!) === bare(w);
    if (!found) return false;
  }
  return true;
}

/** Where the text names an official, before token `until`: each mention's first and last token. */
function officialNames(ctx: TextContext, o: Official, until: number): [number, number][] {
  const at: [number, number][] = [];
  for (let j = 0; j < until; j++) {
    const m = ctx.mention[j];
    if (m?.official !== o || m.first !== j) continue;
    // (A title the officials layer linked to them, «السفير الإندونيسي», is no name: its title is the one in question.)
    let named = false;
    for (let k = m.first; k <= m.last && !named; k++) named = !isTitleWord(ctx.norms[k]!) && !heads.has(headOf(ctx.norms[k]!)) && !countryAt(ctx, k) && !styles.has(ctx.norms[k]!) && !ranks.has(ctx.norms[k]!);
    if (named) at.push([j, m.last]);
  }
  return at;
}

/** Where the text writes a name of words `words` (normalised), before token `until`: its first and last token each time. */
function namesWritten(ctx: TextContext, words: readonly string[], until: number): [number, number][] {
  const at: [number, number][] = [];
  const n = words.length;
  for (let j = 0; j + n <= until; j++) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = ctx.norms[j + k]!.replace(/^و(?=..)/, '') === words[k] || ctx.norms[j + k] === words[k];
    if (same) at.push([j, j + n - 1]);
  }
  return at;
}

const writtenAt = (ctx: TextContext, [name, end]: [number, number], first: number, last: number) =>
  writtenBefore(ctx, name, first, last) || writtenAfter(ctx, end, first, last);

/** Whether the title [first, last] is written at a name of official `o` before token `until`. */
export function titleWrittenAtOfficial(ctx: TextContext, o: Official, first: number, last: number, until: number): boolean {
  return officialNames(ctx, o, until).some((at) => writtenAt(ctx, at, first, last));
}

/** Whether the title [first, last] is written at the name `ar` (as the text wrote it) before token `until`. */
export function titleWrittenAtName(ctx: TextContext, ar: string, first: number, last: number, until: number): boolean {
  const words = normalize(ar).split(' ').filter(Boolean);
  if (!words.length || words.length > 6) return false;
  return namesWritten(ctx, words, until).some((at) => writtenAt(ctx, at, first, last));
}

/**
 * Whether an official's role opens with the title [first, last] itself, head and complements in order («رئيس
 * البرلمان» for «رئيس البرلمان الغاني»; not «رئيس لجنة الشؤون الخارجية في البرلمان»).
 */
export function roleOpensWithTitle(ctx: TextContext, o: Official, first: number, last: number): boolean {
  const role = normalize(o.role_ar ?? '').split(' ').filter(Boolean).map(bare);
  const words: string[] = [];
  for (let j = first; j <= last; j++) if (!STATUS.test(ctx.norms[j]!) && (j === first || !countryAt(ctx, j))) words.push(j === first ? headOf(ctx.norms[j]!) : bare(ctx.norms[j]!));
  if (!role.length || role[0] === undefined) return false;
  const roleHead = role[0] === 'ناطق' ? 'متحدث' : role[0];
  return roleHead === words[0] && words.every((w, k) => role[k] === w || (k === 0 && roleHead === w));
}
