/**
 * Who a description by nationality refers to («وقال المسؤول البولندي», «وأشار المسؤول الدومينيكاني»): an official of
 * that country — by the country the officials layer gave them, or by the delegation of that nationality the text says
 * they head («وفدا برلمانيا بولنديا برئاسة … X») — and, among several, the one the story is about.
 */
import type { Official } from '../types';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import { tokenStartingAt, type TextContext } from './context';

/** «برئاسة»، «وبرئاسة»: chaired by (normalised). */
const CHAIRED_BY = /^و?برياسه$/;
/** «وفد»، «الوفد»، «وفدا»: a delegation (normalised). */
export const DELEGATION = /^[وف]?(ال)?وفد(ا)?$/;
/** Words from «برئاسة» to the name it introduces (a long title: «نائب رئيس مجلس النواب (السيم) X»). */
const CHAIR_REACH = 8;
/** Words from the delegation's noun to «برئاسة» («وفدا برلمانيا رفيع المستوى بولنديا برئاسة»). */
const DELEGATION_REACH = 8;

/** The nationality (or «من» + country) that describes a delegation at token t: «بولنديا», «البولندي», «من بولندا». */
function countryAt(ctx: TextContext, t: number): string | null {
  const w = ctx.norms[t]!;
  const found = matchNationality(ctx.norms, t)
    // (The indefinite accusative «وفدا … بولنديا»: the adjective with its «ا».)
    ?? (/^[^ا].{2,}يا$/.test(w) ? matchNationality(['ال' + w.slice(0, -1)], 0) : null);
  if (found) return found.country;
  return w === 'من' ? matchCountryName(ctx.norms, t + 1)?.country ?? null : null;
}

/** The country of the delegation the text names an official heading («وفد X-ي برئاسة … <name>»); null when none. */
export function ledDelegationCountry(ctx: TextContext, o: Official): string | null {
  for (const [start] of o.mentions) {
    const first = tokenStartingAt(ctx, start);
    if (first < 1) continue;
    for (let j = first - 1; j >= 0 && j >= first - CHAIR_REACH && ctx.sentence[j] === ctx.sentence[first]; j--) {
      if (ctx.mention[j] && ctx.mention[j]!.official !== o) break;
      if (!CHAIRED_BY.test(ctx.norms[j]!)) continue;
      for (let d = j - 1; d >= 0 && d >= j - DELEGATION_REACH && ctx.sentence[d] === ctx.sentence[j]; d--) {
        if (!DELEGATION.test(ctx.norms[d]!)) continue;
        for (let t = d + 1; t < j; t++) {
          const country = countryAt(ctx, t);
          if (country) return country;
        }
        break;
      }
      break;
    }
  }
  return null;
}

/** An official's country, or that of the delegation the text says they head. */
export function countryOf(ctx: TextContext, o: Official): string | null {
  return o.country ?? ledDelegationCountry(ctx, o);
}
