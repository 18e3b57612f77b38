import type { Official } from '../types';
import { sentenceBounds, type Context } from './context';
import type { ExplicitList } from './lists';
import { ALSO_PRESENT, type Side } from './sides';

/** «مطار»، «المطار»، «بمطار»: the airport the guest lands at. */
const AIRPORT = /^[وفبل]?(?:ال)?مطار$/;
/** «لدى وصوله»، «فور وصولهم»: the guest's arrival. */
const ARRIVAL = /^وصول(?:ه|ها|هم|هما)$/;

/**
 * «وكان في استقبال X لدى وصوله إلى مطار …، Y وZ»: those who met a guest on his arrival welcomed him; they did not sit at
 * the talks when the host's side there is listed in its own right («وحضر المباحثات من الجانب …»، «بحضور …»). Their
 * greeters are left out of the reception list then; alone, it is all the article tells of the host's side and stays.
 */
export function withoutArrivalGreeters(
  ctx: Context,
  lists: ExplicitList[],
  sideOf: (o: Official) => Side | null,
  principals: ReadonlySet<Official>,
): ExplicitList[] {
  const sideKey = (o: Official) => sideOf(o)?.key ?? null;
  return lists.map((l) => {
    if (!isArrivalReception(ctx, l)) return l;
    const greeterSides = new Set(l.members.map(sideKey).filter((k): k is string => !!k));
    // Greeters of no known country are the host's: of any side but the guest's.
    const guestSide = l.principal ? sideKey(l.principal) : null;
    const ofHost = (k: string | null) => !!k && k !== ALSO_PRESENT.key && (greeterSides.size ? greeterSides.has(k) : !!guestSide && k !== guestSide);
    const hostListed = lists.some((other) => other !== l && !other.reception && other.members.some((m) => !l.members.includes(m) && ofHost(sideKey(m))));
    // (The host who met his guest at the airport and then held the talks is a party all the same; the guest stays the
    // list's principal.)
    return hostListed ? { ...l, members: l.members.filter((m) => principals.has(m)) } : l;
  });
}

/** A reception («في استقباله»، not «في وداعه») told as the guest's arrival: an airport or «لدى وصوله» before its members. */
function isArrivalReception(ctx: Context, l: ExplicitList): boolean {
  if (!l.reception || !/استقبال/.test(ctx.norms[l.opener] ?? '')) return false;
  const [start] = sentenceBounds(ctx, l.opener);
  for (let k = start; k < l.first; k++) if (!ctx.quoted[k] && (AIRPORT.test(ctx.norms[k]!) || ARRIVAL.test(ctx.norms[k]!))) return true;
  return false;
}
