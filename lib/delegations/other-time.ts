import type { Delegation, Official } from '../types';
import { buildContext, type Context, type Mention } from './context';
import { normalize } from '../arabic/normalize';
import { lateMarkers, thenMarkers } from '../vocab/meetings';

/** How far before a name its own title may run («الرئيس الإيراني الراحل | X»). */
const TITLE_REACH = 4;

/**
 * «في عهد الرئيس الراحل إبراهيم رئيسي»، «برفقة وزير الخارجية آنذاك حسين أمير عبد اللهيان»: a mention that dates the
 * person to another time — one who has died, or an office he held then. The background of the news, not its meeting.
 */
export function mentionOfAnotherTime(ctx: Context, m: Mention): boolean {
  // «آنذاك» right before the name: the title before it is the one he held then.
  if (m.first > 0 && thenMarkers.has(ctx.norms[m.first - 1]!) && ctx.sentence[m.first - 1] === ctx.sentence[m.first]) return true;
  // «الراحل» inside the mention or among the few words of its title before it (not past a comma or the sentence).
  for (let k = m.last - 1; k >= Math.max(0, m.first - TITLE_REACH); k--) {
    if (k < m.first && (ctx.comma[k + 1] || ctx.sentence[k] !== ctx.sentence[m.first])) break;
    if (lateMarkers.has(ctx.norms[k]!)) return true;
  }
  return false;
}

/** One every mention of whom is dated to another time («الرئيس الراحل X»): at no meeting the article reports. */
export function onlyOfAnotherTime(ctx: Context, official: Official): boolean {
  const own = ctx.mentions.filter((m) => m.official === official);
  return own.length > 0 && own.every((m) => mentionOfAnotherTime(ctx, m));
}

/** «الرئيس الراحل»، «آنذاك» written at all: only then is the article read again for them. */
const MARKED = new RegExp([...lateMarkers, ...thenMarkers].join('|'));

/**
 * The delegations without those named only as of another time (the late, an office held then); a side left with no one
 * goes, and one whose head went is led by the next of its members.
 */
export function withoutOtherTimes(text: string, officials: Official[], delegations: Delegation[]): Delegation[] {
  if (!delegations.length || !MARKED.test(normalize(text))) return delegations;
  const ctx = buildContext(text, officials);
  const gone = new Set(officials.filter((o) => onlyOfAnotherTime(ctx, o)).map((o) => o.id));
  if (!gone.size) return delegations;
  return delegations.flatMap((d) => {
    const members = d.members.filter((x) => !(x.official_id && gone.has(x.official_id)));
    if (members.length === d.members.length) return [d];
    if (!members.length) return [];
    const led = members.some((x) => x.head) ? members : members.map((x, n) => ({ ...x, head: n === 0 }));
    return [{ ...d, members: led }];
  });
}
