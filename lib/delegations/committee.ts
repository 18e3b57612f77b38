/**
 * A parliament committee meeting the government: «ناقشت اللجنة المالية في مجلس النواب، خلال اجتماع عقدته اليوم برئاسة
 * النائب X، مع وزير المالية Y، مشروع القانون …»، «عقدت لجنة الشؤون الصحية بمجلس النواب اجتماعا مع نائب وزير الصحة X».
 * One country's institutions, so no country tells the sides apart: the committee (its chair at its head, the members the
 * text calls its own) and the government (the minister at its head, those listed «من الجانب الحكومي» or by a ministry's
 * title in the attendance).
 */
import { normalize } from '../arabic/normalize';
import { institutionToEnglish } from '../english/roles';
import type { Delegation, Official } from '../types';
import { CHAIRED_BY, sentenceBounds, type Context } from './context';
import { delegationMember } from './member';

const COMMITTEE = /^[وف]?(?:ال)?لجنه$/;
/** «بمجلس النواب»، «في مجلس الأمة»، «البرلمانية»، «النيابية». */
const CHAMBER = /^(?:[وف]?(?:ب|في|ل|لل)?)?(?:النواب|الامه|الشعب|الشوري|الشيوخ|الاعيان)$/;
const COUNCIL = /^(?:ب|ل)?(?:مجلس|المجلس)$/;
const PARLIAMENT = /^(?:ب|لل|بال|ال|ل)?برلمان$/;
const PARLIAMENTARY = /^(?:ال)?(?:نيابيه|برلمانيه)$/;
/** The verbs and nouns of the committee's meeting. */
const MEETING = /^[وف]?(?:(?:ب|ل)?(?:اجتماع|لقاي|مناقشت|جلست)(?:ها|هما)|مناقشه|اجتماع|اجتماعا|لقاء|لقاءا|جلسه|ناقشت|بحثت|استضافت|استقبلت|التقت|عقدت|اجتمعت|تناقش|تبحث|تستضيف|تستقبل|تلتقي|تعقد|تجتمع)$/;
/** A member of the government: a minister, his deputy, the head of government. */
const MINISTER = /^(?:نايب(?:ه)? |مساعد(?:ه)? )?(?:وزير|وزيره|رييس الوزراء|رييسه الوزراء|رييس الحكومه|رييسه الحكومه)(?: |$)/;
/** A post in the administration: a ministry's secretary-general, a director general, an undersecretary. */
const EXECUTIVE = /(?:^|\s)(?:وزاره|الوزاره|وزير|وكيل|مدير|مديره|امين عام|الامين العام|دايره|هييه|مؤسسه|موسسه|المدير العام)(?:\s|$)/;
/** «من الجانب الحكومي»، «عن الحكومة»، «من جانب الوزارة». */
const GOVERNMENT_WORDS = /^(?:الحكومي|الحكومه|الوزاره|لحكومه|للحكومه|للوزاره)$/;
const SIDE_INTRO = /^و?(?:من|عن|ومن|وعن)$/;
/** «بحضور»، «وحضر»، «وحضره»، «حضرته»: those present at the meeting. */
const PRESENT = /^[وف]?(?:بحضور|حضور|حضر|حضره|حضرته|حضرها|حضرتها)$/;
/** «من أعضاء اللجنة»، «عن اللجنة»، «من جانب اللجنة»، «من الجانب النيابي»: the committee's own in a list of those present. */
const COMMITTEE_WORDS = /^(?:[وفبل]|لل)?(?:اللجنه|لجنه|النيابي|البرلماني|النواب|المجلس)$/;
/** An MP's title: «النائب»، «النائبة»، «عضو مجلس النواب». */
const MP = /^(?:النايب|النايبه|نايب|نايبه|عضو مجلس (?:النواب|الامه|الشعب|الشيوخ)|عضوه مجلس (?:النواب|الامه|الشعب|الشيوخ))$/;

interface Found {
  committeeAr: string;
  chamberAr: string;
  sentence: number;
  minister: Official;
  /** The one met heads another body, not the government («محافظ البنك المركزي»). */
  body: boolean;
}

const n = (s: string | null | undefined) => (s ? normalize(s) : '');

/** The committee and the minister it met, in one of the article's first sentences. */
function findCommittee(ctx: Context): Found | null {
  for (let i = 0; i < ctx.tokens.length && (ctx.sentence[i] ?? 0) <= 4; i++) {
    if (!COMMITTEE.test(ctx.norms[i]!) || ctx.quoted[i] || ctx.coveredBy[i]) continue;
    const [start, end] = sentenceBounds(ctx, i);
    // The committee's words up to its chamber: «اللجنة المالية في مجلس النواب»، «لجنة الشؤون الصحية بمجلس النواب».
    let chamberAt = -1;
    let chamberEnd = -1;
    for (let j = i + 1; j < Math.min(end, i + 9); j++) {
      if (ctx.comma[j] || ctx.mentionAt[j]) break;
      const w = ctx.norms[j]!;
      if (COUNCIL.test(w) && CHAMBER.test(ctx.norms[j + 1] ?? '')) {
        chamberAt = j;
        chamberEnd = j + 2;
        break;
      }
      if (PARLIAMENT.test(w) || PARLIAMENTARY.test(w)) {
        chamberAt = j;
        chamberEnd = j + 1;
        break;
      }
    }
    if (chamberAt < 0) continue;
    let nameEnd = chamberAt;
    if (ctx.norms[nameEnd - 1] === 'في') nameEnd--;
    if (nameEnd <= i + 1 && !PARLIAMENTARY.test(ctx.norms[chamberAt]!)) continue;
    // The meeting: a meeting word in the sentence, and a minister named after «مع» or as the one received.
    let meeting = false;
    for (let k = start; k < end && !meeting; k++) meeting = !ctx.quoted[k] && !ctx.coveredBy[k] && MEETING.test(ctx.norms[k]!);
    if (!meeting) continue;
    let minister: Official | null = null;
    // «استضافت اللجنة المالية … محافظ البنك المركزي X»، «بحثت لجنة الزراعة … مع رئيس اتحاد الفلاحين Y»: with no minister,
    // the head of another body (not an MP, not of the committee, not its chair after «برئاسة») met in the same way.
    let guest: Official | null = null;
    for (let k = chamberEnd; k < end && !minister; k++) {
      const m = ctx.mentionAt[k];
      if (!m || ctx.quoted[k]) continue;
      const title = n(m.official.role_ar);
      const other = !MINISTER.test(title) && !guest && isGuestOfCommittee(ctx, m.official, m.first, start);
      if (!MINISTER.test(title) && !other) continue;
      // «مع وزير المالية Y»، «استضافت … وزير …»، «اجتماعا مع نائب وزير الصحة X».
      let joined = false;
      for (let b = Math.max(chamberEnd, k - 6); b < k && !joined; b++) joined = /^و?مع$/.test(ctx.norms[b]!);
      // (The committee's verb of receiving, before or after its name: «استضافت لجنة … النيابية، برئاسة X، وزير …».)
      for (let b = start; b < k && !joined; b++) joined = !ctx.quoted[b] && /^[وف]?(?:استضافت|استقبلت|التقت|تستضيف|تستقبل|تلتقي)$/.test(ctx.norms[b]!);
      // «عقدت لجنة … اجتماعا، بحضور وزير …»، «… وحضره نائب وزير …»: the minister attends the committee's meeting.
      for (let b = chamberEnd; b < k && !joined; b++) joined = !ctx.quoted[b] && PRESENT.test(ctx.norms[b]!);
      if (joined && other) guest = m.official;
      else if (joined) minister = m.official;
    }
    // «حلّ الوزير X ضيفا على لجنة …»، «قدم وزير المالية Y عرضا أمام لجنة …»: the minister named before the committee.
    minister ??= ministerBeforeCommittee(ctx, start, i);
    const body = !minister && !!guest;
    minister ??= guest;
    if (!minister) continue;
    const words = (a: number, b: number) => ctx.tokens.slice(a, b).map((t) => t.text).join(' ');
    const chamberAr = PARLIAMENTARY.test(ctx.norms[chamberAt]!) ? '' : words(chamberAt, chamberEnd).replace(/^(?:ب|في |ل)(?=م|ا)/, '');
    const committeeAr = words(i, PARLIAMENTARY.test(ctx.norms[chamberAt]!) ? chamberEnd : nameEnd).replace(/^[وف](?=ال|ل)/, '');
    return { committeeAr, chamberAr, sentence: ctx.sentence[i]!, minister, body };
  }
  return null;
}

/** «ضيفا على»، «أمام»: the words that set a minister named before a committee before it, as its guest. */
const BEFORE_COMMITTEE = /^(?:ضيفا|ضيفه|امام)$/;

/**
 * The minister named as the subject before the committee token `at`, with «ضيفا على» or «أمام» between them and no one
 * else named between («حلّ سعيد أمزازي، وزير التربية الوطنية، ضيفا على لجنة التعليم بمجلس النواب»).
 */
function ministerBeforeCommittee(ctx: Context, start: number, at: number): Official | null {
  for (let k = at - 1; k >= Math.max(start, at - 25); k--) {
    const m = ctx.mentionAt[k];
    if (m && m.last <= at) {
      if (ctx.quoted[k] || !MINISTER.test(n(m.official.role_ar))) return null;
      for (let b = m.last; b < at; b++) if (!ctx.quoted[b] && !ctx.coveredBy[b] && BEFORE_COMMITTEE.test(ctx.norms[b]!)) return m.official;
      return null;
    }
  }
  return null;
}

/**
 * The head of another body the committee meets, named at token `at`: an official with a title of his own that is not an
 * MP's or the committee's, not the one named right after «برئاسة» (the chair), nor someone of another country.
 */
function isGuestOfCommittee(ctx: Context, o: Official, at: number, start: number): boolean {
  const title = n(o.role_ar);
  if (!title || isMP(o) || /(?:^|\s)(?:ال)?لجنه(?:\s|$)/.test(title) || !GUEST_HEAD.test(title)) return false;
  for (let b = Math.max(start, at - 5); b < at; b++) if (CHAIRED_BY.test(ctx.norms[b]!)) return false;
  return true;
}
/** The head of a body: «رئيس …»، «محافظ …»، «مدير …»، «نقيب …»، «أمين عام …». */
const GUEST_HEAD = /^(?:رييس|رييسه|محافظ|محافظه|مدير|مديره|المدير|المديره|نقيب|نقيبه|امين عام|الامين العام|امين|عميد|مفوض|المفوض|قايد|رييس مجلس)(?:\s|$)/;

/** The sides of a committee's meeting with the government, or null when the article tells of none. */
export function committeeSides(ctx: Context): Delegation[] | null {
  const found = findCommittee(ctx);
  if (!found) return null;
  const { minister } = found;
  const [start, end] = [ctx.sentenceStart[found.sentence] ?? 0, ctx.sentenceEnd[found.sentence] ?? ctx.tokens.length];
  // The chair: the one named after «برئاسة» in the sentence, else the one titled «رئيس اللجنة».
  let chair: Official | null = null;
  // (A headline that names the committee and the minister: the chair is in the lead under it.)
  const chairEnd = ctx.sentenceEnd[found.sentence + 2] ?? ctx.tokens.length;
  for (let k = start; k < chairEnd && !chair; k++) {
    if (!CHAIRED_BY.test(ctx.norms[k]!) || ctx.quoted[k]) continue;
    const stop = Math.min(ctx.sentenceEnd[ctx.sentence[k]!] ?? chairEnd, k + 5);
    for (let j = k + 1; j < stop && !chair; j++) if (ctx.mentionAt[j] && ctx.mentionAt[j]!.official !== minister) chair = ctx.mentionAt[j]!.official;
  }
  const ofCommittee = (o: Official) => /(?:^|\s)(?:ال)?لجنه(?:\s|$)/.test(n(o.role_ar)) || /(?:^|\s)اللجنه(?:\s|$)/.test(n(o.evidence));
  chair ??= ctx.mentions.map((m) => m.official).find((o) => /^رييس(?:ه)? (?:ال)?لجنه/.test(n(o.role_ar))) ?? null;

  const committee: Official[] = chair ? [chair] : [];
  const government: Official[] = [minister];
  const add = (list: Official[], o: Official) => {
    if (!committee.includes(o) && !government.includes(o)) list.push(o);
  };
  for (const m of ctx.mentions) {
    if (ctx.quoted[m.first]) continue;
    const o = m.official;
    const [s] = sentenceBounds(ctx, m.first);
    // «وحضر الاجتماع من الجانب الحكومي A، وB، وC»: those after the government's words in the sentence; «…، بينما حضره من
    // أعضاء اللجنة D» after them: the nearest side's words before the name decide.
    const intro = sideIntro(ctx, s, m.first);
    if (intro === 'government' && !ofCommittee(o)) {
      add(government, o);
      continue;
    }
    if (intro === 'committee' && !MINISTER.test(n(o.role_ar))) {
      add(committee, o);
      continue;
    }
    // «ورافق الوزيرَ في هذا الاجتماع A، وB»، «يرافقه A»: those who accompany the minister are the government's.
    if (!ofCommittee(o) && !isMP(o) && accompaniesMinister(ctx, s, m.first, minister)) {
      add(government, o);
      continue;
    }
    // «وقالت عضو اللجنة النائب Z»، «نائب رئيس اللجنة»: the committee's own.
    // (The title before the name may be read short: «مقررة اللجنة النائبة Z» gives «النائبة».)
    let titled = false;
    for (let k = m.first - 1; k >= Math.max(s, m.first - 4) && !titled && !ctx.comma[k + 1]; k--) titled = /^(?:ل|لل)?(?:اللجنه|لجنه)$/.test(ctx.norms[k]!);
    // «أعضاء اللجنة النواب A وB وC»: a name joined to a committee member's by «و» alone, with no title of its own.
    const before = ctx.mentions.filter((x) => x.last <= m.first && ctx.sentence[x.first] === ctx.sentence[m.first]).pop();
    const joinedTo = !!before && committee.includes(before.official) && before.last >= m.first - 1 && (before.last === m.first || /^و$/.test(ctx.norms[before.last]!)) && (!o.role_ar || o.role_ar === before.official.role_ar);
    if ((ofCommittee(o) || titled || joinedTo) && !MINISTER.test(n(o.role_ar))) {
      add(committee, o);
      continue;
    }
    // «وتساءلت النائب Z عن …»، «فيما طالب النائب W …»: an MP who speaks at the committee's meeting sits on its side (not
    // one told of in the pluperfect, nor after the article turns to other news).
    if (isMP(o) && m.first >= start && !beyondMeeting(ctx, start, m.first) && !isPluperfectSentence(ctx, m.first)) {
      add(committee, o);
      continue;
    }
    // «بحضور مدير عام المستشفيات X» in the meeting's sentence: an official of the administration.
    if (m.first >= start && m.first < end && EXECUTIVE.test(n(o.role_ar)) && o !== chair) {
      let present = false;
      for (let k = start; k < m.first && !present; k++) present = /^و?(?:بحضور|حضور|وحضر|حضر|حضره)$/.test(ctx.norms[k]!);
      if (present) add(government, o);
    }
  }
  if (!committee.length) return null;

  const committeeEn = institutionToEnglish(found.committeeAr)?.replace(/^the /, '') || 'Committee';
  const chamberEn = found.chamberAr ? institutionToEnglish(found.chamberAr)?.replace(/^the /, '') : null;
  const ministryEn = (minister.role_en ?? '').replace(/^(?:Deputy|Assistant) /, '').replace(/^Minister (?=of|for)/, 'Ministry ');
  return [
    {
      side_ar: found.chamberAr ? `${found.committeeAr} في ${found.chamberAr}` : found.committeeAr,
      side_en: chamberEn ? `${committeeEn} (${chamberEn})` : committeeEn,
      country: minister.country ?? null,
      members: committee.map((o) => delegationMember(o, o === chair)),
    },
    {
      side_ar: found.body ? bodyOfTitleAr(minister.role_ar) : 'الجانب الحكومي',
      side_en: found.body ? bodyOfTitleEn(minister.role_en) : /^Ministry (?:of|for) /.test(ministryEn) ? `Government (${ministryEn})` : 'Government',
      country: minister.country ?? null,
      members: government.map((o) => delegationMember(o, o === minister)),
    },
  ];
}

/** «Governor of the Iraqi Central Bank» → «Iraqi Central Bank»: the body its head's English title names. */
function bodyOfTitleEn(role: string | null): string {
  const body = (role ?? '').replace(/^(?:(?:First |Deputy |Assistant )?(?:President|Chairman|Chairwoman|Chair|Head|Governor|Director[- ]General|Director|Secretary[- ]General|Dean|Commissioner|Commander|Captain)\s+(?:of|at|for)\s+(?:the\s+)?)/i, '');
  return body && body !== role ? body : role || 'Government';
}

/** «محافظ البنك المركزي العراقي» → «البنك المركزي العراقي». */
function bodyOfTitleAr(role: string | null): string {
  const words = (role ?? '').split(/\s+/);
  const at = words.findIndex((w, k) => k > 0 && !/^(?:العام|العامة|الأول|الاول|مجلس)$/.test(w));
  if (at <= 0) return role ?? '';
  return words.slice(at).join(' ').replace(/^لل/, 'ال');
}

/** The side named last before token i in its sentence: «من الجانب الحكومي»، «ممثلا عن الحكومة»، «من أعضاء اللجنة». */
function sideIntro(ctx: Context, from: number, i: number): 'government' | 'committee' | null {
  for (let k = i - 1; k >= from; k--) {
    if (ctx.quoted[k] || !SIDE_INTRO.test(ctx.norms[k]!)) continue;
    let j = k + 1;
    if (/^(?:الجانب|جانب|اعضاء|عضو)$/.test(ctx.norms[j] ?? '')) j++;
    if (GOVERNMENT_WORDS.test(ctx.norms[j] ?? '')) return 'government';
    if (COMMITTEE_WORDS.test(ctx.norms[j] ?? '') && j > k + 1 || /^(?:اللجنه|لجنه)$/.test(ctx.norms[j] ?? '')) return 'committee';
  }
  return null;
}

const ACCOMPANY = /^[وف]?(?:رافق|يرافق|رافقه|يرافقه|رافقها|يرافقها)$/;
/** «الوزير»، «الوزيرة»: the minister by his title alone. */
const THE_MINISTER = /^(?:ال)?وزير[هة]?$/;

/**
 * An accompanying verb before token i in its sentence whose object is the minister: his pronoun («يرافقه»), his title
 * alone («ورافق الوزيرَ»), or his name right after the verb.
 */
function accompaniesMinister(ctx: Context, from: number, i: number, minister: Official): boolean {
  for (let k = from; k < i; k++) {
    if (ctx.quoted[k] || ctx.coveredBy[k] || !ACCOMPANY.test(ctx.norms[k]!)) continue;
    if (/(?:ه|ها)$/.test(ctx.norms[k]!)) return true;
    if (THE_MINISTER.test(ctx.norms[k + 1] ?? '') && !ctx.coveredBy[k + 1]) return true;
    if (ctx.mentionAt[k + 1]?.official === minister) return true;
  }
  return false;
}

/** An MP: the officials layer's «MP», or a title that is an MP's. */
export function isMP(o: Official): boolean {
  return /^(?:MP|Member of Parliament)$/i.test(o.role_en ?? '') || MP.test(n(o.role_ar));
}

/** «وفي سياق متصل»، «من جهة أخرى»، «على صعيد آخر» between the meeting and token i: the article has turned to other news. */
function beyondMeeting(ctx: Context, from: number, i: number): boolean {
  for (let k = from; k < i; k++) {
    const w = ctx.norms[k]!;
    const next = ctx.norms[k + 1] ?? '';
    if (/^و?(?:في|فى)$/.test(w) && next === 'سياق' && /^(?:متصل|اخر|منفصل)$/.test(ctx.norms[k + 2] ?? '')) return true;
    if (/^و?(?:من|على)$/.test(w) && /^(?:جهه|ناحيه|صعيد)$/.test(next) && /^(?:اخري|اخر)$/.test(ctx.norms[k + 2] ?? '')) return true;
  }
  return false;
}

/** «وكان النائب X قد …»: a sentence told in the pluperfect tells of another time. */
function isPluperfectSentence(ctx: Context, i: number): boolean {
  const [s, e] = sentenceBounds(ctx, i);
  for (let k = s; k < Math.min(i, s + 3); k++) if (/^و?كان(?:ت)?$/.test(ctx.norms[k]!)) for (let j = k + 1; j < Math.min(e, k + 10); j++) if (ctx.norms[j] === 'قد') return true;
  return false;
}
