/**
 * A long title with no name as a later subject, «وأشار رئيس هيئة الأركان العامة إلى …», «وتابع رئيس لجنة الشؤون
 * الخارجية في البرلمان الليتواني: …»: too long to be read as a head, a complement and a nationality, it is still the
 * title of the one official whose role the text gave opening with all of its words.
 */
import { normalize } from '../arabic/normalize';
import type { Official } from '../types';
import { type TextContext } from './context';
import { agrees, titleGender } from './gender';
import { roleOpensWithTitle } from './title-at-name';
import { officialSpeaker } from './speaker';

/**
 * The official whose role opens with the title [from, last] word for word: the one whose role is the title itself when
 * several open with it («رئيس لجنة الشؤون الخارجية» over «… الخارجية والدفاع والأمن الوطني»), else the only one.
 */
export function wholeTitleHolder(ctx: TextContext, from: number, last: number): Official | null {
  const gender = titleGender(ctx.norms, from);
  const holders = ctx.officials.filter((o) => roleOpensWithTitle(ctx, o, from, last) && agrees(officialSpeaker(o), gender));
  if (holders.length === 1) return holders[0]!;
  const length = last - from + 1;
  const exact = holders.filter((o) => normalize(o.role_ar ?? '').split(' ').filter(Boolean).length === length);
  return exact.length === 1 ? exact[0]! : null;
}
