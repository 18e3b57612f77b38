/**
 * One country's institutions as the sides of a meeting: «استقبل وزير الشؤون المحلية X … وفدا عن بلدية Y يتقدمه رئيس
 * البلدية Z، ويضم …، بحضور …» is the ministry and the municipality meeting, not one country twice. The sides are read
 * from the delegation's own words («وفدا عن/من/يمثل …») and from each person's title (the body he heads or serves:
 * «وزير …» the ministry, «الكاتب العام للبلدية» the municipality the article names, «… بالوزارة» the ministry).
 */
import { isOrdinaryWord } from '../people/evidence';
import { institutionToEnglish, roleToEnglish } from '../english/roles';
import { nameToEnglish } from '../english/names';
import { placeNameEn } from '../english/countries';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import {
  bodyNouns,
  bodyNounsEn,
  bodyOfHead,
  delegationWords,
  headVerbs,
  listOpeners,
  meetingNouns,
  presidencyTitles,
  stoppers,
  timeWords,
} from '../vocab/meetings';
import type { Delegation, Official } from '../types';
import { buildContext, isIn, lookup, sentenceBounds, type Context } from './context';
import type { ExplicitList } from './lists';
import { verbAt, type Meeting } from './meetings';
import { sideAt, type Partition, type Side } from './sides';
import { institutionNouns } from '../vocab/titles';
import { normalize } from '../arabic/normalize';
import { isMP } from './committee';

/** A body: its noun (normalised, without ال) and the words that name it («الشوون المحليه والبييه»، «سيدي بوعلي»). */
export interface Body {
  noun: string;
  /** Normalised words after the noun, without ال/ل/لل; empty for a bare «البلدية». */
  spec: string[];
  /** The Arabic as written («بلدية سيدي بوعلي»، for a head title the body's noun and the title's words). */
  ar: string;
}

const PREPOSITIONS = new Set(['في', 'الي', 'من', 'عن', 'لدي', 'علي', 'مع', 'عند', 'خلال', 'حول', 'بشان', 'منذ', 'بين', 'ضمن', 'اثر', 'عقب', 'قبل', 'بعد']);
/** Words that end a body's name: its seat or place after ب («بمقر»، «بصفاقس»), a verb of leading, a time. */
const SEAT = /^و?ب(?:ال|مقر|قصر)/;
const MAX_SPEC = 7;
/** «وفدا من نقابة الأطباء لبحث …»: the purpose of the visit after the body's name ends it. */
const PURPOSE = /^و?ل(?:بحث|مناقشه|استعراض|متابعه|عرض|تقديم|تسليم|التباحث|التشاور|تباحث|تشاور|دراسه|تنسيق|الاطلاع|الوقوف|اطلاع|شرح|توقيع)$/;
/** «وفدا عن/من …»، «وفدا يمثل …»: what comes between a delegation word and the body it is of. */
const OF_WORDS = /^(?:عن|من|يمثل|تمثل|يضم|ممثلا|ممثلين)$/;
/** «ممثلين عن نقابة …»: a group of representatives is a delegation too. */
const REPRESENTATIVES = /^و?(?:ممثلين|ممثلي|ممثلون)$/;
/** Adjectives a delegation word may take before the body («وفدا رفيعا»، «وفدا هاما»، «وفدا مشتركا»). */
const DELEGATION_ADJECTIVES = /^(?:رفيع|رفيعا|رفيع المستوي|هاما|مهما|كبيرا|مشتركا|رسميا|موسعا|برلمانيا|نقابيا|حكوميا|المستوي)$/;

/** "استقباله"، "لقائه"، "لدى استقبالها": the noun of receiving or meeting with its possessor's pronoun. */
const RECEIVING_NOUN = /^[وفبل]*(?:استقبال|لقاي|لقاء|مقابلت)(?:ه|ها|هما|هم)$/;

const stripClitic = (w: string) => w.replace(/^و?(?:ال|لل|ل(?=ال)|بال)/, '').replace(/^ال/, '');

/** The body named at token k (a body noun, or a head title whose holder heads one), with its name's words after it. */
function bodyAt(ctx: Context, k: number, end: number, inText: boolean): Body | null {
  const forms = (ctx.forms[k] ?? []).map((f) => f.replace(/^ال/, ''));
  let noun = forms.find((f) => bodyNouns.has(f));
  if (!noun) {
    const head = forms.find((f) => bodyOfHead.has(f));
    // A head title in the text is a person's, not a body («وفدا … يتقدمه وزير …»).
    if (!head || inText) return null;
    noun = bodyOfHead.get(head)!;
  }
  const spec: string[] = [];
  let last = k;
  for (let j = k + 1; j < end && spec.length < MAX_SPEC; j++) {
    if (ctx.comma[j] || ctx.sentence[j] !== ctx.sentence[k] || ctx.coveredBy[j]) break;
    const n = ctx.norms[j]!;
    if (PREPOSITIONS.has(n) || SEAT.test(n) || PURPOSE.test(n) || isPlaceWithBa(n) || isIn(ctx, j, stoppers) || isIn(ctx, j, headVerbs) || lookup(ctx, j, listOpeners) || isIn(ctx, j, timeWords) || isIn(ctx, j, delegationWords) || isIn(ctx, j, meetingNouns)) break;
    // «وزير الداخلية والي الجهة»: a second title starts another office.
    if (bodyOfHead.has(n.replace(/^و/, '')) || /^و?رييس/.test(n)) break;
    spec.push(stripClitic(n));
    last = j;
  }
  // "محافظ البصرة العراقي": the nationality after a head title is the holder's, not the body's name.
  if (!forms.some((f) => bodyNouns.has(f))) {
    while (last > k && /^ال/.test(ctx.norms[last]!) && matchNationality(ctx.norms, last)?.length === 1) {
      last--;
      spec.pop();
    }
  }
  const first = written(ctx, k);
  const rest = ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[last]!.end).trim();
  // A head title's body is named by its noun: «وزير الشؤون المحلية» → «وزارة الشؤون المحلية».
  const ar = (forms.some((f) => bodyNouns.has(f)) ? `${first} ${rest}` : `${nounWritten(noun)} ${rest}`).trim();
  return { noun, spec, ar };
}

/** Token k as written without its clitics («بالوزارة» → «الوزارة»، «للبلدية» → «البلدية»، «وبلدية» → «بلدية»). */
function written(ctx: Context, k: number): string {
  const text = ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.end);
  const norm = ctx.norms[k]!;
  if (text.length !== norm.length) return text;
  const forms = ctx.forms[k] ?? [];
  const base = forms.find((f) => f.startsWith('ال') && (bodyNouns.has(f.slice(2)) || bodyOfHead.has(f.slice(2)))) ?? forms.find((f) => bodyNouns.has(f) || bodyOfHead.has(f)) ?? norm;
  if (norm.endsWith(base)) return text.slice(norm.length - base.length);
  // «للبلدية»: ل and ال make لل.
  if (base.startsWith('ال') && /^و?لل/.test(norm) && norm.endsWith(base.slice(1))) return 'ا' + text.slice(norm.length - base.length + 1);
  return text;
}

/** «بصفاقس»: a place after ب is where a body sits, not its name. */
function isPlaceWithBa(norm: string): boolean {
  const rest = norm.replace(/^و?ب/, '');
  return rest !== norm && rest.length > 2 && (!!placeNameEn(rest) || !!matchCountryName([rest], 0));
}

/** The written noun of a body a head title implies («وزير» → «وزارة»). */
function nounWritten(noun: string): string {
  return noun.replace(/ه$/, 'ة');
}

const bodiesOfTitles = new Map<string, Body | null>();

/** The body a title names: «وزير التجهيز» → the Ministry of Equipment; «المساعد الأول لرئيس البلدية» → the municipality. */
export function bodyOfTitle(title: string | null): Body | null {
  if (!title) return null;
  const cached = bodiesOfTitles.get(title);
  if (cached !== undefined) return cached;
  if (bodiesOfTitles.size > 20_000) bodiesOfTitles.clear();
  const ctx = buildContext(title, []);
  let found: Body | null = presidencyTitles.has(ctx.norms.join(' ')) ? { noun: 'رياسه', spec: [], ar: 'رئاسة الجمهورية' } : null;
  for (let k = 0; k < ctx.tokens.length && !found; k++) found = bodyAt(ctx, k, ctx.tokens.length, false);
  bodiesOfTitles.set(title, found);
  return found;
}

/** Two readings of one body: the same noun, and the same name or one of them bare («البلدية»). */
export function sameBody(x: Body, y: Body): boolean {
  const [a, b] = [councilOfBody(x), councilOfBody(y)];
  if (a.noun !== b.noun) return false;
  if (!a.spec.length || !b.spec.length) return true;
  const [short, long] = a.spec.length <= b.spec.length ? [a.spec, b.spec] : [b.spec, a.spec];
  return short.every((w, n) => long[n] === w);
}

/**
 * «المجلس البلدي» is the municipality's own council (its head is the mayor, «رئيس البلدية»): one body with «البلدية».
 * (Not «مجلس المحافظة»: the provincial council and the governor are two institutions.)
 */
function councilOfBody(b: Body): Body {
  return b.noun === 'مجلس' && b.spec[0] === 'بلدي' ? { ...b, noun: 'بلديه', spec: b.spec.slice(1) } : b;
}

/** A body's English as a side: «وزارة الشؤون المحلية والبيئة» → Ministry of Local Affairs and Environment, «بلدية سيدي بوعلي» → Sidi Bou Ali Municipality. */
export function bodyEnglish(body: Body): string {
  const en = bodyEnglishFull(body);
  // «لجنة الصحة العامة والعمل والشؤون الاجتماعية النيابية»: a committee of three or more portfolios goes by its first
  // (Parliamentary Public Health Committee), as the press names it in a column's header.
  const many = /^((?:Parliamentary )?)([^,]+), [^,]+(?:, [^,]+)* and .+ (Committee)$/.exec(en);
  return body.noun === 'لجنه' && many ? `${many[1]}${many[2]} ${many[3]}` : en;
}

function bodyEnglishFull(body: Body): string {
  const nounEn = bodyNounsEn.get(body.noun);
  if (body.noun === 'وزاره' && body.spec.length) {
    const minister = roleToEnglish(`وزير ${body.ar.split(/\s+/).slice(1).join(' ')}`);
    if (minister && /^Minister (?:of|for) /.test(minister)) return minister.replace(/^Minister/, 'Ministry');
  }
  let en = institutionToEnglish(body.ar)?.replace(/^the /, '') ?? '';
  // «ولاية سوسة»: the title grammar's State is a governorate when a والي heads it.
  const plain = institutionNouns.get(body.noun)?.en;
  if (nounEn && plain) en = en.replace(new RegExp(`\\b${plain}\\b`), nounEn);
  if (!en) return nounEn ?? plain ?? 'Institution';
  // «بلدية سيدي بوعلي»: a place the English left out goes before the noun.
  const words = body.ar.split(/\s+/).slice(1);
  if (body.spec.length && en.split(/\s+/).length === 1 && words.length) {
    const norm = body.spec.join(' ');
    const place = placeNameEn(norm) ?? (body.spec.every((w) => !isOrdinaryWord(w)) ? nameToEnglish(words.join(' ')) : null);
    if (place) return `${place} ${en}`;
  }
  return en;
}

/** «وفدا عن بلدية سيدي بوعلي»، «وفد الاتحاد الجهوي»، «ممثلين عن نقابة …»: a delegation word in [from, to) and the body it is of. */
function delegationBody(ctx: Context, from: number, to: number): { at: number; body: Body | null; end: number } | null {
  for (let k = from; k < to; k++) {
    if (ctx.coveredBy[k]) continue;
    if (!isIn(ctx, k, delegationWords) && !REPRESENTATIVES.test(ctx.norms[k]!)) continue;
    let j = k + 1;
    while (j < to && !ctx.coveredBy[j] && DELEGATION_ADJECTIVES.test(ctx.norms[j]!)) j++;
    if (j < to && OF_WORDS.test(ctx.norms[j]!)) j++;
    // «وفد بلدية …» (construct), «وفدا عن بلدية …».
    const body = j < to && !ctx.coveredBy[j] ? bodyAt(ctx, j, to, true) : null;
    let end = j;
    if (body) while (end < to && !ctx.coveredBy[end] && !ctx.comma[end + 1] && end - j < body.spec.length) end++;
    return { at: k, body, end: end + 1 };
  }
  return null;
}

export interface BodySides {
  host: Side;
  guest: Side;
  /** Each person's side among the two bodies, if his title or the meeting says. */
  sideOf: (o: Official) => Side | null;
  hostBody: Body;
  guestBody: Body;
  /** The one who leads the host body at the meeting (its subject, or the one named after «برئاسة»), and the guest's head. */
  hostHead: Official | null;
  guestHead: Official | null;
  /** The meeting verb. */
  cue: number;
}

/**
 * The two bodies of one country's meeting, when the article's meeting is a host receiving (or meeting) a delegation of
 * another body of his own country: «استقبل وزير … وفدا عن بلدية … يتقدمه …». Not when the sides already found are two
 * countries or organisations, nor a one-to-one meeting of two officials (a president and his prime minister).
 */
export function bodySides(ctx: Context, meetings: readonly Meeting[], found: readonly Delegation[], partition: Partition): BodySides | null {
  // «استقبلت لجنة الشؤون الأفريقية بمجلس النواب، برئاسة النائب X، وفدا من وزارة …»: a body receives, led by the one
  // named after «برئاسة»; its receiving verb is a meeting of the article even when no one received is named.
  const cues: { cue: number; parties: Meeting['parties'] }[] = meetings.filter((m) => !m.otherTime).map((m) => ({ cue: m.cue, parties: m.parties }));
  for (const cue of bodyReceiving(ctx)) if (!cues.some((c) => c.cue === cue)) cues.push({ cue, parties: [] });
  // (A headline's «لجنة … تستقبل وفد …» names no one: the sentence that names the body's head tells more.)
  let headless: BodySides | null = null;
  for (const m of cues.sort((a, b) => a.cue - b.cue)) {
    if (ctx.quoted[m.cue]) continue;
    const kind = verbAt(ctx, m.cue);
    // "خلال استقباله وفدا عن نقابة …": a verbal noun with its possessor, as a verb with its subject.
    if (kind !== 'host' && kind !== 'meet' && !RECEIVING_NOUN.test(ctx.norms[m.cue]!)) continue;
    const [, end] = sentenceBounds(ctx, m.cue);
    // The body that receives, named right after the verb («استقبلت لجنة …») or before it («لجنة … تستقبل»).
    const subjectBody = receivingBody(ctx, m.cue, end);
    const subject = m.parties.find((p) => p.role === 'subject' && p.official)?.official ?? (subjectBody ? ledBy(ctx, subjectBody.after, end) : namedBeforeDelegation(ctx, m.cue, end));
    if (!subject && !subjectBody) continue;
    // The delegation word after the verb, before anyone but the host is named.
    let to = end;
    for (let k = m.cue + 1; k < end; k++) {
      const at = ctx.mentionAt[k];
      if (at && at.official !== subject) {
        to = k;
        break;
      }
    }
    // "استقبل وزير الزراعة X محافظ الوادي الجديد Y … وحضر اللقاء من جانب الوزارة …، ومن جانب المحافظة …": two officials
    // of one country, each of a body the article's lists name as a side.
    let delegation = delegationBody(ctx, m.cue + 1, to) ?? (bodyPhraseAfter(ctx, m.cue) !== null ? { at: m.cue, body: null, end: m.cue + 1 } : null);
    // "استقبل وزير الكهرباء X محافظ البصرة Y": one official of a body received by another's, of the one country (or of
    // no country said): each office's body is a side, though no delegation word names the guest's.
    const received = m.parties.find((p) => p.role === 'object' && p.official && p.official !== subject)?.official ?? null;
    // (Not when the text before the meeting names another country or an organisation: then the guest may be its.)
    const officeMeeting =
      !delegation &&
      !!subject &&
      !!received &&
      (!received.country || !subject.country || received.country === subject.country) &&
      isOffices(bodyOfTitle(subject.role_ar) ?? bodyOfTitle(subject.evidence), bodyOfTitle(received.role_ar)) &&
      !otherSideBefore(ctx, m.cue, subject.country ?? received.country, partition);
    if (officeMeeting) delegation = { at: m.cue, body: null, end: m.cue + 1 };
    if (!delegation) continue;
    // The one received, else the first named after the delegation's words ("وفدا عن نقابة … يتقدمه الكاتب العام X").
    let guestHead = m.parties.find((p) => p.role === 'object' && p.official && p.official !== subject)?.official ?? null;
    for (let k = delegation.end; k < end && !guestHead; k++) {
      const at = ctx.mentionAt[k];
      if (at && at.official !== subject && !ctx.quoted[k]) guestHead = at.official;
    }
    const hostBody = subjectBody?.body ?? (subject ? bodyOfTitle(subject.role_ar) ?? bodyOfTitle(subject.evidence) : null);
    const guestBody = delegation.body ?? (guestHead ? bodyOfTitle(guestHead.role_ar) : null);
    if (!hostBody || !guestBody || sameBody(hostBody, guestBody)) continue;
    if (delegation.at === m.cue && !officeMeeting) {
      // (Only when a «من جانب …» phrase names one of the two bodies.)
      const named = bodyPhraseAfter(ctx, m.cue);
      if (!named || (!sameBody(named, hostBody) && !sameBody(named, guestBody))) continue;
    }
    // A delegation of another country or of an organisation («وفدا من الاتحاد الأوروبي») is a side the layer names.
    const country = subject?.country ?? guestHead?.country ?? null;
    let foreign = false;
    for (let k = delegation.at + 1; k < delegation.end && !foreign; k++) {
      const s = sideAt(ctx, k, partition)?.side;
      // (With the host's country unknown, any country named there may be another's: "وفدا من مجلس الشيوخ الأمريكي".)
      if (s) foreign = !s.country || !country || s.country !== country;
    }
    if (foreign || (guestHead?.country && subject?.country && guestHead.country !== subject.country)) continue;
    // Sides already told apart (two countries, a country and an organisation) stay.
    const sideKey = (o: Official | null) => (o ? found.find((d) => d.members.some((x) => x.official_id === o.id)) : undefined);
    const a = sideKey(subject);
    const b = sideKey(guestHead);
    if (a && b && a !== b && a.side_en !== 'Also present' && b.side_en !== 'Also present' && (a.country !== b.country || a.country === null)) continue;
    const flag = country ?? [...found].map((d) => d.country).find(Boolean) ?? null;
    const side = (body: Body, role: string): Side => ({ key: `body:${role}:${body.noun}:${body.spec.join(' ')}`, country: flag, en: bodyEnglish(body), ar: body.ar });
    const host = side(hostBody, 'host');
    const guest = side(guestBody, 'guest');
    const guests = new Set(m.parties.filter((p) => p.role === 'object' && p.official).map((p) => p.official!));
    if (guestHead) guests.add(guestHead);
    const sideOf = (o: Official): Side | null => {
      if (subject && o === subject) return host;
      if (guests.has(o)) return guest;
      const body = bodyOfTitle(o.role_ar);
      if (!body) return null;
      const isHost = sameBody(body, hostBody);
      const isGuest = sameBody(body, guestBody);
      return isHost === isGuest ? null : isHost ? host : guest;
    };
    const result = { host, guest, sideOf, hostBody, guestBody, hostHead: subject ?? null, guestHead, cue: m.cue };
    if (subject || guestHead) return result;
    headless ??= result;
  }
  return headless;
}

/**
 * Two bodies the offices head, not both the state's head and its government: "استقبل رئيس الجمهورية X رئيسة الحكومة Y"
 * is one country's leaders, no two sides (the president or the government receiving a minister, a governor or a
 * committee are).
 */
function isOffices(a: Body | null, b: Body | null): boolean {
  const executive = (x: Body) => EXECUTIVE_BODIES.has(x.noun) || (x.noun === 'مجلس' && x.spec[0] === 'الوزراء');
  return !!a && !!b && !(executive(a) && executive(b));
}
const EXECUTIVE_BODIES = new Set(['رياسه', 'حكومه', 'رياسة', 'حكومة']);

/** A country other than `country` (any, when it is unknown) or an organisation named outside quotes before token `to`. */
function otherSideBefore(ctx: Context, to: number, country: string | null, partition: Partition): boolean {
  for (let k = 0; k < to; k++) {
    if (ctx.quoted[k]) continue;
    const s = sideAt(ctx, k, partition)?.side;
    if (s && (!s.country || !country || s.country !== country)) return true;
  }
  return false;
}

/**
 * The receiving or meeting verbs of the article (outside quotes) whose subject is a body («استقبلت لجنة …»، «لجنة …
 * تستقبل»), or, in the lead, whose subject is named and whose object is a delegation («التقى وزير … X وفدا من نقابة …»,
 * its head unread or unnamed: no meeting was found there).
 */
function bodyReceiving(ctx: Context): number[] {
  const out: number[] = [];
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (ctx.quoted[k] || ctx.coveredBy[k]) continue;
    const kind = verbAt(ctx, k);
    if (kind !== 'host' && kind !== 'meet') continue;
    const [, end] = sentenceBounds(ctx, k);
    if (receivingBody(ctx, k, end) || (k < LEAD && namedBeforeDelegation(ctx, k, end))) out.push(k);
  }
  return out;
}
const LEAD = 150;

/** «التقى وزير التعليم العالي X، اليوم، وفدا من …»: the one named after the verb, before a delegation word and anyone else. */
function namedBeforeDelegation(ctx: Context, cue: number, end: number): Official | null {
  let named: Official | null = null;
  for (let k = cue + 1; k < Math.min(end, cue + 16); k++) {
    const at = ctx.mentionAt[k];
    if (at && !ctx.quoted[k]) {
      if (named && at.official !== named) return null;
      named = at.official;
    }
    if (!ctx.coveredBy[k] && isIn(ctx, k, delegationWords)) return named;
  }
  return null;
}

/**
 * The body that receives at the verb: right after it («استقبلت لجنة الشؤون الأفريقية بمجلس النواب»), or opening the
 * clause before it («لجنة الشؤون الأفريقية بالبرلمان تستقبل وفد …»); `after` is the first token after its name and seat.
 */
function receivingBody(ctx: Context, cue: number, end: number): { body: Body; after: number } | null {
  const after = (k: number, body: Body) => {
    let j = k + 1 + body.spec.length;
    // Its seat («بمجلس النواب»، «بالبرلمان»): the body's place, not another side.
    while (j < end && !ctx.comma[j] && !ctx.coveredBy[j] && (SEAT.test(ctx.norms[j]!) || /^و?ب/.test(ctx.norms[j]!) && isIn(ctx, j, BODY_FORMS)) ) j++;
    while (j < end && !ctx.comma[j] && !ctx.coveredBy[j] && j > k + 1 + body.spec.length && /^(?:ال)?(?:نواب|شيوخ|الشعب|الامه|الوطني|الشوري|الاعيان)$/.test(ctx.norms[j]!)) j++;
    return j;
  };
  if (cue + 1 < end && !ctx.coveredBy[cue + 1]) {
    const body = bodyAt(ctx, cue + 1, end, true);
    if (body && !/^ال/.test(ctx.norms[cue + 1]!)) return { body, after: after(cue + 1, body) };
  }
  // «لجنة … تستقبل»: the clause opens with the body, and the verb follows its name.
  const [start] = sentenceBounds(ctx, cue);
  if (/^[يت]/.test(ctx.norms[cue]!.replace(/^و/, '')) && cue > start && !ctx.coveredBy[start]) {
    const body = bodyAt(ctx, start, cue, true);
    if (body && after(start, body) === cue) return { body, after: cue + 1 };
  }
  return null;
}

const BODY_FORMS = new Set([...bodyNouns].flatMap((n) => [n, 'ال' + n]));

/** «برئاسة النائب X»، «يترأسها X»: the one named after a word of leading, before the delegation words. */
function ledBy(ctx: Context, from: number, end: number): Official | null {
  for (let k = from; k < end; k++) {
    if (isIn(ctx, k, delegationWords)) return null;
    if (ctx.coveredBy[k] || !isIn(ctx, k, headVerbs)) continue;
    for (let j = k + 1; j < Math.min(end, k + 8); j++) {
      const at = ctx.mentionAt[j];
      if (at) return at.official;
      if (ctx.comma[j]) break;
    }
  }
  return null;
}

/** The lists of a meeting between two bodies: a delegation's own list (يضم، يتقدمه) is the guest body's; a side phrase naming the one country names neither. */
export function bodyLists(ctx: Context, lists: readonly ExplicitList[], sides: BodySides): ExplicitList[] {
  return lists.flatMap((l) => splitByBody(ctx, l, sides)).map((l) => {
    // «وضم وفد الوزارة …»، «فيما حضر الاجتماع من أعضاء اللجنة …»: the list names the body its members are of.
    if (l.side === sides.host || l.side === sides.guest) return l;
    const named = namedBody(ctx, l.opener + 1, l.first, sides);
    if (named) return { ...l, side: named };
    const side = l.side?.country && l.side.country === sides.host.country ? null : l.side;
    if (l.kind === 'delegation' && !l.principal && !side) return { ...l, side: sides.guest };
    return side === l.side ? l : { ...l, side };
  });
}

/**
 * "وحضر اللقاء من جانب الوزارة A، ومن جانب المحافظة B": a list whose side phrases name the two bodies, cut where each
 * phrase starts; each part is of the body it names.
 */
function splitByBody(ctx: Context, l: ExplicitList, sides: BodySides): ExplicitList[] {
  const parts: ExplicitList[] = [];
  let side: Side | null = null;
  let start = l.opener;
  let members: Official[] = [];
  const close = (at: number) => {
    if (side && members.length) parts.push({ ...l, first: start, last: at, side, members });
    else if (members.length) parts.push({ ...l, first: start, last: at, members });
    members = [];
  };
  for (let k = l.opener + 1; k < l.last; k++) {
    if (/^و?(?:من|عن)$/.test(ctx.norms[k - 1] ?? '') && /^(?:ال)?جانب$/.test(ctx.norms[k]!) && !ctx.coveredBy[k + 1]) {
      const body = bodyAt(ctx, k + 1, Math.min(l.last, k + 2), true);
      const isHost = body ? sameBody(body, sides.hostBody) : false;
      const isGuest = body ? sameBody(body, sides.guestBody) : false;
      if (body && isHost !== isGuest) {
        close(k);
        side = isHost ? sides.host : sides.guest;
        start = k;
        continue;
      }
    }
    const at = ctx.mentionAt[k];
    if (at && l.members.includes(at.official) && !members.includes(at.official)) members.push(at.official);
  }
  close(l.last);
  // No phrase named a body: the list as it was.
  return parts.some((p) => p.side && p.side !== l.side) ? parts : [l];
}

/** «من جانب الوزارة»، «عن جانب المحافظة»: a side phrase naming a body after token `from`, the first one. */
function bodyPhraseAfter(ctx: Context, from: number): Body | null {
  for (let k = from + 1; k < ctx.tokens.length - 1; k++) {
    if (ctx.quoted[k] || !/^و?(?:من|عن)$/.test(ctx.norms[k - 1] ?? '') || !/^(?:ال)?جانب$/.test(ctx.norms[k]!)) continue;
    const body = ctx.coveredBy[k + 1] ? null : bodyAt(ctx, k + 1, Math.min(ctx.tokens.length, k + 2), true);
    if (body) return body;
  }
  return null;
}

/** One of the two bodies named in [from, to) («من أعضاء اللجنة»، «وفد الوزارة»), when only one of them fits. */
function namedBody(ctx: Context, from: number, to: number, sides: BodySides): Side | null {
  for (let k = from; k < to; k++) {
    if (ctx.coveredBy[k]) break;
    const body = bodyAt(ctx, k, to, true);
    if (!body) continue;
    const which = (b: Body) => {
      const isHost = sameBody(b, sides.hostBody);
      return isHost === sameBody(b, sides.guestBody) ? null : isHost ? sides.host : sides.guest;
    };
    // «من أعضاء اللجنة النائب X»: a definite noun names the body met before; the words after it may be a title.
    return which(body) ?? (body.spec.length && /^(?:و?ال|لل)/.test(ctx.norms[k]!) ? which(bodyAt(ctx, k, k + 1, true)!) : null);
  }
  return null;
}

/** The meetings between two bodies: a party's side that names their one country («وفدا تونسيا») names neither body. */
export function bodyMeetings(meetings: readonly Meeting[], sides: BodySides): Meeting[] {
  const country = sides.host.country;
  return meetings.map((m) =>
    m.parties.some((p) => p.side?.country && (!country || p.side.country === country)) ? { ...m, parties: m.parties.map((p) => (p.side?.country && (!country || p.side.country === country) ? { ...p, side: null } : p)) } : m,
  );
}

const MP_WORD = /^و?(?:النايب|النايبه|النواب|النايبات)$/;
/** A parliament's body: «النيابية»، «البرلمانية»، «بمجلس النواب»، «في البرلمان». */
const PARLIAMENTARY = /(?:نيابي|برلمان|مجلس (?:النواب|الشعب|الامه|الشيوخ|الشوري))/;

/** «بزيارة»، «زيارة»: the noun of a visit a light verb («قام وفد … بزيارة إلى …») carries. */
const VISIT_NOUN = /^[وفب]*(?:ال)?زياره$/;
/** «إلى»، «لـ»: what comes between a visit noun and the body visited. */
const TO_WORDS = /^(?:الي|ل)$/;
/** «حيث كان في استقباله»، «واستقبله»، «والتقى»، «واجتمع مع»: the words after which the one who received the visitors is named. */
const RECEIVED_BY = /^[وف]?(?:استقبال(?:ه|ها|هم)|استقبل(?:ه|ها|هم|وا)?|التقي|التقت|التقوا|التقاه|التقاها|اجتمع|اجتمعت|اجتمعوا|لقاء|لقاي(?:ه|ها|هم))$/;

/**
 * One country's body visiting another: «زار وفد من لجنة الصحة النيابية برئاسة النائب X وزارة الصحة، حيث كان في استقباله
 * الوزير Y»، «قام وفد من نقابة المهندسين برئاسة Z بزيارة إلى وزارة الأشغال والتقى الوزير W»، «زارت لجنة الزراعة النيابية
 * برئاسة X وزارة الزراعة». The visiting delegation's body is the guest, led by the one after «برئاسة»; the visited body is
 * the host, headed by the one who received them (named after «في استقباله»، «التقى» in the sentence, or whose title heads
 * that body). Not when a country or an organisation other than the host's one is named in the delegation's words.
 */
export function bodyVisit(ctx: Context, partition: Partition): BodySides | null {
  const lead = Math.min(ctx.tokens.length, LEAD);
  for (let cue = 0; cue < lead; cue++) {
    const sides = bodyVisitAt(ctx, partition, cue);
    if (sides) return sides;
  }
  return null;
}

/** The body visit whose verb or noun is word `cue`, if the sentence tells both bodies. */
function bodyVisitAt(ctx: Context, partition: Partition, cue: number): BodySides | null {
  if (ctx.quoted[cue] || ctx.coveredBy[cue]) return null;
  const verb = verbAt(ctx, cue) === 'visit' && !/^و?س/.test(ctx.norms[cue]!);
  const noun = !verb && VISIT_NOUN.test(ctx.norms[cue]!);
  if (!verb && !noun) return null;
  const [start, end] = sentenceBounds(ctx, cue);
  const visitors = visitingBody(ctx, cue, start, end, verb);
  if (!visitors) return null;
  // Its head: the one named after «برئاسة» in the clause of the visitors.
  const guestHead = ledBy(ctx, visitors.headFrom, end);
  const visited = visitedBody(ctx, cue, visitedFrom(ctx, cue, noun, visitors.after, end, guestHead), end, noun);
  if (!visited || sameBody(visited.body, visitors.body)) return null;
  // The one who received them: named after a receiving word in the sentence, else the first whose title heads the
  // visited body.
  const hostHead = receiverAfter(ctx, visited.at, end, guestHead) ?? headOfBodyAfter(ctx, visited.at, end, guestHead, visited.body);
  if (guestHead && hostHead && guestHead.country && hostHead.country && guestHead.country !== hostHead.country) return null;
  const flag = hostHead?.country ?? guestHead?.country ?? onlySideCountry(ctx, partition);
  // A delegation of another country or of an organisation («وفد من الكونغرس الأمريكي») is the layer's to name.
  if (foreignDelegation(ctx, partition, start, visited.at, flag)) return null;
  return visitSides(ctx, cue, flag, visited.body, visitors.body, hostHead, guestHead);
}

/**
 * The visitors: a delegation of a body right after the verb («زار وفد من لجنة …») or opening the clause before it
 * («وفد من لجنة … زار»، «قام وفد من نقابة … بزيارة»), or a body itself («زارت لجنة …»); `after`, where the words after
 * them start, and `headFrom`, where their head may be named (a body of its own: from the verb, since «برئاسة» may read
 * as the seat of the body's name).
 */
function visitingBody(ctx: Context, cue: number, start: number, end: number, verb: boolean): { body: Body; after: number; headFrom: number } | null {
  const following = verb ? delegationWithin(delegationBody(ctx, cue + 1, end), cue + 1) : null;
  if (following) return { body: following.body, after: following.end, headFrom: following.end };
  const opening = delegationWithin(delegationBody(ctx, start, cue), start + 2);
  if (opening) return { body: opening.body, after: cue + 1, headFrom: opening.end };
  if (!verb) return null;
  const own = receivingBody(ctx, cue, end);
  return own?.body ? { body: own.body, after: own.after, headFrom: cue + 1 } : null;
}

/** A delegation of a body found no later than word `limit`. */
function delegationWithin(d: ReturnType<typeof delegationBody>, limit: number): { body: Body; end: number } | null {
  return d && d.body && d.at <= limit ? { body: d.body, end: d.end } : null;
}

/** Where the visited body is looked for: after the visitors and their head («إلى»/«لـ» after a noun are passed over). */
function visitedFrom(ctx: Context, cue: number, noun: boolean, after: number, end: number, guestHead: Official | null): number {
  let k = after;
  if (guestHead) {
    const m = ctx.mentions.find((x) => x.official === guestHead && x.first >= after && x.first < end);
    if (m) k = m.last;
  }
  // (For a noun: after it, past «إلى»/«لـ».)
  return noun ? Math.max(k, cue + 1) : k;
}

/** The visited body: the first body named from word k, before a comma closes the clause. */
function visitedBody(ctx: Context, cue: number, k: number, end: number, noun: boolean): { body: Body; at: number } | null {
  for (let j = k; j < end; j++) {
    if (ctx.coveredBy[j] || ctx.quoted[j]) continue;
    if (j > k && ctx.comma[j]) break;
    if (TO_WORDS.test(ctx.norms[j]!)) continue;
    const b = bodyAt(ctx, j, end, true);
    if (b) return { body: b, at: j };
    // Only the verb's object: a word that is neither a body, a time nor the head's phrase ends the search.
    if (!noun && j > cue && !isIn(ctx, j, timeWords) && !isIn(ctx, j, headVerbs) && !ctx.mentionAt[j] && j > k + 1) break;
  }
  return null;
}

/** The one named within ten words after a receiving word («في استقباله»، «والتقى») after the visited body. */
function receiverAfter(ctx: Context, hostAt: number, end: number, guestHead: Official | null): Official | null {
  for (let j = hostAt + 1; j < end; j++) {
    if (ctx.quoted[j] || ctx.coveredBy[j] || !RECEIVED_BY.test(ctx.norms[j]!)) continue;
    for (let q = j + 1; q < Math.min(end, j + 10); q++) {
      const at = ctx.mentionAt[q];
      if (at && at.official !== guestHead) return at.official;
    }
  }
  return null;
}

/** The first one named after the visited body whose title heads it. */
function headOfBodyAfter(ctx: Context, hostAt: number, end: number, guestHead: Official | null, hostBody: Body): Official | null {
  for (let j = hostAt + 1; j < end; j++) {
    const at = ctx.mentionAt[j];
    const b = at && at.official !== guestHead ? bodyOfTitle(at.official.role_ar) : null;
    if (b && sameBody(b, hostBody)) return at!.official;
  }
  return null;
}

/** The one country the article's sides name, if only one. */
function onlySideCountry(ctx: Context, partition: Partition): string | null {
  const countries = new Set<string>();
  for (let j = 0; j < ctx.tokens.length; j++) {
    if (ctx.quoted[j]) continue;
    const s = !ctx.coveredBy[j] ? sideAt(ctx, j, partition)?.side : null;
    if (s?.country) countries.add(s.country);
  }
  return countries.size === 1 ? [...countries][0]! : null;
}

/** A side of another country than `flag`, or of no country, is named in the sentence before the visited body. */
function foreignDelegation(ctx: Context, partition: Partition, start: number, hostAt: number, flag: string | null): boolean {
  for (let j = start; j < hostAt; j++) {
    if (ctx.coveredBy[j]) continue;
    const s = sideAt(ctx, j, partition)?.side;
    if (s && (!s.country || !flag || s.country !== flag)) return true;
  }
  return false;
}

function visitSides(ctx: Context, cue: number, flag: string | null, hostBody: Body, guestBody: Body, hostHead: Official | null, guestHead: Official | null): BodySides {
  const host = bodySide(hostBody, 'host', flag);
  const guest = bodySide(guestBody, 'guest', flag);
  // An MP («النائب X»، «والنائبة Y»، «النواب: …») is of the side that is a parliament's body.
  const mpSide = isParliamentary(guestBody) !== isParliamentary(hostBody) ? (isParliamentary(guestBody) ? guest : host) : null;
  const visit = { host, guest, hostBody, guestBody, hostHead, guestHead, mpSide };
  return { host, guest, sideOf: (o: Official) => sideInVisit(ctx, visit, o), hostBody, guestBody, hostHead, guestHead, cue };
}

function bodySide(body: Body, role: string, flag: string | null): Side {
  return { key: `body:${role}:${body.noun}:${body.spec.join(' ')}`, country: flag, en: bodyEnglish(body), ar: body.ar };
}

function isParliamentary(b: Body): boolean {
  return PARLIAMENTARY.test(normalize(b.ar));
}

/** «النائب X»: an MP by his role or by the word before a mention of him. */
function isMPInText(ctx: Context, o: Official): boolean {
  return isMP(o) || ctx.mentions.some((m) => m.official === o && m.first > 0 && MP_WORD.test(ctx.norms[m.first - 1]!));
}

/** A person's side in a body visit: a head's own, the body his title heads, or the parliament's side for an MP. */
function sideInVisit(
  ctx: Context,
  v: { host: Side; guest: Side; hostBody: Body; guestBody: Body; hostHead: Official | null; guestHead: Official | null; mpSide: Side | null },
  o: Official,
): Side | null {
  if (v.hostHead && o === v.hostHead) return v.host;
  if (v.guestHead && o === v.guestHead) return v.guest;
  const body = bodyOfTitle(o.role_ar);
  if (!body) return v.mpSide && isMPInText(ctx, o) ? v.mpSide : null;
  const isHost = sameBody(body, v.hostBody);
  const isGuest = sameBody(body, v.guestBody);
  if (isHost !== isGuest) return isHost ? v.host : v.guest;
  // «نائب الوزير لشؤون السكان»: the words after a bare office are its holder's portfolio; the office's noun says whose.
  if (!isHost && /^(?:و?ال|لل)/.test(normalize(o.role_ar ?? '').split(' ').find((w) => bodyOfHead.has(w.replace(/^(?:و?ال|لل)/, '')) || bodyNouns.has(w.replace(/^(?:و?ال|لل)/, ''))) ?? '')) {
    if (body.noun === v.hostBody.noun && body.noun !== v.guestBody.noun) return v.host;
    if (body.noun === v.guestBody.noun && body.noun !== v.hostBody.noun) return v.guest;
  }
  return v.mpSide && isMPInText(ctx, o) ? v.mpSide : null;
}
