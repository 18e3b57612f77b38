import type { Delegation, Official } from '../types';
import { assemble } from './assemble';
import { buildContext, isGenitiveReference, isIn, lookup, sentenceBounds, type Context } from './context';
import { bodyLists, bodyMeetings, bodySides, bodyVisit } from './institutions';
import { findLists, isAttendance, pluperfectSiteVisitBefore, TRAVEL, type ExplicitList } from './lists';
import { afterOtherMeeting, attendsOtherTimeMeeting, deniedAttendance, findMeetings, inClauseOfOtherMeeting, inSentenceOfOtherEvent, isAboutMeeting, isDatedElsewhere, isPluperfect, isSpokesperson, openingMeeting, verbAt, type Meeting } from './meetings';
import { ALSO_PRESENT, factionResolver, partitionOf, sideAt, sideResolver, type Partition, type Side } from './sides';
import { venueSide } from './venue';
import { withoutOtherTimes } from './other-time';
import { committeeSides } from './committee';
import { normalize } from '../arabic/normalize';
import { dispatchRanges, onlyRange } from './dispatches';
import { countryMediators, mediationTeam, seatMediators } from './mediators';
import { lightVerbs, meetingNouns, meetingVerbs } from '../vocab/meetings';
import { isWeekday } from '../vocab/speakers';

/**
 * The sides of the meeting an article reports and who sat on each: explicit lists, meeting verbs and
 * nouns, and each official's country. An article that is not about a meeting has no delegations.
 */
export function findDelegations(text: string, officials: Official[]): Delegation[] {
  if (!officials.length) return [];
  const dispatches = dispatchRanges(text);
  // (Those named only as of another time, «الرئيس الراحل X»، «وزير الخارجية آنذاك Y», sat at none of them.)
  const of = (t: string) => withoutOtherTimes(t, officials, delegationsOf(t, officials));
  if (dispatches.length > 1) return dispatches.flatMap((range) => of(onlyRange(text, range)));
  return of(text);
}

/** The delegations of one dispatch (the whole article, unless it is a bulletin of several). */
function delegationsOf(text: string, officials: Official[]): Delegation[] {
  // The opening decides whether the article is about a meeting: read only it first.
  const head = buildContext(opening(text), officials);
  const reading = readDispatch(text, officials, head);
  if (!reading) return [];
  const { ctx, sideLed } = reading;
  // «رعى X توقيع اتفاق بين الحكومة … والمجلس …، بحضور …»: a signing someone sponsors between one country's own parties
  // is no meeting of delegations.
  if (sponsoredSigning(ctx)) return [];
  // «… خلال مناقشتها مع وزير المالية Y»: a committee's meeting with the government told inside other news.
  if (!reading.aboutMeeting) return committeeSides(ctx) ?? [];
  const partition = partitionOf(ctx);
  const sideOf = sideResolver(ctx, partition);
  const { found, revived } = articleMeetings(ctx, head, partition, sideOf, sideLed);
  const { meetings, sameVisit } = keptMeetings(ctx, found, sideOf);
  const { principals, hosts } = meetingParties(ctx, meetings);
  const lists = findLists(ctx, partition, principals, hosts).filter((l) => listAtTheMeeting(ctx, l, found, meetings, [revived, sameVisit]));
  const later = found.filter((m) => !meetings.includes(m) && laterMeeting(ctx, m.cue));
  dropListsOfLaterMeetings(ctx, lists, later, meetings);
  for (const l of lists) l.afterMeeting = meetings.some((m) => m.cue < l.opener && ctx.sentence[m.cue] === ctx.sentence[l.opener]);
  // Those named only as the sender or addressee of a letter or greetings, or as a genitive, are never a side's stand-in.
  const present = officials.filter((o) => ctx.mentions.some((m) => m.official === o && !isGenitiveReference(ctx, m)));
  const tied = tiedToMeetings(ctx, meetings, lists, present, partiesOfOtherMeetings(ctx, found, meetings));
  const delegations = assemble({ meetings, lists, sideOf, factionOf: factionResolver(ctx, partition), officials: present, tied, venue: lazyVenue(ctx, meetings, officials, partition), fallbackSide: mostNamedCountry(ctx, partition), hosts });
  if (journeyNews(ctx, lists)) keepOnlyListed(ctx, delegations, lists, meetings);
  const seated = new Set(delegations.flatMap((d) => d.members.flatMap((x) => (x.official_id ? [x.official_id] : []))));
  const laterColumns = laterMeetingColumns(ctx, later, found, partition, principals, hosts, sideOf, present, seated);
  delegations.push(...laterColumns);
  const byBody = bodyDelegations(ctx, meetings, delegations, partition, lists, present, tied);
  if (byBody) return [...byBody, ...laterColumns];
  return settledSides(ctx, delegations, meetings, lists);
}

/** The dispatch read whole, whether it tells of a meeting, and whether its sides are told by who led each. */
interface DispatchReading {
  ctx: Context;
  aboutMeeting: boolean;
  sideLed: boolean;
}

/**
 * The dispatch read whole when its opening tells of a meeting, or its lists seat people on sides in their own words, or it
 * names a commission; null when none of these (no delegations).
 */
function readDispatch(text: string, officials: Official[], head: Context): DispatchReading | null {
  let aboutMeeting = isAboutMeeting(head);
  const sidePhrase = SIDE_PHRASE.test(text);
  const commission = /لجن[ةه]/.test(text);
  if (!aboutMeeting && !sidePhrase && !commission) return null;
  const ctx = buildContext(text, officials, head);
  // «افتتح X وY منتدى الأعمال …. وشارك من الجانب الإماراتي A وB. ومن الجانب الكيني، شارك C»: lists that seat people on
  // two sides in their own words tell of a meeting of delegations though the opening names none.
  // (So do a commission's sides told by who led and who made up each: «ترأس الجانب المصري X»، «وضم الوفد البيلاروسي …».)
  const sideLed = !aboutMeeting && !sidePhrase && commission && SIDE_LED.test(text);
  if (!aboutMeeting && (sidePhrase || sideLed)) aboutMeeting = listsOfTwoSides(ctx);
  return { ctx, aboutMeeting, sideLed };
}

/**
 * The meetings the clauses tell of, as the article's: a meeting of another time revived when it is the only one between
 * sides (the sentences revived are returned too), none when all are of another time, the opening's when no clause and no
 * list names anyone.
 */
function articleMeetings(ctx: Context, head: Context, partition: Partition, sideOf: (o: Official) => Side | null, sideLed: boolean): { found: Meeting[]; revived: Set<number> } {
  let found = findMeetings(ctx, partition);
  const revived = revivedSentences(ctx, found, sideOf, sideLed);
  // (Its sentence's meetings only: a session or a speech of one person named before it is no meeting between sides.)
  if (revived.size) found = found.filter((m) => revived.has(ctx.sentence[m.cue]!)).map((m) => ({ ...m, otherTime: false }));
  const ownLists = findLists(ctx, partition, new Set());
  // "وكان في استقباله … ومن المقرر أن يلتقي X غدا"، "بمشاركة A و B … ووفد حماس برئاسة X سيصل غدا": the lists tell of the
  // article's own meeting; a meeting still to come or long past is not it, even when no other meeting is named.
  // And with no list at all, meetings all of another time ("بعد لقاء جمعه بـX" before the news itself) are not the article's.
  if (found.length && found.every((m) => m.otherTime) && (!ownLists.length || ownLists.some((l) => ofOwnTime(ctx, l, [revived])))) found = [];
  // No clause names the parties and no list names anyone: those named with the opening's meeting word met.
  if (!found.length && !ownLists.length) found = [openingMeeting(head)].filter((m): m is Meeting => !!m);
  return { found, revived };
}

/**
 * "وكان رئيس الوزراء X قد استقبل، الأربعاء، … وفدا من حكومة الإقليم برئاسة Y": an article about something else (a vote,
 * a law) that tells, in the pluperfect, of a meeting between sides a few days before (a weekday, «أمس»), and of no other
 * one: that meeting is the article's. The sentences of such meetings.
 */
function revivedSentences(ctx: Context, found: readonly Meeting[], sideOf: (o: Official) => Side | null, sideLed: boolean): Set<number> {
  const revived = new Set<number>();
  // (Not in a commission told by who led each side: those leading sentences are its meeting.)
  if (sideLed || found.some((m) => !m.otherTime && ofTwoParties(m)) || sidesLedApart(found, sideOf)) return revived;
  for (const m of found) if (m.otherTime && ofTwoParties(m) && isPluperfect(ctx, m.cue) && recentDay(ctx, m.cue)) revived.add(ctx.sentence[m.cue]!);
  return revived;
}

/** A meeting whose parties are two people or sides at least. */
function ofTwoParties(m: Meeting): boolean {
  return new Set(m.parties.map((p) => p.official?.id ?? p.side?.key)).size >= 2;
}

/** The meetings kept as the article's (those connected, then those of the same visit) and the latter's sentences. */
function keptMeetings(ctx: Context, found: Meeting[], sideOf: (o: Official) => Side | null): { meetings: Meeting[]; sameVisit: Set<number> } {
  const meetings = connected(found, sideOf, ctx);
  const sameVisit = new Set<number>();
  for (const m of sameVisitMeetings(ctx, found, meetings)) {
    meetings.push(m);
    sameVisit.add(ctx.sentence[m.cue]!);
  }
  return { meetings, sameVisit };
}

/** The officials who are parties of the kept meetings, and those of them who host (a receiving verb's subjects). */
function meetingParties(ctx: Context, meetings: readonly Meeting[]): { principals: Set<Official>; hosts: Set<Official> } {
  const principals = new Set(meetings.flatMap((m) => m.parties.map((p) => p.official).filter((o): o is Official => !!o)));
  const hosts = new Set(meetings.filter((m) => verbAt(ctx, m.cue) === 'host').flatMap((m) => m.parties.filter((p) => p.role === 'subject' && p.official).map((p) => p.official!)));
  return { principals, hosts };
}

/**
 * A list opener in a sentence told in the pluperfect («وكان … قد»), not one of the sentences kept as the article's own
 * meeting (`own`: those revived, those of the same visit).
 */
function toldEarlier(ctx: Context, opener: number, own: readonly ReadonlySet<number>[]): boolean {
  return isPluperfect(ctx, opener) && !own.some((s) => s.has(ctx.sentence[opener]!));
}

/** A list of the article's own time: a reception, a delegation's or a party's, or those present not told earlier. */
function ofOwnTime(ctx: Context, l: ExplicitList, own: readonly ReadonlySet<number>[]): boolean {
  return l.reception || !isAttendance(l.kind) || !toldEarlier(ctx, l.opener, own);
}

/**
 * A list of those at the article's meeting. "وكان الزعماء قد عقدوا قمة مماثلة في مارس الماضي، بحضور X": those present, in
 * a sentence told in the pluperfect, were present at another time. (Not those who welcomed a guest on arrival, "وكان X
 * قد وصل …، حيث كان في استقباله …", nor those who travel with him.)
 */
function listAtTheMeeting(ctx: Context, l: ExplicitList, found: Meeting[], meetings: Meeting[], own: readonly ReadonlySet<number>[]): boolean {
  if (!ofOwnTime(ctx, l, own)) return false;
  if (l.kind === 'accompany' && pluperfectSiteVisitBefore(ctx, l.opener)) return false;
  if (inClauseOfOtherMeeting(ctx, l.opener)) return false;
  if (isAttendance(l.kind) && !l.reception && attendsOtherTimeMeeting(ctx, l.opener)) return false;
  // «ويذكر أن مؤتمر … الذي عقد في باريس برعاية الرئيس X»: a sponsor named in an aside sponsored another event.
  if (l.mediation === 'by' && asideSentence(ctx, l.opener)) return false;
  if (inSentenceOfOtherEvent(ctx, l.opener)) return false;
  return !(isAttendance(l.kind) && (sideEventOnSidelines(ctx, l.opener) || afterOtherMeeting(ctx, l.opener) || takingPartThere(ctx, l.opener) || inMeetingLeftOut(ctx, found, meetings, l.opener) || deniedAttendance(ctx, l.opener) || observers(ctx, l)));
}

/**
 * "وفي وقت لاحق، استقبل X الوفد، بحضور Y"، "… وحضر اللقاء Z": those present after a later meeting left out (and before
 * any kept one told after it) attended that one; their lists leave.
 */
function dropListsOfLaterMeetings(ctx: Context, lists: ExplicitList[], later: readonly Meeting[], meetings: readonly Meeting[]): void {
  if (!later.length) return;
  const atLater = (opener: number) =>
    later.some((m) => m.cue < opener && !meetings.some((k) => k.cue < opener && ctx.sentence[k.cue]! > ctx.sentence[m.cue]!));
  for (let n = lists.length - 1; n >= 0; n--) if (isAttendance(lists[n]!.kind) && !lists[n]!.reception && atLater(lists[n]!.opener)) lists.splice(n, 1);
}

/** The venue's side, read the first time it is asked for. */
function lazyVenue(ctx: Context, meetings: Meeting[], officials: Official[], partition: Partition): () => Side | null {
  let venue: Side | null | undefined;
  return () => (venue === undefined ? (venue = venueSide(ctx, meetings, officials, partition)) : venue);
}

/**
 * "استقبل وزير … وفدا عن بلدية …": one country's institutions meet; each is a side.
 * «زار وفد من لجنة … النيابية برئاسة X وزارة …، حيث كان في استقباله الوزير Y»: a body's delegation visits another body
 * of its country (when the sides found are not already two countries or organisations). The bodies' delegations when
 * both bodies have one; else null.
 */
function bodyDelegations(ctx: Context, meetings: Meeting[], delegations: Delegation[], partition: Partition, lists: ExplicitList[], present: Official[], tied: Set<Official>): Delegation[] | null {
  const bodies = bodySides(ctx, meetings, delegations, partition) ?? (oneSideAtMost(delegations) ? bodyVisit(ctx, partition) : null);
  if (!bodies) return null;
  // A body's receiving verb that named no one received is still the meeting: its two heads are its parties.
  const own = meetings.some((m) => m.cue === bodies.cue)
    ? []
    : [{ cue: bodies.cue, sameMeeting: false, leads: false, parties: [bodies.hostHead, bodies.guestHead].flatMap((o, n) => (o ? [{ official: o, side: n ? bodies.guest : bodies.host, role: n ? ('object' as const) : ('subject' as const) }] : [])) }];
  const byBody = assemble({ meetings: [...own, ...bodyMeetings(meetings, bodies)], lists: bodyLists(ctx, lists, bodies), sideOf: bodies.sideOf, factionOf: () => null, officials: present, tied, venue: () => null, fallbackSide: () => null });
  const keys = new Set(byBody.map((d) => d.side_en));
  return keys.has(bodies.host.en) && keys.has(bodies.guest.en) ? byBody : null;
}

/** The delegations as sides of a meeting: a committee's with the government, mediators seated, or none (one country's event). */
function settledSides(ctx: Context, delegations: Delegation[], meetings: Meeting[], lists: ExplicitList[]): Delegation[] {
  // «ناقشت لجنة الخطة والموازنة بمجلس النواب، برئاسة X، مع الدكتورة Y وزيرة التخطيط …»: a committee's meeting with the
  // government that the meeting path reads as one country's side and an 'Also present' group is the committee's.
  if (delegations.filter((d) => d.side_en !== ALSO_PRESENT.en).length <= 1) {
    const committee = committeeSides(ctx);
    if (committee) return committee;
  }
  if (betweenSides(delegations, meetings, lists)) {
    const team = mediationTeam(ctx);
    return team ? seatMediators(delegations, team) : countryMediators(ctx, delegations);
  }
  // «ناقشت اللجنة المالية في مجلس النواب … مع وزير المالية Y»: a parliament committee and the government are the sides.
  return committeeSides(ctx) ?? [];
}

/**
 * «رئيس كولومبيا يغادر الدولة»، «الرئيس الكيني يصل إلى الرياض للمشاركة في القمة»: an article whose title tells of an arrival
 * or a departure and no meeting, told by its reception lists («وكان في وداعه …») and no list of those present at talks. Its
 * news is the welcome or the send-off: the leader the visitor met during the visit («بحث خلالها مع X»، «وكان X قد استقبل
 * … أمس»), is to meet («فيما يلتقي X») or whose summit he attends («القمة التي يرأسها X») was not at it.
 */
function journeyNews(ctx: Context, lists: ExplicitList[]): boolean {
  const titleEnd = ctx.text.search(/\n/);
  if (titleEnd < 0) return false;
  let travel = false;
  for (let i = 0; i < ctx.tokens.length && ctx.tokens[i]!.start < titleEnd; i++) {
    // («السيسي يصل سنغافورة … ويعقد قمة مع …»: a title that names talks too tells of them.)
    // («منصور بن زايد يودع الرئيس الكولومبي»: a send-off in the title, by one named there, is the journey's news too;
    // «وزير الخارجية يودع نظيره» by a title alone may be by the one the guest met.)
    if (TRAVEL.test(ctx.norms[i]!) || (SEND_OFF.test(ctx.norms[i]!) && namedBefore(ctx, i))) travel = true;
    else if (verbAt(ctx, i) || lightVerbs.has(ctx.norms[i]!.replace(/^[وف]/, ''))) return false;
  }
  // (Those who signed the visit's agreements, «وقعها عن الجانب الكولومبي Y», are no list of those present at talks.)
  return travel && lists.some((l) => l.reception && l.members.length > 0) && !lists.some((l) => l.kind === 'attend' && !l.reception && l.members.length > 0);
}
/**
 * «وفي تيرانا، حيث كان يشارك في قمة المجموعة السياسية الأوروبية، قال الرئيس X»، «قادما من بروكسل، حيث شارك في قمة
 * الحلف»: one taking part, «حيث», in the place named just before, was at another event there.
 */
function takingPartThere(ctx: Context, opener: number): boolean {
  if (!TAKING_PART.test(ctx.norms[opener]!)) return false;
  const k = /^(?:كان|كانت)$/.test(ctx.norms[opener - 1] ?? '') ? opener - 2 : opener - 1;
  return k >= 0 && ctx.norms[k] === 'حيث' && !ctx.coveredBy[k] && !ctx.quoted[k] && ctx.sentence[k] === ctx.sentence[opener];
}
const TAKING_PART = /^[يت]?شارك(?:ت|ا|وا)?$/;

/** One named by a word of his own name (not only by his title) among the first i tokens. */
function namedBefore(ctx: Context, i: number): boolean {
  for (let k = 0; k < i; k++) {
    const m = ctx.mentionAt[k];
    if (m && normalize(m.official.name_ar).split(/\s+/).includes(ctx.norms[k]!)) return true;
  }
  return false;
}

/** «يودع»، «ودع»: seeing a guest off. */
const SEND_OFF = /^[وف]?(?:ودع|ودعت|يودع|تودع)$/;

/**
 * Those named in no list of the article, nor welcomed by one, leave their sides; the traveller (a party of the verb of
 * arriving or leaving) stays. A side that loses its head is led by the first one its list names.
 */
function keepOnlyListed(ctx: Context, delegations: Delegation[], lists: ExplicitList[], meetings: Meeting[]): void {
  // (The one who sees the traveller off, and the traveller, are the send-off's parties.)
  const travellers = meetings.filter((m) => TRAVEL.test(ctx.norms[m.cue]!) || SEND_OFF.test(ctx.norms[m.cue]!)).flatMap((m) => m.parties.flatMap((p) => (p.official ? [p.official] : [])));
  const listed = new Set([...lists.flatMap((l) => [...l.members, ...(l.principal ? [l.principal] : [])]), ...travellers].map((o) => o.id));
  for (const d of delegations) {
    const led = d.members.some((m) => m.head);
    d.members = d.members.filter((m) => !m.official_id || listed.has(m.official_id));
    if (led && d.members.length && !d.members.some((m) => m.head)) d.members[0] = { ...d.members[0]!, head: true };
  }
  for (let n = delegations.length - 1; n >= 0; n--) if (!delegations[n]!.members.length) delegations.splice(n, 1);
}

/**
 * «وترأس الجانب الكويتي في أعمال اللجنة X فيما ترأس الجانب الإثيوبي Y»: a session told by who led each side, one clause
 * per side, is a meeting between two sides though no one clause names both; an earlier meeting told after it in the
 * pluperfect («وكان ولي العهد قد استقبل الوزير الإثيوبي أمس») does not take its place.
 */
function sidesLedApart(found: readonly Meeting[], sideOf: (o: Official) => Side | null): boolean {
  const led = new Set<string>();
  for (const m of found) {
    if (m.otherTime || !m.leads) continue;
    for (const p of m.parties) {
      const key = p.side?.key ?? (p.official ? sideOf(p.official)?.key : undefined);
      if (key) led.add(key);
    }
  }
  return led.size >= 2;
}

/** «من الجانب X»، «عن الجانب X»: a side named in a list's own words. */
const SIDE_PHRASE = /[مع]ن الجانب/;
/**
 * «ترأس الجانب المصري X، فيما ترأس الجانب البيلاروسي Y»، «وضم الوفد المصري …»: the sides of a joint commission's session,
 * whose opening names no meeting («انطلقت أعمال الدورة … للجنة المشتركة»), told by who led and who made up each.
 */
const SIDE_LED = /(?:رأ?س|رأ?ست|ضم|ضمت) (?:ال)?(?:جانب|وفد) ?ال/;

function listsOfTwoSides(ctx: Context): boolean {
  const sides = new Set(findLists(ctx, partitionOf(ctx), new Set()).flatMap((l) => (l.side && l.members.length ? [l.side.key] : [])));
  return sides.size >= 2;
}

/** The sides found are one country's (or one side) at most: not two countries or organisations. */
function oneSideAtMost(delegations: Delegation[]): boolean {
  return new Set(delegations.filter((d) => d.side_en !== ALSO_PRESENT.en).map((d) => d.country ?? d.side_en)).size <= 1;
}

/**
 * A meeting has two sides, or one side travelling as a delegation ("الوفد المرافق", "يرافقه"). One country's
 * officials listed at an event ("بحضور …") are not delegations.
 */
function betweenSides(delegations: Delegation[], meetings: Meeting[], lists: ReturnType<typeof findLists>): boolean {
  const sides = delegations.filter((d) => d.country !== null || d.side_en !== ALSO_PRESENT.en);
  if (sides.length >= 2) return true;
  if (lists.some((l) => !isAttendance(l.kind))) return sides.length === 1;
  // "استقبل رئيس الجمهورية X رئيس الحكومة Y": two officials of the one country, on its one side, are no delegations.
  const only = sides[0];
  const onOnlySide = (p: Meeting['parties'][number]) => !!p.official && !!only?.members.some((x) => x.official_id === p.official!.id);
  return meetings.some((m) => new Set(m.parties.map((p) => p.side?.key ?? p.official?.id)).size >= 2 && !(only?.country && m.parties.every(onOnlySide))) && sides.length === 1;
}

/**
 * "وفي الرياض، التقت فصائل المعارضة في اليوم ذاته، في اجتماع …، بحضور X": those present at a meeting the article tells of
 * beside its own (the sentence's meeting, not among the article's) attended that one.
 */
function inMeetingLeftOut(ctx: Context, found: Meeting[], kept: Meeting[], opener: number): boolean {
  const before = found.filter((m) => m.cue < opener && ctx.sentence[m.cue] === ctx.sentence[opener]).pop();
  return !!before && !kept.includes(before);
}

/**
 * «رعى رئيس الوزراء X توقيع اتفاقية بين الحكومة وشركة …»، «برعاية X، جرى توقيع اتفاق بين الحكومة والمجلس …»: the article's
 * news is a signing a leader sponsors (the sponsor word opens it, before any meeting verb), and the parties after «بين»
 * are not two countries or organisations. The article tells of no other meeting (no one receives, meets or holds talks).
 */
function sponsoredSigning(ctx: Context): boolean {
  const sponsors: number[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.quoted[i]) continue;
    const kind = verbAt(ctx, i);
    if (kind && kind !== 'sign' && kind !== 'witness') return false;
    // (A signing told before any sponsor word is the news itself.)
    if (kind === 'sign' && !sponsors.length) return false;
    if (SPONSOR.test(ctx.norms[i]!)) sponsors.push(i);
  }
  // (The title's «يرعى توقيع اتفاق مع …» may name no «بين»: the lead's sentence does.)
  return sponsors.some((sponsor) => {
    const [, end] = sentenceBounds(ctx, sponsor);
    let signing = -1;
    for (let k = sponsor + 1; k < Math.min(end, sponsor + 14) && signing < 0; k++) if (/^(?:ل|ب|و)?(?:ال)?توقيع$/.test(ctx.norms[k]!) || verbAt(ctx, k) === 'sign') signing = k;
    if (signing < 0) return false;
    let between = -1;
    for (let k = signing + 1; k < Math.min(end, signing + 8) && between < 0; k++) if (ctx.norms[k] === 'بين') between = k;
    if (between < 0) return false;
    // The parties run to the comma before «بحضور» (or the sentence's end).
    const sides = new Set<string>();
    for (let k = between + 1; k < end && !(k > between + 1 && ctx.comma[k]); k++) {
      const s = sideAt(ctx, k, null);
      if (s) {
        sides.add(s.side.key);
        k += s.length - 1;
      }
    }
    return sides.size < 2;
  });
}
const SPONSOR = /^(?:و|ف)?(?:رعي|يرعي|ترعي|رعت|رعيا|برعايه|رعايه)$/;

/**
 * «وكان رئيس الوزراء قد استقبل في مكتبه … القصبي، بحضور …»، «حيث التقى وفدا من جماعة الحوثي برئاسة Y، بحضور …»: the
 * article's meeting told again in the pluperfect, between the same people or sides (a side named before without its head
 * may get it), not dated long before: its parties and those present at it are members of the sides. A meeting of the
 * visit with someone new («وكان الضيف قد التقى أمس وزير …») stays out: the press names it in passing.
 */
function sameVisitMeetings(ctx: Context, found: Meeting[], kept: Meeting[]): Meeting[] {
  const people = new Set(kept.flatMap((m) => m.parties.flatMap((p) => (p.official ? [p.official] : []))));
  const sides = new Set(kept.flatMap((m) => m.parties.flatMap((p) => (p.side ? [p.side.key] : []))));
  return found.filter((m) => {
    if (!m.otherTime || kept.includes(m) || m.reported || !isPluperfect(ctx, m.cue) || isDatedElsewhere(ctx, m.cue)) return false;
    const ofKept = (p: Meeting['parties'][number]) => (p.official && people.has(p.official)) || (!!p.side && sides.has(p.side.key) && (!p.official || m.leads));
    if (m.parties.length > 0 && m.parties.every(ofKept) && !datedLongBefore(ctx, m.cue)) return true;
    // «وكان X قد وصل إلى مسقط، حيث استقبله السلطان Y، قبل أن يلتقي وفدا …»: the host who received the visitor in the
    // sentence that tells of the article's talks hosted them (a third side, the host's).
    return hostOfSameSentence(ctx, m, people);
  });
}

/** A host's reception of a kept meeting's visitor, told before his talks in the same sentence. */
function hostOfSameSentence(ctx: Context, m: Meeting, people: Set<Official>): boolean {
  if (verbAt(ctx, m.cue) !== 'host' || m.parties.length !== 2 || datedLongBefore(ctx, m.cue)) return false;
  // The visitor's talks follow in the sentence: «… قبل أن يلتقي …»، «ثم التقى …».
  const [, end] = sentenceBounds(ctx, m.cue);
  let talks = false;
  for (let k = m.cue + 1; k < end && !talks; k++) talks = verbAt(ctx, k) === 'meet';
  if (!talks) return false;
  const host = m.parties.find((p) => p.role === 'subject')?.official;
  const guest = m.parties.find((p) => p.role === 'object')?.official;
  return !!host && !!guest && people.has(guest) && !people.has(host);
}

/** The sentence of token i is dated long before the news: a year, a month, «الماضي»، «قبل أسبوعين»، «منذ أشهر». */
function datedLongBefore(ctx: Context, i: number): boolean {
  const [start, end] = sentenceBounds(ctx, i);
  for (let k = start; k < end; k++) {
    const n = ctx.norms[k]!.replace(/^[وب]/, '');
    if (/^\d{4}$/.test(n) || MONTHS.test(n) || n === 'الماضي' || n === 'الماضيه') return true;
    if (/^(?:قبل|منذ)$/.test(n) && DURATION.test(ctx.norms[k + 1] ?? '')) return true;
  }
  return false;
}
const DURATION = /^(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين|سنوات)$/;

/** A weekday or «أمس» in the sentence of token i, before any month or year: a few days before the news. */
function recentDay(ctx: Context, i: number): boolean {
  const [start, end] = sentenceBounds(ctx, i);
  let day = false;
  for (let k = start; k < end; k++) {
    const n = ctx.norms[k]!.replace(/^[وب]/, '');
    if (isWeekday(n)) day = true;
    else if (n === 'امس' || n === 'اليوم') day = true;
    else if (/^\d{4}$/.test(n) || MONTHS.test(n) || n === 'الماضي' || n === 'الماضيه') return false;
  }
  return day;
}
const MONTHS = /^(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|شهر)$/;

/** The title and first paragraphs, where a meeting article names its meeting; cut between words. */
function opening(text: string): string {
  // The title and two paragraphs after it; a short line (a dateline, a date) does not count as one.
  const breaks = /\n+/g;
  let end = text.length;
  let last = 0;
  for (let p = 0; p < 3; ) {
    const m = breaks.exec(text);
    if (!m) break;
    const line = text.slice(last, m.index).trim();
    last = m.index + m[0].length;
    if (p && line.split(/\s+/).length < FURNITURE_WORDS) continue;
    if (p === 2) end = m.index;
    p++;
  }
  // (Counted from the first word: a bulletin's later dispatch comes with the ones before it blanked to spaces.)
  const limit = Math.max(0, text.search(/\S/)) + OPENING_CHARS;
  if (end <= limit) return text.slice(0, end);
  const space = text.lastIndexOf(' ', limit);
  return text.slice(0, space > 0 ? space : limit);
}

const OPENING_CHARS = 2000;
/** As in meetings.ts: a line after the title with fewer words is furniture. */
const FURNITURE_WORDS = 5;

/**
 * The article's meeting and those linked to it: the first meeting, the ones that refer back to it
 * ("الاجتماع", "هذا اللقاء"), and the ones sharing a participant. A passing mention of another meeting is left out.
 */
function connected(meetings: Meeting[], sideOf: (o: Official) => Side | null, ctx: Context): Meeting[] {
  if (!meetings.length) return [];
  const people = new Set<Official>();
  const sides = new Set<string>();
  const keep: Meeting[] = [];
  const sideKey = (p: Meeting['parties'][number]) => p.side?.key ?? (p.official ? sideOf(p.official)?.key : undefined);
  const add = (m: Meeting) => {
    keep.push(m);
    for (const p of m.parties) {
      if (p.official) people.add(p.official);
      const k = sideKey(p);
      if (k) sides.add(k);
    }
  };
  // The anchor: the first meeting of the article's own time, else the first named.
  const anchor = meetings.find((m) => !m.otherTime) ?? meetings[0]!;
  add(anchor);
  // "رئيس الوفد الكوري الشمالي X": a side whose delegation has a named head at the article's meeting. Someone else of that
  // side in a meeting that shares nobody with it ("القمة بين كيم وترامب") was at another meeting.
  const ledBy = new Map<string, Official>();
  for (const m of meetings) {
    if (m.otherTime || !m.leads) continue;
    for (const p of m.parties) {
      const k = sideKey(p);
      if (k && p.official && !ledBy.has(k)) ledBy.set(k, p.official);
    }
  }
  const heads = new Set(ledBy.values());
  // (Not a signing: "ووقع الاتفاقية عن الجانب المغربي وزير الفلاحة X، وعن الجانب الموريتاني Y" at the leaders' meeting.)
  const elsewhere = (m: Meeting) =>
    !m.leads &&
    !m.signing &&
    !m.parties.some((p) => p.official && people.has(p.official)) &&
    m.parties.some((p) => p.official && !people.has(p.official) && !heads.has(p.official) && ledBy.has(sideKey(p) ?? '-') && ledBy.get(sideKey(p)!) !== p.official);
  // "حيث أكد أردوغان أنه بحث الملف مع بوتين": a meeting someone tells of, with a side new to the article's meeting, is
  // another one. (One between other people of the same sides may be a side meeting of the same visit.)
  const toldOfAnother = (m: Meeting) => m.reported && !m.sameMeeting && !m.leads && m.parties.some((p) => !sides.has(sideKey(p) ?? '-'));
  const ofOtherNews = new Set<Official>();
  for (const m of meetings) {
    if (m === anchor || m.otherTime || elsewhere(m) || toldOfAnother(m)) continue;
    // "وفي وقت لاحق، استقبل رئيس مجلس النواب X وفد الجامعة برئاسة Y"، "وبعد ذلك التقت Y رئيس الوزراء Z": a later meeting of
    // the visit, with someone new to the article's meeting, is another meeting; the new one is no member of its sides.
    // («وعلى هامش الحوار، عقد X لقاء ثنائيا مع رئيس الوزراء Y»: so is a meeting on the sidelines of the article's event.)
    // («عقد وزراء الدفاع اجتماعا منفصلا»، «وفي لقاء آخر، التقى …»: and so is a meeting called separate or another.)
    if (!m.sameMeeting && !m.signing && (laterMeeting(ctx, m.cue) || onSidelines(ctx, m.cue) || separateMeeting(ctx, m.cue)) && m.parties.some((p) => p.official && !people.has(p.official))) continue;
    // «وفي سياق متصل، أجرى وزير الخارجية X اتصالا هاتفيا مع نظيره Y»، «من جهة أخرى، التقى …»: a sentence that turns to other
    // news tells of another meeting; when no one of it was at the article's meeting, its people are no members of its sides.
    // (Not one with someone already at the article's meeting: «من جهة أخرى أجرى وزير الخارجية X، الذي استقبل السفير،
    // مباحثات مع نظيره Y» is more of the same news.)
    if (turnsToOtherNews(ctx, m.cue) && m.parties.some((p) => p.official) && m.parties.every((p) => !p.official || !people.has(p.official))) {
      for (const p of m.parties) if (p.official && !people.has(p.official)) ofOtherNews.add(p.official);
      continue;
    }
    // («وأكد Y خلال الاتصال …» after it: "the call" is that other one, when only its new people are named.)
    if (m.sameMeeting && m.parties.some((p) => p.official) && m.parties.every((p) => !p.official || ofOtherNews.has(p.official))) continue;
    // «يذكر أن الوزير الضيف التقى في وقت سابق اليوم وزير التجارة Y»: an earlier meeting of the same day, told after the
    // article's, with someone new of a side already at it or of none known (the host's other minister), is another meeting
    // of the visit. (One with a new side that opens its sentence «كما التقى …» is a further meeting: meetings.ts.)
    if (!m.sameMeeting && earlierTheSameDay(ctx, m.cue) && m.parties.some((p) => p.official && !people.has(p.official) && (!sideKey(p) || sides.has(sideKey(p)!)))) continue;
    if (m.sameMeeting || m.leads || m.parties.some((p) => (p.official && people.has(p.official)) || sides.has(sideKey(p) ?? '-'))) add(m);
  }
  return keep;
}

/** The country the article names most often, among those not yet a side (for a participant of unknown country). */
function mostNamedCountry(ctx: Context, partition: { north: string; south: string } | null): (taken: ReadonlySet<string>) => Side | null {
  let counts: { side: Side; n: number }[] | null = null;
  return (taken) => {
    if (!counts) {
      const byKey = new Map<string, { side: Side; n: number }>();
      for (let i = 0; i < ctx.tokens.length; i++) {
        if (ctx.coveredBy[i]) continue;
        const m = sideAt(ctx, i, partition);
        if (!m || !m.side.country) continue;
        const c = byKey.get(m.side.key) ?? { side: m.side, n: 0 };
        c.n++;
        byKey.set(m.side.key, c);
        i += m.length - 1;
      }
      counts = [...byKey.values()].sort((a, b) => b.n - a.n);
    }
    // Only a clear winner: named at least three times and twice as often as any other.
    const [best, second] = counts.filter((c) => !taken.has(c.side.key));
    return best && best.n >= 3 && best.n >= 2 * (second?.n ?? 0) ? best.side : null;
  };
}

/**
 * «وفي وقت لاحق، استقبل رئيس مجلس النواب X وفد الجامعة برئاسة Y، بحضور Z»: a later meeting of the visit, left out of the
 * article's meeting because it has someone new, has columns of its own (its parties and those present at it), beside
 * the first meeting's. Only a meeting between two sides or more gives columns.
 */
function laterMeetingColumns(
  ctx: Context,
  later: Meeting[],
  found: Meeting[],
  partition: ReturnType<typeof partitionOf>,
  principals: ReadonlySet<Official>,
  hosts: ReadonlySet<Official>,
  sideOf: (o: Official) => Side | null,
  present: Official[],
  seated: ReadonlySet<string>,
): Delegation[] {
  // (Its parties named in its own sentence: a host read from a title alone, «استقبل سمو ولي العهد …», may be another holder.)
  // (A mention made of his title's words only, «الشيخ», names no one.)
  const byName = (x: Context['mentions'][number]) => {
    const title = new Set(normalize(x.official.role_ar ?? '').split(' '));
    return ctx.norms.slice(x.first, x.last).some((w) => !title.has(w));
  };
  const namedIn = (m: Meeting, o: Official) => ctx.mentions.some((x) => x.official === o && ctx.sentence[x.first] === ctx.sentence[m.cue] && byName(x));
  const own = later.filter((m) => !m.otherTime && !m.reported && m.parties.length >= 2 && m.parties.every((p) => !p.official || namedIn(m, p.official)));
  if (!own.length) return [];
  const withParties = new Set([...principals, ...own.flatMap((m) => m.parties.map((p) => p.official).filter((o): o is Official => !!o))]);
  const lists = findLists(ctx, partition, withParties, hosts).filter((l) => isAttendance(l.kind) && !l.reception);
  return own.flatMap((m) => {
    // Those present in the meeting's sentence or the next, with no other meeting told between.
    const next = found.filter((f) => f.cue > m.cue && ctx.sentence[f.cue] !== ctx.sentence[m.cue]).map((f) => f.cue);
    const until = Math.min(...next, Infinity);
    const mine = lists.filter((l) => l.opener > m.cue && l.opener < until && ctx.sentence[l.opener]! - ctx.sentence[m.cue]! <= 1);
    // (Someone present at it who sat at no meeting before: a courtesy call on the guest in the hosts' company adds no sides.)
    if (!mine.some((l) => l.members.some((o) => !seated.has(o.id)))) return [];
    // (A later meeting's own column: any official present may stand for a side it names, as before.)
    const columns = assemble({ meetings: [m], lists: mine, sideOf, factionOf: () => null, officials: present, tied: new Set(present), venue: () => null, fallbackSide: () => null });
    return columns.filter((d) => d.side_en !== ALSO_PRESENT.en).length >= 2 ? columns : [];
  });
}

/**
 * «وفي وقت لاحق، استقبل …»، «وبعد ذلك التقى …»، «ثم اجتمع …»: a meeting the sentence opens as coming after the one before.
 * «واستقبل X بعد ذلك وزير المال Y»: or whose clause says so right after its verb and subject.
 */
function laterMeeting(ctx: Context, cue: number): boolean {
  const [start, end] = sentenceBounds(ctx, cue);
  const laterAt = (k: number) => {
    const n = ctx.norms[k]!;
    if (ctx.quoted[k]) return false;
    if (/^و?(?:لاحقا|ثم)$/.test(n)) return true;
    if (n === 'وقت' && ctx.norms[k + 1] === 'لاحق') return true;
    return /^و?(?:بعد|عقب)$/.test(n) && /^(?:ذلك|ذالك)$/.test(ctx.norms[k + 1] ?? '');
  };
  if (cue - start <= 6) for (let k = start; k < cue; k++) if (laterAt(k)) return true;
  // (The subject may come between: a name of a few words, no comma before the adverb.)
  if (cue - start > 1) return false;
  for (let k = cue + 1; k < Math.min(end, cue + LATER_AFTER_VERB_REACH) && !ctx.comma[k]; k++) if (laterAt(k)) return true;
  return false;
}
const LATER_AFTER_VERB_REACH = 6;

/**
 * «وعقد X بدوره لقاء منفصلا مع Y»، «واستقبل Z بعد ذلك الوزير W»: the parties of a meeting left out of the article's as a
 * later, sideline or separate one.
 */
function partiesOfOtherMeetings(ctx: Context, found: readonly Meeting[], kept: readonly Meeting[]): Set<Official> {
  const apart = found.filter((m) => !kept.includes(m) && !m.otherTime && (laterMeeting(ctx, m.cue) || onSidelines(ctx, m.cue) || separateMeeting(ctx, m.cue)));
  return new Set(apart.flatMap((m) => m.parties.flatMap((p) => (p.official ? [p.official] : []))));
}

/**
 * «ويحضر المحادثات بصفة مراقب المبعوث الأميركي X»، «ويشارك فيها كمراقبين ممثلو …»: those who attend as observers, the word
 * said between the opener and the first of them, sit on no side.
 */
function observers(ctx: Context, l: ExplicitList): boolean {
  const first = ctx.mentions.find((m) => m.first > l.opener && l.members.includes(m.official));
  if (!first) return false;
  for (let k = l.opener + 1; k < first.first; k++) if (!ctx.coveredBy[k] && OBSERVER.test(ctx.norms[k]!)) return true;
  return false;
}
const OBSERVER = /^(?:ك|ب)?(?:ال)?مراقب(?:ا|ين|ون|ان|تين)?$/;

/** «اجتماعا منفصلا»، «لقاء آخر»: the meeting word at cue is called a separate or another meeting. */
function separateMeeting(ctx: Context, cue: number): boolean {
  for (let k = cue + 1; k <= cue + 2 && k < ctx.tokens.length && !ctx.comma[k]; k++) {
    if (ctx.quoted[k] || ctx.mentionAt[k]) return false;
    if (SEPARATE.test(ctx.norms[k]!)) return true;
  }
  return false;
}
const SEPARATE = /^(?:منفصل|منفصلا|منفصله|منفصلين|منفصلان|منفصلتين|اخر|اخرا|اخري)$/;

/** «وعلى هامش الحوار، عقد X لقاء …»: a meeting the sentence opens as held on the sidelines of the article's event. */
function onSidelines(ctx: Context, cue: number): boolean {
  const [start] = sentenceBounds(ctx, cue);
  return /^و?(?:علي|على)$/.test(ctx.norms[start] ?? '') && ctx.norms[start + 1] === 'هامش' && start + 2 < cue;
}

/** «منتدى»، «معرض»، «ورشة»، «ندوة»، «ملتقى»: an event of its own, no meeting of the sides (read without the article). */
const SIDE_EVENT = /^(?:منتدي|معرض|ورشه|ندوه|ملتقي)$/;
/** «عقد»، «نظمت»، «أقيم»: a verb of holding an event. */
const HELD = /^[وف]?(?:عقد|عقدت|انعقد|انعقدت|نظم|نظمت|اقيم|اقيمت|اقام|اقامت)$/;
/**
 * «وعلى هامش أعمال اللجنة، عقد منتدى أعمال … بمشاركة نحو 40 شركة، قال خلاله X»: a forum, fair or workshop held on the
 * sidelines of the article's meeting; those taking part in it, named after it in its sentence, were not at the meeting.
 */
function sideEventOnSidelines(ctx: Context, opener: number): boolean {
  const [start] = sentenceBounds(ctx, opener);
  if (!/^و?(?:علي|على)$/.test(ctx.norms[start] ?? '') || ctx.norms[start + 1] !== 'هامش') return false;
  for (let k = start + 2; k + 1 < opener; k++) if (HELD.test(ctx.norms[k]!) && SIDE_EVENT.test(ctx.norms[k + 1]!.replace(/^ال/, ''))) return true;
  return false;
}

/** «وفي سياق متصل»، «في سياق آخر»، «من جهة أخرى»، «على صعيد آخر» opening the sentence of the cue: the article turns to other news. */
function turnsToOtherNews(ctx: Context, cue: number): boolean {
  const [start] = sentenceBounds(ctx, cue);
  const [w, next, third] = [ctx.norms[start] ?? '', ctx.norms[start + 1] ?? '', ctx.norms[start + 2] ?? ''];
  if (start + 3 > cue) return false;
  if (/^و?(?:في|فى)$/.test(w) && next === 'سياق' && /^(?:متصل|اخر|منفصل)$/.test(third)) return true;
  return /^و?(?:من|على)$/.test(w) && /^(?:جهه|ناحيه|صعيد)$/.test(next) && /^(?:اخري|اخر)$/.test(third);
}

/** «التقى في وقت سابق اليوم …»، «وفي وقت سابق من اليوم، استقبل …»: a meeting the sentence dates earlier the same day. */
function earlierTheSameDay(ctx: Context, cue: number): boolean {
  const [start, end] = sentenceBounds(ctx, cue);
  // (Before the cue in its sentence's first words, or after it in its clause: «اجتمع الوزير الكيني في وقت سابق من اليوم مع …».)
  for (let k = Math.max(start, cue - 6); k < Math.min(end, cue + 9); k++) {
    if (k > cue && ctx.comma[k]) break;
    if (ctx.norms[k] !== 'وقت' || ctx.norms[k + 1] !== 'سابق' || ctx.quoted[k]) continue;
    const day = ctx.norms[ctx.norms[k + 2] === 'من' ? k + 3 : k + 2];
    if (day === 'اليوم') return true;
  }
  return false;
}

/**
 * «ويذكر أن …»، «يشار إلى أن …»، «تجدر الإشارة إلى أن …»، «ومن الجدير بالذكر أن …»: the sentence of token i opens as an
 * aside, background to the news (an earlier meeting, a conference someone sponsored), not the news itself.
 */
function asideSentence(ctx: Context, i: number): boolean {
  const [start] = sentenceBounds(ctx, i);
  const first = ctx.norms[start] ?? '';
  if (ASIDE.test(first)) return true;
  return /^و?من$/.test(first) && ctx.norms[start + 1] === 'الجدير';
}
const ASIDE = /^و?(?:يذكر|يشار|تجدر)$/;

/**
 * «بدأت المحادثات بين الحكومة والجبهة برعاية الاتحاد الأفريقي …» then «وقال المبعوث X للصحفيين إن فرق الإغاثة جاهزة»: those
 * who may stand for a side the meeting names without a person (the article's one official of that side) are those tied to
 * the meetings (a party, a listed member, or named in a sentence that tells of a meeting: «وقال X إن الاجتماع بحث …»,
 * «وافتتح X الجلسة»), not those named in passing in a sentence about something else (a statement, the talks' subject). A spokesperson who speaks of
 * the talks («وأوضحت المتحدثة باسم المفوضية X أن المحادثات ستستمر») speaks for a side without sitting on it.
 */
function tiedToMeetings(ctx: Context, meetings: readonly Meeting[], lists: readonly ExplicitList[], present: readonly Official[], elsewhere: ReadonlySet<Official>): Set<Official> {
  const framed = new Set<Official | null>([...meetings.flatMap((m) => m.parties.map((p) => p.official)), ...lists.flatMap((l) => [...l.members, l.principal])]);
  // (A party of another meeting, named in that meeting's sentence, is not tied by it.)
  present = present.filter((o) => framed.has(o) || !elsewhere.has(o));
  const tellsOfMeeting = new Map<number, boolean>();
  const sentenceTells = (s: number) => {
    let v = tellsOfMeeting.get(s);
    if (v === undefined) {
      v = false;
      for (let i = ctx.sentenceStart[s]!; i < ctx.sentenceEnd[s]! && !v; i++) v = isIn(ctx, i, meetingNouns) || lookup(ctx, i, meetingVerbs) !== undefined;
      tellsOfMeeting.set(s, v);
    }
    return v;
  };
  return new Set(present.filter((o) => framed.has(o) || (!isSpokesperson(o) && ctx.mentions.some((m) => m.official === o && sentenceTells(ctx.sentence[m.first]!)))));
}
