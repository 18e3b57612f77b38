/**
 * A head of state the article gives by a bare rank («الرئيس قيس سعيد», «الملكة إليزابيث الثانية») is shown with his
 * state where the article has another state's head of state too: beside Mauritania's president a bare "President" no
 * longer tells whose, and the press writes "President of Tunisia". In a story with one state's head («الرئيس السيسي»
 * opening a new hospital, or meeting a prime minister) the bare rank stays as the press writes it.
 */
import { countryName } from '../english/roles';
import type { Official } from '../types';
import { formalStateNames } from './titles';

const HEAD_RANK = /^(President|King|Queen|Emir|Amir|Sultan)$/;

/** Bodies the country codes name that are no state with a head. */
const NOT_A_STATE = new Set(['EU', 'UN', 'SU']);

/** The press's name of a state in a head of state's office where it differs from the one other roles use. */
const HEAD_OF = new Map([['CD', 'the DR Congo']]);
const stateName = (code: string): string => HEAD_OF.get(code) ?? countryName(code);

const state = (o: Official): string | null => (o.country && !NOT_A_STATE.has(o.country) ? o.country : null);

/** A head of state's office: a bare rank, or the rank of his country (by its formal name too) or of «الجمهورية» (President of the Republic). */
function headsState(o: Official): boolean {
  const role = o.role_en;
  const code = state(o);
  if (!role || !code) return false;
  const of = /^(\S+) of (.+)$/.exec(role);
  return HEAD_RANK.test(role) || (!!of && HEAD_RANK.test(of[1]!) && (of[2] === stateName(code) || of[2] === 'the Republic' || formalStateNames(code).includes(of[2]!)));
}

/** Adds the state to every bare head-of-state rank where the officials hold heads of two states or more. */
export function nameHeadsOfStateCountries(officials: Official[]): void {
  const heads = officials.filter(headsState);
  for (const o of heads) {
    if (!HEAD_RANK.test(o.role_en!)) continue;
    const own = state(o)!;
    if (heads.some((other) => state(other) !== own)) o.role_en = `${o.role_en} of ${stateName(own)}`;
  }
}
