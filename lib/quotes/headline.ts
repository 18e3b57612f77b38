/** Headline statements "كيري: اجتماع الدوحة ناقش …": a short speaker, a colon, and the words, in one line. */
import { isHeadlineLabel } from '../vocab/speakers';
import { gapBefore, type TextContext } from './context';
import { triggerVerb } from './statement';

export interface Headline {
  /** Token range of the speaker prefix and of the statement. */
  prefixFirst: number;
  prefixLast: number;
  first: number;
  last: number;
}

const MAX_PREFIX = 5;
const MAX_LINE = 30;

export function findHeadlines(ctx: TextContext): Headline[] {
  const out: Headline[] = [];
  const n = ctx.tokens.length;
  let f = 0;
  while (f < n) {
    let end = f;
    while (end + 1 < n && ctx.paragraph[end + 1] === ctx.paragraph[f]) end++;
    const line = { first: f, last: end };
    f = end + 1;
    if (line.last - line.first + 1 > MAX_LINE || ctx.sentence[line.first] !== ctx.sentence[line.last]) continue;
    if (ctx.quotationOf[line.first] !== -1) continue;
    for (let j = line.first + 1; j <= line.last && j <= line.first + MAX_PREFIX; j++) {
      const gap = gapBefore(ctx, j);
      if (/[،,.؛]/.test(gap)) break;
      if (!gap.includes(':')) continue;
      const prefix = ctx.text.slice(ctx.tokens[line.first]!.start, ctx.tokens[j - 1]!.end);
      // A reporting verb on either side makes it a dateline ("القاهرة: قال الوزير …") or a sentence, not a headline.
      let verb = false;
      for (let k = line.first; k <= line.last; k++) if (triggerVerb(ctx, k)) verb = true;
      if (!verb && !isHeadlineLabel(prefix) && line.last - j + 1 >= 3) out.push({ prefixFirst: line.first, prefixLast: j - 1, first: j, last: line.last });
      break;
    }
  }
  return out;
}
