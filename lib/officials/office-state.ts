/**
 * The state whose office a title names without naming the state: «وزيرة العمل», «المتحدث باسم الحكومة», «النائب» in a
 * story of Khartoum are Sudan's. The press names a foreign office by its state («وزير الخارجية الفرنسي», «سفير
 * الصين لدى …») or by an international body, so an office it leaves unplaced is of the article's home state, and its
 * holder's name is spelt as that state's press spells it (Lena El-Sheikh, Nassim Bernaoui, Abubakar Umar).
 */
import type { Role, Title } from './titles';

/**
 * A description of a person that is yet an office of a state: a candidate stands in his state's election, as its parties'
 * or opposition's («مرشح حزب العمال», «مرشحة المعارضة», «المرشح الرئاسي»).
 */
const STANDS_FOR_OFFICE = new Set(['Candidate']);

/** A role that places its holder in no state: no nationality, no accreditation, no foreign or international body. */
function unplacedRole(role: Role): boolean {
  if (role.nat || role.accreditedTo || role.tailCountry || role.head.place || role.head.country) return false;
  if (role.head.person && !STANDS_FOR_OFFICE.has(role.head.en)) return false;
  if (role.tailInsts?.some((i) => i.intl || !!i.nat || !!i.country)) return false;
  const c = role.complement;
  if (c?.kind === 'inst') return !c.inst.intl && !c.inst.nat && !c.inst.partner && !c.inst.country && (!c.inst.of || (!c.inst.of.intl && !c.inst.of.nat && !c.inst.of.country));
  if (c?.kind === 'role') return unplacedRole(c.role);
  if (c?.kind === 'portfolio') return !c.country && !c.owned;
  return !c;
}

/** The home state as the country of a title's office, where the title places it in no state of its own. */
export function officeState(title: Title | null | undefined, home: string | null): string | null {
  if (!home || !title || title.country || !title.roles.length) return null;
  return title.roles.every(unplacedRole) ? home : null;
}
