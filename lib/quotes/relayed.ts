/**
 * Officials whose words a source or a statement reports inside its own sentence («وأوضح البيان أن الوزير X أكد …»). A
 * participle after such a report («…، مشيرا إلى أن») stays with the one reporting, who goes on telling.
 */
import { heads } from '../vocab/titles';
import { matchNationality } from '../vocab/nationalities';
import { gapBefore, type TextContext } from './context';
import { agrees } from './gender';
import { officialSpeaker, type Speaker } from './speaker';
import { triggerVerb } from './statement';

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
