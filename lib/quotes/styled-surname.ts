/**
 * «وأكد السيد ميارة» after «رئيس مجلس المستشارين، السيد النعم ميارة،»: an honorific and one word of a name is the
 * person the text introduced before with that honorific and that word closing the name, in full. The officials layer
 * may have left that name unlinked (a word of the name is also a word of the language: «النعم»); the honorific
 * written before it, then again before the family name, is what makes it a name. Without it the quote's speaker has
 * no English at all, and a reader would see the Arabic words.
 */
import { normalize } from '../arabic/normalize';
import { nameToEnglish } from '../english/names';
import { styles } from '../vocab/titles';
import { gapBefore, type TextContext } from './context';
import type { Speaker } from './speaker';
import { isTitleWord } from './titled';

/** How many words of a name may stand between the honorific and the family name it closes with. */
const MAX_NAME_WORDS = 3;

/** A single-word honorific (السيد، السيدة، معالي، الدكتور), bare or after a conjunction. */
const isStyle = (norm: string) => styles.has(norm.replace(/^[وف](?=ال)/, ''));

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

/** The first word of a name of two to four words closing at token j that an honorific opens, if one does. */
function nameBefore(ctx: TextContext, j: number): number | null {
  for (let f = j; f > 0 && j - f < MAX_NAME_WORDS; f--) {
    if (gapBefore(ctx, f).trim() || ctx.quotationOf[f - 1] !== -1) return null;
    if (isTitleWord(ctx.norms[f]!) || isStyle(ctx.norms[f]!)) return null;
    if (f < j && isStyle(ctx.norms[f - 1]!)) return f;
  }
  return null;
}
