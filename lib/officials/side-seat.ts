/**
 * The country an official the article places nowhere is shown with where a meeting seats him on a side: the side's
 * state (the host's side, the guest's side), which the words of the meeting tell better than the story's one state
 * does — a visiting delegation's ministers and embassy staff in an agency's story of its own state are the guest's.
 * Only a side of one state (an organisation's side has none), and only one the official sits on alone: an official
 * listed on two sides of different states is placed by neither, nor one of Arab lineage («بن») on a side of a state
 * whose names are not Arabic (Oman's undersecretary read onto Iran's side), nor one present at the meeting after the
 * last side was named («وعن الجانب السوري الوزير X، بمشاركة …»): the side phrase was the signer's, not theirs. Like the story's state (./seat), it is shown, not read.
 */
import type { Delegation, Official } from '../types';
import { internationalOffice, seatStateFor } from './seat';

/** Officials with no country of their own, by the one state of the sides they are members of. */
export function sideSeats(officials: Official[], delegations: Delegation[], text: string): Map<Official, string> {
  const byId = new Map(officials.map((o) => [o.id, o]));
  const sides = new Map<Official, Set<string>>();
  for (const d of delegations) {
    if (!d.country) continue;
    for (const m of d.members) {
      const o = m.official_id ? byId.get(m.official_id) : undefined;
      if (!o || o.country || internationalOffice(o.role_en) || presentAfterSide(o, text)) continue;
      (sides.get(o) ?? sides.set(o, new Set()).get(o)!).add(d.country);
    }
  }
  const seats = new Map<Official, string>();
  for (const [o, states] of sides) {
    const state = states.size === 1 ? [...states][0]! : null;
    if (state && seatStateFor(o.name_ar, state, []) === state) seats.set(o, state);
  }
  return seats;
}

/** «الجانب X … بحضور/في حضور/بمشاركة» right before the official's first mention, in the same sentence. */
const PRESENT_AFTER_SIDE = /الجانب [^.؟!\n]*(?:بحضور|في حضور|بمشاركة)[^.؟!\n]*$/;

function presentAfterSide(o: Official, text: string): boolean {
  const at = Math.min(...o.mentions.map(([start]) => start));
  return Number.isFinite(at) && PRESENT_AFTER_SIDE.test(text.slice(Math.max(0, at - 300), at));
}
