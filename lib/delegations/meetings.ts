/**
 * Meetings in the text and who took part: «استقبل X … Y»، «التقى X بـY»، «مباحثات X و Y»، «خلال مباحثاته مع نظيره Y»،
 * «بحث مع»، «اجتماع X مع Y»، «ورأس وفد المملكة X». Only text outside quotation marks counts.
 */
import { normalize } from '../arabic/normalize';
import {
  backgroundPhrases,
  callNouns,
  cancelWords,
  ceremonyNouns,
  complementizers,
  counterpartWords,
  credentialsOf,
  credentialsPapers,
  credentialsRecipients,
  delegationWords,
  demonstratives,
  dualTitles,
  durationWords,
  futureMarkers,
  headVerbs,
  honorificPronouns,
  invitationWords,
  invitingVerbs,
  lightVerbs,
  listOpeners,
  mealNouns,
  meetingNouns,
  meetingVerbs,
  multilateralWords,
  nounsNeedingCounterpart,
  otherMatterOpeners,
  otherTimePrepositions,
  ownCredentials,
  pastMarkers,
  pluperfectAuxiliaries,
  recurrenceWords,
  possessiveSuffixes,
  preparationAlways,
  preparationGoverned,
  preparationLeadingTo,
  preparationWishing,
  siteNouns,
  siteVisitVerbs,
  presentWords,
  sideWords,
  spokespersonWords,
  stoppers,
  temporalPrepositions,
  timeWords,
  titleStarts,
  tourVerbs,
  transitiveNouns,
  type MeetingVerbKind,
} from '../vocab/meetings';
import type { Official } from '../types';
import { CHAIRED_BY, isAbsent, isAgreementNoun, isGenitiveReference, isIn, isPlaceName, ledDelegationBefore, lookup, sentenceBounds, titleRightBefore, type Context, type Mention } from './context';
import { matchNationality } from '../vocab/nationalities';
import { heads as titleHeads, styles } from '../vocab/titles';
import { reportingVerb } from '../vocab/reporting';
import { isWeekday } from '../vocab/speakers';
import { isPlainVerb } from '../people/evidence';
import { lexicalReading } from '../people/lexicon';
import { accusativeNationalityAt, countrySide, MOVEMENT_NOUNS, movementOfNoun, governmentSide, namesGovernment, oppositionAt, sideAt, sidePhraseIn, type Side } from './sides';
import { postedCountry, visitedAfter } from './venue';

export type PartyRole = 'subject' | 'object';

export interface Party {
  official: Official | null;
  /** A side named without a person ("وفد كوري جنوبي", "زيارة سموه للأردن"). */
  side: Side | null;
  role: PartyRole;
  /** "كبير مساعدي زعيم كوريا الشمالية X": someone of X's side who is not X, nor necessarily anyone the article names. */
  anonymous?: boolean;
  /** The text states this person's side ("وزيرا خارجية مصر والسودان، X و Y"): it beats the person's own words. */
  stated?: boolean;
  /** "واستقبله X، ونائبه Y": joined to the party named first, who heads the side before him. */
  joined?: boolean;
}

export interface Meeting {
  cue: number;
  parties: Party[];
  /** A definite or demonstrative noun ("الاجتماع", "هذا الاجتماع"): the article's meeting, not a new one. */
  sameMeeting: boolean;
  /** "ورأس وفد المملكة X", "ترأسه X", "على رأس وفد": the party leads its side. */
  leads: boolean;
  /** "ويلتقي X غدا"، "وكان X قد التقى": a meeting at another time, not the one the article reports. */
  otherTime?: boolean;
  /** "أكد أردوغان أنه بحث الملف مع بوتين": told by someone named before أن. */
  reported?: boolean;
  /** "ووقع الاتفاقية X و Y": those who sign for their sides, often ministers in their leaders' presence. */
  signing?: boolean;
  /** "استهل X جولته بلقاء Y"، "وانتقل X إلى …، حيث التقى Y": the first party is the visitor; the one met hosts him. */
  guestFirst?: boolean;
}

type Partition = { north: string; south: string } | null;

const LEAD_PARAGRAPHS = 3;
/** How far before a meeting noun its light verb may stand ("تلقى صاحب السمو الشيخ … [a long title] اتصالا"). */
const LIGHT_VERB_REACH = 25;
const LEAD_TOKENS = 120;

/**
 * The token `reach` words before i, the words of people's titles and names not counted: "عقد الملك X والرئيس Y ورئيس
 * الوزراء Z وملك البحرين W، اليوم، قمة رباعية": a summit's leaders named one after another, however many, stand
 * between the verb and its noun.
 */
function backOverNames(ctx: Context, i: number, reach: number, start: number): number {
  let k = i;
  for (let n = 0; k > start && n < reach; ) if (!ctx.coveredBy[--k]) n++;
  return k;
}

/** The next mention starting in (from, from+limit], within the sentence, outside quotes, before a stopper. */
function nextMention(ctx: Context, from: number, limit: number, exclude: Official | null = null, presenceEnds = false): Mention | null {
  const [, end] = sentenceBounds(ctx, from);
  for (let k = from + 1; k < Math.min(end, from + 1 + limit); k++) {
    const m = ctx.mentionAt[k];
    // "لإحياء قمة ترامب وكيم": a person named as the genitive of a meeting noun is a party of that meeting, not of this one.
    // («خلال استقباله نظيره الألباني Y»: right after this meeting's own possessive noun, its direct object is the one met.)
    if (m && !ctx.coveredBy[k - 1] && nounAt(ctx, k - 1) && !(k - 1 === from && nounAt(ctx, from)!.possessive)) return null;
    // "كبير مساعدي زعيم كوريا الشمالية كيم": named only to say whose aide the one met is.
    if (m && !ctx.quoted[k] && m.official !== exclude && !isPlaceName(ctx, m) && !isGenitiveReference(ctx, m)) return m;
    if (!ctx.coveredBy[k] && (isIn(ctx, k, stoppers) || (presenceEnds && opensPresence(ctx, k)) || opensDelegationList(ctx, k))) return null;
  }
  return null;
}

/** "…، وضم الوفد …"، "…، ويضم الوفد": after a comma, a new clause lists a delegation; who is named in it was not met. */
function opensDelegationList(ctx: Context, k: number): boolean {
  if (!ctx.comma[k] || lookup(ctx, k, listOpeners) !== 'delegation') return false;
  // "…، يضم النائبين A و B": a verb of comprising right after the comma lists the delegation just named.
  return (/^و/.test(ctx.norms[k]!) && isIn(ctx, k + 1, delegationWords)) || COMPRISES.test(ctx.norms[k]!);
}
const COMPRISES = /^و?(?:ضم|يضم|تضم|ضمت|يتالف|تتالف|يشمل|تشمل|شمل)$/;

/**
 * "حيث التقى X، في حضور Y": a word that opens a list of those present; who is named after it attended, and was not
 * met. (Not "يرافقه": "التقى X، يرافقه Y، نظيره Z" goes on to the one met.)
 */
function opensPresence(ctx: Context, k: number): boolean {
  const kind = lookup(ctx, k, listOpeners);
  return kind === 'attend' && (ctx.comma[k] === true || (ctx.comma[k - 1] === true && ctx.norms[k - 1] === 'في'));
}

/** The nearest mention before token i in the same sentence, outside quotes. */
function previousMention(ctx: Context, i: number, limit: number): Mention | null {
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= Math.max(start, i - limit); k--) {
    const m = ctx.coveredBy[k];
    if (m && !ctx.quoted[k]) return m;
  }
  return null;
}

/** The last person named before token i in its sentence, as previousMention, leaving out a letter's sender or addressee. */
function previousPresentMention(ctx: Context, i: number, limit: number): Mention | null {
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= Math.max(start, i - limit); k--) {
    const m = ctx.coveredBy[k];
    if (!m || ctx.quoted[k]) continue;
    if (!isAbsent(ctx, m)) return m;
    k = m.first;
  }
  return null;
}

const PLACE_WORDS = new Set(['في', 'الي', 'من', 'مع', 'لدي', 'علي', 'عند']);

/** A side named in the four words after a verb (its subject's title: "خادم الحرمين"، "الرئيس المصري"), before a place. */
function titleSideAfter(ctx: Context, i: number, before: number, partition: Partition): Side | null {
  for (let k = i + 1; k < Math.min(before, i + 5); k++) {
    const n = ctx.norms[k]!;
    if (ctx.coveredBy[k] || PLACE_WORDS.has(n) || (n.startsWith('ب') && n !== 'بن')) return null;
    const s = sideAt(ctx, k, partition);
    if (s) return s.side;
  }
  return null;
}

/**
 * "أكد X …. جاء ذلك خلال استقباله Y"، "وأضاف، خلال لقائه Y": a possessive meeting noun early in a sentence that names
 * nobody before it refers to the subject of the sentence before.
 */
function pronounReferent(ctx: Context, i: number): Mention | null {
  const [start] = sentenceBounds(ctx, i);
  if (i - start > 8) return null;
  for (let k = start; k < i; k++) if (ctx.coveredBy[k]) return null;
  return subjectOfPreviousSentence(ctx, i, null);
}

/** The first person named in the sentence before token i's, outside quotes, not as a genitive, other than `not`. */
function subjectOfPreviousSentence(ctx: Context, i: number, not: Official | null): Mention | null {
  const [start] = sentenceBounds(ctx, i);
  if (start === 0) return null;
  const [prevStart] = sentenceBounds(ctx, start - 1);
  for (let k = prevStart; k < start; k++) {
    const m = ctx.mentionAt[k];
    if (m && !ctx.quoted[k] && m.official !== not && !isGenitiveReference(ctx, m)) return m;
  }
  return null;
}

/** The last mention before token i in the previous sentence, outside quotes, of someone else than `not`. */
function mentionBefore(ctx: Context, i: number, not: Official): Mention | null {
  const [start] = sentenceBounds(ctx, i);
  const [prevStart] = sentenceBounds(ctx, Math.max(0, start - 1));
  for (let k = start - 1; k >= prevStart; k--) {
    const m = ctx.coveredBy[k];
    if (m && !ctx.quoted[k] && m.official !== not) return m;
  }
  return null;
}

/** The meeting verb at token i; a word with the article is a noun ("الجمعة" is Friday, not جمعه "brought together"). */
export function verbAt(ctx: Context, i: number): MeetingVerbKind | undefined {
  const norm = ctx.norms[i] ?? '';
  const bare = norm.replace(/^[وف]/, '');
  // «في اجتماع ثلاثي استضافه X»: a verb with an object pronoun; never the verbal noun «استضافة» its normal form shares.
  if (/ة$/.test(ctx.tokens[i]?.text ?? '')) return undefined;
  const listed = meetingVerbs.get(norm) ?? meetingVerbs.get(bare);
  if (listed) return listed;
  if (/^[وفبلك]?ال/.test(norm)) return undefined;
  return lookup(ctx, i, meetingVerbs);
}

/** The subject of the clause holding token i: the first person named in its sentence before i ("قال X بعد اجتماعه مع"). */
function clauseSubject(ctx: Context, i: number): Mention | null {
  const [start] = sentenceBounds(ctx, i);
  let found: Mention | null = null;
  let office: Mention | null = null;
  for (let k = backOverNames(ctx, i, 40, start); k < i; k++) {
    const pronoun = /^[وف]?ب?[اإأ]?ن(?:ه|ها)$/.test(ctx.norms[k]!);
    // "وصرح X بأن رئيس الوزراء أكد خلال اللقاء": after أن the reporter is not the subject.
    // "قال X إنه أجرى محادثات …": إنه/بأنه refer back to X, who stays the subject.
    if (found && !ctx.coveredBy[k] && isIn(ctx, k, complementizers) && !pronoun) found = null;
    // "أعلن مكتب نتنياهو أنه قام بزيارة …، التقى خلالها …": أنه refers to the one whose office speaks.
    if (!found && office && !ctx.coveredBy[k] && pronoun) found = office;
    const m = ctx.mentionAt[k];
    if (!found && m && !ctx.quoted[k]) {
      if (!isGenitiveReference(ctx, m)) found = m;
      else office ??= m;
    }
  }
  return found;
}

/**
 * The name governed by a meeting noun, after its title: "بلقاء رئيس مجلس النواب نبيه بري" (the words between are
 * the end of that official's title), or right after it: "مباحثات بوتين".
 */
function genitiveAfter(ctx: Context, i: number): Mention | null {
  const direct = ctx.mentionAt[i + 1] ?? (ctx.coveredBy[i + 1] ? null : ctx.mentionAt[i + 2]);
  if (direct) return direct;
  for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 9); k++) {
    if (ctx.comma[k] || ctx.sentence[k] !== ctx.sentence[i] || (ctx.coveredBy[k] && !ctx.mentionAt[k])) return null;
    const m = ctx.mentionAt[k];
    if (!m) continue;
    const title = normalize(m.official.role_ar ?? '');
    const between = ctx.norms.slice(i + 1, k).join(' ');
    return title && (title === between || title.endsWith(' ' + between)) ? m : null;
  }
  return null;
}

/** "المتحدث باسم الرئاسة": the official's title or the words naming them start with a spokesperson word. */
export function isSpokesperson(o: Official): boolean {
  for (const words of [o.role_ar, o.evidence]) {
    if (!words) continue;
    for (const w of normalize(words).split(/\s+/).slice(0, 6)) if (spokespersonWords.has(w) || spokespersonWords.has(w.replace(/^و/, ''))) return true;
  }
  return false;
}

/** "ويلتقي لودريان غدا …"، "من المقرر أن يجتمع …"، "وكان X قد التقى …": a meeting at another time than the article's. */
function isOtherTime(ctx: Context, i: number): boolean {
  return isDatedElsewhere(ctx, i) || isPluperfect(ctx, i);
}

/**
 * The meeting word at i is dated at another time by its own words (a future verb, a past or future marker, «منذ»,
 * a dated relative clause), beside being told in the pluperfect.
 */
export function isDatedElsewhere(ctx: Context, i: number): boolean {
  if (/^و?س(?:ي|ت|ن)/.test(ctx.norms[i]!) && verbAt(ctx, i)) return true;
  if (visitProgramme(ctx, i)) return true;
  const noun = nounAt(ctx, i);
  if (noun && isOtherTimeNoun(ctx, i, noun)) return true;
  const [start, end] = sentenceBounds(ctx, i);
  for (let k = Math.max(start, i - 4); k < Math.min(end, i + 6); k++) {
    if (ctx.coveredBy[k] || ctx.quoted[k]) continue;
    if ((isIn(ctx, k, futureMarkers) || isIn(ctx, k, pastMarkers)) && !isSameDay(ctx, k)) return true;
    // "وفد حماس برئاسة X سيصل إلى القاهرة": a verb of coming or meeting in the future right after the cue.
    if (k > i && k <= i + 4 && FUTURE_ARRIVAL.test(ctx.norms[k]!)) return true;
    // "التي ستكون اللقاء الأول بين …": a verb in the future just before the noun (after it, "… إن العلاقات ستكون" is what was said).
    if (k < i && k >= i - 2 && noun && /^[وف]?س[يت](?:كون|عقد|جري|جمع|لتقي|جتمع)$/.test(ctx.norms[k]!)) return true;
  }
  if (onwardLeg(ctx, i, start)) return true;
  if (heldInFuture(ctx, i, start)) return true;
  if (recurring(ctx, i, start, end)) return true;
  if (noun && offeredMeeting(ctx, i)) return true;
  // "بحث هذه الملفات مع الرئيس بوتين في وقت سابق": an adverb of another time anywhere in the clause after the cue.
  for (let k = i + 1; k < end - 2 && !ctx.comma[k]; k++) {
    if (ctx.norms[k] === 'في' && ctx.norms[k + 1] === 'وقت' && /^(?:سابق|لاحق)$/.test(ctx.norms[k + 2]!) && !isSameDay(ctx, k + 2)) return true;
    // "اتصال هاتفي بين X و Y خلال الأيام المقبلة": a span of time to come.
    if (/^(?:خلال|في)$/.test(ctx.norms[k]!) && isIn(ctx, k + 1, durationWords) && /^ال/.test(ctx.norms[k + 1]!) && isIn(ctx, k + 2, futureMarkers)) return true;
  }
  return inDatedRelativeClause(ctx, i);
}

/**
 * «تنعقد اللجنة العليا بين البلدين سنويا برئاسة X وY»، «زار X طهران مرات عدة»: a word of recurrence in the cue's clause
 * (no comma or relative clause between) tells a habit, not the one meeting the article reports.
 */
function recurring(ctx: Context, i: number, start: number, end: number): boolean {
  const said = (k: number) => !ctx.coveredBy[k] && !ctx.quoted[k] && isIn(ctx, k, recurrenceWords);
  for (let k = i - 1; k >= Math.max(start, i - 5) && !ctx.comma[k + 1]; k--) if (said(k)) return true;
  for (let k = i + 1; k < Math.min(end, i + 6) && !ctx.comma[k] && !RELATIVE.test(ctx.norms[k]!); k++) if (said(k)) return true;
  return false;
}

/**
 * «اللقاء الذي جمع الرئيس X والرئيس Y في جدة في سبتمبر الماضي»، «القمة التي عقدت في أديس أبابا قبل عامين»: a meeting
 * told in a relative clause (the verb right after الذي/التي, or the noun right before it) dated in the past anywhere in
 * that clause (to its comma or the sentence's end) is another meeting, however far its date follows the names.
 */
function inDatedRelativeClause(ctx: Context, i: number): boolean {
  const relative = (k: number) => k >= 0 && !ctx.coveredBy[k] && RELATIVE.test(ctx.norms[k] ?? '');
  let from: number;
  let rel: number;
  // («المجلس الذي ترأسه الملك X في غشت الماضي»: a verb of chairing is a cue too.)
  if ((verbAt(ctx, i) || isChairingVerb(ctx, i)) && relative(i - 1)) [rel, from] = [i - 1, i + 1];
  else if (nounAt(ctx, i) && relative(i + 1)) [rel, from] = [i + 1, i + 2];
  else {
    rel = counterpartInRelativeClause(ctx, i);
    if (rel < 0) return false;
    from = rel + 2;
  }
  if (lastOfItsKind(ctx, rel)) return true;
  const [, end] = sentenceBounds(ctx, i);
  for (let k = from; k < end && !ctx.comma[k]; k++) {
    if (ctx.coveredBy[k] || ctx.quoted[k]) continue;
    if (k > from && isIn(ctx, k, stoppers)) return false;
    if (isIn(ctx, k, pastMarkers) && !isSameDay(ctx, k)) return true;
    // «قبل عامين»، «منذ أشهر».
    if (/^(?:قبل|منذ)$/.test(ctx.norms[k]!) && isIn(ctx, k + 1, durationWords)) return true;
  }
  return false;
}
const RELATIVE = /^و?(?:الذي|التي|اللذين|اللتين)$/;

/** "ترأس"، "ترأسه"، "ترأسها": a verb of chairing, with an object pronoun or none. */
function isChairingVerb(ctx: Context, i: number): boolean {
  if (ctx.coveredBy[i]) return false;
  const norm = ctx.norms[i]!;
  return headVerbs.has(norm) || headVerbs.has(norm.replace(/(?:ه|ها|هم|هما)$/, ''));
}

/**
 * «الدورة الأخيرة للجنة المشتركة التي ترأسها X ونظيره Y»: «نظيره» inside a relative clause opened by a verb (of meeting or
 * chairing) a few words before, in the same clause: the relative pronoun's index, else -1.
 */
function counterpartInRelativeClause(ctx: Context, i: number): number {
  if (!isIn(ctx, i, counterpartWords)) return -1;
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= Math.max(start, i - 8); k--) {
    if (ctx.comma[k + 1] || ctx.quoted[k]) return -1;
    if (!ctx.coveredBy[k] && RELATIVE.test(ctx.norms[k]!)) return verbAt(ctx, k + 1) || isChairingVerb(ctx, k + 1) ? k : -1;
  }
  return -1;
}

/** «الدورة الأخيرة/السابقة … التي»: the noun a relative clause describes is called the last or a former one. */
function lastOfItsKind(ctx: Context, rel: number): boolean {
  const [start] = sentenceBounds(ctx, rel);
  for (let k = rel - 1; k >= Math.max(start, rel - 6); k--) {
    if (ctx.comma[k + 1] || ctx.mentionAt[k]) return false;
    if (!ctx.coveredBy[k] && FORMER.test(ctx.norms[k]!)) return true;
  }
  return false;
}
// (Not «السابق» alone: «وزير الخارجية السابق الذي …» is a former holder, not a former event.)
const FORMER = /^(?:الاخير[هة]?|السابق[هة]|الماضي[هة]?)$/;

/** "في ظل"، "وسط"، "على خلفية"، "تزامنا مع": a phrase of the circumstances a meeting falls in starts at token k. */
function backgroundAt(ctx: Context, k: number): boolean {
  if (ctx.coveredBy[k] || ctx.quoted[k]) return false;
  const forms = ctx.forms[k] ?? [];
  return backgroundPhrases.some((words) => forms.includes(words[0]!) && words.every((w, n) => n === 0 || ctx.norms[k + n] === w));
}

/** "سيصل"، "سيزور"، "ستلتقي"، "سيشارك": coming, visiting or meeting in the future. */
const FUTURE_ARRIVAL = /^[وف]?س[يت](?:صل|زور|لتقي|جتمع|شارك|توجه|حضر|عقد|قوم)/;

/** «مستعدة»، «استعداده»، «إمكانية»: a readiness or possibility, not an event. */
const READINESS = /^(?:مستعد|مستعده|مستعدون|مستعدين|مستعدان|استعداد|استعداده|استعدادها|استعدادهم|استعدادنا|امكانيه|امكان)$/;
/** «لاستضافة»، «لعقد»، «عقد»: holding or hosting, the verbal noun the readiness governs. */
const HOLDING = /^ل?(?:استضافه|عقد|اجراء|ترتيب)$/;

/**
 * «أنقرة مستعدة لاستضافة لقاء بين الرئيسين X وY»، «بحثا إمكانية عقد قمة»: a meeting offered or considered, right after
 * the readiness and the noun of holding it, has not taken place.
 */
function offeredMeeting(ctx: Context, i: number): boolean {
  return HOLDING.test(ctx.norms[i - 1] ?? '') && READINESS.test(ctx.norms[i - 2] ?? '') && !ctx.comma[i] && !ctx.comma[i - 1];
}

/** «ويتوجه»، «ثم ينتقل»: a trip still to make, in the present tense. */
const ONWARD_TRIP = /^[وف]?[يت](?:توجه|نتقل)$/;

/**
 * «ويتوجه أردوغان، الثلاثاء، إلى أربيل، حيث يلتقي رئيس الإقليم»: a meeting in the present tense at the end of a trip
 * the sentence tells is still to make is the next leg of the tour, not the article's meeting.
 */
function onwardLeg(ctx: Context, i: number, start: number): boolean {
  // «ويتوجه الرئيس عقب انتهاء زيارته إلى بكين، تلبية لدعوة من الرئيس الصيني X»: a sentence that opens on the trip still to
  // make tells of the next leg throughout.
  if (i > start && !ctx.coveredBy[start] && !ctx.quoted[start] && ONWARD_TRIP.test(ctx.norms[start]!)) return true;
  if (ctx.norms[i - 1] !== 'حيث' || !/^[يت]/.test(ctx.norms[i]!)) return false;
  for (let k = i - 2; k >= start; k--) if (!ctx.quoted[k] && !ctx.coveredBy[k] && ONWARD_TRIP.test(ctx.norms[k]!)) return true;
  return false;
}

/** «سيعقد»، «ستجري»، «سيلتقي»: a verb of holding or meeting in the future tense. */
const FUTURE_HOLDING = /^[وف]?س[يت](?:عقد|جري|لتقي|جتمع)(?:ان|ون)?$/;
/** How far back in its clause a future verb of holding may govern the cue (the event's frame and a count between). */
const FUTURE_HOLDING_REACH = 10;

/**
 * «وأوضح أن الرئيس سيعقد على هامش القمة عددا من اللقاءات الثنائية مع قادة الدول المشاركة، على رأسهم الرئيس Y»: a
 * cue the object of a verb of holding in the future, earlier in its clause (no comma or other verb between), is a
 * meeting still to come.
 */
function heldInFuture(ctx: Context, i: number, start: number): boolean {
  for (let k = i - 1; k >= Math.max(start, i - FUTURE_HOLDING_REACH) && !ctx.comma[k + 1]; k--) {
    if (ctx.quoted[k]) return false;
    if (FUTURE_HOLDING.test(ctx.norms[k]!)) return !ctx.coveredBy[k];
    if (!ctx.coveredBy[k] && verbAt(ctx, k) !== undefined) return false;
  }
  return false;
}

/** "في وقت سابق اليوم"، "في وقت لاحق من اليوم": earlier or later the same day, the article's own news. */
function isSameDay(ctx: Context, k: number): boolean {
  if (ctx.norms[k - 1] !== 'وقت' || !/^(?:سابق|لاحق)$/.test(ctx.norms[k]!)) return false;
  return /^(?:اليوم|الليله)$/.test(ctx.norms[ctx.norms[k + 1] === 'من' ? k + 2 : k + 1] ?? '');
}

/**
 * "بمخرجات الاجتماع الثلاثي الذي شارك فيه X": a list opener in a relative clause on a meeting noun of another time.
 */
export function inClauseOfOtherMeeting(ctx: Context, opener: number): boolean {
  const [start] = sentenceBounds(ctx, opener);
  for (let r = opener - 1; r >= Math.max(start, opener - 3); r--) {
    if (!/^(?:الذي|التي)$/.test(ctx.norms[r]!)) continue;
    for (let k = r - 1; k >= Math.max(start, r - 6); k--) if (!ctx.coveredBy[k] && nounAt(ctx, k) && isOtherTime(ctx, k)) return true;
    return false;
  }
  return false;
}

/**
 * «وأشار الطرفان إلى ضرورة عقد اجتماع ثلاثي قريبا يضم الجزائر والنيجر ونيجيريا، بمشاركة وزير الدولة النيجيري X»: those
 * present told right after a meeting of another time (no meeting verb of the article's between) will sit at that one.
 */
export function attendsOtherTimeMeeting(ctx: Context, opener: number): boolean {
  const [start] = sentenceBounds(ctx, opener);
  for (let k = opener - 1; k >= Math.max(start, opener - OTHER_MEETING_REACH); k--) {
    if (ctx.coveredBy[k] || ctx.quoted[k]) continue;
    if (nounAt(ctx, k)) return isDatedElsewhere(ctx, k) || soon(ctx, k, opener);
    if (verbAt(ctx, k)) return false;
  }
  return false;
}

/** «اجتماع ثلاثي قريبا»: «قريبا» (soon) after the noun, before those present. */
const soon = (ctx: Context, noun: number, opener: number) => ctx.norms.slice(noun + 1, opener).some((n) => SOON.test(n));
const SOON = /^(?:قريبا|عاجلا)$/;

/** How far before those present a meeting noun they follow may stand (its qualifiers and a short relative clause between). */
const OTHER_MEETING_REACH = 10;

/**
 * "ويأتي هذا الاتصال بعد أشهر من الزيارة التي قام بها …، والتي … وقعتها عن الجانب المغربي X": a sentence that places the
 * article's news after (or before) another event goes on to tell that event; a list in it is of that event.
 */
export function inSentenceOfOtherEvent(ctx: Context, opener: number): boolean {
  const [start] = sentenceBounds(ctx, opener);
  if (!COMES_VERB.test(ctx.norms[start] ?? '')) return false;
  const relation = otherEventRelation(ctx, start);
  if (relation >= 0 && relation < opener) return true;
  // «ويأتي توقيع المذكرة على هامش الزيارة التي يقوم بها X، والتي التقى خلالها Y»: the news placed within a visit; the
  // sentence goes on to tell the visit's own programme.
  for (let k = start + 1; k < Math.min(opener, start + 6); k++) {
    if (/^(?:علي|في)$/.test(ctx.norms[k]!) && /^(?:هامش|اطار)$/.test(ctx.norms[k + 1] ?? '') && k + 1 < opener) return true;
  }
  return false;
}

/** «ويأتي»، «وجاءت»: a sentence that places the news beside another event. */
const COMES_VERB = /^[وف]?(?:ياتي|تاتي|جاء|جاءت|يجيء|تجيء)$/;
/** «بعد»، «قبيل»، «امتدادا لـ»، «تتويجا لـ»، «استكمالا لـ»: how the news stands to that other event (after it, carrying it on). */
const OTHER_EVENT_RELATION = /^(?:بعد|قبل|عقب|اعقاب|غداه|اثر|اعقب|بعيد|قبيل|امتدادا|تتويجا|استكمالا)$/;

/** «ويأتي هذا الاتصال بعد أسابيع من زيارة …»: the relation word in the first words of a sentence opened by «يأتي», else -1. */
function otherEventRelation(ctx: Context, start: number): number {
  if (!COMES_VERB.test(ctx.norms[start] ?? '')) return -1;
  for (let k = start + 1; k < start + 6; k++) if (OTHER_EVENT_RELATION.test(ctx.norms[k] ?? '')) return k;
  return -1;
}

/**
 * «ويأتي هذا الاتصال بعد أسابيع من زيارة أجرتها رئيسة الوزراء Y إلى …»: the news named before the relation word, whose
 * only people are named after it: they are the other event's, not the news's.
 */
function peopleOfOtherEvent(ctx: Context, m: Meeting): boolean {
  const [start, end] = sentenceBounds(ctx, m.cue);
  const relation = otherEventRelation(ctx, start);
  if (relation < 0 || m.cue > relation) return false;
  const named = m.parties.map((p) => p.official).filter((o): o is Official => !!o);
  const at = (o: Official, from: number, to: number) => ctx.mentions.some((x) => x.official === o && x.first >= from && x.first < to);
  return named.length > 0 && named.every((o) => at(o, relation, end) && !at(o, start, relation));
}

/**
 * "بعد لقاء أول جمعهما في أبوظبي مطلع مايو برعاية X": a list opener in the clause of a meeting of another time (the
 * nearest meeting word before it in its sentence, no comma between) tells who attended that one.
 */
export function afterOtherMeeting(ctx: Context, opener: number): boolean {
  const [start] = sentenceBounds(ctx, opener);
  for (let k = opener - 1; k >= start && !ctx.comma[k + 1]; k--) {
    if (ctx.coveredBy[k] || ctx.quoted[k] || (!nounAt(ctx, k) && !verbAt(ctx, k))) continue;
    return isOtherTime(ctx, k) || describesOtherMeeting(ctx, k);
  }
  return false;
}

/**
 * "وكان X قد التقى": قد (not فقد) before token i, كان a few words before it; the rest of that sentence
 * ("…، كما زار بريطانيا حيث التقى …"، "…، بحضور Y") is in the same past.
 */
export function isPluperfect(ctx: Context, i: number): boolean {
  const [start, end] = sentenceBounds(ctx, i);
  // "وكان المؤتمر الذي استضافته باريس، برعاية X، قد أسفر …": the sentence opens on كان and its قد comes later.
  if (isIn(ctx, start, pluperfectAuxiliaries) && !ctx.coveredBy[start]) {
    for (let q = i + 1; q < Math.min(end, i + 25); q++) if (!ctx.quoted[q] && /^و?قد$/.test(ctx.norms[q]!)) return true;
  }
  for (let q = i - 1; q >= start; q--) {
    if (!/^و?قد$/.test(ctx.norms[q] ?? '')) continue;
    // Eight words back, a name counting as none ("وكان صاحب السمو الشيخ محمد بن زايد آل نهيان قد استقبل").
    for (let k = q - 1, words = 0; k >= start && words < 8; k--) {
      if (isIn(ctx, k, pluperfectAuxiliaries)) return true;
      if (!ctx.coveredBy[k]) words++;
    }
  }
  // "وكان نتنياهو زار موسكو الأربعاء، حيث بحث مع بوتين …": كان, its subject, then a meeting verb in the past, without قد.
  for (let k = start; k < i; k++) {
    if (ctx.coveredBy[k] || ctx.quoted[k] || !isIn(ctx, k, pluperfectAuxiliaries)) continue;
    // The subject may come with its title ("وكان الرئيس النيجيري X زار").
    let j = k + 1;
    for (let t = k + 1; t < Math.min(i, k + 6); t++) {
      const m = ctx.mentionAt[t];
      if (m) {
        j = m.last;
        break;
      }
      if (ctx.comma[t] || isIn(ctx, t, stoppers)) break;
    }
    if (j <= i && isPastMeetingVerb(ctx, j)) return true;
  }
  return false;
}

/** "زار"، "التقى"، "بحث"، "تباحث": a meeting verb in the past tense (not "يزور"، "تلتقي", whose ي-form is listed too). */
function isPastMeetingVerb(ctx: Context, j: number): boolean {
  if (ctx.coveredBy[j] || !verbAt(ctx, j)) return false;
  const w = ctx.norms[j]!.replace(/^[وف]/, '');
  if (/^(?:ي|س|ن)/.test(w)) return false;
  return !(w.startsWith('ت') && (meetingVerbs.has('ي' + w.slice(1)) || meetingVerbs.has(w.replace(/^ت/, 'ي').replace(/ان$/, 'ان'))));
}

/**
 * "منذ لقائه مع كيم"، "بعد القمة التاريخية بين …"، "قبيل قمة مقررة"، "لقاءه به قبل نحو عام": a meeting noun dated
 * before or after the article's meeting. With a possessive, only منذ: "عقب لقائه مع X" is the article's own meeting.
 */
function isOtherTimeNoun(ctx: Context, i: number, noun: NounReading): boolean {
  const before = (ctx.forms[i - 1] ?? []).find((f) => otherTimePrepositions.has(f));
  const [, end] = sentenceBounds(ctx, i);
  if (before === 'منذ' || isPrepared(ctx, i)) return true;
  // "محادثاته الأخيرة مع X"، "لقاؤهما الأخير": the latest meeting before the article's.
  if (/^ال?اخير[ةه]?$/.test(ctx.norms[i + 1] ?? '') && !ctx.coveredBy[i + 1]) return true;
  // "بعد أيام من لقائه"، "قبل أسبوع من القمة": a meeting dated some time before or after the article's.
  if ((ctx.forms[i - 1] ?? []).some((f) => f === 'من' || f === 'علي') && isIn(ctx, i - 2, durationWords) && (ctx.forms[i - 3] ?? []).some((f) => otherTimePrepositions.has(f))) return true;
  // "على إثر مقابلة جمعته اليوم بـX": a meeting dated today is the article's own.
  if (before && !noun.possessive && !today(ctx, i)) {
    // "عقب الاجتماع" refers back to the article's meeting; "بعد القمة التاريخية بين X و Y" names another.
    if (!/^[وفبل]*ال/.test(ctx.norms[i]!)) return true;
    for (let k = i + 1; k < Math.min(end, i + 5); k++) if ((ctx.forms[k] ?? []).some((f) => f === 'بين' || f === 'مع')) return true;
  }
  for (let k = i + 1; k < Math.min(end, i + 8); k++) {
    if (!(ctx.forms[k] ?? []).includes('قبل')) continue;
    for (let j = k + 1; j < Math.min(end, k + 4); j++) if (isIn(ctx, j, durationWords)) return true;
  }
  return false;
}

/** "اليوم" (today, tonight) in the three words after a meeting noun ("لقاء جمعه اليوم بـ…"). */
function today(ctx: Context, i: number): boolean {
  const [, end] = sentenceBounds(ctx, i);
  for (let k = i + 1; k < Math.min(end, i + 4); k++) if (/^(?:اليوم|الليله)$/.test(ctx.norms[k]!) && !ctx.coveredBy[k]) return true;
  return false;
}

/** "التقى X، كبير مساعدي زعيم كوريا الشمالية Y": the one met is someone of Y's country, named only by whose aide he is. */
function aideAfter(ctx: Context, after: number, sentEnd: number): Side | null {
  for (let k = after + 1; k < Math.min(sentEnd, after + 10); k++) {
    const m = ctx.mentionAt[k];
    if (m) return !ctx.quoted[k] && isGenitiveReference(ctx, m) && !isAbsent(ctx, m) && m.official.country ? countrySide(m.official.country) : null;
    if (k > after + 1 && ctx.comma[k]) return null;
    if (!ctx.coveredBy[k] && isIn(ctx, k, stoppers)) return null;
  }
  return null;
}

/** Office nouns that name one person of a country in its genitive ("بسفير جمهورية الصين لدى العراق"). */
const ENVOY_WORDS = /^(?:سفير|سفيره|مبعوث|مبعوثه|وزير|وزيره|رييس|رييسه|نايب|قنصل|ممثل|مستشار)$/;

/**
 * "اجتمع X بسفير جمهورية الصين الشعبية لدى العراق Y" with Y not read as a person: the one met holds an office of that
 * country, named right after the verb's subject (ب/ال allowed on the office noun); the side without a person.
 */
function titledOfficeAfter(ctx: Context, after: number, sentEnd: number, partition: Partition): Side | null {
  for (let k = after + 1; k < Math.min(sentEnd, after + 6); k++) {
    if (ctx.coveredBy[k]) return null;
    const office = ctx.norms[k]!.replace(/^و?ب?(?:ال)?/, '');
    if (!ENVOY_WORDS.test(office)) continue;
    for (let j = k + 1; j < Math.min(sentEnd, k + 4); j++) {
      if (ctx.coveredBy[j] || ctx.comma[j]) return null;
      const s = sideAt(ctx, j, partition);
      if (s?.side.country) return s.side;
    }
    return null;
  }
  return null;
}

/**
 * "لإحياء قمة X و Y"، "للإعداد لقمة"، "على عقد قمة"، "ترتيبات القمة": a meeting being prepared, still to come;
 * "يلغي قمته مع X"، "تأجيل الاجتماع": one called off; "مخرجات الاجتماع الثلاثي": one already over.
 */
function isPrepared(ctx: Context, i: number): boolean {
  const k = i - 1;
  if (k < 0 || ctx.coveredBy[k] || ctx.sentence[k] !== ctx.sentence[i]) return false;
  if (isIn(ctx, k, preparationAlways) || isIn(ctx, k, cancelWords)) return true;
  if (hopedFor(ctx, i)) return true;
  const norm = ctx.norms[k]!.replace(/^و/, '');
  const bare = norm.replace(/^(?:لل|ل|ال)/, '');
  if (!preparationGoverned.has(bare)) return false;
  if (bare !== norm || /^(?:علي|الي|ل)$/.test(ctx.norms[k - 1] ?? '')) return true;
  // «روسيا لا تعارض عقد لقاء بين X و Y»، «طلبت عقد قمة»: the bare word of holding, after a verb of wanting or opposing it.
  return k > 0 && !ctx.coveredBy[k - 1] && !ctx.comma[k] && isIn(ctx, k - 1, preparationWishing);
}

/**
 * «مسار دائم يفضي إلى لقاء بين الرئيسين X و Y»، «خطوة تمهد لقمة بين …»: a meeting noun after a verb of leading to it (and
 * «إلى», or the noun with ل) is one hoped for, not one held.
 */
function hopedFor(ctx: Context, i: number): boolean {
  const noun = nounAt(ctx, i);
  if (!noun) return false;
  const k = ctx.norms[i - 1] === 'الي' && !ctx.comma[i] ? i - 2 : i - 1;
  if (k < 0 || ctx.coveredBy[k] || ctx.quoted[k] || ctx.sentence[k] !== ctx.sentence[i] || !isIn(ctx, k, preparationLeadingTo)) return false;
  if (k === i - 2) return true;
  // («يمهد لقمة»، «تمهد للقاء»: the noun carries ل; «لقاء» itself starts with the letter.)
  const word = ctx.norms[i]!.replace(/^[وف]/, '');
  return word.startsWith('ل') && word.slice(1).replace(/^ال/, '').startsWith(noun.noun.replace(/^ال/, ''));
}

/** Mentions joined to m by "و" right after it ("مباحثات أردوغان وبوتين", "مع عباس والعاهل الأردني …"). */
function conjoined(ctx: Context, m: Mention, reach = 6): Mention[] {
  const out: Mention[] = [];
  let cur = m;
  for (;;) {
    let next: Mention | null = null;
    // "X وزير الخارجية، ومعالي وزير خارجية الصين Y": after a comma, و on an honorific or a title opens the next one,
    // however long the titles around it.
    let titled = false;
    for (let k = cur.last; k < cur.last + Math.max(reach, TITLED_CONJUNCT_REACH) && k < ctx.tokens.length; k++) {
      if (ctx.sentence[k] !== ctx.sentence[cur.first]) break;
      const at = ctx.mentionAt[k];
      if (at) {
        if (k < cur.last + reach || titled) next = at;
        break;
      }
      // "محمود عباس، وحضر اللقاء …": a verb opening a list or a meeting starts another clause.
      if (isIn(ctx, k, stoppers) || (!ctx.coveredBy[k] && (lookup(ctx, k, listOpeners) || verbAt(ctx, k)))) break;
      // "…، وأشاد بجهود رئيس الوزراء X"، "وثمن موقف …": a verb right after the name (or a comma) opens another clause,
      // about someone else.
      // (Not a country: "رؤساء روسيا X، وتركيا Y".)
      if ((k === cur.last || ctx.comma[k]) && !ctx.coveredBy[k] && opensClause(ctx.norms[k]!) && !isTitledConjunct(ctx.norms[k]!) && !sideAt(ctx, k, null)) break;
      // ("يوسف الشاهد ورئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فائز السراج": right after the name, too.)
      // («تميم بن حمد آل ثاني أمير البلاد المفدى وفخامة الرئيس Y»: a leader's honorific after و is the next person's, even
      // with no comma: it is never part of the title before it.)
      titled ||= ((k === cur.last || (k > cur.last && !!ctx.comma[k])) && isTitledConjunct(ctx.norms[k]!)) || (!ctx.coveredBy[k] && HONORIFIC_CONJUNCT.test(ctx.norms[k]!));
    }
    // (The و of a name is no conjunction: "المستشار الخاص للرئيس وليام روتو"، "وانغ يي".)
    const conjunction = (k: number) => /^و/.test(ctx.norms[k] ?? '') && !(ctx.mentionAt[k] && startsName(ctx, ctx.mentionAt[k]!));
    if (!next || !conjunction(next.first) && !conjunction(cur.last) && !titled) break;
    if (next.official === cur.official) break;
    out.push(next);
    cur = next;
  }
  return out;
}

const TITLED_CONJUNCT_REACH = 14;
/** «وفخامة»، «وسمو»، «ومعالي»، «وجلالة»، «وحضرة»، «وصاحب»: a leader's honorific after و. */
const HONORIFIC_CONJUNCT = /^و(?:فخامه|سمو|معالي|جلاله|حضره|صاحب)$/;

/** The mention's first word is the first word of the person's name as written ("وليام"، "وانغ"), not a clitic و before it. */
function startsName(ctx: Context, m: Mention): boolean {
  return normalize(m.official.name_ar).split(/\s+/)[0] === ctx.norms[m.first];
}

/** "وأشاد"، "وثمن"، "ونوه": a verb (of saying, or any verb as written) after و or ف. */
function opensClause(norm: string): boolean {
  if (reportingVerb(norm)) return true;
  const bare = norm.replace(/^[وف]/, '');
  // (Not a word that starts with و of its own: "وزير"، "وكيل"، "ولي".)
  return bare !== norm && bare.length >= 3 && lexicalReading(norm) !== 'word' && isPlainVerb(bare);
}

/** «وزير»، «الرئيس»، «رئيس»: the first word of a title (with or without ال). */
function isTitleWord(norm: string): boolean {
  const w = norm.replace(/^ال/, '');
  return titleStarts.has(w) || titleHeads.has(w);
}

/** "ومعالي"، "والسيد"، "ووزير"، "والرئيس": و on an honorific or the first word of a title. */
function isTitledConjunct(norm: string): boolean {
  if (!norm.startsWith('و')) return false;
  const w = norm.slice(1).replace(/^ال/, '');
  // ("والأمين العام لجامعة الدول العربية X"، "والممثل الأعلى للاتحاد الأوروبي Y": any head of the title grammar.)
  return titleStarts.has(w) || titleHeads.has(w) || /^(?:معالي|سعاده|دوله|سيد|دكتور|شيخ|سيده)$/.test(w);
}

interface NounReading {
  noun: string;
  possessive: boolean;
  definite: boolean;
}

// Readings by normalised word, shared across analyses.
const nounCache = new Map<string, NounReading | null>();

function readNoun(forms: readonly string[]): NounReading | null {
  for (const f of forms) {
    if (meetingNouns.has(f)) return { noun: f, possessive: false, definite: false };
    // The indefinite accusative: "عقدا اجتماعا", "أجرى اتصالا".
    if (f.length > 4 && f.endsWith('ا') && meetingNouns.has(f.slice(0, -1))) return { noun: f.slice(0, -1), possessive: false, definite: false };
    const bare = f.startsWith('ال') ? f.slice(2) : f;
    if (bare !== f && meetingNouns.has(bare)) return { noun: bare, possessive: false, definite: true };
    for (const suffix of possessiveSuffixes) {
      if (!f.endsWith(suffix) || f.length - suffix.length < 3) continue;
      let base = f.slice(0, -suffix.length);
      if (base.endsWith('ت') && meetingNouns.has(base.slice(0, -1) + 'ه')) base = base.slice(0, -1) + 'ه';
      if (base.endsWith('اي')) base = base.slice(0, -1) + 'ء';
      if (meetingNouns.has(base)) return { noun: base, possessive: true, definite: true };
    }
  }
  return null;
}

/** The meeting noun at token i, and whether it carries a possessive pronoun ("مباحثاته", "لقائه", "زيارة سموه"). */
function nounAt(ctx: Context, i: number): NounReading | null {
  const norm = ctx.norms[i];
  if (norm === undefined) return null;
  let r = nounCache.get(norm);
  if (r === undefined) {
    if (nounCache.size > 50_000) nounCache.clear();
    r = readNoun(ctx.forms[i] ?? []);
    nounCache.set(norm, r);
  }
  if (r && !r.possessive && !r.definite && isIn(ctx, i + 1, honorificPronouns)) return { ...r, possessive: true };
  return r;
}

/** How many words a party's own title may run to right after the verb or preposition. */
const OWN_TITLE_REACH = 14;

/**
 * «بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين X، ووزير … Y»، «اتصالا هاتفيا من وزير الشؤون الخارجية والاتحاد
 * الأوروبي والتعاون في مملكة إسبانيا Z»: the party whose own title (as the officials layer read it) opens right after
 * the word at i, however many words it has.
 */
function titledMentionAfter(ctx: Context, i: number, exclude: Official | null = null): Mention | null {
  const m = nextMention(ctx, i, OWN_TITLE_REACH, exclude);
  return m && titleRightBefore(ctx, m) === i + 1 ? m : null;
}

/**
 * «اجتماعا ثلاثيا مع النائبة الثالثة لرئيس الحكومة الإسبانية، وزيرة الانتقال البيئي …، تيريسا ريبيرا»: a party with
 * two titles stacked, the first opening right after the word at i, a comma, then the title the officials layer read
 * right before the name. (Each title no longer than a party's own; nobody named in the first.)
 */
function stackedTitleMentionAfter(ctx: Context, i: number, exclude: Official | null = null): Mention | null {
  if (!isTitleWord(ctx.norms[i + 1] ?? '')) return null;
  const m = nextMention(ctx, i, 2 * OWN_TITLE_REACH, exclude);
  if (!m) return null;
  const start = titleRightBefore(ctx, m);
  if (start <= i + 2 || start - (i + 1) > OWN_TITLE_REACH || !ctx.comma[start] || !isTitleWord(ctx.norms[start]!)) return null;
  for (let k = i + 1; k < start; k++) if (ctx.coveredBy[k] || ctx.quoted[k] || (k > i + 1 && ctx.comma[k])) return null;
  return m;
}

function verbMeeting(ctx: Context, i: number, kind: string, partition: Partition): Meeting | null {
  // "وبحث الجانبان …"، "والتقى الزعيمان …": the article's two parties again; a name after it is the subject of the talks.
  if (DUAL_PARTIES.test(ctx.norms[i + 1] ?? '') && ctx.norms[i + 1] !== 'طرفا') return null;
  // "لافروف وظريف يبحثان …": a dual or plural verb after its subjects joined by و.
  const joint = jointSubjectsBefore(ctx, i);
  if (joint) return joint;
  if (kind === 'discuss') return discussedWith(ctx, i, partition);
  if (kind === 'host' && /(?:ه|ها|هما|هم)$/.test(ctx.norms[i]!)) return hostOfPronoun(ctx, i);
  const met = (kind === 'host' || kind === 'meet') ? delegationMetAfter(ctx, i, partition) : null;
  if (met) return met;
  const objectPronoun = /(?:ه|ها|هما|هم)$/.test(ctx.norms[i]!) && kind === 'meet';
  const fronted = objectPronoun ? null : frontedSubjectMeeting(ctx, i, kind);
  if (fronted) return fronted;
  const r = verbSubject(ctx, i, kind, partition, objectPronoun);
  const hosted = hostTakesPart(r);
  if (hosted) return hosted;
  verbObjects(r);
  return subjectBeforeClause(r) ?? (r.parties.length >= 2 ? { cue: i, parties: r.parties, sameMeeting: false, leads: false } : null);
}

/** "بحث مع X", "بحث X مع Y" (only with مع), or two subjects joined by و: "بحث الرئيس X والأمين العام Y …". */
function discussedWith(ctx: Context, i: number, partition: Partition): Meeting | null {
  const parties: Party[] = [];
  const [, sentEnd] = sentenceBounds(ctx, i);
  const withAt = withAfterSubject(ctx, i, sentEnd);
  if (withAt < 0) {
    // "بحث الرئيس X والأمين العام Y …": two subjects joined by و.
    const first = nextMention(ctx, i, 4) ?? titledMentionAfter(ctx, i);
    const others = first ? conjoined(ctx, first) : [];
    if (!first || !others.length) return null;
    return { cue: i, parties: [first, ...others].map((m) => ({ official: m.official, side: null, role: 'subject' as const })), sameMeeting: false, leads: false };
  }
  const subject = nextMention(ctx, i, withAt - i - 1) ?? previousMention(ctx, i, 30);
  // "بحث X مع وفد من صندوق النقد الدولي برئاسة مدير … Y": the delegation's words and its head's title come first.
  const delegation = isIn(ctx, withAt + 1, delegationWords);
  const object = nextMention(ctx, withAt, delegation ? 18 : 10, subject?.official ?? null);
  const phrase = !object && delegation ? sidePhraseIn(ctx, withAt + 1, Math.min(sentEnd, withAt + 6), partition) : null;
  if (subject) parties.push({ official: subject.official, side: null, role: 'subject' });
  if (object) parties.push({ official: object.official, side: null, role: 'object' });
  else if (phrase) parties.push({ official: null, side: phrase.side, role: 'object' });
  return parties.length === 2 ? { cue: i, parties, sameMeeting: false, leads: false } : null;
}

/** "وصل X إلى الرياض، واستقبله Y": the host after the verb, the guest the pronoun refers to. */
function hostOfPronoun(ctx: Context, i: number): Meeting | null {
  const host = nextMention(ctx, i, 10);
  // The one the pronoun refers to: the subject of the clause ("وصل X …، برفقة Y، واستقبله Z"), else of the sentence
  // before ("وصل X …، يرافقه وفد يضم A و B. واستقبله Z"), not the last person named.
  const guest = host && (clauseSubject(ctx, i) ?? previousMention(ctx, i, 40) ?? subjectOfPreviousSentence(ctx, i, host.official) ?? mentionBefore(ctx, i, host.official));
  if (!host || !guest || guest.official === host.official) return null;
  // "واستقبله X، ونائبه Y، ووزير الخارجية Z": every host joined to the first.
  const hosts = [host, ...conjoined(ctx, host)].filter((m) => m.official !== guest.official);
  return {
    cue: i,
    parties: [...hosts.map((m, n) => ({ official: m.official, side: null, role: 'subject' as const, joined: n > 0 })), { official: guest.official, side: null, role: 'object' }],
    sameMeeting: false,
    leads: false,
  };
}

/** "والتقى الوفد رئيس جهاز المخابرات X": the delegation named before with its head («وفد من حركة حماس برئاسة Y») meets X. */
function delegationMetAfter(ctx: Context, i: number, partition: Partition): Meeting | null {
  const [, sentEnd] = sentenceBounds(ctx, i);
  if (!/^(?:الوفد|البعثه)$/.test(ctx.norms[i + 1] ?? '') || sidePhraseIn(ctx, i + 1, Math.min(sentEnd, i + 4), partition)) return null;
  const head = ledDelegationBefore(ctx, i);
  const met = head ? nextMention(ctx, i + 1, 12, head) : null;
  if (head && met) return { cue: i, parties: [{ official: head, side: null, role: 'subject' }, { official: met.official, side: null, role: 'object' }, ...conjoined(ctx, met).map((c) => ({ official: c.official, side: null, role: 'object' as const }))], sameMeeting: false, leads: false };
  return null;
}

/**
 * "بلينكن يلتقي نتنياهو وغالانت" (a headline's order): the name right before the verb is its subject, and every name
 * after it is met.
 */
function frontedSubjectMeeting(ctx: Context, i: number, kind: string): Meeting | null {
  const fronted = frontedSubjectOf(ctx, i) ?? pluperfectSubjectOf(ctx, i);
  if (!fronted || (kind !== 'host' && kind !== 'meet')) return null;
  const met = nextMention(ctx, i, 10, fronted.official);
  if (!met) return null;
  const objects = [met, ...conjoined(ctx, met)].filter((m) => m.official !== fronted.official);
  return { cue: i, parties: [{ official: fronted.official, side: null, role: 'subject' }, ...objects.map((m) => ({ official: m.official, side: null, role: 'object' as const }))], sameMeeting: false, leads: false };
}

/** A meeting verb at i read so far: its parties, its subject, and the token after which its object is looked for. */
interface VerbReading {
  ctx: Context;
  i: number;
  kind: string;
  partition: Partition;
  sentEnd: number;
  parties: Party[];
  subject: Mention | null;
  after: number;
}

/** The verb's subject: named before a verb with an object pronoun, else after the verb (a person or a side's phrase). */
function verbSubject(ctx: Context, i: number, kind: string, partition: Partition, objectPronoun: boolean): VerbReading {
  const [, sentEnd] = sentenceBounds(ctx, i);
  const r: VerbReading = { ctx, i, kind, partition, sentEnd, parties: [], subject: null, after: i };
  if (objectPronoun) {
    r.subject = previousMention(ctx, i, 30);
    // "وجه السفير الأميركي تعازيه … على اثر مقابلة جمعته بوالي صفاقس": a subject named only by title and nationality.
    if (!r.subject) {
      const [start] = sentenceBounds(ctx, i);
      for (let k = i - 1; k >= Math.max(start, i - 30); k--) {
        const s = ctx.quoted[k] ? null : sideAt(ctx, k, partition);
        if (s) {
          r.parties.push({ official: null, side: s.side, role: 'subject' });
          break;
        }
      }
    }
  } else {
    r.subject = nextMention(ctx, i, 10);
    const phrase = sidePhraseIn(ctx, i + 1, Math.min(sentEnd, i + 5), partition);
    if (phrase && (!r.subject || phrase.first < r.subject.first)) {
      r.parties.push({ official: null, side: phrase.side, role: 'subject' });
      r.subject = null;
      r.after = phrase.last - 1;
    } else if (!r.subject) r.subject = previousMention(ctx, i, 15);
  }
  if (r.subject) {
    r.parties.push({ official: r.subject.official, side: null, role: 'subject' });
    if (r.subject.first > i) r.after = r.subject.last - 1;
  }
  return r;
}

/**
 * "واستضاف رئيس الوزراء الإثيوبي X اللقاء في مقر إقامته": the host of the article's meeting (a mediator between the
 * parties others name) takes part in it, on his side.
 */
function hostTakesPart({ ctx, i, kind, subject, parties }: VerbReading): Meeting | null {
  if (kind === 'host' && subject && subject.first > i && parties.length === 1) {
    const noun = nounAt(ctx, subject.last);
    if (noun?.definite && !noun.possessive && !ctx.coveredBy[subject.last]) return { cue: i, parties, sameMeeting: true, leads: false };
  }
  return null;
}

/** The verb's objects: the one met and those joined to him, or a side or office met without a name. */
function verbObjects(r: VerbReading): void {
  const { ctx, i, kind, partition, sentEnd, parties, after } = r;
  const object = verbObject(r);
  if (object && !parties.length && (kind === 'host' || kind === 'meet')) {
    // "استقبل خادم الحرمين الشريفين … رئيس وزراء باكستان X": a host named by title or epithet alone, right after the verb.
    const host = titleSideAfter(ctx, i, object.first, partition);
    if (host) parties.push({ official: null, side: host, role: 'subject' });
    // "استقبل والي المنستير … سفير الصين بتونس X": a host whose title the officials layer did not read receives an
    // ambassador in the country he is posted to; the host is of that country.
    else if (kind === 'host') {
      const posted = postedCountry(object.official);
      if (posted && posted.country !== object.official.country) parties.push({ official: null, side: posted, role: 'subject' });
    }
  }
  if (object) {
    parties.push({ official: object.official, side: null, role: 'object' });
    for (const c of conjoined(ctx, object)) parties.push({ official: c.official, side: null, role: 'object' });
  } else if (kind === 'host' || kind === 'meet') {
    const side = unnamedObject(ctx, after, sentEnd, partition);
    if (side) parties.push(side);
  }
}

/**
 * The person met, after the verb's subject: "حيث التقى X، في حضور Y": Y attended; the one met is X. "واستقبل X الوزير
 * الجزائري في القصر، بحضور Y": the one received, named by title and nationality before «، بحضور», is not among those
 * named after it, who attended.
 */
function verbObject({ ctx, i, kind, partition, sentEnd, subject, after }: VerbReading): Mention | null {
  let object = nextMention(ctx, after, 25, subject?.official ?? null, !!subject && ((subject.first > i && kind === 'meet' && continuesClause(ctx, i)) || (kind === 'host' && receivedByTitle(ctx, after, sentEnd, partition))));
  // "التقى X وفد لجنة الاتصال العربية، الذي ضم A، وB": the delegation met is the one the relative clause lists.
  if (!object && subject && (kind === 'host' || kind === 'meet')) {
    const listed = relativeListAfter(ctx, after, sentEnd);
    if (listed >= 0) object = nextMention(ctx, listed, 12, subject.official);
  }
  return object;
}

/** No person met: a side's phrase or mission, an aide, or an office named by title alone, after the token `after`. */
function unnamedObject(ctx: Context, after: number, sentEnd: number, partition: Partition): Party | null {
  const phrase = sidePhraseIn(ctx, after + 1, Math.min(sentEnd, after + 8), partition) ?? missionOf(ctx, after + 1, Math.min(sentEnd, after + 8), partition);
  const aide = phrase ? null : aideAfter(ctx, after, sentEnd);
  const titled = phrase || aide ? null : titledOfficeAfter(ctx, after, sentEnd, partition);
  const appositive = phrase || aide || titled ? null : appositiveOfficeAfter(ctx, after, sentEnd, partition);
  if (phrase) return { official: null, side: phrase.side, role: 'object' };
  if (aide) return { official: null, side: aide, role: 'object', anonymous: true };
  if (titled) return { official: null, side: titled, role: 'object', anonymous: true };
  if (appositive) return { official: null, side: appositive, role: 'object', anonymous: true };
  return null;
}

/**
 * A subject named after a verb that goes on the clause's subject named before it: "وصل X إلى بغداد، حيث التقى Y ووزير
 * الدفاع Z" — all named after the verb were met, unless of the subject's own country; "قام بزيارة …، التقى خلالها Y";
 * "وانتقل دوكان إلى عين التينة، حيث التقى Y" (a visitor whose name was not read).
 */
function subjectBeforeClause({ ctx, i, kind, parties, subject }: VerbReading): Meeting | null {
  if (!subject || subject.first <= i || (kind !== 'host' && kind !== 'meet')) return null;
  // "وصل X إلى بغداد، حيث التقى Y ووزير الدفاع Z"، "…، والتقى Y": the verb goes on the sentence's subject; all named
  // after it were met — unless they are of the subject's own country (then they may be its subject: "حيث التقى وزير …").
  if (continuesClause(ctx, i)) {
    const earlier = clauseSubject(ctx, i);
    const own = earlier?.official.country;
    if (earlier && earlier.official !== subject.official && own && parties.every((p) => p.official && p.official.country && p.official.country !== own)) {
      return { cue: i, parties: [{ official: earlier.official, side: null, role: 'subject' }, ...parties.map((p) => ({ ...p, role: 'object' as const }))], sameMeeting: false, leads: false };
    }
  }
  if (parties.length !== 1) return null;
  // "وصل X إلى الرياض، حيث التقى Y"، "قام بزيارة …، التقى خلالها Y": the one named after the verb is its object;
  // the subject was named before.
  const earlier = clauseSubject(ctx, i);
  if (earlier && earlier.official !== subject.official) {
    return { cue: i, parties: [{ official: earlier.official, side: null, role: 'subject' }, { official: subject.official, side: null, role: 'object' }], sameMeeting: false, leads: false };
  }
  // "وانتقل دوكان إلى عين التينة، حيث التقى Y": the visitor whose name was not read is still the one who met Y.
  if (!earlier && continuesClause(ctx, i) && ctx.sentenceStart[ctx.sentence[i]!] !== i) {
    return { cue: i, parties: [{ official: null, side: null, role: 'subject', anonymous: true }, { official: subject.official, side: null, role: 'object' }], sameMeeting: false, leads: false, guestFirst: true };
  }
  return null;
}

/**
 * "وفد لجنة الاتصال الوزارية العربية، الذي ضم"، "الوفد المشترك، والذي يضم": a delegation word within a few words after
 * token `after`, and a relative clause of comprising after it; the comprising verb's index, else -1.
 */
function relativeListAfter(ctx: Context, after: number, sentEnd: number): number {
  let delegation = -1;
  for (let k = after + 1; k < Math.min(sentEnd, after + 8) && delegation < 0; k++) {
    if (ctx.coveredBy[k]) return -1;
    if (isIn(ctx, k, delegationWords)) delegation = k;
  }
  if (delegation < 0) return -1;
  for (let k = delegation + 1; k < Math.min(sentEnd, delegation + 8); k++) {
    if (ctx.coveredBy[k]) return -1;
    if (/^و?(?:الذي|التي)$/.test(ctx.norms[k]!) && COMPRISES.test(ctx.norms[k + 1] ?? '')) return k + 1;
  }
  return -1;
}

/**
 * "استقبل X الوزير الجزائري …، بحضور": a nationality adjective after the host and before a presence list (nobody named
 * between). «استقبل X، اليوم، Y، مدير الاستراتيجيات بمنظمة الأونكتاد، بحضور Z»: likewise a title after a comma, of one
 * received whose name the officials layer did not read; Z attended.
 */
function receivedByTitle(ctx: Context, after: number, sentEnd: number, partition: Partition): boolean {
  for (let k = after + 1; k < Math.min(sentEnd, after + 12); k++) {
    if (ctx.coveredBy[k] || opensPresence(ctx, k)) return false;
    // (A nationality adjective: "في تونس" is where the meeting was.)
    if (/^ال/.test(ctx.norms[k]!) && matchNationality(ctx.norms, k) && sideAt(ctx, k, partition)) return true;
    if (ctx.comma[k] && titleHeads.has(ctx.norms[k]!.replace(/^ال/, ''))) return true;
  }
  return false;
}

/**
 * The مع of "بحث X مع Y": in the twelve words after the verb, or in the six after the subject's name when a long
 * title or honorific comes with it ("بحث حضرة صاحب السمو الشيخ X أمير البلاد المفدى مع فخامة الرئيس Y").
 */
function withAfterSubject(ctx: Context, i: number, sentEnd: number): number {
  const subject = nextMention(ctx, i, 10);
  const reach = Math.max(i + 12, subject ? subject.last + 6 : 0);
  for (let k = i + 1; k < Math.min(sentEnd, reach); k++) if ((ctx.forms[k] ?? []).includes('مع')) return k;
  return -1;
}

/** The mention right before the verb at i, the sentence's first, opening it (a title word or two before it at most). */
function frontedSubjectOf(ctx: Context, i: number): Mention | null {
  const m = ctx.coveredBy[i - 1];
  if (!m || ctx.quoted[i - 1] || ctx.comma[i] || m.last !== i) return null;
  const [start] = sentenceBounds(ctx, i);
  if (m.first < start || m.first - start > 3) return null;
  for (let k = start; k < m.first; k++) if (ctx.coveredBy[k]) return null;
  return isGenitiveReference(ctx, m) ? null : m;
}

/**
 * "وكان الأمير X قد استقبل …": the one named between كان and قد right before the verb is its subject (a title word or
 * more between كان and the name).
 */
function pluperfectSubjectOf(ctx: Context, i: number): Mention | null {
  if (!/^و?قد$/.test(ctx.norms[i - 1] ?? '') || ctx.comma[i] || ctx.comma[i - 1]) return null;
  const m = ctx.coveredBy[i - 2];
  if (!m || m.last !== i - 1 || ctx.quoted[m.first]) return null;
  const [start] = sentenceBounds(ctx, i);
  for (let k = m.first - 1; k >= Math.max(start, m.first - 8); k--) {
    if (ctx.coveredBy[k] || ctx.comma[k + 1]) return null;
    if (isIn(ctx, k, pluperfectAuxiliaries)) return isGenitiveReference(ctx, m) ? null : m;
  }
  return null;
}

/** The start of the clause holding token i: after the last name or comma before it in its sentence. */
function clauseStartBefore(ctx: Context, i: number, sentStart: number): number {
  for (let k = i - 1; k > sentStart; k--) if (ctx.comma[k] || ctx.coveredBy[k - 1]) return k;
  return sentStart;
}

/** "…، حيث التقى"، "…، والتقى"، "ثم التقى": a verb that carries on the clause before it, with its subject. */
function continuesClause(ctx: Context, i: number): boolean {
  if (/^(?:حيث|ثم)$/.test(ctx.norms[i - 1] ?? '') && !ctx.coveredBy[i - 1]) return true;
  return /^و/.test(ctx.norms[i]!) && !!ctx.comma[i] && ctx.sentenceStart[ctx.sentence[i]!] !== i;
}

/** "X و Y يبحثان/يلتقيان/اجتمعا": two or more officials joined by و, right before a dual or plural verb. */
function jointSubjectsBefore(ctx: Context, i: number): Meeting | null {
  if (!/(?:ان|ا|وا|ون)$/.test(ctx.norms[i]!) || ctx.mentionAt[i + 1] && !/^و/.test(ctx.norms[i + 1] ?? '')) return null;
  const [start] = sentenceBounds(ctx, i);
  let first: Mention | null = null;
  for (let k = start; k < i && !first; k++) if (!ctx.quoted[k]) first = ctx.mentionAt[k] ?? null;
  if (!first) return null;
  const chain = [first, ...conjoined(ctx, first)];
  const last = chain[chain.length - 1]!;
  // The chain must end right before the verb (a title word or two may follow the last name).
  if (chain.length < 2 || last.last > i || i - last.last > 3) return null;
  for (let k = last.last; k < i; k++) if (ctx.coveredBy[k] || isIn(ctx, k, stoppers)) return null;
  return { cue: i, parties: chain.map((m) => ({ official: m.official, side: null, role: 'subject' as const })), sameMeeting: false, leads: false };
}

/**
 * "شهد X و Y مراسم توقيع …": everyone named between the witness verb and the ceremony; "وقع X و Y وثيقة …"، "وقع X مع
 * نظيره Y": the signer and those joined to him. A decree signed by one person ("وقع الرئيس مرسوما") is no meeting.
 */
/** "دولة الكويت وجمهورية إندونيسيا"، "المغرب وموريتانيا": two countries right after token i, joined by و. */
function joinedCountriesAfter(ctx: Context, i: number, end: number, partition: Partition): Side[] {
  const sides: Side[] = [];
  let joined = true;
  for (let k = i + 1; k < Math.min(end, i + 8) && sides.length < 2; k++) {
    if (ctx.coveredBy[k] || (k > i + 1 && ctx.comma[k])) break;
    const s = sideAt(ctx, k, partition);
    if (s?.side.country && joined && !sides.some((x) => x.key === s.side.key)) {
      sides.push(s.side);
      k += s.length - 1;
      joined = false;
      continue;
    }
    const w = ctx.norms[k]!;
    if (sides.length && !/^و/.test(w)) break;
    if (sides.length) joined = true;
    // A state word before the name ("دولة"، "جمهورية"، "المملكة"), or the و on the second country's own name.
    if (!/^و?(?:ال)?(?:دوله|جمهوريه|مملكه|سلطنه|امارة|اماره|حكومه)$/.test(w)) {
      if (!/^و/.test(w) || !sides.length) break;
      const again = sideAt(ctx, k, partition);
      if (again?.side.country && !sides.some((x) => x.key === again.side.key)) sides.push(again.side);
      break;
    }
  }
  return sides;
}

function jointMeeting(ctx: Context, i: number, kind: 'sign' | 'witness', partition: Partition = null): Meeting | null {
  const [, sentEnd] = sentenceBounds(ctx, i);
  const parties: Party[] = [];
  const add = (m: Mention, role: PartyRole) => {
    if (!parties.some((p) => p.official === m.official) && !isGenitiveReference(ctx, m)) parties.push({ official: m.official, side: null, role });
  };
  if (kind === 'witness') {
    let ceremony = -1;
    for (let k = i + 1; k < Math.min(sentEnd, i + 60) && ceremony < 0; k++) if (!ctx.coveredBy[k] && isIn(ctx, k, ceremonyNouns)) ceremony = k;
    if (ceremony < 0) return null;
    for (let k = i + 1; k < ceremony; k++) {
      const m = ctx.mentionAt[k];
      if (m && !ctx.quoted[k]) add(m, parties.length ? 'object' : 'subject');
    }
  } else {
    const subject = nextMention(ctx, i, 10);
    if (!subject) {
      // "وقعت دولة الكويت وجمهورية إندونيسيا مذكرة تفاهم": two countries sign; their signers may be named later.
      const countries = joinedCountriesAfter(ctx, i, sentEnd, partition);
      return countries.length === 2 ? { cue: i, parties: countries.map((side, n) => ({ official: null, side, role: n ? ('object' as const) : ('subject' as const) })), sameMeeting: false, leads: false } : null;
    }
    add(subject, 'subject');
    for (const c of conjoined(ctx, subject, 12)) add(c, 'object');
    if (parties.length < 2) {
      // («ووقع وزير الطاقة التركي X، اتفاقية التعاون في مجال الطاقة والتعدين مع وزير النفط التشادي Y»: the document signed
      // right after the signer, then its counterpart, further on.)
      const reach = isAgreementNoun(ctx, subject.last) && !ctx.coveredBy[subject.last] ? SIGNED_DOCUMENT_REACH : 6;
      for (let k = subject.last; k < Math.min(sentEnd, subject.last + reach); k++) {
        if (!(ctx.forms[k] ?? []).includes('مع')) continue;
        const object = nextMention(ctx, k, 8, subject.official);
        if (object) add(object, 'object');
        break;
      }
    }
  }
  if (new Set(parties.map((p) => p.official)).size >= 2) return { cue: i, parties, sameMeeting: false, leads: false, signing: kind === 'sign' };
  // "وقع طرفا النزاع الرئيس X وخصمه Y": a dual names the two parties, though only one of them was read as a person.
  if (kind === 'sign' && parties.length === 1) {
    for (let k = i + 1; k < Math.min(sentEnd, i + 4) && !ctx.coveredBy[k]; k++) if (DUAL_PARTIES.test(ctx.norms[k]!)) return { cue: i, parties, sameMeeting: false, leads: false };
  }
  return null;
}

/** How far past a signer «مع» may name the other signer when the document signed follows the signer's name. */
const SIGNED_DOCUMENT_REACH = 12;

/** "طرفا النزاع"، "الطرفان"، "الزعيمان": a dual subject naming the two parties of a signing. */
const DUAL_PARTIES = /^(?:طرفا|الطرفان|الجانبان|الزعيمان|الرييسان|الوزيران|الخصمان|القاده|الزعماء|الوزراء)$/;

const ROUND = /^(?:ال)?جول(?:ه|ات)$/;
/**
 * «كما التقى سعادته خلال الزيارة الرئيس X»، «كما استقبل سموه في اللقاء ذاته سفير Y»: «كما» before a verb of meeting
 * adds a further meeting of the visit; one in its sentence with someone who is no party of the meetings told before it is
 * not the article's.
 */
function furtherMeeting(ctx: Context, i: number, m: Meeting, before: readonly Meeting[]): boolean {
  // (Its verb, or one before the cue in its sentence: «…، وجرى خلال الاستقبال تبادل الأحاديث» is of that meeting too.)
  const [start] = sentenceBounds(ctx, i);
  // («كما» heads the sentence: «قد أدى زيارة …، وقع خلالها …، كما التقى …» lists the one visit's doings in one sentence.)
  const kind = verbAt(ctx, start + 1);
  const further = i - start < 40 && (kind === 'meet' || kind === 'host') && ctx.norms[start] === 'كما' && !ctx.quoted[start + 1];
  if (!further) return false;
  const earlier = new Set(before.flatMap((b) => b.parties.flatMap((p) => (p.official ? [p.official] : []))));
  return m.parties.some((p) => p.official && !earlier.has(p.official));
}

/** «ذلك»، «تلك»: the far demonstrative, pointing back to what was told before. */
const FAR_DEMONSTRATIVE = /^(?:ذلك|تلك)$/;
/** «له»، «لها»، «بهم»، «معه»: a pronoun for the one a meeting noun's genitive received or met. */
const OBJECT_PRONOUN = /^(?:ل|ب|مع)(?:ه|ها|هم|هما)$/;

function nounMeeting(ctx: Context, i: number, partition: Partition): Meeting | null {
  const noun = nounAt(ctx, i);
  if (!noun) return null;
  const n = nounSetting(ctx, i, partition, noun);
  genitiveParties(n);
  n.subject = nounSubject(n);
  // "واختتم الموفد الفرنسي جولته بلقاء Y": the visitor named by title and nationality alone.
  const unnamedVisitor = n.instrumental && !n.subject && n.parties.length > 0 && n.parties.every((p) => p.official) ? clauseSideBefore(ctx, i, partition) : undefined;
  partiesAfterNoun(n);
  // "مباحثات سعودية أمريكية"، "قمة ثلاثية مصرية أردنية عراقية": the sides as adjectives of the noun.
  if (!n.parties.length) for (const side of adjectiveSides(ctx, i, partition)) n.parties.push({ official: null, side, role: 'object' });
  if (n.subject) subjectParties(n, n.subject);
  else if (n.demonstrative) {
    const s = previousMention(ctx, i, 25);
    if (s) n.parties.unshift({ official: s.official, side: null, role: 'subject' });
  }
  subjectAfterFrontedPhrase(n);
  // The means of a visitor's clause: whoever the noun governs was met by him.
  if (n.instrumental) for (const p of n.parties) if (p.official !== n.subject?.official) p.role = 'object';
  if (unnamedVisitor !== undefined) {
    n.parties.unshift({ official: null, side: unnamedVisitor, role: 'subject', anonymous: true });
    return { cue: i, parties: n.parties, sameMeeting: false, leads: false, guestFirst: true };
  }
  return meetingOfSides(n);
}

/** A meeting noun at i read so far: what stands before it, its parties, its subject. */
interface NounSetting {
  ctx: Context;
  i: number;
  partition: Partition;
  noun: NounReading;
  sentEnd: number;
  parties: Party[];
  /** After a preposition of time: "خلال لقاء", "في اجتماع". */
  temporal: boolean;
  /** After a demonstrative: "هذا اللقاء". */
  demonstrative: boolean;
  /** Governed by a light verb before it: "عقد … اجتماعا", "أجرى … اتصالا". */
  light: boolean;
  /** "استهل جولته بلقاء X": the noun with بـ is the means of the clause, whose subject meets X. */
  instrumental: boolean;
  subject: Mention | null;
  /** "مع" after the noun named nobody the layers read. */
  withNobody: boolean;
}

/** What stands before the noun at i: a preposition of time, a demonstrative, a light verb; and whether it is a means. */
function nounSetting(ctx: Context, i: number, partition: Partition, noun: NounReading): NounSetting {
  const [, sentEnd] = sentenceBounds(ctx, i);
  // "خلال جولة مشاورات"، "في جولة محادثات": a round of talks is the talks.
  const before = i > 1 && ROUND.test(ctx.norms[i - 1]!) && !ctx.comma[i] ? i - 2 : i - 1;
  const prev = before >= 0 ? ctx.forms[before]! : [];
  const temporal = prev.some((f) => temporalPrepositions.has(f)) || isIn(ctx, before, temporalPrepositions);
  const demonstrative = isIn(ctx, i - 1, demonstratives) || /^ل?هذ[اه]$/.test(ctx.norms[i - 1] ?? '');
  let light = false;
  for (let k = backOverNames(ctx, i, LIGHT_VERB_REACH, sentenceBounds(ctx, i)[0]); k < i && !light; k++) light = isIn(ctx, k, lightVerbs);
  // "استهل جولته بلقاء X": the noun with بـ is the means of the clause, whose subject meets X.
  // A visit or a call with بـ is an object ("رحب بزيارة ترامب"), not a means.
  const instrumental =
    !noun.possessive && !nounsNeedingCounterpart.has(noun.noun) && /^و?ب/.test(ctx.norms[i]!) && !ctx.norms[i]!.replace(/^و/, '').startsWith(noun.noun);
  return { ctx, i, partition, noun, sentEnd, parties: [], temporal, demonstrative, light, instrumental, subject: null, withNobody: false };
}

/**
 * The genitive: "مباحثات أردوغان وبوتين", "اجتماع جاويش أوغلو وبومبيو". A noun with the article takes none: "وحضر
 * اللقاء أمين عام الوزارة X" names who attended, not a party.
 */
function genitiveParties({ ctx, i, noun, parties }: NounSetting): void {
  if (noun.possessive || (noun.definite && /^[وفبل]*ال/.test(ctx.norms[i]!))) return;
  const g = genitiveAfter(ctx, i);
  if (!g || ctx.quoted[g.first] || ctx.sentence[g.first] !== ctx.sentence[i] || ctx.comma[i + 1]) return;
  parties.push({ official: g.official, side: null, role: 'subject' });
  for (const c of conjoined(ctx, g)) parties.push({ official: c.official, side: null, role: 'object' });
  // "وقام بتسليم الرسالة الوزير Y خلال استقبال X له"، "… أثناء لقاء X بها": the pronoun after the genitive is the one
  // named before the noun in its sentence.
  if (parties.length === 1 && OBJECT_PRONOUN.test(ctx.norms[g.last] ?? '') && !ctx.comma[g.last]) {
    const o = previousPresentMention(ctx, i, 30);
    if (o && o.official !== g.official && !isGenitiveReference(ctx, o)) parties.push({ official: o.official, side: null, role: 'object' });
  }
}

/** The subject of the clause a possessive, temporal, light-verb or instrumental noun stands in. */
function nounSubject({ ctx, i, noun, temporal, light, instrumental }: NounSetting): Mention | null {
  const subject = noun.possessive || temporal || light || instrumental ? clauseSubject(ctx, i) ?? (noun.possessive ? pronounReferent(ctx, i) : null) : null;
  // "واستهل دوكان جولته، يرافقه السفير الفرنسي X، بلقاء Y": the one named after «يرافقه» accompanies the visitor (whose
  // name was not read); the visitor met Y.
  if (instrumental && subject && accompanies(ctx, subject)) return null;
  return subject;
}

/** "مع X", "بين X و Y", "بـX" after the noun: the parties it names. */
function partiesAfterNoun(n: NounSetting): void {
  const { ctx, i, sentEnd } = n;
  for (let k = i + 1; k < Math.min(sentEnd, i + 9); k++) {
    if (ctx.coveredBy[k] || isIn(ctx, k, stoppers)) break;
    // "ويأتي اللقاء في ظل توتر بين الحكومة والنقابات"، "تزامنا مع زيارة X": those after the circumstances are no parties.
    if (backgroundAt(ctx, k)) break;
    // "ويأتي اللقاء بعد يومين من اجتماع بين X و Y": those after a meeting noun of another time met at that one.
    if (k > i + 1 && nounAt(ctx, k) && isOtherTime(ctx, k)) break;
    if (partiesWith(n, k) || partiesBetween(n, k)) break;
  }
}

/** "مع X" (or «من» after a call noun, "اتصالا هاتفيا بالرئيس الإيراني X") at k: the one met; whether k was such a word. */
function partiesWith(n: NounSetting, k: number): boolean {
  const { ctx, noun, partition, sentEnd, parties, subject } = n;
  const f = ctx.forms[k] ?? [];
  // "اتصالا هاتفيا بالرئيس الإيراني X": a call with بـ before the one called.
  const calledWithBa = callNouns.has(noun.noun) && /^ب/.test(ctx.norms[k] ?? '') && !f.includes('بين');
  if (!(f.includes('مع') || (f.includes('من') && callNouns.has(noun.noun)) || calledWithBa)) return false;
  const m =
    (calledWithBa ? ctx.mentionAt[k] : null) ??
    nextMention(ctx, k, 8, subject?.official ?? null) ??
    titledMentionAfter(ctx, k, subject?.official ?? null) ??
    stackedTitleMentionAfter(ctx, k, subject?.official ?? null);
  if (m) {
    parties.push({ official: m.official, side: null, role: 'object' });
    for (const c of conjoined(ctx, m)) parties.push({ official: c.official, side: null, role: 'object' });
    return true;
  }
  const s = sideAt(ctx, k + 1, partition) ?? delegationOf(ctx, k + 1, sentEnd, partition);
  // "اتصالا هاتفيا مع محمدو بوهاري، رئيس جمهورية نيجيريا": one whose name is unknown, of the side his title names.
  const unnamed = s ? null : titledOfficeAfter(ctx, k, sentEnd, partition) ?? appositiveOfficeAfter(ctx, k, sentEnd, partition);
  if (s) parties.push({ official: null, side: s.side, role: 'object' });
  else if (unnamed) parties.push({ official: null, side: unnamed, role: 'object', anonymous: true });
  else n.withNobody = true;
  return true;
}

/** "بين X و Y" at k: everyone and every side named up to another clause; whether k was «بين». */
function partiesBetween({ ctx, partition, sentEnd, parties }: NounSetting, k: number): boolean {
  if (!(ctx.forms[k] ?? []).includes('بين')) return false;
  for (let j = k + 1; j < Math.min(sentEnd, k + 30); j++) {
    const m = ctx.mentionAt[j];
    if (m) parties.push({ official: m.official, side: null, role: 'object' });
    // "بين الخصمين بعد لقاء أول جمعهما برعاية X": another meeting word starts another meeting's parties. ("…، إذ جدد X":
    // a clause of its own.)
    else if (!ctx.coveredBy[j] && (isIn(ctx, j, stoppers) || nounAt(ctx, j) || verbAt(ctx, j) || /^[وف]?اذ$/.test(ctx.norms[j]!) || backgroundAt(ctx, j))) break;
    else if (!ctx.coveredBy[j]) {
      const s = sideAt(ctx, j, partition);
      if (s) {
        parties.push({ official: null, side: s.side, role: 'object' });
        j += s.length - 1;
      }
    }
  }
  return true;
}

/** The clause's subject and those joined to it lead the parties; a possessive noun's object or visited country follows. */
function subjectParties(n: NounSetting, s: Mention): void {
  const { ctx, i, noun, parties } = n;
  // "عقد X و Y جلسة مباحثات": the subject and those joined to it.
  for (const c of conjoined(ctx, s).reverse()) {
    if (c.first < i && !parties.some((p) => p.official === c.official)) parties.unshift({ official: c.official, side: null, role: 'subject' });
  }
  if (!parties.some((p) => p.official === s.official)) parties.unshift({ official: s.official, side: null, role: 'subject' });
  if (noun.possessive && parties.length === 1 && transitiveNouns.has(noun.noun)) possessiveObject(n, s);
  if (noun.possessive && parties.length === 1) visitedCountry(n, s);
}

/** "خلال استقباله اليوم وزير الخارجية الأمريكي X": the one received or met, as a direct object. */
function possessiveObject({ ctx, i, partition, sentEnd, parties }: NounSetting, s: Mention): void {
  const object = nextMention(ctx, i, 10, s.official) ?? objectPastDayAndPlace(ctx, i, s.official);
  if (object && !isGenitiveReference(ctx, object)) parties.push({ official: object.official, side: null, role: 'object' });
  // "تسلم X رسالة من Y، سلمها له Z خلال استقباله": nobody named after the noun; the one received is the last
  // person named between the subject and it (not the sender of the letter).
  else if (!object) {
    const received = lastMentionBetween(ctx, s, i);
    if (received) parties.push({ official: received.official, side: null, role: 'object' });
    else {
      // "خلال لقائه في عمان اليوم وفدا من الكونغرس الأمريكي": a delegation of a side, its members unnamed.
      for (let k = i + 1; k < Math.min(sentEnd, i + 8) && !ctx.coveredBy[k]; k++) {
        const d = delegationOf(ctx, k, sentEnd, partition);
        if (d) {
          parties.push({ official: null, side: d.side, role: 'object', anonymous: true });
          break;
        }
      }
    }
  }
}

/** "زيارة سموه للأردن": the visited country. */
function visitedCountry({ ctx, i, partition, sentEnd, parties }: NounSetting, s: Mention): void {
  for (let k = i + 1; k < Math.min(sentEnd, i + 4); k++) {
    const s2 = sideAt(ctx, k, partition);
    if (s2) {
      parties.push({ official: null, side: s2.side, role: 'object' });
      // "أشاد X بالاتفاقيات الموقعة مع الوزير التونسي Y خلال زيارته إلى تونس": no one visits his own country; Y is
      // the host, the visitor the one of another country named first in the sentence.
      if (s2.side.country && s.official.country === s2.side.country) {
        const visitor = earlierOfAnotherCountry(ctx, i, s2.side.country);
        if (visitor) parties.splice(0, 1, { official: visitor.official, side: null, role: 'subject' }, { official: s.official, side: null, role: 'object' });
      }
      break;
    }
  }
}

/** Whether the noun at i, with the article and no pronoun, refers back to the article's meeting ("خلال الجلسة الافتتاحية"). */
function refersBack({ ctx, i, noun }: NounSetting): boolean {
  return noun.definite && !noun.possessive && /^[وفبل]*ال/.test(ctx.norms[i]!);
}

/** A temporal noun without a subject before it: the subject of the clause after the fronted phrase. */
function subjectAfterFrontedPhrase(n: NounSetting): void {
  const { ctx, i, parties, subject, temporal } = n;
  if (!subject && temporal && parties.length === 1 && parties[0]!.official) {
    // "في لقاء مع ماكرون في سان بطرسبورغ، قال بوتين …": the fronted phrase ends at a comma; the clause's subject follows.
    const fronted = frontedSubject(ctx, i, parties[0]!.official);
    if (fronted) parties.unshift({ official: fronted.official, side: null, role: 'subject' });
  }
  // "وفي كلمة خلال الجلسة الافتتاحية، قال وزير الخارجية X": one who speaks during the article's meeting (the noun with the
  // article refers back to it) sat at it.
  if (!subject && temporal && refersBack(n) && !parties.length) {
    const speaker = speakerAfterFrontedPhrase(ctx, i);
    if (speaker) parties.push({ official: speaker.official, side: null, role: 'subject' });
  }
}

/** The meeting, where the parties are two sides or more, or one official alone at a meeting in time or pointed to. */
function meetingOfSides(n: NounSetting): Meeting | null {
  const { i, noun, parties, temporal, demonstrative, instrumental, withNobody } = n;
  const needsCounterpart = nounsNeedingCounterpart.has(noun.noun);
  const distinct = new Set(parties.map((p) => p.official ?? p.side?.key)).size;
  const sameMeeting = noun.definite || demonstrative;
  // "خلال لقائه مع صحفيين": a meeting with people who are not officials is not between sides.
  const alone =
    distinct === 1 && (temporal || demonstrative) && (!needsCounterpart || refersBack(n)) && !withNobody && parties[0]!.official !== null && !isSpokesperson(parties[0]!.official);
  if (distinct >= 2 || alone) return { cue: i, parties, sameMeeting, leads: false, guestFirst: instrumental || undefined };
  return null;
}

/** How many words (a day, a weekday, a place) may stand between a possessive meeting noun and the title of the one met. */
const DAY_AND_PLACE_REACH = 3;

/**
 * «لدى لقائه اليوم ببورتسودان، وزير الشؤون الخارجية والتعاون الدولي بجمهورية جيبوتي السيد X»: the meeting's day (and its
 * place) right after the possessive noun, then the title of the one met, which may run past the noun's usual reach.
 */
function objectPastDayAndPlace(ctx: Context, i: number, exclude: Official): Mention | null {
  const [, end] = sentenceBounds(ctx, i);
  let day = false;
  let k = i + 1;
  for (; k < Math.min(end, i + 1 + DAY_AND_PLACE_REACH); k++) {
    if (ctx.coveredBy[k] || ctx.quoted[k]) return null;
    if (isIn(ctx, k, timeWords) || isWeekday(ctx.norms[k]!)) day = true;
    else if (isTitleWord(ctx.norms[k]!)) break;
    // (A place: «ببورتسودان»، «في الرياض».)
    else if (!(day && (/^ب/.test(ctx.norms[k]!) || (ctx.norms[k] === 'في' && !ctx.comma[k + 1])))) return null;
    else if (ctx.norms[k] === 'في') k++;
  }
  if (!day || k === i + 1 || !isTitleWord(ctx.norms[k] ?? '')) return null;
  const m = nextMention(ctx, k - 1, OWN_TITLE_REACH, exclude);
  if (!m) return null;
  // (One title up to the name: no comma inside it.)
  for (let j = k + 1; j <= m.first; j++) if (ctx.comma[j]) return null;
  return m;
}

/** "، يرافقه X"، "، برفقة X": the mention is of one who accompanies someone (a word or two of title may come between). */
function accompanies(ctx: Context, m: Mention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 6); k--) {
    if (ctx.coveredBy[k]) return false;
    if (/^[وف]?(?:يرافقه|يرافقها|ترافقه|برفقه|برفقته|بمعيه|بمعيته)$/.test(ctx.norms[k]!)) return true;
    if (ctx.comma[k]) return false;
  }
  return false;
}

/** The side named in the clause before token i, outside any mention ("واختتم الموفد الفرنسي جولته …"), or null. */
function clauseSideBefore(ctx: Context, i: number, partition: Partition): Side | null {
  const [start] = sentenceBounds(ctx, i);
  for (let k = start; k < i; k++) {
    if (ctx.coveredBy[k] || ctx.quoted[k]) continue;
    const s = sideAt(ctx, k, partition);
    if (s) return s.side;
  }
  return null;
}

/** The last person named after mention `s` and before token i (20 words at most), as the one who hands over a letter. */
function lastMentionBetween(ctx: Context, s: Mention, i: number): Mention | null {
  for (let k = i - 1; k >= Math.max(s.last, i - 20); k--) {
    const m = ctx.mentionAt[k];
    if (!m || ctx.quoted[k] || m.official === s.official) continue;
    if (isGenitiveReference(ctx, m) || isPlaceName(ctx, m)) return null;
    // Only one who hands over a letter or a message: "سلمها له Z"، "نقلها Z".
    // (His title may stand between: "سلمها له وزير الدولة للشؤون الخارجية Z".)
    for (let j = k - 1; j >= Math.max(s.last, k - 9) && !ctx.comma[j + 1] && !ctx.coveredBy[j]; j--) {
      if (/^[وف]?(?:سلم|سلمها|سلمه|قدمها|نقلها|حملها)$/.test(ctx.norms[j]!)) return m;
    }
    return null;
  }
  return null;
}

/** The first person named before token i in its sentence (its subject, as a rule), outside quotes, not as a genitive, of a known country other than `country`. */
function earlierOfAnotherCountry(ctx: Context, i: number, country: string): Mention | null {
  const [start] = sentenceBounds(ctx, i);
  for (let k = start; k < i; k++) {
    const m = ctx.mentionAt[k];
    if (m && !ctx.quoted[k] && !isGenitiveReference(ctx, m) && m.official.country && m.official.country !== country) return m;
  }
  return null;
}

/** "مع وفد يمثل «قوات سوريا الديمقراطية»"، "مع وفد من حركة حماس": the side a delegation word at token k is of. */
/**
 * "… مع محمدو بوهاري، رئيس جمهورية نيجيريا الفيدرالية": a name the officials layer did not read (a few words nobody is
 * named in), then after a comma an office whose country the title names.
 */
function appositiveOfficeAfter(ctx: Context, after: number, sentEnd: number, partition: Partition): Side | null {
  // (A place and a time may come first: "استقبل X في أديس أبابا اليوم أوهورو كينياتا، رئيس جمهورية كينيا".)
  for (let k = after + 1; k < Math.min(sentEnd, after + 10); k++) {
    if (ctx.coveredBy[k] || isIn(ctx, k, stoppers)) return null;
    if (k === after + 1 || !ctx.comma[k]) {
      if (sideAt(ctx, k, partition)) return null;
      continue;
    }
    return titledOfficeAfter(ctx, k - 1, sentEnd, partition);
  }
  return null;
}

function delegationOf(ctx: Context, k: number, end: number, partition: Partition): { side: Side } | null {
  if (!isIn(ctx, k, delegationWords)) return null;
  for (let j = k + 1; j < Math.min(end, k + 5); j++) {
    if (ctx.coveredBy[j]) return null;
    const s = sideAt(ctx, j, partition);
    if (s) return s;
  }
  return null;
}

/** The first person named after the comma that closes a phrase fronted at the start of a sentence ("في لقاء مع X، قال Y"). */
function frontedSubject(ctx: Context, i: number, object: Official): Mention | null {
  const [start, end] = sentenceBounds(ctx, i);
  if (i - start > 2) return null;
  let k = i + 1;
  // Past the one met (and a comma inside his title), to the comma that closes the phrase.
  while (k < end && k < i + 25 && ctx.coveredBy[k]?.official !== object) k++;
  while (k < end && ctx.coveredBy[k]?.official === object) k++;
  let afterComma = false;
  for (const stop = Math.min(end, k + 15); k < stop; k++) {
    afterComma ||= ctx.comma[k]!;
    const m = ctx.mentionAt[k];
    if (m && m.official !== object && !ctx.quoted[k]) return afterComma ? m : null;
  }
  return null;
}

/**
 * "وفي كلمة خلال الجلسة الافتتاحية، قال X": a phrase fronted at the start of the sentence, nobody named in it, closed by a
 * comma; the first person named in the next few words.
 */
function speakerAfterFrontedPhrase(ctx: Context, i: number): Mention | null {
  const [start, end] = sentenceBounds(ctx, i);
  if (i - start > 5) return null;
  for (let k = start; k < i; k++) if (ctx.coveredBy[k] || ctx.comma[k + 1]) return null;
  let k = i + 1;
  while (k < Math.min(end, i + 6) && !ctx.comma[k]) {
    if (ctx.coveredBy[k] || isIn(ctx, k, stoppers)) return null;
    k++;
  }
  if (!ctx.comma[k]) return null;
  for (const stop = Math.min(end, k + 6); k < stop; k++) {
    const m = ctx.mentionAt[k];
    if (m) return ctx.quoted[k] || isSpokesperson(m.official) || isGenitiveReference(ctx, m) ? null : m;
    if (k > i + 1 && ctx.comma[k] && ctx.coveredBy[k - 1]) return null;
  }
  return null;
}

/** Nationality adjectives right after a meeting noun, a number word ("ثلاثية") or a dash allowed between. */
function adjectiveSides(ctx: Context, i: number, partition: Partition): Side[] {
  const out: Side[] = [];
  let k = i + 1;
  if (!ctx.coveredBy[k] && isIn(ctx, k, multilateralWords)) k++;
  while (k < ctx.tokens.length && ctx.sentence[k] === ctx.sentence[i] && !ctx.coveredBy[k] && out.length < 6) {
    const s = matchNationality(ctx.norms, k) ? sideAt(ctx, k, partition) : null;
    if (!s || out.some((o) => o.key === s.side.key)) break;
    out.push(s.side);
    k += s.length;
  }
  return out.length >= 2 ? out : [];
}

/** «نظيريه»، «نظيرتيه»، «نظرائه»، «نظيراته»: two or more counterparts. */
const SEVERAL_COUNTERPARTS = /^(?:[وب]|مع|ل)?(?:نظيري|نظيرتي|نظراء|نظراي|نظيرات)/;

/** "مع نظيره التركي رجب طيب أردوغان": the clause subject and the counterpart. */
function counterpartMeeting(ctx: Context, i: number, partition: Partition): Meeting | null {
  if (!isIn(ctx, i, counterpartWords)) return null;
  // "يتسلم رسالة من الرئيس الكيني إلى سمو الأمير ويبحث مع نظيرته": not the sender or the addressee of a letter.
  const subject = previousPresentMention(ctx, i, 40);
  if (!subject) return counterpartOfTitle(ctx, i, partition);
  if (subject.official === ctx.coveredBy[i]?.official) return null;
  const parties: Party[] = [{ official: subject.official, side: null, role: 'subject' }];
  const counterpart = ctx.coveredBy[i] ?? nextMention(ctx, i, 5, subject.official);
  if (counterpart) {
    parties.push({ official: counterpart.official, side: null, role: 'object' });
    // «مع نظيريه المصري X والعراقي Y»، «نظرائه …»: a dual or plural counterpart goes on to those joined by و.
    if (SEVERAL_COUNTERPARTS.test(ctx.norms[i]!)) {
      for (const c of conjoined(ctx, counterpart, 12)) if (!parties.some((p) => p.official === c.official)) parties.push({ official: c.official, side: null, role: 'object' });
    }
  } else {
    const s = sideAt(ctx, i + 1, partition);
    if (s) parties.push({ official: null, side: s.side, role: 'object' });
  }
  return parties.length >= 2 ? { cue: i, parties, sameMeeting: false, leads: false } : null;
}

/**
 * «وقع وزير الخارجية الموريتاني ونظيره الإسباني Y»: the one whose counterpart is named is told by his title alone (or by a
 * name not read as a person's): his title's country is the subject's side, and Y of another country is the one met.
 */
function counterpartOfTitle(ctx: Context, i: number, partition: Partition): Meeting | null {
  if (!ctx.norms[i]!.startsWith('و')) return null;
  const counterpart = ctx.coveredBy[i] ?? nextMention(ctx, i, 5);
  if (!counterpart) return null;
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= Math.max(start, i - 6) && !ctx.comma[k + 1]; k--) {
    if (ctx.coveredBy[k] || ctx.quoted[k]) return null;
    const s = sideAt(ctx, k, partition);
    if (!s) continue;
    if (!s.side.country || s.side.country === counterpart.official.country) return null;
    return {
      cue: i,
      parties: [
        { official: null, side: s.side, role: 'subject' },
        { official: counterpart.official, side: null, role: 'object' },
      ],
      sameMeeting: false,
      leads: false,
    };
  }
  return null;
}

/** "أما الوفد الإثيوبي فيرأسه X"، "فتقوده Y": the answer of أما, a present verb of leading with its pronoun after ف. */
const ANSWER_LEADS = /^ف(?:ي|ت)(?:ت?راس|قود)(?:ه|ها)$/;

/** "ورأس وفد المملكة … X", "ترأسه X", "برئاسة X", "على رأس وفد": who leads a delegation. */
function leaderMeeting(ctx: Context, i: number, partition: Partition): Meeting | null {
  const onTop = (ctx.forms[i] ?? []).includes('علي') && (ctx.forms[i + 1] ?? []).includes('راس');
  const norm = ctx.norms[i]!;
  if (/^[وف]?رييس[ةه]?$/.test(norm)) return delegationHead(ctx, i, partition);
  if (!onTop && !headVerbs.has(norm) && !((norm[0] === 'و' || norm[0] === 'ف') && headVerbs.has(norm.slice(1))) && !ANSWER_LEADS.test(norm)) return null;
  const [sentStart] = sentenceBounds(ctx, i);
  if (onTop) {
    if (!isIn(ctx, i + 2, delegationWords)) return null;
    const s = previousMention(ctx, i, 30);
    return s ? { cue: i, parties: [{ official: s.official, side: null, role: 'subject' }], sameMeeting: true, leads: true } : null;
  }
  // "ترأسه X" (led it) has a pronoun; "برئاسة X" ends in the same letter without one.
  const pronoun = /(?:ه|ها)$/.test(ctx.norms[i]!) && !/^[وف]?ب?(?:رياسه|قياده)$/.test(ctx.norms[i]!);
  // "ترأس الجانب السعودي فيها X": a side word names the side led, like a delegation word.
  // "برئاسة X", "تحت رئاسة X"; a bare "رئاسة" is the institution ("المتحدث باسم رئاسة الجمهورية X").
  const chaired = /^ب(?:رياسه|قياده)$/.test(ctx.norms[i]!.replace(/^و/, '')) || (/^رياسه$/.test(ctx.norms[i]!) && (ctx.forms[i - 1] ?? []).includes('تحت'));
  const delegationNear = isIn(ctx, i + 1, delegationWords) || isIn(ctx, i + 1, sideWords) || ((pronoun || chaired) && ledBefore(ctx, i)) || chairsForSide(ctx, i, partition);
  if (!delegationNear) return chaired ? chairedJointly(ctx, i) : (!pronoun ? leaderBeforeDelegation(ctx, i, partition) : null) ?? coChairs(ctx, i);
  // "شو ميونغ-غيون الذي ترأس وفد بلاده": the relative clause refers back to the one named before it.
  const relative = /^(?:الذي|التي)$/.test(ctx.norms[i - 1] ?? '') && !pronoun ? previousMention(ctx, i, 4) : null;
  // ("فيما ترأس وفد الجماعة كبير مفاوضيها، وحضر الجلسة X": a head not named; those after «، وحضر» attended.)
  const leader = relative ?? nextMention(ctx, i, LEADER_REACH, null, true) ?? leaderAfterOwnTitle(ctx, i);
  if (!leader) return null;
  // "سلطة بقيادة مدنية، وهو قرار لوح به X": the one led by is named right after برئاسة/بقيادة, in the same clause.
  if (chaired && !relative) for (let k = i + 1; k <= leader.first; k++) if (ctx.comma[k]) return null;
  let side: Side | null = null;
  // ("وترأس الوفد الروسي X، أما الوفد الأوكراني فترأسه Y": the side named in the verb's own clause, after anyone named before it.)
  const phrase = sidePhraseIn(ctx, pronoun ? clauseStartBefore(ctx, i, sentStart) : i + 1, leader.first, partition);
  if (phrase) side = phrase.side;
  // «فيما يرأس وفد الجبهة X»: the delegation of a movement the article names, by its noun.
  else if (!pronoun && isIn(ctx, i + 1, delegationWords) && !ctx.coveredBy[i + 2]) {
    const noun = (ctx.forms[i + 2] ?? []).map((f) => f.replace(/^ال/, '')).find((f) => MOVEMENT_NOUNS.has(f));
    side = noun ? movementOfNoun(ctx, noun, partition) : null;
    // «ويرأس وفد الحكومة X»، «ترأس الوفد الحكومي X»: the country whose government the talks name.
    if (!side && namesGovernment(ctx, i + 2)) side = governmentSide(ctx, partition);
    // «فيما يرأس وفد المعارضة Y»: the opposition, a side of its own.
    if (!side) side = oppositionAt(ctx, i + 2, partition);
  }
  // "وفدا أمنيا مصريا برئاسة X": the delegation named right before برئاسة is the one X leads.
  if (!phrase && !side && !pronoun) side = ledSideBefore(ctx, i, partition);
  const parties: Party[] = [{ official: leader.official, side, role: 'subject' }];
  // «برئاسة وزير الداخلية X ونظيره الجزائري Y»: a co-chair of another country, joined by و, leads his own side.
  // («للجنة المشتركة التي ترأسها الوزير الأول الجزائري X ورئيس الحكومة التونسية Y»: the same after a verb with its pronoun.)
  if ((chaired || pronoun) && !relative && !side) for (const c of coChairsAfter(ctx, leader)) parties.push({ official: c.official, side: null, role: 'object' });
  // "ترأس الجانب السعودي X، والجانب الروسي Y": the same verb for the other side, after و; and for a third and more
  // ("وترأس الوفد المصري X، والوفد السوداني Y، والوفد الإثيوبي Z").
  if (phrase) {
    const [, end] = sentenceBounds(ctx, i);
    let last = leader;
    for (;;) {
      // ("…، والجانب الروسي Y"، "…، وعن الجانب المغربي Y"; «ترأسها من الجانب القطري X وزير الدولة …، ومن الجانب
      // البنغلاديشي Y»: past the title that follows the name, up to its comma.)
      const nextSideFrom = (from: number) => {
        const found = sidePhraseIn(ctx, from, Math.min(end, from + 4), partition);
        return found && (/^و/.test(ctx.norms[found.first]!) || (/^و(?:عن|من)$/.test(ctx.norms[found.first - 1] ?? '') && found.first - 1 >= from)) ? found : null;
      };
      const titleEnd = titleAfterNameEnd(ctx, last.last, end);
      const next = nextSideFrom(last.last) ?? (titleEnd > last.last ? nextSideFrom(titleEnd) : null);
      const other = next ? nextMention(ctx, next.last - 1, 10) : null;
      if (!next || !other || parties.some((p) => p.official === other.official || p.side?.key === next.side.key)) break;
      parties.push({ official: other.official, side: next.side, role: 'object' });
      last = other;
    }
  }
  return { cue: i, parties, sameMeeting: true, leads: true };
}

/** How many words after a verb of leading its leader may be named (his own title, before his name, aside). */
const LEADER_REACH = 14;
/** How many words a leader's own title before his name may run past that reach. */
const LEADER_TITLE_REACH = 12;

/**
 * «وترأس الجانب المغربي في أشغال هذه الدورة وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد
 * X»: a leader named past the reach, whose own title (as the officials layer read it, a comma and styles such as
 * «السيد» after it) starts within it: the words of his office do not put him out of the verb's reach.
 */
function leaderAfterOwnTitle(ctx: Context, i: number): Mention | null {
  const m = nextMention(ctx, i, LEADER_REACH + LEADER_TITLE_REACH, null, true);
  if (!m || m.first <= i + LEADER_REACH) return null;
  let first = m.first;
  while (first - 1 > i && styles.has(ctx.norms[first - 1]!) && !ctx.coveredBy[first - 1]) first--;
  const start = titleRightBefore(ctx, { ...m, first });
  return start > i && start <= i + LEADER_REACH ? m : null;
}

/** How far past a name the title that follows it may run before the comma that closes it. */
const TITLE_AFTER_NAME_REACH = 10;

/**
 * «سعادة X وزير الدولة للشؤون الخارجية، ومن الجانب …»: the token after the title that follows a name up to the comma that
 * closes it (no one else named in it); the name's end itself when no such comma is near.
 */
function titleAfterNameEnd(ctx: Context, nameEnd: number, sentEnd: number): number {
  for (let k = nameEnd + 1; k < Math.min(sentEnd, nameEnd + TITLE_AFTER_NAME_REACH); k++) {
    if (ctx.mentionAt[k]) return nameEnd;
    if (ctx.comma[k]) return k;
  }
  return nameEnd;
}

/**
 * «بينما ترأست وزيرة الخارجية X وفد السودان»، «وترأس الوزير X الوفد المصري»: the leader right after the verb of leading,
 * then the delegation he leads, named by its side.
 */
function leaderBeforeDelegation(ctx: Context, i: number, partition: Partition): Meeting | null {
  const leader = nextMention(ctx, i, 8);
  if (!leader || ctx.comma[leader.last] || !isIn(ctx, leader.last, delegationWords)) return null;
  for (let k = i + 1; k < leader.first; k++) if (ctx.comma[k]) return null;
  const phrase = sidePhraseIn(ctx, leader.last, leader.last + 4, partition);
  return phrase?.first === leader.last ? { cue: i, parties: [{ official: leader.official, side: phrase.side, role: 'subject' }], sameMeeting: true, leads: true } : null;
}

/**
 * "ترأس أمير قطر X والرئيس التركي Y الاجتماع الرابع للجنة …"، "يترأسان اجتماعات اللجنة المشتركة": two or more people of
 * different countries chair a meeting together; each leads his side.
 */
function coChairs(ctx: Context, i: number): Meeting | null {
  if (!/^[وف]?[يت]?تر?اس(?:ان|ا|ت|تا)?$/.test(ctx.norms[i]!)) return null;
  const [, end] = sentenceBounds(ctx, i);
  const dual = /(?:ان|ا|تا)$/.test(ctx.norms[i]!);
  const chain: Mention[] = [];
  if (dual) {
    // "X و Y يترأسان …": the subjects before the verb.
    const joint = jointSubjectsBefore(ctx, i);
    if (joint) for (const p of joint.parties) chain.push({ official: p.official!, first: -1, last: -1 });
  } else {
    const first = nextMention(ctx, i, 10);
    if (first) chain.push(first, ...conjoined(ctx, first));
  }
  const countries = new Set(chain.map((m) => m.official.country).filter(Boolean));
  // «وترأس الاجتماع وزير الخارجية الأردني X» at a meeting of several countries: the chair named after «الاجتماع»،
  // «القمة»، «الجلسة» is one of its participants.
  if (!dual && chain.length === 1 && !ctx.coveredBy[i + 1] && nounAt(ctx, i + 1) && /^ال/.test(ctx.norms[i + 1]!) && chain[0]!.first <= i + 8) {
    return { cue: i, parties: [{ official: chain[0]!.official, side: null, role: 'subject' }], sameMeeting: true, leads: false };
  }
  if (chain.length < 2 || countries.size < 2) return null;
  // The meeting chaired, after the names: "الاجتماع"، "اجتماعات"، "أعمال الدورة"، "جلسة المباحثات"، "اللجنة"; or right
  // after the verb, before them («وترأس الحوار وزير الخارجية الصيني X، ووزير الخارجية الباكستاني Y، و… Z»).
  const from = chain[chain.length - 1]!.last > 0 ? chain[chain.length - 1]!.last : i + 1;
  let chaired = !dual && !ctx.coveredBy[i + 1] && nounAt(ctx, i + 1) !== null && /^ال/.test(ctx.norms[i + 1]!);
  for (let k = from; k < Math.min(end, from + 8) && !chaired; k++) chaired = !ctx.coveredBy[k] && (nounAt(ctx, k) !== null || CHAIRED_BODIES.test(ctx.norms[k]!));
  if (!chaired) return null;
  return { cue: i, parties: chain.map((m, n) => ({ official: m.official, side: null, role: n ? ('object' as const) : ('subject' as const) })), sameMeeting: false, leads: true };
}

/**
 * «برئاسة وزير الداخلية X ونظيره الجزائري Y»، «عقد الجانبان … جولة مباحثات … برئاسة X و[title] Y»: those joined by و
 * after the one named first, each of another country than the ones before (a deputy of the same country is his
 * delegation's member, not a chair).
 */
function coChairsAfter(ctx: Context, first: Mention, jointBody = false): Mention[] {
  const out: Mention[] = [];
  const countries = new Set(first.official.country ? [first.official.country] : []);
  let previous = first;
  for (const m of conjoined(ctx, first, TITLED_CONJUNCT_REACH)) {
    // («ونظيره الجزائري Y» after one whose title names no country: the counterpart is of another side by the word.)
    const counterpart = isIn(ctx, previous.last, counterpartWords) && ctx.norms[previous.last]!.startsWith('و');
    const country = m.official.country;
    // («أعمال الدورة الثانية للجنة الأردنية الأوزبكية المشتركة، برئاسة وزير الصناعة X، ووزير الاستثمار الأوزبكي Y»: the
    // chairs of a joint body are of its two sides, so the one of a stated country after a first who states none is the other
    // side's.)
    const otherOfJointBody = jointBody && !out.length && !countries.size && !!country;
    if (!counterpart && !otherOfJointBody && (!country || !countries.size || countries.has(country))) break;
    if (country && countries.has(country)) break;
    if (country) countries.add(country);
    out.push(m);
    previous = m;
  }
  return out;
}

/**
 * «أشغال الدورة الثانية للجنة الثنائية …، برئاسة X ونظيره Y»: a chairing noun far from the meeting it chairs (so not read
 * as a delegation's), whose chairs are of two countries or more: a meeting between their sides, each chair leading his
 * own. The sentence names a meeting or a chaired body before it.
 */
function chairedJointly(ctx: Context, i: number): Meeting | null {
  const [start] = sentenceBounds(ctx, i);
  let meeting = false;
  for (let k = start; k < i && !meeting; k++) meeting = !ctx.coveredBy[k] && (ctx.forms[k] ?? []).some((f) => meetingNouns.has(f) || CHAIRED_BODIES.test(f));
  if (!meeting) return null;
  let jointBody = false;
  for (let k = start; k < i && !jointBody; k++) jointBody = !ctx.coveredBy[k] && isIn(ctx, k, multilateralWords);
  const first = nextMention(ctx, i, 10);
  if (!first) return null;
  // («برئاسة وزير الاقتصاد في حكومة النظام السوري، محمد سامر الخليل، ووزير الطرق الإيراني، مهرداد بذرباش»: a comma right
  // before the name after a title that starts right after the chairing noun sets the name off; it ends no clause.)
  const appositive = (k: number) => k === first.first && isTitleWord(ctx.norms[i + 1] ?? '');
  for (let k = i + 1; k <= first.first; k++) if (ctx.comma[k] && !appositive(k)) return null;
  const others = coChairsAfter(ctx, first, jointBody);
  if (!others.length) return null;
  return { cue: i, parties: [first, ...others].map((m, n) => ({ official: m.official, side: null, role: n ? ('object' as const) : ('subject' as const) })), sameMeeting: false, leads: true };
}

/** «افتتح»، «تفتتح»: opened (a session, talks, a summit). */
const OPENS = /^[وف]?(?:افتتح|يفتتح|افتتحت|تفتتح)$/;

/**
 * «وافتتح الجلسة وزير الخارجية التركي X»، «وافتتحت المحادثات الوزيرة Y»: the one who opens the session, the talks or the
 * summit named right after the verb (a definite noun) sits at the article's meeting — the host or mediator at talks of others.
 */
function openedBy(ctx: Context, i: number): Meeting | null {
  if (!OPENS.test(ctx.norms[i]!) || ctx.coveredBy[i]) return null;
  if (ctx.coveredBy[i + 1] || !isOpenedSession(ctx, i + 1)) return openerBefore(ctx, i);
  const opener = nextMention(ctx, i + 1, 12);
  if (!opener) return null;
  return { cue: i, parties: [{ official: opener.official, side: null, role: 'subject' }], sameMeeting: true, leads: false };
}

/** «الجلسة»، «الاجتماعات»، «المنتدى»، «أعمال (الدورة)»: what an opener opens, a session of the meeting or its forum. */
function isOpenedSession(ctx: Context, k: number): boolean {
  const noun = ctx.norms[k] ?? '';
  return (/^ال/.test(noun) && (!!nounAt(ctx, k) || CHAIRED_BODIES.test(noun))) || noun === 'اعمال';
}

/**
 * «وافتتح وزير الخارجية المغربي X الاجتماعات»، «افتتح معالي X وزير …، ومعالي Y وزيرة …، اليوم أعمال المنتدى»: the
 * openers named (with their titles) before the session they open, which follows the last name right away or after a
 * word of time that ends the titles («اليوم»، «أمس»، «الأربعاء»).
 */
function openerBefore(ctx: Context, i: number): Meeting | null {
  const opener = nextMention(ctx, i, OPENER_TITLE_REACH);
  if (!opener) return null;
  const openers = [opener, ...conjoined(ctx, opener)];
  const [, end] = sentenceBounds(ctx, i);
  const from = openers[openers.length - 1]!.last;
  for (let k = from; k < Math.min(end, from + OPENED_REACH); k++) {
    const m = ctx.mentionAt[k];
    if (ctx.quoted[k] || (m && !openers.includes(m))) return null;
    if (ctx.coveredBy[k]) continue;
    if (isIn(ctx, k, stoppers) || lookup(ctx, k, listOpeners) || verbAt(ctx, k)) return null;
    const afterTime = isIn(ctx, k - 1, timeWords) || isWeekday(ctx.norms[k - 1] ?? '');
    if ((k === from || afterTime) && isOpenedSession(ctx, k)) {
      return { cue: i, parties: openers.map((o, n) => ({ official: o.official, side: null, role: n ? ('object' as const) : ('subject' as const) })), sameMeeting: true, leads: false };
    }
  }
  return null;
}
/** The words of an opener's honorific and title before his name («وزير الخارجية المغربي»، «معالي الدكتور»). */
const OPENER_TITLE_REACH = 6;
/** How far the titles after the openers' names may run before the session they open. */
const OPENED_REACH = 16;

/** What two chairs preside over: a committee, a council, a session of one ("أعمال الدورة"). */
const CHAIRED_BODIES = /^(?:ال)?(?:لجنه|مجلس|دوره|اعمال|منتدي|مؤتمر)$/;

/** "رئيس الوفد الكوري الشمالي X"، "رئيس وفد بلاده X": the head of a delegation, named after that title. */
function delegationHead(ctx: Context, i: number, partition: Partition): Meeting | null {
  if (!isIn(ctx, i + 1, delegationWords)) return null;
  const [, end] = sentenceBounds(ctx, i);
  let side: Side | null = null;
  for (let k = i + 2; k < Math.min(end, i + 8); k++) {
    const m = ctx.mentionAt[k];
    if (m) return ctx.quoted[k] ? null : { cue: i, parties: [{ official: m.official, side, role: 'subject' }], sameMeeting: true, leads: true };
    if (ctx.coveredBy[k] || ctx.comma[k] || isIn(ctx, k, stoppers)) return null;
    side ??= sideAt(ctx, k, partition)?.side ?? null;
  }
  return null;
}

/** "وترأست الاجتماع عن الجانب الأوروبي X، وعن الجانب المغربي Y": the meeting chaired, then the side each chair speaks for. */
function chairsForSide(ctx: Context, i: number, partition: Partition): boolean {
  if (!(ctx.forms[i + 1] ?? []).some((f) => meetingNouns.has(f) || CHAIRED_BODIES.test(f))) return false;
  const phrase = sidePhraseIn(ctx, i + 2, i + 6, partition);
  if (!phrase || phrase.first > i + 3) return false;
  for (let k = i + 2; k < phrase.first; k++) if (ctx.coveredBy[k] || !/^و?(?:عن|من)$/.test(ctx.norms[k]!)) return false;
  return true;
}

/**
 * "وفدا عن البلدية يتقدمه"، "الاجتماع الذي ترأسه"، "وفد … برئاسة": what «يتقدمه»، «ترأسه»، «برئاسة» lead is a delegation
 * or a side named before in the sentence, or a meeting in the four words before — not "عمليات عسكرية يقودها «الجيش»
 * بقيادة X".
 */
function ledBefore(ctx: Context, i: number): boolean {
  const [start] = sentenceBounds(ctx, i);
  const commanded = /^و?بقياده$/.test(ctx.norms[i]!);
  for (let k = i - 1; k >= start; k--) {
    if (isIn(ctx, k, delegationWords) || isIn(ctx, k, sideWords) || (k >= i - 6 && MISSION.test(ctx.norms[k]!))) return true;
    // (A delegation's pronoun reaches back to the sentence's start: "والوفد الذي زار بيونغ يانغ …، وترأسه X".)
    // («المجلس العسكري بقيادة الجنرال X»: a council «بقيادة» someone is a body he commands, not a meeting he chairs.)
    if (k >= i - 4 && !commanded && (ctx.forms[k] ?? []).some((f) => meetingNouns.has(f) || CHAIRED_BODIES.test(f))) return true;
  }
  return false;
}

const ARRIVAL_VERBS = /^[وف]?(?:وصل|يصل|وصلت|تصل)$/;
/** "في زيارة"، "جولة": an arrival is a visit's when the sentence says so. */
const VISIT_NOUNS = /^(?:ال)?(?:زياره|جوله)$/;

/**
 * "وصل X إلى جاكرتا في زيارة رسمية"، "يزور X إندونيسيا"، "بدأ X زيارة رسمية إلى إندونيسيا": the visitor and the country
 * he visits (its people named elsewhere: the host's side). Not a visit to his own country.
 */
function visitMeeting(ctx: Context, i: number, verb: MeetingVerbKind | undefined, partition: Partition): Meeting | null {
  const [, end] = sentenceBounds(ctx, i);
  const norm = ctx.norms[i]!;
  let visitor: Mention | null = null;
  let from = i + 1;
  if (verb === 'visit' || ARRIVAL_VERBS.test(norm)) {
    if (ARRIVAL_VERBS.test(norm)) {
      let visit = false;
      for (let k = i + 1; k < end && !visit; k++) visit = !ctx.coveredBy[k] && (ctx.forms[k] ?? []).some((f) => VISIT_NOUNS.test(f));
      if (!visit) return null;
    }
    visitor = nextMention(ctx, i, 6) ?? frontedSubjectOf(ctx, i);
    if (visitor && visitor.first > i) from = visitor.last;
  } else {
    const noun = nounAt(ctx, i);
    if (!noun || noun.possessive || !VISIT_NOUNS.test(noun.noun)) return null;
    let light = false;
    for (let k = i - 1; k >= Math.max(sentenceBounds(ctx, i)[0], i - 12) && !light; k--) light = isIn(ctx, k, lightVerbs) || /^[وف]?(?:يقوم|قام|يؤدي|ادي|اختتم|يختتم)$/.test(ctx.norms[k]!);
    if (!light) return null;
    visitor = clauseSubject(ctx, i);
    // "زيارة رسمية إلى …"، "زيارة عمل لتونس": a word or two of the visit's kind before the place.
    for (let k = i + 1; k < Math.min(end, i + 3) && !ctx.coveredBy[k] && /^(?:رسميه|عمل|دوله|خاصه|رسمي|تستغرق)$/.test(ctx.norms[k]!); k++) from = k + 1;
  }
  if (!visitor || isGenitiveReference(ctx, visitor) || ctx.quoted[visitor.first]) return null;
  // "وصل وزير الخارجية X ومستشار السلطان Y إلى طهران": those who arrive with the visitor, joined to him, travel on his side
  // (the place is named after the last of them).
  let fellows = visitor.first > i ? conjoined(ctx, visitor) : [];
  let place = fellows.length ? visitedAfter(ctx, afterTitle(ctx, fellows[fellows.length - 1]!.last, end), end, partition, verb === 'visit') : null;
  if (place) fellows = fellows.filter((c) => c.official.country !== place!.country);
  else {
    fellows = [];
    place = visitedAfter(ctx, from, end, partition, verb === 'visit');
  }
  if (!place || place.country === visitor.official.country) return null;
  // The visitor is the guest; the country he visits hosts him.
  return {
    cue: i,
    parties: [{ official: visitor.official, side: null, role: 'subject' }, ...fellows.map((c) => ({ official: c.official, side: null, role: 'subject' as const, joined: true })), { official: null, side: place, role: 'object' }],
    sameMeeting: false,
    leads: false,
    guestFirst: true,
  };
}

/** The token after a title that follows a name ("Y مستشار السلطان إلى …"): the first «إلى» or «لـ» word within six, else `from`. */
function afterTitle(ctx: Context, from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + 9); k++) {
    // (A name inside the title, as its genitive, is part of it: "المستشار الخاص للرئيس X".)
    const named = ctx.coveredBy[k];
    if ((named && !isGenitiveReference(ctx, named) && !isTitleGenitive(ctx, named)) || (k > from && ctx.comma[k])) return from;
    if (TO_WORD.test(ctx.norms[k]!)) return k;
  }
  return from;
}
const TO_WORD = /^(?:الي)$/;
/** "للرئيس X": a name right after a title word with ل, the genitive of the title before it. */
function isTitleGenitive(ctx: Context, m: Mention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 2); k--) if (/^لل/.test(ctx.norms[k]!) && titleHeads.has(ctx.norms[k]!.slice(2))) return true;
  return false;
}

/**
 * "استقبل X بعثة صندوق النقد الدولي برئاسة Y": an organisation's mission received, its head perhaps unread. (Only an
 * organisation: "رئيس البعثة الخاصة بالأردن" names where a mission works.)
 */
function missionOf(ctx: Context, a: number, b: number, partition: Partition): { side: Side; first: number; last: number } | null {
  for (let i = a; i < b; i++) {
    if (ctx.coveredBy[i] || !MISSION.test(ctx.norms[i]!)) continue;
    const s = sideAt(ctx, i + 1, partition);
    return s && s.side.key.startsWith('org:') ? { side: s.side, first: i, last: i + 1 + s.length } : null;
  }
  return null;
}

/** Prepositions after which a word is a noun, never a finite verb (not منذ or بعد: "منذ التقى الزعيمان"). */
const PREPOSITION_BEFORE = /^و?(?:في|من|عن|الي|علي|مع|بحسب|حسب|لدي|ضمن|عبر)$/;

/** «بعثة»: an organisation's mission («بعثة صندوق النقد الدولي برئاسة X»), a delegation by another word. */
const MISSION = /^(?:ال)?بعث(?:ه|ة)$/;

/**
 * "وفد مصري رفيع برئاسة"، "وفدا أمنيا مصريا برئاسة"، "وفدا من صندوق النقد الدولي برئاسة"، "بعثة البنك الدولي برئاسة": a
 * delegation word and its nationality or organisation within the six words before i.
 */
function ledSideBefore(ctx: Context, i: number, partition: Partition): Side | null {
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= Math.max(start, i - 6); k--) {
    // ("وأجرى الوفد الكيني مباحثات مع الجانب الغاني برئاسة X": the side X leads is the one after مع.)
    if (ctx.coveredBy[k] || ctx.comma[k + 1] || ctx.norms[k] === 'مع' || isIn(ctx, k, meetingNouns) || verbAt(ctx, k)) return null;
    if (!isIn(ctx, k, delegationWords) && !MISSION.test(ctx.norms[k]!) && !isIn(ctx, k, sideWords)) continue;
    for (let j = k + 1; j < i; j++) {
      const s = sideAt(ctx, j, partition) ?? accusativeNationalityAt(ctx, j);
      if (s) return s.side;
    }
    return null;
  }
  return null;
}

/** "تلبية لدعوة من X" in a sentence about a visit or a meeting: X hosts it, the clause subject is the guest. */
function invitationMeeting(ctx: Context, i: number): Meeting | null {
  if (!isIn(ctx, i, invitationWords) || !(ctx.forms[i + 1] ?? []).includes('من')) return null;
  const host = nextMention(ctx, i + 1, 6);
  if (!host) return null;
  const [start, end] = sentenceBounds(ctx, i);
  let aboutMeeting = false;
  for (let k = start; k < end && !aboutMeeting; k++) aboutMeeting = !ctx.quoted[k] && (nounAt(ctx, k) !== null || verbAt(ctx, k) !== undefined);
  if (!aboutMeeting) return null;
  const guest = clauseSubject(ctx, i);
  const parties: Party[] = [{ official: host.official, side: null, role: 'object' }];
  if (guest && guest.official !== host.official) parties.unshift({ official: guest.official, side: null, role: 'subject' });
  return { cue: i, parties, sameMeeting: true, leads: false };
}

const BANQUET_VERB = /^[وف]?(?:اقام|يقيم|اقامت|تقيم)$/;

/** "أقام X مأدبة غداء تكريما لـY"، "… على شرف Y": the host of a banquet and the guest it honours. */
function banquetMeeting(ctx: Context, i: number): Meeting | null {
  if (!BANQUET_VERB.test(ctx.norms[i]!)) return null;
  const [, end] = sentenceBounds(ctx, i);
  let meal = -1;
  for (let k = i + 1; k < Math.min(end, i + 30) && meal < 0; k++) if (!ctx.coveredBy[k] && (isIn(ctx, k, mealNouns) || /^(?:حفل|حفلا)$/.test(ctx.norms[k]!))) meal = k;
  if (meal < 0) return null;
  let honour = -1;
  for (let k = meal + 1; k < Math.min(end, meal + 5) && honour < 0; k++) {
    if (/^تكريما$/.test(ctx.norms[k]!)) honour = k;
    else if (ctx.norms[k] === 'علي' && /^شرف$/.test(ctx.norms[k + 1] ?? '')) honour = k + 1;
  }
  if (honour < 0) return null;
  const host = nextMention(ctx, i, meal - i) ?? previousMention(ctx, i, 15);
  const guest = host && nextMention(ctx, honour, 10, host.official);
  if (!host || !guest) return null;
  return { cue: i, parties: [{ official: host.official, side: null, role: 'subject' }, { official: guest.official, side: null, role: 'object' }], sameMeeting: false, leads: false };
}

/** "وأشارت إلى أن الأمير X كان حاضرا (في اللقاء)": X was at the article's meeting. */
function presenceMeeting(ctx: Context, i: number): Meeting | null {
  if (!isIn(ctx, i, presentWords) || !isIn(ctx, i - 1, pluperfectAuxiliaries)) return null;
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 2; k >= Math.max(start, i - 10); k--) {
    const m = ctx.coveredBy[k];
    if (m && !ctx.quoted[k] && !isGenitiveReference(ctx, m)) return { cue: i, parties: [{ official: m.official, side: null, role: 'subject' }], sameMeeting: true, leads: false };
  }
  return null;
}

/** "وقال X، الذي حضر اللقاء، إن …"، "X التي شاركت في المباحثات": a relative clause says X was at the article's meeting. */
function relativePresence(ctx: Context, i: number): Meeting | null {
  const verb = ctx.norms[i]!;
  if (!/^(?:حضر|حضرت|شارك|شاركت|يشارك|تشارك)$/.test(verb) || !/^(?:الذي|التي|الذين)$/.test(ctx.norms[i - 1] ?? '')) return null;
  // The meeting: "حضر اللقاء"، "شارك في المباحثات" (a noun with the article: the article's own meeting).
  const at = verb.startsWith('حضر') ? i + 1 : (ctx.forms[i + 1] ?? []).includes('في') ? i + 1 : -1;
  const noun = at > 0 ? nounAt(ctx, at) : null;
  if (!noun || !noun.definite || noun.possessive || ctx.coveredBy[at]) return null;
  const m = ctx.coveredBy[i - 2];
  if (!m || ctx.quoted[i - 2] || isGenitiveReference(ctx, m)) return null;
  return { cue: i, parties: [{ official: m.official, side: null, role: 'subject' }], sameMeeting: true, leads: false };
}

/** "ودعا بومبيو الجنرال X إلى العشاء": the host and his guest at a meal. */
function mealMeeting(ctx: Context, i: number): Meeting | null {
  if (!invitingVerbs.has(ctx.norms[i]!.replace(/^[وف]/, ''))) return null;
  const [, end] = sentenceBounds(ctx, i);
  let to = -1;
  for (let k = i + 1; k < Math.min(end, i + 30) && to < 0; k++) if (!ctx.coveredBy[k] && (ctx.forms[k] ?? []).includes('الي') && isIn(ctx, k + 1, mealNouns)) to = k;
  if (to < 0) return null;
  const host = nextMention(ctx, i, 4) ?? previousMention(ctx, i, 15);
  const guest = host && nextMention(ctx, Math.max(i, host.last - 1), to - Math.max(i, host.last - 1), host.official);
  if (!host || !guest) return null;
  return { cue: i, parties: [{ official: host.official, side: null, role: 'subject' }, { official: guest.official, side: null, role: 'object' }], sameMeeting: false, leads: false };
}

/** "وزيرا"، "ووزيرا" (a title that starts with و, with or without the conjunction). */
const isDualTitle = (norm: string) => dualTitles.has(norm) || dualTitles.has(norm.replace(/^[وف]/, ''));

/**
 * "بحث وزيرا خارجية مصر والسودان، X و Y، …"، "اجتماع وزيري دفاع البلدين": one dual title for the two sides of a meeting,
 * their names (if given) in the order of the countries. Only in a sentence about a meeting.
 */
function dualTitleMeeting(ctx: Context, i: number, partition: Partition): Meeting | null {
  if (!isDualTitle(ctx.norms[i]!) || ctx.coveredBy[i]) return null;
  const [start, end] = sentenceBounds(ctx, i);
  // The countries: "خارجية مصر والسودان" (a portfolio word or two first), or "البلدين".
  const sides: Side[] = [];
  let both = false;
  let k = i + 1;
  for (; k < Math.min(end, i + 6) && sides.length < 2; k++) {
    if (ctx.mentionAt[k]) break;
    if (/^ال?بلدين$/.test(ctx.norms[k]!)) {
      both = true;
      k++;
      break;
    }
    const s = sideAt(ctx, k, partition);
    if (!s) {
      if (sides.length) break;
      continue;
    }
    if (sides.length && !/^و/.test(ctx.norms[k]!)) break;
    sides.push(s.side);
    k += s.length - 1;
  }
  // "التقى مبعوثا إيرانيا": a singular in the accusative, not a dual; the dual names two countries or "البلدين".
  if (sides.length < 2 && !both) return null;
  // «عقدت اللجنة الثنائية … دورتها، برئاسة وزيري داخلية البلدين X وY»: a body's session chaired by the two. (Not
  // «عقد الدورة المقبلة من اللجنة المشتركة … برئاسة وزيري خارجية البلدين»: a session still to come.)
  const coming = comingBefore(ctx, start, i);
  let aboutMeeting = CHAIRED_BY.test(ctx.norms[i - 1] ?? '') && !coming;
  for (let q = start; q < end && !aboutMeeting; q++) aboutMeeting = q !== i && !ctx.quoted[q] && (nounAt(ctx, q) !== null || verbAt(ctx, q) !== undefined);
  if (!aboutMeeting) return null;
  // «البلدين»: the two countries the sentence named before the title, in their order («اللجنة الجزائرية التونسية»).
  if (both && !sides.length && !coming) sides.push(...countriesNamedBefore(ctx, start, i, partition));
  // The names right after, joined by و: "، X و Y".
  let first: Mention | null = null;
  for (let q = k; q < Math.min(end, k + 3) && !first; q++) first = ctx.quoted[q] ? null : ctx.mentionAt[q] ?? null;
  const named = first ? [first, ...conjoined(ctx, first)].slice(0, 2) : [];
  if (named.length === 2) {
    return {
      cue: i,
      parties: named.map((m, n) => ({ official: m.official, side: sides[n] ?? null, role: n ? ('object' as const) : ('subject' as const), stated: !!sides[n] })),
      sameMeeting: false,
      leads: false,
    };
  }
  if (sides.length < 2) return null;
  // Only one of the two names was read as a person: he is on his own side, the other side has nobody named yet.
  const parties: Party[] = named.length === 1 ? [{ official: named[0]!.official, side: null, role: 'subject' }] : [];
  for (const side of sides) parties.push({ official: null, side, role: parties.length ? 'object' : 'subject' });
  return { cue: i, parties, sameMeeting: false, leads: false };
}

/** «المقبلة»، «القادمة»، «المرتقبة»: an event still to come. */
const COMING = /^ال(?:مقبل|قادم|مرتقب)[ةه]?$/;
const comingBefore = (ctx: Context, from: number, to: number) => ctx.norms.slice(from, to).some((n) => COMING.test(n));

/** The two countries named (by name or adjective) in [from, to), in order; none unless exactly two. */
function countriesNamedBefore(ctx: Context, from: number, to: number, partition: Partition): Side[] {
  const found: Side[] = [];
  for (let q = from; q < to; q++) {
    if (ctx.coveredBy[q] || ctx.quoted[q]) continue;
    const s = sideAt(ctx, q, partition);
    if (!s) continue;
    if (s.side.country && !found.some((f) => f.key === s.side.key)) found.push(s.side);
    q += s.length - 1;
  }
  return found.length === 2 ? found : [];
}

/** «أوراق اعتمادهم»: the credentials of several ambassadors, named by the plural possessive. */
const PLURAL_OWN = /^اعتماد(?:هم|هن|هما)$/;
/** How far after «أوراق اعتماده» the one the ambassador presents them to may be named («سفيرا لبلاده لدى المملكة إلى الملك X»). */
const RECIPIENT_REACH = 12;
/** How far before «أوراق» the ambassador presenting them may be named (his title and posting in between). */
const PRESENTER_REACH = 25;
/** How far apart the ambassadors of one ceremony may be named («سفير جمهورية فرنسا لدى البلاد X، وسفير …»). */
const AMBASSADOR_GAP = 12;

/**
 * An ambassador's credentials: «تسلم X (نسخة من) أوراق اعتماد سفير Y» (X receives Y; «أوراق اعتماد كل من A سفيرا لـ…،
 * و B …»: several ambassadors at one ceremony, each his own side), «قدم السفير Y أوراق اعتماده إلى X» (the possessive:
 * the one named before presents them). The receiver hosts the ambassador, who heads his country's side.
 */
function credentialsMeeting(ctx: Context, i: number, partition: Partition = null): Meeting | null {
  if (!isIn(ctx, i, credentialsPapers) || ctx.coveredBy[i]) return null;
  const next = i + 1;
  const own = isIn(ctx, next, ownCredentials);
  if (!own && !isIn(ctx, next, credentialsOf)) return null;
  const presenter = own ? previousMention(ctx, i, PRESENTER_REACH) : null;
  if (presenter) {
    const receiver = recipientAfter(ctx, next, presenter.official);
    if (receiver) return received(i, receiver, [presenter]);
    if (!PLURAL_OWN.test(ctx.norms[next]!)) return null;
  }
  // «استقبل الملك X عددا من السفراء الجدد الذين قدموا له أوراق اعتمادهم. ويتعلق الأمر بكل من A، سفير …»: the
  // ambassadors, in the plural, present them to the subject of the clause, and a later sentence names them.
  if (own && PLURAL_OWN.test(ctx.norms[next]!)) {
    const subject = clauseSubject(ctx, i);
    const listed = subject ? ambassadorsListedLater(ctx, i, subject.official) : [];
    return listed.length ? received(i, subject!, listed) : null;
  }
  // («الذين قدموا أوراق اعتماده …» names no presenter before it: no meeting is read from it.)
  if (own) return null;
  const receiver = clauseSubject(ctx, i) ?? ceremonyReceiverBefore(ctx, i);
  if (!receiver) return null;
  const listed = namesAmbassadorsInPlural(ctx, next) ? ambassadorsListedHere(ctx, next, receiver.official) ?? ambassadorsListedLater(ctx, i, receiver.official) : [];
  if (listed.length) return received(i, receiver, listed);
  const ambassadors: Mention[] = [];
  const nextAmbassador = (from: number) => nextMention(ctx, from, AMBASSADOR_GAP, receiver.official) ?? pastUnreadAmbassador(ctx, from, receiver.official);
  for (let m = nextAmbassador(next); m && ambassadors.length < 8; m = nextAmbassador(m.last - 1)) {
    if (!ambassadors.some((a) => a.official === m!.official)) ambassadors.push(m);
  }
  if (!ambassadors.length) return null;
  const meeting = received(i, receiver, ambassadors);
  for (const party of meeting.parties) {
    const m = ambassadors.find((a) => a.official === party.official);
    const side = m ? accreditedFor(ctx, m, partition) : null;
    if (side) Object.assign(party, { side, stated: true });
  }
  return meeting;
}

/** «سفيرا»، «سفيرة»: an ambassador's title in a ceremony's list. */
const AMBASSADOR_TITLE = /^سفير(?:ا|ه)?$/;

/**
 * «أوراق اعتماد سعادة A سفيرا لجمهورية بيرو غير مقيم لدى السلطنة، وسعادة B سفيرة …»: an ambassador whose name was not
 * read as a person does not end the list; the next one named within reach of his title goes on with it.
 */
function pastUnreadAmbassador(ctx: Context, from: number, receiver: Official): Mention | null {
  const [, end] = sentenceBounds(ctx, from);
  for (let k = from + 1; k < Math.min(end, from + 1 + AMBASSADOR_GAP); k++) {
    if (ctx.mentionAt[k] || ctx.coveredBy[k] || isIn(ctx, k, stoppers)) return null;
    if (AMBASSADOR_TITLE.test(ctx.norms[k]!)) return nextMention(ctx, k, AMBASSADOR_GAP, receiver);
  }
  return null;
}

/** How far after «سفيرا» the country he is accredited for may be named («سفيرا فوق العادة ومفوضا لجمهورية X»). */
const POSTING_REACH = 6;
/**
 * «أوراق اعتماد السيد Y سفيرا فوق العادة ومفوضا لجمهورية إندونيسيا لدى مصر»: the country an ambassador named before his
 * title represents, said after «سفيرا» (before «لدى», where he is posted).
 */
function accreditedFor(ctx: Context, m: Mention, partition: Partition): Side | null {
  if (!/^سفير[اه]$/.test(ctx.norms[m.last] ?? '') || ctx.comma[m.last]) return null;
  const [, end] = sentenceBounds(ctx, m.last);
  for (let k = m.last + 1; k < Math.min(end, m.last + 1 + POSTING_REACH); k++) {
    if (ctx.mentionAt[k] || ctx.comma[k] || /^لد[يى]$/.test(ctx.norms[k]!)) return null;
    const s = sideAt(ctx, k, partition);
    if (s) return s.side;
  }
  return null;
}

/** «أوراق اعتماد (عدد من) سفراء الدول الشقيقة»: the ambassadors in the plural, their names left for later. */
const AMBASSADORS = /^(?:ال)?سفراء$/;
function namesAmbassadorsInPlural(ctx: Context, accreditation: number): boolean {
  for (let k = accreditation + 1; k <= accreditation + 3 && k < ctx.norms.length; k++) if (AMBASSADORS.test(ctx.norms[k]!)) return true;
  return false;
}

/**
 * «تسلم X أوراق اعتماد عدد من سفراء الدول الشقيقة»: a receiver takes the credentials of ambassadors named in the plural,
 * whether or not the text read so far reaches the sentence that lists them.
 */
function ambassadorsCeremony(ctx: Context, i: number): boolean {
  if (!isIn(ctx, i, credentialsPapers) || ctx.coveredBy[i] || !isIn(ctx, i + 1, credentialsOf)) return false;
  return namesAmbassadorsInPlural(ctx, i + 1) && !!clauseSubject(ctx, i);
}

/**
 * «تسلم الرئيس X أوراق اعتماد السفراء الجدد. فقد تسلم سيادته أوراق اعتماد سعادة السيد A سفير …، و B …»: a clause whose
 * receiver is named by his title alone («سمو الأمير»، «فخامة الرئيس») tells the ceremony announced in a sentence just
 * before, whose receiver is named (the ambassadors follow «أوراق اعتماد» in the construct).
 */
function ceremonyReceiverBefore(ctx: Context, i: number): Mention | null {
  // («حضر تسلم أوراق الاعتماد X»: the definite names the ceremony, and those after it attended it.)
  if (/^ال/.test(ctx.norms[i + 1]!)) return null;
  const s = ctx.sentence[i]!;
  const from = ctx.sentenceStart[Math.max(0, s - LIST_SENTENCES)]!;
  for (let k = ctx.sentenceStart[s]! - 1; k >= from; k--) {
    if (!isIn(ctx, k, credentialsPapers) || ctx.coveredBy[k] || !isIn(ctx, k + 1, credentialsOf) || !namesAmbassadorsInPlural(ctx, k + 1)) continue;
    return clauseSubject(ctx, k);
  }
  return null;
}

/** «وهم:»، «كالتالي:»: the word that announces the list after it (a colon after it is a pause, see context). */
const ANNOUNCES_LIST = /^(?:و?(?:هم|هن)|كالتالي|كالاتي|التالي|الاتي|يلي)$/;
/**
 * «أوراق اعتماد عدد من سفراء الدول الشقيقة المعينين لدى المملكة، وهم: سعادة السيدة A سفيرة …، سعادة السيد B سفير …»: the
 * ambassadors in the plural, then, in the same sentence, announced and listed (on lines of their own, too). Null when the
 * sentence announces no list.
 */
function ambassadorsListedHere(ctx: Context, accreditation: number, receiver: Official): Mention[] | null {
  const [, end] = sentenceBounds(ctx, accreditation);
  let from = -1;
  for (let k = accreditation + 2; k < end && from < 0; k++) if (ctx.comma[k] && ANNOUNCES_LIST.test(ctx.norms[k - 1]!) && !ctx.coveredBy[k - 1]) from = k;
  if (from < 0) return null;
  const out: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.first < from || m.first >= end || ctx.quoted[m.first] || m.official === receiver) continue;
    if (!out.some((a) => a.official === m.official)) out.push(m);
  }
  return out.length ? out : null;
}

/** How many sentences after the credentials phrase the list of its ambassadors may come. */
const LIST_SENTENCES = 3;
/**
 * «… أوراق اعتماد عدد من سفراء الدول الشقيقة. وقد أدى السفراء التحية … . والسفراء هم: سفير A X، وسفير B Y»: the
 * ambassadors of the ceremony, named in a later sentence that lists them (the words right after «سفراء» name countries).
 */
function ambassadorsListedLater(ctx: Context, i: number, receiver: Official): Mention[] {
  const s = ctx.sentence[i]!;
  for (let n = s + 1; n <= s + LIST_SENTENCES && n < ctx.sentenceStart.length; n++) {
    const from = ambassadorsListFrom(ctx, ctx.sentenceStart[n]!);
    if (from < 0) continue;
    const out: Mention[] = [];
    for (const m of ctx.mentions) {
      if (m.first < from || m.first >= ctx.sentenceEnd[n]! || ctx.quoted[m.first] || m.official === receiver) continue;
      if (!out.some((a) => a.official === m.official)) out.push(m);
    }
    return out;
  }
  return [];
}

/**
 * «أوراق اعتمادهم»، «أوراق الاعتماد»: the credentials of the ceremony just announced, by the plural possessive or by the
 * article («تسلم X أوراق اعتماد أربعة سفراء جدد. وقدم أوراق الاعتماد كل من سفير A X وسفير B Y»).
 */
const CEREMONY_CREDENTIALS = /^(?:اعتماد(?:هم|هن)|الاعتماد)$/;

/**
 * Where the names begin in a sentence that lists the ambassadors of a ceremony: «والسفراء هم: …», or «وقدم أوراق
 * اعتمادهم كل من: سفير A X، …» (the presenting verb with the plural possessive or the article, its subjects after it). -1 if it lists none.
 */
function ambassadorsListFrom(ctx: Context, start: number): number {
  if (/^و?السفراء$/.test(ctx.norms[start] ?? '') && /^(?:هم|هن)$/.test(ctx.norms[start + 1] ?? '')) return start + 2;
  // «ويتعلق الأمر بكل من السيد A، سفير …»: the Maghreb press's «it concerns», naming those just announced.
  if (/^و?يتعلق$/.test(ctx.norms[start] ?? '') && ctx.norms[start + 1] === 'الامر') return start + 2;
  if (/^و?(?:قدم|تقدم)(?:ت)?$/.test(ctx.norms[start] ?? '') && isIn(ctx, start + 1, credentialsPapers) && CEREMONY_CREDENTIALS.test(ctx.norms[start + 2] ?? '')) return start + 3;
  return -1;
}

function received(cue: number, receiver: Mention, ambassadors: Mention[]): Meeting {
  return {
    cue,
    parties: [{ official: receiver.official, side: null, role: 'subject' }, ...ambassadors.map((m) => ({ official: m.official, side: null, role: 'object' as const }))],
    sameMeeting: false,
    leads: false,
  };
}

/** «أوراق اعتماده إلى الرئيس X»، «… للرئيس X»، «… سفيرا لبلاده لدى مصر إلى الرئيس X»: the one they are presented to, named in
 * the same clause (no comma before him: «… إلى الرئيس، بحضور الوزير Y» names no recipient). */
function recipientAfter(ctx: Context, at: number, presenter: Official): Mention | null {
  const [, end] = sentenceBounds(ctx, at);
  const to = /^لل/.test(ctx.norms[at + 1] ?? '') ? at : (() => {
    for (let k = at + 1; k < Math.min(end, at + RECIPIENT_REACH); k++) {
      if (ctx.coveredBy[k] || ctx.comma[k] || isIn(ctx, k, stoppers)) return -1;
      if (isIn(ctx, k, credentialsRecipients)) return k;
    }
    return -1;
  })();
  if (to < 0) return null;
  for (let k = to + 1; k < Math.min(end, to + RECIPIENT_REACH); k++) {
    if (ctx.comma[k] || ctx.quoted[k]) return null;
    const m = ctx.mentionAt[k];
    if (m) return m.official === presenter || isGenitiveReference(ctx, m) ? null : m;
  }
  return null;
}

// Whether a word can start a meeting (verb, noun, نظيره, دعوة, رأس/على), by normalised word, shared across analyses.
const cueCache = new Map<string, boolean>();

function mayCue(ctx: Context, i: number): boolean {
  const norm = ctx.norms[i]!;
  let v = cueCache.get(norm);
  if (v === undefined) {
    if (cueCache.size > 50_000) cueCache.clear();
    const forms = ctx.forms[i] ?? [];
    v =
      lookup(ctx, i, meetingVerbs) !== undefined ||
      readNoun(forms) !== null ||
      isIn(ctx, i, counterpartWords) ||
      isIn(ctx, i, invitationWords) ||
      isIn(ctx, i, presentWords) ||
      isIn(ctx, i, credentialsPapers) ||
      /^(?:حضر|حضرت|شارك|شاركت|يشارك|تشارك)$/.test(norm) ||
      invitingVerbs.has(norm.replace(/^[وف]/, '')) ||
      BANQUET_VERB.test(norm) ||
      ARRIVAL_VERBS.test(norm) ||
      isDualTitle(norm) ||
      forms.includes('علي') ||
      headVerbs.has(norm) ||
      /^[وف]?رييس[ةه]?$/.test(norm) ||
      ((norm[0] === 'و' || norm[0] === 'ف') && headVerbs.has(norm.slice(1))) ||
      ANSWER_LEADS.test(norm) ||
      OPENS.test(norm) ||
      forms.some((f) => /^(?:ال)?موتمر$/.test(f));
    cueCache.set(norm, v);
  }
  return v;
}

/** A line of its own shorter than this, with no final punctuation, after the opening: a headline of another story. */
const OTHER_STORY_TOKENS = 16;

/**
 * "ترامب يلغي قمته مع كيم جونغ أون" on a line of its own between paragraphs (pages list related stories in the body):
 * a headline of another story, past the title and the line after it.
 */
function isOtherStoryLine(ctx: Context, i: number): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', ctx.tokens[i]!.start) + 1;
  if (lineStart === 0) return false;
  let lineEnd = ctx.text.indexOf('\n', ctx.tokens[i]!.end);
  if (lineEnd < 0) lineEnd = ctx.text.length;
  const line = ctx.text.slice(lineStart, lineEnd).trim();
  if (/[.!؟?:؛]$/.test(line) || line.split(/\s+/).length >= OTHER_STORY_TOKENS) return false;
  // The title and the line after it (a subtitle) are the article's own.
  const before = ctx.text.slice(0, lineStart).split(/\n+/).filter((l) => l.trim()).length;
  return before >= 2;
}

/** "بعد أيام من اجتماع ثلاثي في طهران جمع X و Y": a verb describing a meeting noun of another time named just before it. */
function describesOtherMeeting(ctx: Context, i: number): boolean {
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= Math.max(start, i - 5); k--) {
    if (ctx.coveredBy[k] || ctx.comma[k + 1]) return false;
    if (nounAt(ctx, k)) return isOtherTime(ctx, k);
  }
  return false;
}

/** "وفي سياق آخر، تلقى X اتصالا من Y": the sentence of token i opens with a phrase of another matter. */
function inOtherMatter(ctx: Context, i: number): boolean {
  const [start] = sentenceBounds(ctx, i);
  // (The first word with or without its conjunction: «وفي»، «في»; stripping a letter off «في» itself would leave «ي».)
  const first = ctx.norms[start] ?? '';
  return otherMatterOpeners.some((words) => (first === words[0] || first === 'و' + words[0]) && words.every((w, n) => n === 0 || ctx.norms[start + n] === w));
}

/** "أكد أردوغان أنه بحث …": the person named before أن/إنه/بأن in the sentence of token i, who tells what follows. */
function tellerBefore(ctx: Context, i: number): Official | null {
  const [start] = sentenceBounds(ctx, i);
  let teller: Official | null = null;
  for (let k = start; k < i; k++) {
    if (ctx.quoted[k]) continue;
    if (ctx.mentionAt[k]) teller = ctx.mentionAt[k]!.official;
    else if (!ctx.coveredBy[k] && isIn(ctx, k, complementizers)) return teller;
  }
  return null;
}

/** Every meeting the text reports, in text order. */
export function findMeetings(ctx: Context, partition: Partition): Meeting[] {
  const out: Meeting[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.quoted[i] || !mayCue(ctx, i)) continue;
    // A cue inside a mention only as its last word (a name read one word too far: "… الجبير مباحثات").
    const cover = ctx.coveredBy[i];
    if (cover && (cover.last !== i + 1 || cover.first === i || !nounAt(ctx, i))) continue;
    // "وكان في استقباله/الاستقبال …" opens a list of people at a reception, not a new meeting.
    if (/^و?(?:ال)?(?:استقبال|وداع)/.test(ctx.norms[i]!) && (ctx.forms[i - 1] ?? []).includes('في')) continue;
    // «سيعقد على هامش القمة لقاء ثنائيا مع Y»: the event on whose sidelines something happens is its frame, not a meeting
    // of those named around it.
    if (onSidelinesOf(ctx, i)) continue;
    // "والقيادي في تجمع المهنيين"، "بحسب تجمع …": after a preposition the word is a noun, not a verb ("تجمع" gathers).
    const verb = PREPOSITION_BEFORE.test(ctx.norms[i - 1] ?? '') && !ctx.coveredBy[i - 1] ? undefined : verbAt(ctx, i);
    const joint = verb === 'sign' || verb === 'witness';
    const m =
      (joint ? jointMeeting(ctx, i, verb, partition) : verb ? verbMeeting(ctx, i, verb, partition) : null) ??
      nounMeeting(ctx, i, partition) ??
      counterpartMeeting(ctx, i, partition) ??
      invitationMeeting(ctx, i) ??
      credentialsMeeting(ctx, i, partition) ??
      leaderMeeting(ctx, i, partition) ??
      openedBy(ctx, i) ??
      presenceMeeting(ctx, i) ??
      relativePresence(ctx, i) ??
      mealMeeting(ctx, i) ??
      banquetMeeting(ctx, i) ??
      dualTitleMeeting(ctx, i, partition) ??
      pressConferenceMeeting(ctx, i) ??
      visitMeeting(ctx, i, verb, partition);
    // «ولم يشارك رئيس الوزراء X في القمة»: a meeting someone is said not to attend is none of his.
    if (m && !deniedAttendance(ctx, i)) {
      // "وكان X قد التقى …، كما زار بريطانيا حيث التقى …": the rest of a sentence dated at another time stays there.
      const previous = out[out.length - 1];
      if (
        isOtherTime(ctx, i) ||
        (previous?.otherTime && ctx.sentence[previous.cue] === ctx.sentence[i]) ||
        // «وكان X قد التقى نظيره Y في فيينا الشهر الماضي. وقال Y عقب ذلك اللقاء …»: «ذلك»/«تلك» points back to that meeting.
        (previous?.otherTime && FAR_DEMONSTRATIVE.test(ctx.norms[i - 1] ?? '') && !!nounAt(ctx, i)) ||
        furtherMeeting(ctx, i, m, out) ||
        (verb && describesOtherMeeting(ctx, i)) ||
        isOtherStoryLine(ctx, i) ||
        inOtherMatter(ctx, i) ||
        // "وتأتي هذه الزيارة أياما بعد الاتصال الذي جمع X بنظيره Y": the event the news is dated by.
        inSentenceOfOtherEvent(ctx, i) ||
        peopleOfOtherEvent(ctx, m)
      )
        m.otherTime = true;
      if (tellerBefore(ctx, i)) m.reported = true;
      // «وصل X … في زيارة رسمية تستغرق يومين، يبحث خلالها مع Y …»: the visit named before its programme in the
      // sentence is met with Y only in talks still to come.
      if (visitProgramme(ctx, i)) {
        const met = new Set(m.parties.map((p) => p.official));
        for (const v of out) if (!v.otherTime && nounAt(ctx, v.cue) && ctx.sentence[v.cue] === ctx.sentence[i] && v.parties.every((p) => met.has(p.official))) v.otherTime = true;
      }
      out.push(m);
    }
  }
  return out;
}

/**
 * «سيعقد على هامش القمة لقاء …»، «على هامش أعمال المنتدى»: inside a clause, the word names the event on whose sidelines
 * the clause's news happens. (A sentence opened by the frame, «وعلى هامش الحوار، عقد X لقاء …», ties it to the article's
 * event: delegations/index.ts reads that one.)
 */
function onSidelinesOf(ctx: Context, i: number): boolean {
  const k = ctx.norms[i - 1] === 'اعمال' ? i - 2 : i - 1;
  return ctx.norms[k] === 'هامش' && !ctx.coveredBy[k] && k - 1 > sentenceBounds(ctx, i)[0] && !!nounAt(ctx, i);
}

/**
 * «ولم يشارك X في القمة»، «لم يلتق Y»، «ولن يحضر Z الاجتماع»: «لم» or «لن» right before the cue, or before a verb of
 * attending or meeting in the cue's clause (no comma between); «ولا يشارك X»: «لا» before a verb of attending.
 */
export function deniedAttendance(ctx: Context, i: number): boolean {
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= Math.max(start, i - DENIAL_REACH); k--) {
    if (ctx.comma[k + 1] || ctx.quoted[k]) return false;
    if (ctx.coveredBy[k]) continue;
    // «ولا يشارك X في هذه الجولة»: «لا» denies only a verb of attending right after it («لا يزال»، «لا سيما» do not).
    if (PRESENT_DENIAL.test(ctx.norms[k]!)) return ATTENDING.test(ctx.norms[k + 1] ?? '');
    if (!DENIAL.test(ctx.norms[k]!)) continue;
    return k + 1 === i || ATTENDING.test(ctx.norms[k + 1] ?? '') || !!verbAt(ctx, k + 1);
  }
  return false;
}
const DENIAL_REACH = 10;
const DENIAL = /^[وف]?(?:لم|لن)$/;
const PRESENT_DENIAL = /^[وف]?لا$/;
/** «يشارك»، «تحضر»، «يشاركا»: a verb of attending in the jussive or subjunctive «لم» and «لن» take. */
const ATTENDING = /^[يت](?:شارك|حضر)(?:ا|وا)?$/;

/** «يبحث خلالها»، «يلتقي خلاله»: a verb in the present tense over a visit (its «خلال» taking it back) is the visit's programme. */
function visitProgramme(ctx: Context, i: number): boolean {
  return /^[يت]/.test(ctx.norms[i]!) && !!verbAt(ctx, i) && /^خلال(?:ها|ه)$/.test(ctx.norms[i + 1] ?? '');
}

/**
 * The last resort for an article about a meeting in which no clause names its parties: the first sentence of the
 * opening with a meeting word ("مفاوضات"، "لقاء"، "وفد") and two or more people named outside quotation marks,
 * not as a genitive, not a spokesperson. They met.
 */
export function openingMeeting(ctx: Context): Meeting | null {
  const leadEnd = leadTokens(ctx);
  for (let i = 0; i < leadEnd; i++) {
    if (ctx.quoted[i] || ctx.coveredBy[i]) continue;
    if (!nounAt(ctx, i) && !verbAt(ctx, i) && !isIn(ctx, i, delegationWords)) continue;
    // "بعد لقاء جمعه بـX": the verb tells of the meeting of another time named just before it.
    if (isOtherTime(ctx, i) || (verbAt(ctx, i) && describesOtherMeeting(ctx, i))) continue;
    // The clause of the meeting word: between the stoppers (فيما، الذي، وفقا …) around it.
    let [start, end] = sentenceBounds(ctx, i);
    for (let k = i - 1; k > start; k--) if (!ctx.coveredBy[k] && isIn(ctx, k, stoppers)) { start = k; break; }
    for (let k = i + 1; k < end; k++) if (!ctx.coveredBy[k] && isIn(ctx, k, stoppers)) { end = k; break; }
    const parties: Party[] = [];
    for (let k = start; k < end && parties.length < 4; k++) {
      const m = ctx.mentionAt[k];
      if (!m || ctx.quoted[k] || isGenitiveReference(ctx, m) || isPlaceName(ctx, m) || isSpokesperson(m.official)) continue;
      if (!parties.some((p) => p.official === m.official)) parties.push({ official: m.official, side: null, role: parties.length ? 'object' : 'subject' });
    }
    if (parties.length >= 2) return { cue: i, parties, sameMeeting: true, leads: false };
    i = Math.max(i, end - 1);
  }
  return null;
}

/** Fewer words than this on a line after the title: a dateline or a date ("بيروت: «الشرق الأوسط»"), not a paragraph. */
const FURNITURE_WORDS = 5;

/**
 * The tokens of the opening: the title and the paragraphs after it up to LEAD_PARAGRAPHS in all, LEAD_TOKENS at most.
 * A short line after the title (a dateline, a date, an outlet's name) does not count as one of them.
 */
function leadTokens(ctx: Context): number {
  let paragraphs = 0;
  let words = 0;
  const n = Math.min(ctx.tokens.length, LEAD_TOKENS);
  for (let i = 0; i < n; i++) {
    if (i && /\n/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start))) {
      if (!paragraphs || words >= FURNITURE_WORDS) paragraphs++;
      words = 0;
    }
    if (paragraphs >= LEAD_PARAGRAPHS) return i;
    words++;
  }
  return n;
}

/** "خلال المؤتمر الصحفي المشترك"، "في مؤتمر صحفي مشترك": two sides speak together after meeting. */
function jointPressConference(ctx: Context, i: number): boolean {
  if (!(ctx.forms[i] ?? []).some((f) => /^(?:ال)?موتمر$/.test(f))) return false;
  if (!(ctx.forms[i + 1] ?? []).some((f) => /^(?:ال)?صحفي$/.test(f))) return false;
  return (ctx.forms[i + 2] ?? []).some((f) => /^(?:ال)?مشترك$/.test(f));
}

/**
 * «قال X …. جاء ذلك في مؤتمر صحفي مشترك مع نظيره Y»: a joint press conference with someone is held by the clause's subject
 * (or, in a sentence that names nobody before it, the subject of the sentence before) and the one named after «مع».
 */
function pressConferenceMeeting(ctx: Context, i: number): Meeting | null {
  if (!jointPressConference(ctx, i) || ctx.norms[i + 3] !== 'مع') return null;
  const subject = previousPresentMention(ctx, i, 40) ?? pronounReferent(ctx, i);
  if (!subject) return null;
  const object = nextMention(ctx, i + 3, 6, subject.official);
  if (!object) return null;
  return { cue: i, parties: [{ official: subject.official, side: null, role: 'subject' }, { official: object.official, side: null, role: 'object' }], sameMeeting: false, leads: false };
}

/** "X جال على عون وبري": a verb of touring, على, and a person named right after it. */
function touredAt(ctx: Context, i: number): boolean {
  if (!isIn(ctx, i, tourVerbs) || ctx.norms[i + 1] !== 'علي') return false;
  for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 5) && ctx.sentence[k] === ctx.sentence[i]; k++) if (ctx.mentionAt[k]) return !ctx.quoted[k];
  return false;
}

/**
 * Whether the article is about a meeting, visit or talks: its opening (title and first paragraphs) names one.
 * A story that only mentions a phone call or a meeting further down is not.
 */
/**
 * «خلال زيارته مواقع البحث والإنقاذ»، «زيارة مخيم الزعتري»: a visit whose object, right after it, is a site (a camp, a
 * factory, a disaster's sites) is no meeting of sides; it alone does not make an article about one.
 */
function siteVisitNoun(ctx: Context, i: number): boolean {
  if (!VISIT_NOUNS.test(nounAt(ctx, i)?.noun ?? '')) return false;
  return (ctx.forms[i + 1] ?? []).some((f) => siteNouns.has(f.replace(/^ال/, ''))) && !ctx.coveredBy[i + 1];
}

/** A visit of a site (its noun or verb, the site right after it) earlier in the sentence of token i. */
function siteVisitBefore(ctx: Context, i: number): boolean {
  const [start] = sentenceBounds(ctx, i);
  for (let k = start; k < i; k++) {
    if (ctx.coveredBy[k]) continue;
    if (siteVisitNoun(ctx, k)) return true;
    if (isIn(ctx, k, siteVisitVerbs) && (ctx.forms[k + 1] ?? []).some((f) => siteNouns.has(f.replace(/^ال/, ''))) && !ctx.coveredBy[k + 1]) return true;
  }
  return false;
}

export function isAboutMeeting(ctx: Context): boolean {
  const leadEnd = leadTokens(ctx);
  for (let i = 0; i < leadEnd; i++) {
    if (ctx.quoted[i]) continue;
    const verb = verbAt(ctx, i);
    if (verb === 'sign' || verb === 'witness') {
      if (jointMeeting(ctx, i, verb)) return true;
    } else if (verb && verb !== 'discuss') return true;
    if (verb && jointSubjectsBefore(ctx, i)) return true;
    // "بحث X مع Y": a discussion verb counts with مع.
    if (verb === 'discuss') {
      if (withAfterSubject(ctx, i, sentenceBounds(ctx, i)[1]) >= 0) return true;
      // "بحث X و Y": two officials joined by و.
      const first = nextMention(ctx, i, 4);
      if (first && conjoined(ctx, first).length) return true;
    }
    if ((nounAt(ctx, i) && !siteVisitNoun(ctx, i)) || isIn(ctx, i, delegationWords) || isIn(ctx, i, counterpartWords)) return true;
    // («خلال زيارته مواقع البحث والإنقاذ، برفقة وزير الصحة X»: those who go with a visitor to a site met no one.)
    if (lookup(ctx, i, listOpeners) === 'accompany' && !siteVisitBefore(ctx, i)) return true;
    if (touredAt(ctx, i)) return true;
    if (jointPressConference(ctx, i)) return true;
    // (The opening may end before the sentence that lists the ambassadors: the plural ceremony is already a meeting.)
    if (credentialsMeeting(ctx, i) || ambassadorsCeremony(ctx, i)) return true;
    // «ترأس وزير الخارجية الإماراتي X، ووزيرة الخارجية الهندية Y، … أعمال الدورة … للجنة المشتركة»: two chairs of two countries.
    if (coChairs(ctx, i)?.leads) return true;
    // «اختتمت أعمال الدورة الثانية للجنة … المشتركة، برئاسة X، ووزير … الأوزبكي Y»: a session chaired by two sides' chairs.
    if (CHAIRED_BY.test(ctx.norms[i]!) && chairedJointly(ctx, i)) return true;
    // "وزيرا خارجية مصر والسودان يبحثان …".
    if (isDualTitle(ctx.norms[i]!) && dualTitleMeeting(ctx, i, null)) return true;
  }
  return false;
}
