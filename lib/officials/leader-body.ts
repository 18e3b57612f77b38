import { institutionNouns } from '../vocab/titles';

/**
 * A body noun in the construct that a leader's name may own: «حملة تينوبو», «حكومة نتنياهو», «إدارة بايدن». The name
 * after it is the owner's, and a holder's name may follow («المتحدث باسم حملة تينوبو فستوس كيامو»).
 */
export function leaderBodyNoun(norm: string): boolean {
  return !norm.startsWith('ال') && (/^(حمله|معسكر)$/.test(norm) || !!institutionNouns.get(norm));
}
