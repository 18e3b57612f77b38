/**
 * Officials named after their full title, found from the title's first word: the speaker's noun phrase and the
 * statement's start may stop inside a long title («المتحدث باسم الإدارة العامة للحرس الوطني العميد X»).
 */
import { normalize } from '../arabic/normalize';
import type { Official } from '../types';
import { heads, ranks, styles } from '../vocab/titles';
import { gapBefore, type TextContext } from './context';

/** The official whose role, as the text states it, starts at token `from` and whose name follows it past ranks and styles. */
export function officialTitledAt(ctx: TextContext, from: number, englishOnly = false): { official: Official; last: number } | null {
  for (let j = from + 2; j <= from + 12 && j < ctx.tokens.length; j++) {
    if (ctx.sentence[j] !== ctx.sentence[from] || ctx.quotationOf[j] !== -1) return null;
    const m = ctx.mention[j];
    if (!m) continue;
    const role = m.official.role_ar ? normalize(m.official.role_ar).split(' ') : [];
    // (An official whose role the gazetteer gives in English only: a title word opening an unbroken run up to the name.)
    if (!role.length && englishOnly) return isTitleWord(ctx.norms[from]!) && j - from >= 2 && fullerTitle(ctx, from, j, m.last) ? { official: m.official, last: m.last } : null;
    if (role.length < 2 || role.length > j - from) return null;
    // Each word as written, a conjunction or preposition glued to the first allowed («وحمّل المتحدث …» is not one).
    const asWritten = (w: string, k: number) => ctx.norms[from + k]!.endsWith(w) && ctx.norms[from + k]!.length - w.length <= 1;
    if (!role.every(asWritten)) {
      // The role as the text states it more fully, the name after it or set off by commas: «المفوضة السامية للأمم
      // المتحدة لحقوق الإنسان، ميشيل باشليه،» for a role kept as «المفوضة السامية لحقوق الإنسان».
      if (!asWritten(role[0]!, 0) || !asWritten(role[1]!, 1) || !fullerTitle(ctx, from, j, m.last)) return null;
      return { official: m.official, last: m.last };
    }
    for (let k = from + role.length; k < j; k++) if (!styles.has(ctx.norms[k]!) && !ranks.has(ctx.norms[k]!) && !ranks.has('ال' + ctx.norms[k]!)) return null;
    return { official: m.official, last: m.last };
  }
  return null;
}

/**
 * Tokens (from, j) hold more of a title that continues unbroken up to a name at [j, last]: no punctuation inside, or
 * one comma before the name with another after it (an apposition).
 */
function fullerTitle(ctx: TextContext, from: number, j: number, last: number): boolean {
  // (Not through a relative clause: «زعيم الحزب الذي أسسه دا سيلفا، جيليسي هوفمان،» is not led by its founder.)
  for (let k = from + 1; k < j; k++) if (gapBefore(ctx, k).trim() || ctx.mention[k] || /^(الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي)$/.test(ctx.norms[k]!)) return false;
  const before = gapBefore(ctx, j).trim();
  if (!before) return true;
  return /^[،,]$/.test(before) && /^[،,]/.test(gapBefore(ctx, last + 1).trim());
}

/** The word with its article off (or a conjunction و when it has none). */
export const stripArticle = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w.replace(/^و(?=..)/, ''));
/** A word that heads a title, with or without its article («الوزير», «وزيرة»). */
export const isTitleWord = (w: string) => heads.has(stripArticle(w)) || heads.has(w);
