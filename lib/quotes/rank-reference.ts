/**
 * A bare military rank standing for an officer the story named with it: «وأضاف الجنرال: "…"» after «قائد الجيش
 * الجنرال واكر الزمان». The rank is no title of an office (the officer's role is «قائد الجيش»), so it is found where
 * the text wrote it, right before the officer's name.
 */
import type { Official } from '../types';
import { withoutConjunction } from '../arabic/article';
import { ranks } from '../vocab/titles';
import { gapBefore, type TextContext } from './context';

/**
 * The official whose name the text wrote right after the rank that tokens [from, last] hold, all of it and nothing
 * else: the one named so last before the rank, failing that the first after it.
 */
export function rankReference(ctx: TextContext, from: number, last: number): Official | null {
  const rank = [withoutConjunction(ctx.norms[from]!), ...ctx.norms.slice(from + 1, last + 1)];
  if (ranks.match(rank[0]!, rank, 0)?.length !== rank.length) return null;
  let best: Official | null = null;
  let bestAt = -Infinity;
  for (let j = rank.length; j < ctx.tokens.length; j++) {
    const m = ctx.mention[j];
    if (!m || m.first !== j || best === m.official) continue;
    const k = j - rank.length;
    if (k === from || !rank.every((w, i) => (i ? ctx.norms[k + i] : withoutConjunction(ctx.norms[k]!)) === w)) continue;
    // (The rank and the name one unbroken phrase: «… العقيد، X» is a list, not a rank before a name.)
    let unbroken = true;
    for (let i = k + 1; i <= j; i++) if (gapBefore(ctx, i).trim() || ctx.sentence[i] !== ctx.sentence[k]) unbroken = false;
    if (!unbroken) continue;
    const at = j < from ? j : -1e9 - j;
    if (at > bestAt) { best = m.official; bestAt = at; }
  }
  return best;
}
