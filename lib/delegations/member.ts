/** One official as a member of a delegation. */

import type { DelegationMember, Official } from '../types';

/** The official `o` as a delegation's member, its head or not. */
export function delegationMember(o: Official, head: boolean): DelegationMember {
  return { official_id: o.id, name_ar: o.name_ar, name_en: o.name_en, role_en: o.role_en, role_ar: o.role_ar, head };
}
