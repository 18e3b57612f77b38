/** A pronoun of style («سموه», «جلالته», «فخامته», «معاليه») refers back to someone the text gave that style. */
import type { Official } from '../types';
import { styles } from '../vocab/titles';
import { pronounStyles as STYLES } from '../vocab/speakers';
import type { TextContext } from './context';
import { titleReference } from './speaker';
import { isTitleWord } from './titled';

/** «سموه» → «سمو», «جلالته» → «جلاله», «معاليها» → «معالي»: the style a pronoun of style stands for. */
function styleOfPronoun(norm: string): string | null {
  // (The ف of «فخامته» is the word's own, not a clitic: the word as written is tried first.)
  for (const word of [norm, norm.replace(/^[وف](?=...)/, '')]) {
    const stem = word.replace(/(ه|ها)$/, '').replace(/ت$/, 'ه');
    if (stem !== word && STYLES.has(stem)) return stem;
  }
  return null;
}

/** «سموه», «معاليها», «وفخامته»: a pronoun of style. */
export const isStylePronoun = (norm: string) => styleOfPronoun(norm) !== null;

/** «الشيخ», «الأمير»: what a royal is called between the style and the name. */
const RANK_OF_BIRTH = /^(ال)?(شيخ|شيخه|امير|اميره)$/;

/** The style token norm `w` writes, with its article or a clitic before it («السمو», «وسمو», «بمعالي»; «فخامة» keeps its ف). */
const styleWritten = (w: string) => {
  for (const word of [w, w.replace(/^[وفبل](?=...)/, '')]) {
    const bare = word.replace(/^ال/, '');
    if (STYLES.has(bare)) return bare;
  }
  return null;
};

/**
 * The official the style at token j is given to, before token `before`: «صاحب السمو الشيخ X» gives X, and «صاحب السمو
 * رئيس الدولة» the official that title refers to.
 */
function styledAt(ctx: TextContext, j: number, before: number): Official | null {
  let k = j + 1;
  while (k < before && k <= j + 3 && !ctx.mention[k] && (styles.has(ctx.norms[k]!) || RANK_OF_BIRTH.test(ctx.norms[k]!))) k++;
  if (k >= before) return null;
  return ctx.mention[k]?.official
    ?? (isTitleWord(ctx.norms[k]!) ? titleReference(ctx, k, Math.min(k + 1, before - 1)) ?? titleReference(ctx, k, k) : null);
}

/** The officials given the style of the pronoun at token `at` before it, the latest first. */
export function styledOfficials(ctx: TextContext, at: number): Official[] {
  const style = styleOfPronoun(ctx.norms[at] ?? '');
  if (!style) return [];
  const found: Official[] = [];
  for (let j = at - 1; j >= 0; j--) {
    if (styleWritten(ctx.norms[j]!) !== style) continue;
    const o = styledAt(ctx, j, at);
    if (o && !found.includes(o)) found.push(o);
  }
  return found;
}

/** The official was given, before token `at`, a style other than the one of the pronoun at `at` («فخامة» before «سموه»). */
export function styledOtherwise(ctx: TextContext, o: Official, at: number): boolean {
  const style = styleOfPronoun(ctx.norms[at] ?? '');
  for (let j = 0; j < at; j++) {
    const written = styleWritten(ctx.norms[j]!);
    if (written && written !== style && styledAt(ctx, j, at) === o) return true;
  }
  return false;
}
