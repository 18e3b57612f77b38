/**
 * Officials named after their full title, found from the title's first word: the speaker's noun phrase and the
 * statement's start may stop inside a long title («المتحدث باسم الإدارة العامة للحرس الوطني العميد X»).
 */
import { normalize } from '../arabic/normalize';
import type { Official } from '../types';
import { ranks, styles } from '../vocab/titles';
import type { TextContext } from './context';

/** The official whose role, as the text states it, starts at token `from` and whose name follows it past ranks and styles. */
export function officialTitledAt(ctx: TextContext, from: number): { official: Official; last: number } | null {
  for (let j = from + 2; j <= from + 12 && j < ctx.tokens.length; j++) {
    if (ctx.sentence[j] !== ctx.sentence[from] || ctx.quotationOf[j] !== -1) return null;
    const m = ctx.mention[j];
    if (!m) continue;
    const role = m.official.role_ar ? normalize(m.official.role_ar).split(' ') : [];
    if (role.length < 2 || role.length > j - from) return null;
    // Each word as written, a conjunction or preposition glued to the first allowed («وحمّل المتحدث …» is not one).
    if (!role.every((w, k) => ctx.norms[from + k]!.endsWith(w) && ctx.norms[from + k]!.length - w.length <= 1)) return null;
    for (let k = from + role.length; k < j; k++) if (!styles.has(ctx.norms[k]!) && !ranks.has(ctx.norms[k]!) && !ranks.has('ال' + ctx.norms[k]!)) return null;
    return { official: m.official, last: m.last };
  }
  return null;
}
