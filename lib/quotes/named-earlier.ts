/**
 * «وأكد السيد ميارة» after «رئيس مجلس المستشارين، السيد النعم ميارة،»: an honorific and one word of a name is the
 * person the text introduced before with that honorific and that word closing the name, in full. The officials layer
 * may have left that name unlinked (a word of the name is also a word of the language: «النعم»); the honorific
 * written before it, then again before the family name, is what makes it a name. Without it the quote's speaker has
 * no English at all, and a reader would see the Arabic words.
 */
import { stripAl, withoutConjunction } from '../arabic/article';
import { normalize } from '../arabic/normalize';
import { nameToEnglish } from '../english/names';
import { nameParticles, places, ranks, styles } from '../vocab/titles';
import { inNameDictionaries } from '../vocab/names';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import { hasFamilyNameShape } from '../officials/names';
import { gapBefore, type TextContext } from './context';
import type { Speaker } from './speaker';
import { isTitleWord } from './titled';

/** How many words of a name may stand between the honorific and the family name it closes with. */
const MAX_NAME_WORDS = 3;

/** A single-word honorific (السيد، السيدة، معالي، الدكتور), bare or after a conjunction. */
const isStyle = (norm: string) => styles.has(withoutConjunction(norm));

/** The person an honorific and a family name («السيد ميارة») name again, in full; null if the text named no such person. */
export function styledSurnameSpeaker(ctx: TextContext, speaker: Speaker | null): Speaker | null {
  if (!speaker || speaker.official || speaker.pair || speaker.en !== null || speaker.english) return null;
  const words = normalize(speaker.ar).split(' ');
  if (words.length !== 2 || !isStyle(words[0]!)) return null;
  const surname = words[1]!;
  const at = speaker.span ? ctx.tokens.findIndex((t) => t.start >= speaker.span![0]) : ctx.tokens.length;
  for (let j = Math.min(at, ctx.tokens.length) - 1; j > 1; j--) {
    if (ctx.norms[j] !== surname || ctx.quotationOf[j] !== -1) continue;
    const full = nameBefore(ctx, j);
    if (full) {
      const ar = ctx.text.slice(ctx.tokens[full]!.start, ctx.tokens[j]!.end);
      return { ...speaker, ar, english: () => nameToEnglish(ar), kind: 'person' };
    }
  }
  return null;
}

/** The first word of a name of two or three words closing at token j that an honorific opens, if one does. */
function nameBefore(ctx: TextContext, j: number): number | null {
  for (let f = j; f > 0 && j - f < MAX_NAME_WORDS; f--) {
    if (gapBefore(ctx, f).trim() || ctx.quotationOf[f - 1] !== -1) return null;
    if (isTitleWord(ctx.norms[f]!) || isStyle(ctx.norms[f]!)) return null;
    if (f < j && isStyle(ctx.norms[f - 1]!)) return f;
  }
  return null;
}

/** How many words of a title's complement («محافظ الزرقاء», «وزير الري السوداني») may stand before the holder's name. */
const MAX_TITLE_WORDS = 4;

/**
 * «وقال المحافظ إن» after «استقبل محافظ الزرقاء سلطان الخريشا،», «وأضاف وزير الدفاع:» after «وزير الدفاع السوري
 * العماد علي محمود عباس»: a title the officials layer linked to nobody is held by the person the text named right after
 * that title before (each word of the title written again there), when it named only one.
 */
export function titleHolderNamedEarlier(ctx: TextContext, speaker: Speaker | null): Speaker | null {
  if (!speaker || speaker.official || speaker.pair || speaker.kind) return null;
  const at = speaker.words?.[0] ?? (speaker.span ? ctx.tokens.findIndex((t) => t.start >= speaker.span![0]) : -1);
  if (at < 0) return null;
  const words = normalize(speaker.ar).split(' ').map(withoutConjunction);
  if (!words.length || words.length > 3 || !isTitleWord(words[0]!)) return null;
  const head = stripAl(words[0]!);
  let holder: Speaker | null = null;
  for (let j = 0; j < at; j++) {
    if (ctx.quotationOf[j] !== -1 || stripAl(withoutConjunction(ctx.norms[j]!)) !== head) continue;
    const found = holderAfter(ctx, j, words.slice(1), at);
    if (!found) continue;
    if (holder && normalize(holder.ar) !== normalize(found.ar)) return null;
    holder = found;
  }
  return holder;
}

/**
 * The person named after the title at token j whose other words follow it: past the title's definite complement and
 * any rank or honorific («محافظ الزرقاء | سلطان الخريشا», «وزير الدفاع السوري العماد | علي محمود عباس»), a given name
 * of the name lists and at least one more word of a name.
 */
function holderAfter(ctx: TextContext, j: number, rest: readonly string[], before: number): Speaker | null {
  let f = j + 1;
  while (f < before && f <= j + MAX_TITLE_WORDS && isComplementWord(ctx, f)) f++;
  if (!rest.every((w) => ctx.norms.slice(j + 1, f).includes(w))) return null;
  const first = ctx.norms[f];
  if (first === undefined || f >= before || /^(ال|لل)/.test(first) || !inNameDictionaries(first) || !isNameRunWord(ctx, f)) return null;
  let e = f;
  while (e + 1 < before && e < f + 3 && isNameRunWord(ctx, e + 1)) e++;
  if (e === f || nameParticles.has(ctx.norms[e]!)) return null;
  // (The name closes the clause or its subject: a comma, the end of the sentence, or a preposition after it.)
  const after = ctx.norms[e + 1];
  if (after !== undefined && !CLOSING_MARK.test(gapBefore(ctx, e + 1)) && !PREPOSITION_AFTER_NAME.test(after)) return null;
  const ar = ctx.text.slice(ctx.tokens[f]!.start, ctx.tokens[e]!.end);
  return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[f]!.start, ctx.tokens[e]!.end] };
}

/** A comma, colon, full stop or semicolon: it closes a name or a title's complement. */
const CLOSING_MARK = /[،,:.؛]/;

/** Token k is outside quotation marks and any mention, with no closing mark before it. */
const unmarkedWord = (ctx: TextContext, k: number): boolean => ctx.quotationOf[k] === -1 && !ctx.mention[k] && !CLOSING_MARK.test(gapBefore(ctx, k));

/** Prepositions that may follow a name and close it («سلطان الخريشا في مكتبه», «… خلال لقائه»). */
const PREPOSITION_AFTER_NAME = /^(في|خلال|من|مع|الي|علي|عن|لدي|اليوم|امس)$/;

/** A word of a title's complement before the holder's name: a definite word (not a name), a rank, an honorific. */
function isComplementWord(ctx: TextContext, k: number): boolean {
  const norm = ctx.norms[k]!;
  if (!unmarkedWord(ctx, k)) return false;
  // («سلطان» is a given name before it is a style.)
  return /^ال/.test(norm) || ((isStyle(norm) || ranks.has(norm) || ranks.has('ال' + norm)) && !inNameDictionaries(norm));
}

/** A word that may be part of a person's name in the run after a title: in the name lists, a family name with the
 * article, or a particle (بن، أبو), and neither a country, a nationality nor a town. */
function isNameRunWord(ctx: TextContext, k: number): boolean {
  const norm = ctx.norms[k]!;
  if (!unmarkedWord(ctx, k)) return false;
  if (matchNationality(ctx.norms, k) || matchCountryName(ctx.norms, k) || places.match(norm, ctx.norms, k)) return false;
  return nameParticles.has(norm) || (!/^(ال|لل)/.test(norm) && inNameDictionaries(norm)) || hasFamilyNameShape(norm);
}
