/** Headline statements "كيري: اجتماع الدوحة ناقش …": a short speaker, a colon, and the words, in one line. */
import { isHeadlineEvent, isHeadlineLabel } from '../vocab/speakers';
import { gapBefore, type TextContext } from './context';
import { officialByName } from './speaker';
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
    if (line.last - line.first + 1 > MAX_LINE) continue;
    // Each sentence of a short line may be a headline of its own ("ولي العهد يستقبل … .. والشيخ سالم: …"), but
    // after the first only when a person named in the prefix speaks (not a dateline "الرياض: …").
    let s = line.first;
    while (s <= line.last) {
      let e = s;
      while (e + 1 <= line.last && ctx.sentence[e + 1] === ctx.sentence[s]) e++;
      const h = e === line.last && s === line.first ? headlineIn(ctx, s, e) : s > line.first ? headlineIn(ctx, s, e) : null;
      if (h && (s === line.first || namesPerson(ctx, h.prefixFirst, h.prefixLast))) out.push(h);
      s = e + 1;
    }
  }
  return out;
}

function namesPerson(ctx: TextContext, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (ctx.mention[j]) return true;
  return officialByName(ctx, first, last) !== null;
}

function headlineIn(ctx: TextContext, first: number, last: number): Headline | null {
  if (ctx.quotationOf[first] !== -1) return null;
  for (let j = first + 1; j <= last && j <= first + MAX_PREFIX; j++) {
    const gap = gapBefore(ctx, j);
    if (/[،,.؛]/.test(gap)) return null;
    if (!gap.includes(':')) continue;
    const prefix = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[j - 1]!.end);
    // A reporting verb on either side makes it a dateline ("القاهرة: قال الوزير …") or a sentence, not a headline.
    for (let k = first; k <= last; k++) if (triggerVerb(ctx, k)) return null;
    if (isHeadlineLabel(prefix) || isHeadlineEvent(ctx.norms[first]!) || last - j + 1 < 3) return null;
    // "الرياض - واس: استقبل …": a place and an agency joined by a dash are a dateline, not a speaker.
    if (/\s[-–—]\s/.test(prefix)) return null;
    return { prefixFirst: first, prefixLast: j - 1, first: j, last };
  }
  return null;
}
