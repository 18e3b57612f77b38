import { boilerplate as vocab } from '../vocab/boilerplate';

/**
 * A word of a date or a time, as a phrase key has it: a number, a date word, or a number with a date word glued to it
 * («1445هـ», «2024م», «18:42ت م» where «ت م» is Mecca time, «10:30ص», the next stamp's «13:45آخر تحديث» of a page's two
 * stamps run together).
 */
export function isDateToken(w: string): boolean {
  if (/^\d+$/.test(w) || vocab.dateWords.has(w)) return true;
  const glued = /^\d+(\p{L}+)$/u.exec(w);
  return !!glued && vocab.dateWords.has(glued[1]!);
}
