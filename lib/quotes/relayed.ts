/**
 * An official whose words a spokesperson or a statement relays inside the sentence: «وأضاف المتحدث الرسمي أن الرئيس X
 * أكد تطلع مصر إلى …، مشيراً إلى أن …». The relayer keeps the words that tell what the official affirmed; a participle
 * after them goes on with the official, whose affirming it continues.
 */
import { heads } from '../vocab/titles';
import { matchNationality } from '../vocab/nationalities';
import { isComplementizer } from '../vocab/reporting';
import { gapBefore, sentenceStart, type TextContext } from './context';
import { agrees } from './gender';
import { officialSpeaker, type Speaker } from './speaker';
import { triggerVerb } from './statement';

/**
 * The official named (after their title, if any) right after a complementizer and right before a verb of saying of
 * their own, in the sentence of the participle at token `at` and before it; null when there is none or the verb does
 * not agree with the participle's gender.
 */
export function relayedOfficialBefore(ctx: TextContext, at: number, gender: 'm' | 'f' | null): Speaker | null {
  const start = sentenceStart(ctx, at);
  for (let k = at - 1; k > start; k--) {
    if (!isComplementizer(ctx.norms[k]!) || ctx.quotationOf[k] !== -1) continue;
    let f = k + 1;
    while (f < k + 4 && !ctx.mention[f] && ctx.quotationOf[f] === -1 && (heads.has(ctx.norms[f]!.replace(/^ال/, '')) || matchNationality(ctx.norms, f))) f++;
    const m = ctx.mention[f];
    if (!m || m.first !== f || m.last + 1 >= at) continue;
    const v = m.last + 1;
    if (gapBefore(ctx, v).trim() || ctx.quotationOf[v] !== -1) continue;
    const verb = triggerVerb(ctx, v);
    if (!verb || verb.form === 'participle' || verb.plural || verb.dual) continue;
    const s = officialSpeaker(m.official);
    return agrees(s, verb.gender ?? null) && agrees(s, gender) ? s : null;
  }
  return null;
}

/**
 * «وبحسب بيان المكتب الإعلامي لرئيس الحكومة، فقد شكر ميقاتي العراق "…"»: words a source opens with «فقد» and a verb
 * whose subject is an official named right after it are that official's, reported by the source (from token `first`).
 */
export function officialAfterSourceClause(ctx: TextContext, first: number): Speaker | null {
  if (!/^ف?قد$/.test(ctx.norms[first] ?? '')) return null;
  const v = first + 1;
  if (v >= ctx.tokens.length || ctx.sentence[v] !== ctx.sentence[first] || ctx.quotationOf[v] !== -1 || ctx.mention[v] || /^[وف]?ال/.test(ctx.norms[v]!)) return null;
  let f = v + 1;
  while (f < v + 4 && !ctx.mention[f] && ctx.quotationOf[f] === -1 && heads.has(ctx.norms[f]!.replace(/^ال/, ''))) f++;
  const m = ctx.mention[f];
  if (!m || m.first !== f || gapBefore(ctx, v + 1).trim()) return null;
  return officialSpeaker(m.official);
}

/**
 * «وأوضح البيان أن الوزير X أكد موقف …»: a statement's complement that opens with an official (after their title, if
 * any) and a verb of saying of their own tells what that official said; the official (from token `first`, the
 * complement's first word) is its speaker, or null when the complement opens otherwise.
 */
export function officialOpeningComplement(ctx: TextContext, first: number): Speaker | null {
  let f = first;
  while (f < first + 3 && !ctx.mention[f] && ctx.quotationOf[f] === -1 && (heads.has(ctx.norms[f]!.replace(/^ال/, '')) || matchNationality(ctx.norms, f))) f++;
  const m = ctx.mention[f];
  if (!m || m.first !== f || ctx.quotationOf[f] !== -1) return null;
  const v = m.last + 1;
  if (v >= ctx.tokens.length || ctx.sentence[v] !== ctx.sentence[first] || gapBefore(ctx, v).trim() || ctx.quotationOf[v] !== -1) return null;
  const verb = triggerVerb(ctx, v);
  if (!verb || verb.form === 'participle' || verb.plural || verb.dual) return null;
  const s = officialSpeaker(m.official);
  return agrees(s, verb.gender ?? null) ? s : null;
}
