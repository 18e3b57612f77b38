/**
 * «وتابع الرئيس المنتخب أن …»: a title with «المنتخب» (elect) after a story of an election names its winner, whom the
 * text reports winning («أعلن … فوز نائب الرئيس ويليام روتو بالانتخابات الرئاسية»), whatever office they held before.
 */
import type { Official } from '../types';
import type { TextContext } from './context';

/** «المنتخب», «المنتخبة»: the modifier that makes a title the one-elect. */
export const isElectModifier = (norm: string) => /^المنتخب(ه|ة)?$/.test(norm);

/** «فوز», «بفوز», «وفوز», «فاز», «يفوز»: a word of winning, whose subject or genitive is the winner. */
const WIN = /^([وب]?فوز|و?فاز|و?فازت|يفوز|تفوز)$/;

/**
 * The official named within a few words after a word of winning, in its sentence (past the title before the name): the
 * one named so last before token `from`, failing that the first after it; null when the story names no winner.
 */
export function electionWinner(ctx: TextContext, from: number): Official | null {
  let best: Official | null = null;
  let bestAt = -Infinity;
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (!WIN.test(ctx.norms[k]!) || ctx.quotationOf[k] !== -1) continue;
    for (let j = k + 1; j <= k + 6 && j < ctx.tokens.length && ctx.sentence[j] === ctx.sentence[k]; j++) {
      const m = ctx.mention[j];
      if (!m) continue;
      const at = j < from ? j : -1e9 - j;
      if (at > bestAt) { best = m.official; bestAt = at; }
      break;
    }
  }
  return best;
}
