import type { Delegation, DelegationMember, Official } from '../types';
import type { Context } from './context';
import { delegationMember } from './member';
import { sideAt, type Side } from './sides';

/** «برعاية الاتحاد الأفريقي»، «يرعاها الاتحاد الأفريقي»: the body that sponsors the talks. */
const SPONSORED = /^و?(?:برعايه|[يت]رعاها|[يت]رعاه)$/;
/** «ويقودها X» right after the sponsor: the talks' leader, of the sponsor's mediation. */
const LED_BY = /^و?[يت]قودها$/;
/** «فريق الوساطة»، «ويقود الوساطة»، «لجنة الوساطة»: the mediation team named as such. */
const TEAM = /^(?:و?فريق|و?لجنه|عضوا|عضو|عضوي|اعضاء|و?[يت]قود)$/;
const MEDIATION = /^(?:ال)?وساطه$/;
const DELEGATION_WORD = /^[وفل]?(?:ال)?(?:وفد|وفدا|وفدي)$/;

/** The body sponsoring the talks («برعاية الاتحاد الأفريقي») when it is an organisation, not a country. */
function sponsorAt(ctx: Context): { side: Side; at: number } | null {
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    if (!SPONSORED.test(ctx.norms[i]!)) continue;
    const found = sideAt(ctx, i + 1, null);
    if (!found || found.side.country || found.side.key === 'also') return null;
    const ar = found.side.ar || ctx.text.slice(ctx.tokens[i + 1]!.start, ctx.tokens[i + found.length]!.end);
    return { side: { ...found.side, ar }, at: i };
  }
  return null;
}

/**
 * «ويقود فريق الوساطة الأفريقية X، إلى جانب Y، وZ»، «… Y وZ، عضوا فريق الوساطة»، «يرعاها الاتحاد الأفريقي ويقودها
 * X»: in talks an organisation sponsors, those its mediation team names are its side, not the countries their titles
 * name (a former Nigerian president leading the African Union's mediation is the Union's). A sentence that also names a
 * delegation («وترأس وفد الحكومة …») is not the team's.
 */
export function mediationTeam(ctx: Context): { side: Side; people: Official[] } | null {
  const sponsor = sponsorAt(ctx);
  if (!sponsor) return null;
  const sentences = new Map<number, number>();
  for (let i = 1; i < ctx.tokens.length; i++) {
    if (MEDIATION.test(ctx.norms[i]!) && TEAM.test(ctx.norms[i - 1]!)) sentences.set(ctx.sentence[i]!, -1);
  }
  const sponsorSentence = ctx.sentence[sponsor.at]!;
  for (let i = sponsor.at + 1; i < ctx.tokens.length && ctx.sentence[i] === sponsorSentence; i++) {
    if (LED_BY.test(ctx.norms[i]!)) {
      if (!sentences.has(sponsorSentence)) sentences.set(sponsorSentence, i);
      break;
    }
  }
  if (!sentences.size) return null;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const from = sentences.get(ctx.sentence[i]!);
    if (from !== undefined && i > from && DELEGATION_WORD.test(ctx.norms[i]!)) sentences.delete(ctx.sentence[i]!);
  }
  const people: Official[] = [];
  for (const m of ctx.mentions) {
    const from = sentences.get(ctx.sentence[m.first]!);
    if (from === undefined || m.first < from || people.includes(m.official)) continue;
    people.push(m.official);
  }
  return people.length ? { side: sponsor.side, people } : null;
}

/** Moves the mediation team's people onto the sponsor's side (its first named heads it when it has no head). */
export function seatMediators(delegations: Delegation[], team: { side: Side; people: Official[] }): Delegation[] {
  const ids = new Set(team.people.map((o) => o.id));
  const kept = delegations
    .map((d) => ({ ...d, members: d.members.filter((m) => !m.official_id || !ids.has(m.official_id)) }))
    .filter((d) => d.members.length);
  let own = kept.find((d) => d.side_en === team.side.en);
  if (!own) {
    const named = delegations.find((d) => d.side_en === team.side.en)?.side_ar;
    own = { side_ar: named || team.side.ar || team.side.en, side_en: team.side.en, country: null, members: [] };
    kept.push(own);
  }
  const hasHead = own.members.some((m) => m.head);
  const moved: DelegationMember[] = team.people.map((o, n) => delegationMember(o, !hasHead && n === 0));
  own.members = hasHead ? [...own.members, ...moved] : [...moved, ...own.members];
  return kept;
}

/** «وترأس جلسات الوساطة X»، «الذي يترأسه X»، «وقاد جلسة الوساطة رئيسها X»: the verb or noun that makes X the mediation's head. */
const LEADS = /^و?(?:تراس|[يت]تراس|[يت]تراسه|[يت]تراسها|قاد|[يت]قود|[يت]قوده|[يت]قودها|رئيسها|رئيسه|رئيس)$/;
/** «بحضور Y»، «عضوا فريق الوساطة Y»: what opens the mediation's own people in its sentence. */
const ATTENDED = /^(?:ب|و?ب)?حضور$/;
/** «… إضافة إلى مبعوث …»، «بصفة مراقب»: what closes the mediation's people (an observer or a guest follows). */
const CLOSES = /^(?:و?اضافه|فضلا|بصفه|بينما|كما)$/;

/**
 * «وترأس جلسات الوساطة … توت قلواك، بحضور وزيرة الخارجية …»، «عضوا فريق الوساطة ضيو مطوك، وكوال ديم كوال»: in talks a
 * country mediates, those who attend its head's session or belong to its team sit on the head's side, not on the side
 * of the parties the talks are about (a South Sudanese minister on Sudan's side is what the member's title belies).
 */
export function countryMediators(ctx: Context, delegations: Delegation[]): Delegation[] {
  const mediationSentence = new Set<number>();
  for (let i = 0; i < ctx.tokens.length; i++) if (MEDIATION.test(ctx.norms[i]!)) mediationSentence.add(ctx.sentence[i]!);
  if (!mediationSentence.size) return delegations;
  const sideOf = (o: Official) => delegations.find((d) => d.members.some((m) => m.official_id === o.id));
  let head: Delegation | undefined;
  for (const m of ctx.mentions) {
    const s = ctx.sentence[m.first]!;
    if (!mediationSentence.has(s)) continue;
    let led = false;
    for (let i = ctx.sentenceStart[s]!; i < m.first; i++) if (LEADS.test(ctx.norms[i]!)) led = true;
    if (!led) continue;
    head = sideOf(m.official);
    if (head) break;
  }
  if (!head?.country) return delegations;
  const people: Official[] = [];
  for (const s of mediationSentence) {
    let open = false;
    for (let i = ctx.sentenceStart[s]!; i < ctx.sentenceEnd[s]!; i++) {
      const n = ctx.norms[i]!;
      if (ATTENDED.test(n) || (MEDIATION.test(n) && i > 0 && TEAM.test(ctx.norms[i - 2] ?? '') && /^(?:ال)?فريق$/.test(ctx.norms[i - 1]!))) open = true;
      else if (CLOSES.test(n)) open = false;
      const m = ctx.mentionAt[i];
      if (open && m && !people.includes(m.official)) people.push(m.official);
    }
  }
  const moved = people.filter((o) => {
    const d = sideOf(o);
    return d && d !== head && d.country && d.country !== head!.country;
  });
  if (!moved.length) return delegations;
  const ids = new Set(moved.map((o) => o.id));
  const carried = delegations.flatMap((d) => (d === head ? [] : d.members.filter((m) => m.official_id && ids.has(m.official_id))));
  return delegations
    .map((d) => (d === head ? { ...d, members: [...d.members, ...carried.map((m) => ({ ...m, head: false }))] } : { ...d, members: d.members.filter((m) => !m.official_id || !ids.has(m.official_id)) }))
    .filter((d) => d.members.length);
}
