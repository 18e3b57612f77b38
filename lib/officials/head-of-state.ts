/**
 * Heads of state the article gives by bare ranks only («الرئيس قيس سعيد وأخيه الرئيس محمد ولد الشيخ الغزواني», «رئيس
 * الجمهورية» beside «الرئيس إسماعيل عمر جيله») are shown with their states: two officials called "President" no longer
 * tell whose president each is, and the press writes "President of Tunisia", "President of Mauritania". Where the other
 * head's state is said («الملك عبدالله الثاني ملك الأردن», «الرئيس الموزمبيقي») or the story has one state's head, the
 * bare rank stays as the press writes it.
 */
import { countryName } from '../english/roles';
import type { Official } from '../types';

const HEAD_RANK = /^(President|King|Queen|Emir|Amir|Sultan)$/;

/** «رئيس الجمهورية»: the story's own head of state, by an office that names no state either. */
const OF_THE_REPUBLIC = 'President of the Republic';

/** Bodies the country codes name that are no state with a head. */
const NOT_A_STATE = new Set(['EU', 'UN', 'SU']);

/** The press's name of a state in a head of state's office where it differs from the one other roles use. */
const HEAD_OF = new Map([['CD', 'the DR Congo']]);
const stateName = (code: string): string => HEAD_OF.get(code) ?? countryName(code);

const state = (o: Official): string | null => (o.country && !NOT_A_STATE.has(o.country) ? o.country : null);

/** A head of state whose office, as shown, names no state: a bare rank or the President of the Republic. */
const unplacedHead = (o: Official): boolean => !!o.role_en && !!state(o) && (HEAD_RANK.test(o.role_en) || o.role_en === OF_THE_REPUBLIC);

/** Adds the state to every bare head-of-state rank where such heads of two states or more stand in the article. */
export function nameHeadsOfStateCountries(officials: Official[]): void {
  const heads = officials.filter(unplacedHead);
  if (new Set(heads.map(state)).size < 2) return;
  for (const o of heads) if (HEAD_RANK.test(o.role_en!)) o.role_en = `${o.role_en} of ${stateName(state(o)!)}`;
}
