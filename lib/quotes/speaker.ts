/**
 * Who said it: an official named after the verb (وقال وزير الخارجية الروسي …) or before it (لافروف قال),
 * an institution or anonymous source (وقالت وزارة الخارجية، مصدر مسؤول), or, for a verb with no subject
 * of its own (وأضاف، مضيفا، وتابع), the previous speaker.
 */
import { normalize } from '../arabic/normalize';
import { isNameWord, nameToEnglish } from '../english/names';
import { arabicNameWord, inNameDictionaries, isStopWord } from '../vocab/names';
import { countryName, institutionToEnglish, roleToEnglish } from '../english/roles';
import type { Official } from '../types';
import { matchNationality, type NationalityMatch } from '../vocab/nationalities';
import { otherSenseNationality } from '../vocab/other-sense-nationalities';
import { conjunctionOf, isComplementizer, isOwnedSaying, isRelativePronoun, isSayingNoun, isSpeechNoun, reportingVerb } from '../vocab/reporting';
import { isOrdinaryWord, isUnattestedWord, isWordOfNoLanguage } from '../people/evidence';
import { matchCountryName } from '../vocab/nationalities';
import { isDescriptiveNoun, isDualHead, nominativeOf, isKinshipNoun, ordinaryPersonAt, isNeverSubject, isSkippableAfterVerb, matchSpeakerHead, sourceAdjective, timePhraseLength, channelLength, outletLength, type SpeakerHead, type SpeakerKind } from '../vocab/speakers';
import { heads, institutionNouns, nameParticles, placeHeads, places, ranks, styles } from '../vocab/titles';
import { headVerbs } from '../vocab/meetings';
import { gapBefore, sentenceStart, tokenStartingAt, type TextContext } from './context';
import { agrees, officeGender, titleGender } from './gender';
import { isTitleWord, officialTitledAt, stripArticle } from './titled';
import { rankReference } from './rank-reference';
import { electionWinner, isElectModifier } from './elected';
import { RELATION } from './relation';
import { anonymityLength, countryPairLength, isNameQuotation, NAMED_AS, namedAsLength, officialRightAfter, OWNED_SAYING_REACH } from './statement';
import { stripAl } from '../arabic/article';
import { leaderBodyNoun } from '../officials/leader-body';
import { countryOf, DELEGATION } from './national';
import { roleNamesUnitedNations, UNITED_NATIONS } from './united-nations';
import { describedSpeakerEnglish } from './described-speaker';
import { wholeTitleHolder } from './whole-title';

export interface Speaker {
  ar: string;
  en: string | null;
  official: Official | null;
  /** For an institution or an unnamed source: which, and where the text names it (offsets). */
  kind?: SpeakerKind | 'person';
  span?: [number, number];
  /** For a person with no office: what the text says they are, as written ("المحلل السياسي"), and in English. */
  description?: string;
  descriptionEnglish?: () => string | null;
  /** English worked out only when the speaker is kept (institutions: composing it costs more than finding them). */
  english?: () => string | null;
  /** Two officials who speak together ("وقال X ونظيره Y", "وأضاف الوزيران"): the quote is both of theirs. */
  pair?: [Official, Official];
  /** A person named by a name the analysis waits for evidence of (no kind yet): still one person, never a group. */
  named?: true;
  /** Speaks in a clause inside someone else's statement («… بعد "فتوى مجلس العلماء" الذين اعتبروا أن»): the one who
   * was speaking before goes on after it. */
  aside?: true;
  /** Where a title read as the speaker is written (token indices), to find the name that may follow it. */
  words?: [number, number];
}

export function speakerEnglish(s: Speaker): string | null {
  return s.en ?? s.english?.() ?? (s.official ? null : titleEnglish(s.ar) ?? groupEnglish(s.ar) ?? describedSpeakerEnglish(s.ar) ?? placeEnglish(s.ar));
}

/** A speaker that is one country or capital and nothing more ("قالت السويد"): its English name ("Sweden"). */
function placeEnglish(ar: string): string | null {
  const norms = normalize(ar).split(' ');
  const country = matchCountryName(norms, 0);
  if (country?.length === norms.length) return capitalized(countryName(country.country));
  const head = matchSpeakerHead(norms, 0);
  return head?.kind === 'capital' && head.words.length === norms.length ? head.en : null;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const GROUP_NUMBERS: Record<string, string> = { ثلاث: 'three', اربع: 'four', خمس: 'five', ست: 'six', سبع: 'seven', ثماني: 'eight', ثمان: 'eight', تسع: 'nine', عشر: 'ten' };
const GROUP_NOUNS: Record<string, string> = { دول: 'countries', بلدان: 'countries', اطراف: 'parties', جهات: 'parties' };
const GROUP_DUALS: Record<string, string> = { دولتان: 'countries', دولتين: 'countries', بلدان: 'countries', بلدين: 'countries', جانبان: 'sides', جانبين: 'sides', طرفان: 'parties', طرفين: 'parties' };

/** Countries and capitals as a speaker, in English as the text names them ("Russia and Damascus"). */
function countrySpeaker(ctx: TextContext, first: number, last: number): Speaker {
  const ar = textOf(ctx, first, last).replace(/^و/, '');
  const english = () => {
    const parts: string[] = [];
    for (let k = first; k <= last; ) {
      const w = k === first ? ctx.norms[k]! : ctx.norms[k]!.replace(/^و(?=..)/, '');
      const norms = [w, ...ctx.norms.slice(k + 1, k + 4)];
      const c = matchCountryName(norms, 0);
      const h = c ? null : matchSpeakerHead(norms, 0);
      parts.push(c ? countryName(c.country) : h?.en ?? w);
      k += c?.length ?? h?.words.length ?? 1;
    }
    return parts.join(' and ');
  };
  return { ar, en: null, official: null, english, kind: 'institution', span: [ctx.tokens[first]!.start, ctx.tokens[last]!.end] };
}

/** "الدول الأربع", "الأطراف الثلاثة", "الدولتان", "الجانبان": a group of countries or sides that speaks together. */
function groupEnglish(ar: string): string | null {
  const [first = '', second, ...more] = normalize(ar).split(' ').map((w) => w.replace(/^و(?=ال)/, '').replace(/^ال/, ''));
  if (more.length) return null;
  if (second === undefined) return GROUP_DUALS[first] ? `The two ${GROUP_DUALS[first]}` : null;
  const number = GROUP_NUMBERS[second.replace(/[هة]$/, '')];
  return GROUP_NOUNS[first] && number ? `The ${number} ${GROUP_NOUNS[first]}` : null;
}

/** A title with no name as a speaker ("وزيرا خارجية السودان ومصر"): its role in English, a dual as two of them. */
function titleEnglish(ar: string): string | null {
  const [first = '', ...rest] = ar.split(' ');
  const described = describedTitle(first, rest);
  if (described) return described;
  const dual = /[اي]$/.test(first) && !roleToEnglish(first) && !!roleToEnglish(first.slice(0, -1));
  const en = roleToEnglish(dual ? [first.slice(0, -1), ...rest].join(' ') : ar);
  return en && dual ? `Two: ${en}`.replace(/^Two: (\w+)/, (_m, w: string) => `${w}s`) : en;
}

/**
 * "متحدث عسكري إسرائيلي", "ناطقة رسمية": a title with no name whose other words are all adjectives (nationality,
 * "military", "official"…), in English order ("Israeli military spokesman"); null for anything else.
 */
function describedTitle(first: string, rest: readonly string[]): string | null {
  if (!rest.length) return null;
  const head = roleToEnglish(first);
  if (!head) return null;
  const norms = rest.map(normalize);
  const adjectives: string[] = [];
  let plain = false; // (nationalities alone are the role's own business: "Moroccan Monarch")
  for (let k = 0; k < norms.length; ) {
    const w = norms[k]!;
    const nat = matchNationality(norms, k) ?? (w.startsWith('ال') ? null : matchNationality(['ال' + w], 0));
    const en = nat ? nat.adjective_en : sourceAdjective(w);
    if (!en) return null;
    if (!nat) plain = true;
    adjectives.push(en);
    k += nat?.length ?? 1;
  }
  if (!plain) return null;
  const phrase = [...adjectives.reverse(), head.toLowerCase()].join(' ');
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

export function officialSpeaker(official: Official): Speaker {
  return { ar: official.name_ar, en: official.name_en, official };
}

const CIRCUMSTANTIAL = /^(بعد|قبل|خلال|عقب|امام|اثناء|مع|حول|بشان|منذ|اثر|اثناء|ردا|تعليقا)$/;
const PREPOSITIONS = new Set(['ب', 'في', 'الي', 'علي', 'عن', 'من', 'مع', 'خلال', 'عبر', 'ل', 'امام', 'عقب', 'بعد', 'قبل', 'حول', 'بشان']);

// Words that end a speaker's noun phrase: prepositions of the circumstances ("في بيان", "خلال مؤتمر", "على حسابه").
const NP_STOP = new Set(['علي', 'عن', 'الي', 'عبر', 'خلال', 'مع', 'عقب', 'بعد', 'قبل', 'امام', 'اثناء', 'حول', 'بشان', 'قد', 'الذي', 'التي', 'منذ']);

/** The end (inclusive token index) of a speaker noun phrase that starts at token i, at most `limit`. */
function nounPhraseEnd(ctx: TextContext, i: number, limit: number, institution = true): number {
  let last = i;
  for (let j = i + 1; j <= limit && j < ctx.tokens.length && j < i + 9; j++) {
    const norm = ctx.norms[j]!;
    const gap = gapBefore(ctx, j);
    if (ctx.quotationOf[j] !== -1 && isNameQuotationAt(ctx, j)) { // منظمة "هيومان رايتس ووتش"
      while (j + 1 <= limit && ctx.quotationOf[j + 1] === ctx.quotationOf[j]) j++;
      // The body's own name closes its noun phrase; what follows describes it ("منظمة "إيروارز" المتخصصة في …").
      return j;
    }
    if (ctx.sentence[j] !== ctx.sentence[i] || ctx.quotationOf[j] !== -1 || /[،,:؛;(]/.test(gap)) break;
    // A person named after the institution speaks for it ("متحدث باسم الخارجية جون كيربي"), but not the one
    // the spokesman speaks for ("الناطق باسم الرئيس الروسي").
    if (ctx.mention[j] && ctx.mention[j]!.first === j && ctx.norms[j - 1] !== 'باسم') break;
    if (NP_STOP.has(norm) || isComplementizer(norm) || timePhraseLength(ctx.norms, j) || reportingVerb(norm) || isSayingNoun(norm) || /^(كان|كانت|كانوا)$/.test(norm)) break;
    // («أحد البحارة في اتصال مع …»: a call is how they spoke, never where the speaker is from.)
    if (norm === 'في' && (isSpeechNoun(ctx.norms[j + 1] ?? '') || /^اتصال(ات)?$/.test(ctx.norms[j + 1] ?? ''))) break;
    // ("وطالب الوزير بـ«…»": the preposition ب cut off by a tatweel opens the object, never part of the subject.)
    if (norm === 'ب') break;
    if (norm === 'ل' || /^لل?(وكال|صحيف|قنا|برنامج|موقع|تلفزيون|اذاع|صحفي)/.test(norm) || channelLength(ctx.norms, j)) break; // "لوكالة الأنباء", "لرويترز"
    if (/^ل(?!دي)/.test(norm) && isSpeechNoun(norm.slice(1))) break;
    if (/^(في|من)$/.test(norm) && (!institution || !ctx.norms[j + 1])) break; // "بسمة مؤمني من جامعة …": the person, not where from
    last = j;
  }
  return last;
}

/** A quotation of at most three words right after the noun phrase's words: a name inside it. */
function isNameQuotationAt(ctx: TextContext, j: number): boolean {
  const q = ctx.quotationOf[j]!;
  if (ctx.quotationOf[j - 1] === q) return false;
  let c = 0;
  for (let t = j; t < ctx.tokens.length && ctx.quotationOf[t] === q; t++) c++;
  return c <= 3 && !/[،,:]/.test(gapBefore(ctx, j));
}

/** A title word, with the article or a conjunction («والوزير»); «وزير», «وكيل» keep their و. */

/** The text of tokens [first, last], with the closing mark of a name in quotation marks at the end. */
function textOf(ctx: TextContext, first: number, last: number): string {
  const q = ctx.quotationOf[last]!;
  const closes = q !== -1 && ctx.quotationOf[last + 1] !== q && ctx.quotationOf[first] !== q;
  return ctx.text.slice(ctx.tokens[first]!.start, closes ? ctx.quotations[q]!.end : ctx.tokens[last]!.end);
}

/** An institution or source speaker whose head starts at token i. */
function institutionSpeaker(ctx: TextContext, i: number, limit: number, afterPreposition = false, given?: SpeakerHead): { speaker: Speaker; last: number; kind: SpeakerKind } | null {
  const head = given ?? matchSpeakerHead(ctx.norms, i, afterPreposition);
  if (!head) return null;
  const issuer = statementIssuer(ctx, i, head.words.length, limit);
  if (issuer) return issuer;
  const earlier = head.words.length === 1 ? earlierStatementIssuer(ctx, i, limit) : null;
  if (earlier) return earlier;
  // (A joint statement is named whole by its head: "البيان المشترك | الصادر عن القمة", "بيان مشترك | أصدره …".)
  const whole = head.kind === 'capital' || head.words[head.words.length - 1] === 'المشترك';
  let last = whole ? i + head.words.length - 1 : Math.max(i + head.words.length - 1, nounPhraseEnd(ctx, i, limit));
  // "المكتب الإعلامي للحريري", "مكتب عبد المهدي": an office whose owner is named right after it is the owner's office.
  const ownerMention = !whole && OFFICE.test(ctx.norms[i]!.replace(/^لل/, 'ال').replace(/^ل/, '')) ? ctx.mention[last + 1] : null;
  const owner = ownerMention && ownerMention.first === last + 1 && ownerMention.last <= limit && !gapBefore(ctx, last + 1).trim() ? ownerMention : null;
  if (owner) last = owner.last;
  let ar = textOf(ctx, i, last);
  if (/^و/.test(ctx.norms[i]!) && !/^و/.test(head.words[0]!)) ar = ar.slice(1);
  if (afterPreposition) ar = ar.replace(/^(لل|ل)/, (p) => (p === 'لل' ? 'ال' : ''));
  const english = (): string => {
    const after = i + head.words.length;
    if (head.en.endsWith(' for')) {
      // "المتحدث باسم وزارة الخارجية" → "Spokesperson for" + the institution in English.
      const rest = after <= last ? institutionSpeaker(ctx, after, last) : null;
      const restEn = after <= last ? institutionToEnglish(textOf(ctx, after, last)) ?? (rest ? speakerEnglish(rest.speaker) : null) : null;
      return restEn ? `${head.en} the ${restEn.replace(/^the /i, '')}` : head.en.replace(/ for$/, '');
    }
    if (head.kind === 'source') return sourceEnglish(ctx, head.en, after, last);
    // ("المكتب الإعلامي للحريري": the office with its adjectives, the Media Office of Saad Hariri.)
    if (owner) return `${(owner.first - 1 > i ? institutionToEnglish(textOf(ctx, i, owner.first - 1).replace(/^و/, '')) : null) ?? head.en} of ${owner.official.name_en}`;
    // (Only a nationality inside the body's name: "بأن" after it is no "Albanian".)
    const nat = head.kind !== 'capital' && after <= last ? matchNationality(ctx.norms, after) : null;
    const own = nat ? `${nat.adjective_en} ${head.en}` : head.en;
    // The institution parsed whole, unless that parse knows less than the head ("وكالة الأنباء الفرنسية").
    const en = institutionToEnglish(ar);
    const found = en && en.split(' ').length >= own.split(' ').length ? en : own;
    // A common noun with the article and nothing after it («وقالت الوزارة») is the body the text means: "the ministry",
    // not a bare "Ministry".
    if (found !== head.en || !isBareDefiniteNoun(ctx, i, last)) return found;
    const named = earlierNamedBody(ctx, i);
    return named && named.split(' ').length > found.split(' ').length ? named : `the ${found.toLowerCase()}`;
  };
  const conj = /^و/.test(ctx.norms[i]!) && !/^و/.test(head.words[0]!) ? 1 : 0;
  const span: [number, number] = [ctx.tokens[i]!.start + conj, ctx.tokens[last]!.end];
  return { speaker: { ar, en: null, official: null, english, kind: head.kind, span, words: [i, last] }, last, kind: head.kind };
}

/** How many tokens back a bare «الوزارة» looks for the body it names again. */
const NAMED_BODY_REACH = 400;
/** A body's noun in running text, with the conjunctions and prepositions it takes («ولوزارة», «بالحكومة»). */
const NOUN_PREFIX = /^[وف]?(?:بال|لل|ال|ب|ل)?/;

/**
 * «قالت وزارة الداخلية … وأضافت الوزارة», «وزيرة الاقتصاد والمالية … بلاغ للوزارة», «الشرطة الفلبينية … وقالت الشرطة»:
 * a bare definite institution noun is the body of that noun the story named in full before it (for a ministry, also
 * the ministry of a minister's title), in English in full ("Ministry of Interior", not "the ministry"). When the story
 * named two bodies of that noun («مجلس النواب», «مجلس النقابة»), it is not known which one speaks.
 */
function earlierNamedBody(ctx: TextContext, i: number): string | null {
  const written = ctx.tokens[i]!.text.replace(/^[وف]?(?:لل|ال)/, '');
  const noun = stripAl(ctx.norms[i]!.replace(/^[وف](?=ال)/, '').replace(/^لل/, 'ال'));
  const names = new Map<string, string>();
  for (let j = i - 1; j >= 0 && j >= i - NAMED_BODY_REACH; j--) {
    const norm = ctx.norms[j]!;
    const prefix = NOUN_PREFIX.exec(norm)![0];
    const bare = norm.slice(prefix.length);
    // («وزارة» itself opens with و: the noun may stand with no prefix at all.)
    const asNoun = norm === noun || bare === noun;
    const asMinister = noun === 'وزاره' && /^وزير(ه)?$/.test(norm.replace(/^[وف]?(?:لل|ل|ب)?(?=وزير)/, ''));
    if (!asNoun && !asMinister) continue;
    const definite = asNoun && norm !== noun && /(ال|لل)$/.test(prefix);
    let last = j;
    // The noun's genitive («وزارة الداخلية», «وزيرة الاقتصاد والمالية»); after the article, only a nationality
    // («الشرطة الفلبينية»).
    while (last + 1 < i && last < j + 5 && !/[،,:.؛]/.test(gapBefore(ctx, last + 1)) && ctx.quotationOf[last + 1] === -1) {
      const next = ctx.norms[last + 1]!;
      if (definite ? !matchNationality(ctx.norms, last + 1) : !/^(و)?ال/.test(next) || isRelativePronoun(next) || isTitleWord(next) || styles.has(next)) break;
      if (/^و/.test(next) && last === j) break;
      last++;
      if (definite || matchNationality(ctx.norms, last)) break;
    }
    if (last === j) continue;
    const rest = ctx.text.slice(ctx.tokens[j + 1]!.start, ctx.tokens[last]!.end);
    // (A minister of state holds no ministry of that name.)
    if (asMinister && /^الدول[هة]/.test(rest)) continue;
    // (A body's adjective agrees with the minister's title too: «وزير الخارجية التركي», «وزارة الخارجية التركية».)
    names.set(normalize(rest).replace(/ه(?= |$)/g, ''), `${definite ? 'ال' : ''}${written} ${asMinister ? rest.replace(/ي$/, 'ية') : rest}`);
  }
  if (names.size !== 1) return null;
  const en = institutionToEnglish([...names.values()][0]!);
  return en ? en.charAt(0).toUpperCase() + en.slice(1) : null;
}

/** One definite token that is a common institution noun («الوزارة», «الشركة»), not a body's own name («الإليزيه»). */
function isBareDefiniteNoun(ctx: TextContext, i: number, last: number): boolean {
  // («بلاغ للوزارة»: after the preposition, «للوزارة» is «الوزارة».)
  const word = ctx.norms[i]!.replace(/^[وف](?=ال)/, '').replace(/^لل/, 'ال');
  return last === i && word.startsWith('ال') && institutionNouns.has(stripAl(word));
}

const OFFICE = /^[وف]?(ال)?مكتب$/;
const OFFICE_HEAD: SpeakerHead = { words: ['مكتب'], en: 'Office', kind: 'institution' };
const STATEMENT_NOUN = /^[وف]?(ال)?(بيان|بلاغ)$/;
/** A verb of issuing with the statement as its object pronoun (نشرته، أصدرته، وزعه، بثته). */
const ISSUED_IT = /^(اصدر|نشر|وزع|بث|اذاع)(ت)?ه$/;

/**
 * «بيان لرئاسة الحكومة», «بلاغ للديوان الملكي», «بيان صادر عن وزارة الخارجية»: the body that issued the statement speaks
 * through it.
 */
function statementIssuer(ctx: TextContext, i: number, headLength: number, limit: number): ReturnType<typeof institutionSpeaker> {
  if (headLength !== 1 || !STATEMENT_NOUN.test(ctx.norms[i]!)) return null;
  let b = i + 1;
  if (/^صادر(ه)?$/.test(ctx.norms[b] ?? '')) b++;
  // («بيان نشرته الرئاسة», «بيان أصدرته وزارة الخارجية», «بلاغ وزعه المكتب»: the subject of the verb that issued it.)
  const issued = b === i + 1 && ISSUED_IT.test(ctx.norms[b] ?? '');
  const by = issued || (/^(عن|من)$/.test(ctx.norms[b] ?? '') && b > i + 1);
  if (by) b++;
  // («بيان الخارجية الروسية», «بيان وزارة الخزانة»: an indefinite statement in construct with the body that issued it.)
  const construct = !by && b === i + 1 && !/^[وف]?ال/.test(ctx.norms[i]!) && matchSpeakerHead(ctx.norms, b)?.kind === 'institution';
  if (b > limit || /[،,:]/.test(gapBefore(ctx, b)) || ctx.quotationOf[b] !== -1 || !(by || construct || /^ل/.test(ctx.norms[b]!))) return null;
  // (…and so does an office: «بيان صادر عن مكتب رئيس الوزراء», «بيان لمكتب X».)
  const office = OFFICE.test(ctx.norms[b]!.replace(/^لل/, 'ال').replace(/^ل/, '')) ? OFFICE_HEAD : undefined;
  const body = institutionSpeaker(ctx, b, limit, !by && !construct, office);
  // (In construct the statement's words name the speaker whole, «بيان الخارجية الروسية»; its English is the body's.)
  if (body && body.kind === 'institution' && construct) return { ...body, speaker: { ...body.speaker, ar: textOf(ctx, i, body.last).replace(/^[وف](?=بيان|بلاغ)/, '') } };
  if (body && body.kind === 'institution' && !STATEMENT_NOUN.test(ctx.norms[b]!)) return body;
  // («بيان صادر عن الصندوق» after «صندوق النقد الدولي»: a body named again by its bare noun is the one named before.)
  const again = by && !office && !STATEMENT_NOUN.test(ctx.norms[b]!) ? antecedentBody(ctx, b) : null;
  return again ? { speaker: again, last: b, kind: 'institution' } : null;
}

/** «البيان» with the article and nothing after it that issues it: the statement the text spoke of before. */
const THE_STATEMENT = /^[وف]?(البيان|البلاغ)$/;
/** How many sentences back «وأضاف البيان» may look for the statement it names again. */
const STATEMENT_REACH = 8;

/**
 * «وأفاد المكتب الصحفي لمجلس الأمن الروسي في بيان بأن …. وأضاف البيان أن …», «وقال المكتب الإعلامي للحريري في بيان
 * إن …، وأشار البيان إلى»: «البيان» names again the statement the text spoke of last, and the body that issued it
 * speaks through it: the subject of «قال X في بيان», or the body of «بيان صادر عن X».
 */
function earlierStatementIssuer(ctx: TextContext, i: number, limit: number): { speaker: Speaker; last: number; kind: SpeakerKind } | null {
  if (!THE_STATEMENT.test(ctx.norms[i]!) || (i + 1 <= limit && statementIssuer(ctx, i, 1, limit))) return null;
  for (let j = i - 1; j >= 0 && ctx.sentence[i]! - ctx.sentence[j]! <= STATEMENT_REACH; j--) {
    // («وأوضح بلاغ لمجلس المستشارين أن … وحسب البلاغ»: a communiqué is named again as a statement is.)
    if (ctx.quotationOf[j] !== -1 || !/^(بيان|بيانا|بلاغ|بلاغا)$/.test(ctx.norms[j]!)) continue;
    const issued = statementIssuer(ctx, j, 1, Math.min(ctx.tokens.length - 1, j + 8));
    if (issued) return { ...issued, last: i };
    if (ctx.norms[j - 1] !== 'في') return null;
    for (let k = sentenceStart(ctx, j); k < j - 1; k++) {
      const office = OFFICE.test(ctx.norms[k]!) ? OFFICE_HEAD : undefined;
      const body = ctx.quotationOf[k] === -1 ? institutionSpeaker(ctx, k, j - 2, false, office) : null;
      if (body && body.kind === 'institution' && body.last === j - 2 && !STATEMENT_NOUN.test(ctx.norms[k]!)) return { ...body, last: i };
    }
    return null;
  }
  return null;
}

/**
 * An unnamed source in English: its adjectives (nationality, "diplomatic", "senior"…) in English order before the head,
 * then where it stands ("مصدر دبلوماسي تركي رفيع" → "Senior Turkish diplomatic source").
 */
function sourceEnglish(ctx: TextContext, headEn: string, after: number, last: number): string {
  const adjectives: string[] = [];
  // An accusative head has accusative adjectives ("مصدراً دبلوماسياً عمانياً").
  const accusative = nominativeOf(ctx.norms[after - 1]!) !== ctx.norms[after - 1];
  let k = after;
  while (k <= last && !/[،,]/.test(gapBefore(ctx, k))) {
    const w = accusative ? nominativeOf(ctx.norms[k]!) : ctx.norms[k]!;
    // "مقربة من …", "مطلع على …": where the source stands, said after the head in English (when it can be).
    if (CLOSE_TO.test(w) && /^(من|علي)$/.test(ctx.norms[k + 1] ?? '') && sourceComplement(ctx, k, last)) break;
    // Indefinite nisbas too ("مصدر تركي"): the vocabulary keys most of them with the article.
    const nat = nationalityAfterTitle(ctx.norms, k) ?? (w.startsWith('ال') ? null : nationalityAfterTitle(['ال' + w], 0));
    // Dual and plural adjectives agree with their head ("كبيران", "السياسيين").
    const en = nat ? nat.adjective_en : sourceAdjective(w) ?? (/(ان|ين|ون)$/.test(w) ? sourceAdjective(w.slice(0, -2)) : null);
    if (!en) break;
    // (English news calls an American source by the country's short name: "two senior US officials".)
    adjectives.push(en === 'American' ? 'US' : en);
    k += nat?.length ?? 1;
  }
  // A dual head ("مسؤولان أميركيان كبيران") is two of them.
  const headWord = ctx.norms[after - 1]!;
  const dual = isDualHead(headWord);
  const head = dual ? `${headEn.toLowerCase()}s` : headEn.toLowerCase();
  // ("أحد اللاجئين السودانيين": the head's article goes before its adjectives, "A Sudanese refugee"; "أحد المصادر
  // الحكومية" is "One of the government sources".)
  const article = !dual && adjectives.length ? /^(an?|one of the) /.exec(head) : null;
  const body = [...adjectives.reverse(), article ? head.slice(article[0].length) : head].join(' ');
  const determiner = article ? (article[1] === 'one of the' ? article[1] : /^[aeiou]/i.test(body) ? 'an' : 'a') : null;
  const phrase = [...(dual ? ['two'] : []), ...(determiner ? [determiner] : []), body].join(' ');
  const where = sourceComplement(ctx, k, last);
  // "مصادر الرئاسة المصرية", "أوساط رئيس الحكومة": the body or the person whose sources they are.
  // (One person of a group, "أحد تجار الأجهزة", "أحد عمال الفندق", is no source of a body: the genitive is the group's.)
  const onePerson = /^an? /.test(head);
  const whose = !onePerson && !where && !adjectives.length && k === after && k <= last && !/[،,]/.test(gapBefore(ctx, k)) ? sourceGenitive(ctx, k, last) : null;
  if (whose) return whose.body ? `${whose.body} ${head}` : `${head.charAt(0).toUpperCase() + head.slice(1)} close to ${whose.person}`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1) + where;
}

/**
 * The genitive of an unnamed source's head in tokens [k, last]: a body ("الرئاسة المصرية" → Egyptian Presidency,
 * "حزب الله" → Hezbollah) or someone by name or title ("رئيس الحكومة" → the Prime Minister).
 */
function sourceGenitive(ctx: TextContext, k: number, last: number): { body?: string; person?: string } | null {
  if (PREPOSITIONS.has(ctx.norms[k]!) || NP_STOP.has(ctx.norms[k]!) || ctx.quotationOf[k] !== -1) return null;
  const person = officialEnglish(ctx, k, last);
  if (person) return { person };
  const text = textOf(ctx, k, last);
  const body = institutionToEnglish(text) ?? institutionSpeaker(ctx, k, last)?.speaker.english?.() ?? null;
  if (body) return { body: shortMinistry(body).replace(/^the /i, '') };
  const role = roleToEnglish(text);
  return role ? { person: `the ${role}` } : null;
}

/**
 * «رئيس الجمهورية جوزاف عون» named in a source's complement: "President Joseph Aoun" (the title's official is the one
 * named right after it); a name alone, the name.
 */
function officialEnglish(ctx: TextContext, from: number, last: number): string | null {
  const own = ctx.mention[from];
  if (own && own.first === from) return own.official.name_en;
  if (from > last) return null;
  const after = ctx.mention[last + 1];
  if (!after || after.first !== last + 1 || gapBefore(ctx, last + 1).trim()) return null;
  const { role_en, name_en } = after.official;
  // A title before a name drops its country: "President Joseph Aoun", not "President of Lebanon Joseph Aoun".
  const title = role_en?.replace(/^((?:Former )?(?:President|Prime Minister|King|Emir|Crown Prince)) of .*$/, '$1');
  return title ? `${title} ${name_en}` : name_en;
}

const CLOSE_TO = /^(قريب|قريبه|مقرب|مقربه|مقربون|مقربين|قريبون|قريبين|مطلع|مطلعه|مطلعون|مطلعين)$/;

/** Where an unnamed source stands: "مصادر في الخارجية التركية" → " in the Turkish Foreign Ministry", "مصدر قريب من …" → " close to …". */
function sourceComplement(ctx: TextContext, k: number, last: number): string {
  if (k > last) return '';
  let prep = ctx.norms[k]!;
  let from = k + 1;
  if (CLOSE_TO.test(prep) && ctx.norms[k + 1] === 'من') { prep = 'close to'; from = k + 2; }
  else if (CLOSE_TO.test(prep) && ctx.norms[k + 1] === 'علي') { prep = 'familiar with'; from = k + 2; }
  else if (prep === 'في' || prep === 'داخل') prep = 'in';
  else if (prep === 'من') prep = 'from';
  else if (prep === 'لدي') prep = 'at';
  // "مصدر أمني بوزارة الداخلية", "مسؤول بالرئاسة": the preposition is a clitic on the body's first word.
  else if (/^ب(?=...)/.test(prep) && institutionToEnglish(textOf(ctx, k, last))) { prep = 'at'; from = k; }
  else return '';
  // Someone named: "close to President Joseph Aoun", "close to Vladimir Putin" (the phrase may stop before the name).
  const person = officialEnglish(ctx, from, last);
  if (person) return ` ${prep} ${person}`;
  if (from > last) return '';
  const rest = textOf(ctx, from, last);
  const found = institutionToEnglish(rest) ?? institutionSpeaker(ctx, from, last)?.speaker.english?.() ?? roleToEnglish(rest);
  const en = found ? shortMinistry(found) : null;
  // A place named in one word with no article ("في بيروت", "بوزارة" is no place) takes no "the".
  const place = from === last && !/^ال/.test(ctx.norms[from]!) && from !== k;
  return en ? ` ${prep} ${place ? '' : 'the '}${en.replace(/^the /i, '')}` : '';
}

/**
 * A ministry named where a source stands, in the short English the news uses: "Ministry of Foreign Affairs" →
 * "Foreign Ministry", "Egyptian Ministry of the Interior" → "Egyptian Interior Ministry" (a one-word portfolio only).
 */
export function shortMinistry(en: string): string {
  return en.replace(/\bMinistry of (?:the )?(Foreign Affairs|[A-Z][a-z]+)$/, (_, what: string) => `${what === 'Foreign Affairs' ? 'Foreign' : what} Ministry`);
}

/** Token j (a mention) is the genitive of the noun of kin or relation right before it, with no comma between. */
function isRelationOf(ctx: TextContext, j: number): boolean {
  const before = ctx.norms[j - 1] ?? '';
  return ctx.sentence[j - 1] === ctx.sentence[j] && !/[،,]/.test(gapBefore(ctx, j)) && !ctx.mention[j - 1] && (RELATION.test(before) || isKinshipNoun(before));
}

/** A noun of kin or relation at token j ("والد", "زوجة", "شريك"), with or without its conjunction. */
const isRelationNoun = (ctx: TextContext, j: number) => RELATION.test(ctx.norms[j] ?? '') || isKinshipNoun(ctx.norms[j] ?? '');

/**
 * "محمود X، والد سامي،", "ليلى X، زوجة الحداد،": a name of two to four words closed by a comma and followed by a noun
 * of kin or relation is the speaker; the one the relation names is not.
 */
function relatedPerson(ctx: TextContext, from: number, to: number): Speaker | null {
  if (ctx.mention[from] && ctx.mention[from]!.first < from) return null;
  let comma = -1;
  for (let j = from + 1; j <= to && j <= from + 4; j++) if (/[،,]/.test(gapBefore(ctx, j))) { comma = j; break; }
  if (comma < from + 2 || comma >= to || !isRelationNoun(ctx, comma) || ctx.quotationOf[comma] !== -1) return null;
  const last = comma - 1;
  for (let j = from; j <= last; j++) if (isTitleWord(ctx.norms[j]!) || styles.has(ctx.norms[j]!) || PREPOSITIONS.has(ctx.norms[j]!)) return null;
  const m = ctx.mention[from];
  // (An official named in full there speaks as that official.)
  if (m && m.first === from && m.last === last) return officialSpeaker(m.official);
  const named = leadingNames(ctx, from, last) ?? homographName(ctx, from, last);
  if (!named || !named.span || named.span[1] !== ctx.tokens[last]!.end) return null;
  let end = comma;
  while (end + 1 <= to && !/[،,]/.test(gapBefore(ctx, end + 1))) end++;
  return { ...named, ...described(ctx, comma, end) };
}

/** «المتحدث باسم», «الناطقة باسم» at token j: a spokesperson, whose genitive after «باسم» is whom they speak for. */
const isSpokespersonFor = (ctx: TextContext, j: number) => /^[وف]?(ال)?(متحدث|ناطق)ه?$/.test(ctx.norms[j]!) && ctx.norms[j + 1] === 'باسم';

/**
 * "محامي خان، غوهر علي خان،", "مستشار الرئيس، X،": a noun of relation (no pronoun on it) and its genitive of one to three
 * words, then a name of two to four words between commas (or ending the subject): that name is the speaker.
 */
function relationApposedName(ctx: TextContext, from: number, to: number): Speaker | null {
  // (An office, «مكتب مستشارة الدولة، X،», speaks itself: officeOf's.)
  // (…or one who speaks in someone's name, «المتحدث باسم حملة أودينغا، ماكاو موتوا،»: the spokesperson speaks.)
  const spokesperson = isSpokespersonFor(ctx, from);
  if (!(RELATION.test(ctx.norms[from]!) || spokesperson) || /مكتب$/.test(ctx.norms[from]!) || ctx.mention[from]) return null;
  let comma = -1;
  for (let j = from + 2; j <= to && j <= from + (spokesperson ? 5 : 4); j++) if (/[،,]/.test(gapBefore(ctx, j))) { comma = j; break; }
  if (comma < 0 || ctx.quotationOf[comma] !== -1) return null;
  for (let j = from + 1; j < comma; j++) if (ctx.quotationOf[j] !== -1 || PREPOSITIONS.has(ctx.norms[j]!)) return null;
  let end = comma;
  while (end + 1 <= to && !/[،,]/.test(gapBefore(ctx, end + 1))) end++;
  const m = ctx.mention[comma];
  if (m && m.first === comma && m.last === end) return officialSpeaker(m.official);
  const named = leadingNames(ctx, comma, end);
  if (named?.span && named.span[1] === ctx.tokens[end]!.end) return { ...named, ...described(ctx, from, comma - 1) };
  // (A name of two to four words the dictionaries only partly know, «غوهر علي خان»: علي there is the name Ali.)
  if (end - comma < 1 || end - comma > 3) return null;
  for (let j = comma; j <= end; j++) {
    const w = ctx.norms[j]!;
    if (/^ال/.test(w) || !(isPersonWord(w) || isUnknownNameWord(w) || (w === 'علي' && j > comma && j < end))) return null;
  }
  return namedPerson(ctx, from, [comma, end]);
}

/**
 * "نجله حافظ قائد السبسي", "ابنته ليلى", "شقيقه أحمد": a noun of kin with its pronoun at token `from`, and the name right
 * after it that ends the subject, is the relative who speaks (as the official, when the officials layer named them).
 */
function kinNamed(ctx: TextContext, from: number, to: number): Speaker | null {
  const word = ctx.norms[from]!.replace(/^[وف](?=..)/, '');
  const stem = word.replace(/(ه|ها|هم|هما)$/, '');
  if (stem === word || (!isKinshipNoun(stem) && !isKinshipNoun(stem.replace(/ت$/, 'ه')))) return null;
  const first = from + 1;
  if (first > to || ctx.quotationOf[first] !== -1 || /[،,:]/.test(gapBefore(ctx, first))) return null;
  const n0 = ctx.norms[first]!;
  // (Right after the kin noun a given name may be a word of the language too, "حافظ".)
  if (/^(ال|لل)/.test(n0) || !(isNameWord(n0) || inNameDictionaries(n0))) return null;
  let last = first;
  while (last + 1 <= to && last + 1 <= first + 3 && ctx.quotationOf[last + 1] === -1 && !/[،,:]/.test(gapBefore(ctx, last + 1))) {
    const w = ctx.norms[last + 1]!;
    if (!(isNameWord(w) || inNameDictionaries(w) || isFamilyNameWord(w) || nameParticles.has(w) || isUnknownNameWord(w))) break;
    last++;
  }
  // (Only a name that ends the subject: a comma, a preposition of the circumstances or the end after it.)
  const next = last < to ? ctx.norms[last + 1]! : null;
  if (next && !/[،,]/.test(gapBefore(ctx, last + 1)) && !PREPOSITIONS.has(next) && !/^ل/.test(next)) return null;
  const ar = textOf(ctx, first, last);
  const m = ctx.mention[first];
  if (m && m.first === first && m.last === last && normalize(m.official.name_ar) === normalize(ar)) return officialSpeaker(m.official);
  return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[first]!.start, ctx.tokens[last]!.end], ...described(ctx, from, from) };
}

/** An official the officials layer named by a noun of relation and its genitive («شريك ميركل»): no name of theirs. */
const isRelationNamed = (o: Official) => RELATION.test(normalize(o.name_ar).split(/\s+/)[0] ?? '');

/** The official named right after the next comma in tokens [from, to], within a few words. */
function apposedOfficialAfter(ctx: TextContext, from: number, to: number): Official | null {
  for (let j = from; j <= to && j <= from + 6; j++) {
    if (j > from && /[،,]/.test(gapBefore(ctx, j))) return ctx.mention[j]?.official ?? null;
    if (ctx.quotationOf[j] !== -1 || ctx.mention[j]) return null;
  }
  return null;
}

/** The official whose mention starts within the first words of tokens [from, to]. */
function officialIn(ctx: TextContext, from: number, to: number, reach: number): Official | null {
  if (PREPOSITIONS.has(ctx.norms[from] ?? '')) return null; // "وقال في رسالة إلى عباس": circumstances, not the subject
  for (let j = from; j <= to && j <= from + reach; j++) {
    if (ctx.sentence[j] !== ctx.sentence[from] || (ctx.quotationOf[j] !== -1 && !isNameQuotation(ctx, j))) return null;
    const m = ctx.mention[j];
    // "نجل سلال، فارس سلال"، "ومنافس موراليس في الانتخابات كارلوس ميسا": an official named as the genitive of a
    // noun of kin or relation is whose relative, rival or adviser speaks, not the speaker.
    if (m && j > from && isRelationOf(ctx, j)) return null;
    // «المتحدث باسم حملة تينوبو فستوس كيامو»: the leader owning the body, right before the holder's name, is not the subject.
    if (m && m.first === j && m.last === j && leaderBodyNoun(ctx.norms[j - 1] ?? '') && ctx.mention[j + 1]?.first === j + 1 && ctx.mention[j + 1]!.official !== m.official) continue;
    if (m) return m.official;
    // Someone named after a preposition of the circumstances is not the subject ("ورد الأكراد بعد تصريحات الأسد").
    if (j > from && CIRCUMSTANTIAL.test(ctx.norms[j]!)) return null;
    // Someone named in a relative clause of the subject is not the subject ("زعيم الحزب الذي أسسه X، Y،").
    if (isComplementizer(ctx.norms[j]!) || isRelative(ctx.norms[j]!)) return null;
  }
  return null;
}

/** The nationality at token k, which follows a title or a description of a person. */
export function nationalityAfterTitle(norms: readonly string[], k: number): NationalityMatch | null {
  const found = matchNationality(norms, k);
  // («المسؤول المجري», «الرئيس القمري»: only the nationality is meant; «المسؤول المالي» may be the financial officer.)
  return found ?? otherSenseNationality(norms[k], true);
}

/** The epithets official prose writes after a ruler's title: «الملك المعظم», «أمير البلاد المفدى». */
const RULER_EPITHET = /^(المعظم|المفدي|المفدى)$/;

/**
 * A title with no name ("وقال السفير", "الوزيرة الكندية: …") that the officials layer left unlinked: the official
 * whose role has that title (and nationality, when given), named last before it.
 */
export function titleReference(ctx: TextContext, from: number, last: number): Official | null {
  // («وأكد الملك المعظم», «السلطان المعظم»: a ruler's epithet after the title is no part of it.)
  while (last > from && RULER_EPITHET.test(ctx.norms[last]!)) last--;
  // («الرئيس المنتخب»: the winner the story reported, whatever office the officials layer kept for them.)
  const elect = last === from + 1 && isElectModifier(ctx.norms[last]!) && isTitleWord(ctx.norms[from]!) ? electionWinner(ctx, from) : null;
  if (elect) return elect;
  // (Four or five words only when the last is a nationality: «رئيس مجلس الشيوخ التشيلي», «رئيس هيئة الأركان المشتركة
  // الباكستاني».)
  if (last - from > 4) return null;
  if (last - from >= 3 && !nationalityAfterTitle(ctx.norms, last)) return wholeTitleHolder(ctx, from, last);
  if (isChamberTitle(ctx, from, last)) return chamberReference(ctx, from);
  if (isDescriptiveNoun(ctx.norms[from]!)) return descriptiveReference(ctx, from, last);
  // (A title that opens with و as a letter of its own, «وزير», «وكيل», «والي», keeps it: only a conjunction before a
  // head goes, «ووزير».)
  const bare = stripArticle(ctx.norms[from]!);
  const word = heads.has(bare) || heads.has(bare.replace(/ه$/, '')) ? bare : ctx.norms[from]!;
  const head = synonymHead(word.replace(/ه$/, '')); // وزيرة → وزير
  if (!isTitleWord(ctx.norms[from]!)) return rankReference(ctx, from, last);
  // "السفير الأمريكي" (a nationality) or "رئيس إريتريا" (a country): the official of that country.
  const own = last > from ? nationalityAfterTitle(ctx.norms, from + 1) ?? matchCountryName(ctx.norms, from + 1) : null;
  // "رئيس جامعة …", "رئيس الوزراء": a complement that is no country must be in the official's role too.
  const complement = last > from && !own ? stripAl(ctx.norms[from + 1]!).replace(/ه$/, '') : null;
  // ("وزير الخارجية الإكوادوري", "رئيس الوزراء الفيتنامي": the nationality after the complement.)
  const nat = own ?? (last >= from + 2 ? nationalityAfterTitle(ctx.norms, last) : null);
  const headOf = (w: string) => synonymHead(stripAl(w.replace(/^لل/, 'ال')).replace(/ه$/, ''));
  let headEn: string | null | undefined;
  const englishHead = () => (headEn === undefined ? (headEn = roleToEnglish(ctx.norms[from]!)) : headEn);
  let best: Official | null = null;
  let bestRank = -Infinity;
  let bestAt = -Infinity;
  let bestNation = 0;
  let bestWeight = 0;
  // "الوزيرة" never names a man, "الوزير" never a woman (as the title, or a verb they spoke with, says they are).
  const gender = titleGender(ctx.norms, from);
  const hasComplement = (words: readonly string[]) => !complement || words.some((w) => stripAl(w.replace(/^لل/, 'ال')).replace(/ه$/, '') === complement);
  // (A role the gazetteer gives as the bare head, "Ambassador", is what the definite title alone names, «السفيرة
  // الإستونية»; a head without the article, «رئيس», is a construct cut short of its complement.)
  const definite = /^[وف]?ال/.test(ctx.norms[from]!);
  let titleEn: string | null | undefined;
  const titleEnglish = () => (titleEn === undefined ? (titleEn = englishKey(roleToEnglish(ctx.norms.slice(from, last + 1).join(' ')))) : titleEn);
  for (const o of ctx.officials) {
    // A head of state the dictionaries know («جلالة الملك عبدالله الثاني») has an English role and no Arabic one: the
    // bare title that English opens with («وأكد جلالة الملك») is theirs; so is a whole title whose English is that
    // role («الأمين العام لأوبك» for the Secretary General of OPEC, «الرئيس المعزول» for a President).
    const sameEnglish = !o.role_ar && !!o.role_en && !!complement && !!titleEnglish() && titleEnglish() === englishKey(o.role_en);
    if (!o.role_ar && !sameEnglish && (complement || !o.role_en || !englishHead() || !((definite && o.role_en === englishHead()) || o.role_en.startsWith(`${englishHead()} `)))) continue;
    if (gender && !agrees(officialSpeaker(o), gender)) continue;
    let words = o.role_ar ? roleWords(o) : [ctx.norms[from]!];
    // The role the officials layer kept may be another one the text gave («برئاسة المهندس X» before «X، رئيس اتحاد
    // الكرة»): a title written after a comma right after the name stands for the official too.
    if (!hasComplement(words) || headOf(roleHeadWord(words)) !== head) {
      const written = writtenTitles(ctx, o).find((t) => headOf(t[0]!) === head && hasComplement(t));
      if (written) words = written;
    }
    const first = roleHeadWord(words);
    // The role's own head («وزير الهجرة») ranks above the head of its complement («نائبة وزير الخارجية» is a deputy);
    // a counterpart («نظيره اليوناني») holds the office its English names.
    const rank = headOf(first) === head || heldAsSecondOffice(words, head, complement, headOf) ? 2
      : words.some((w) => headOf(w) === head) && !heads.has(stripAl(first)) ? 1
      : /^نظير/.test(first) && !!o.role_en && !!englishHead() && new RegExp(`\\b${englishHead()}\\b`).test(o.role_en) ? 2
      // («الوزير البوليفي» is not «نائب وزير الخارجية»: a role whose every mention of the title's head is the genitive
      // of another title, a deputy's or an assistant's, never answers it.)
      : words.some((w, k) => headOf(w) === head && !isGenitiveOfTitle(words, k)) ? 0
      // (An office named by its portfolio alone, «تولى X حقيبة الخارجية», holds the title its English opens with.)
      : !!o.role_en && !!englishHead() && o.role_en.startsWith(`${englishHead()} `) && !heads.has(stripAl(first)) ? 0 : -1;
    if (rank < 0) continue;
    if (nat && o.country && o.country !== nat.country) continue;
    // ("الوزير الجيبوتي" after "وزير الخارجية بجمهورية جيبوتي": a role that names the country, when the officials layer
    // gave the official none, is that country's before one that names no country.)
    const ofNation = !nat ? 0 : o.country ? 1 : words.some((_, j) => (matchCountryName(words, j) ?? matchNationality(words, j))?.country === nat.country) ? 1 : 0;
    if (!hasComplement(words) && !sameEnglish) continue;
    // The latest mention before the title; failing that, the earliest after it.
    const at = recency(ctx, o, from);
    // ("الوزير الأوزبكي" after a visiting minister and a minister in his delegation: the one the story is about, named
    // more often before it, over the one named last.)
    const weight = nat ? mentionsBefore(ctx, o, from) : 0;
    if (rank > bestRank || (rank === bestRank && (ofNation > bestNation || (ofNation === bestNation && (weight > bestWeight || (weight === bestWeight && at > bestAt)))))) { best = o; bestRank = rank; bestAt = at; bestNation = ofNation; bestWeight = weight; }
  }
  return best;
}

/**
 * «نائب وزير», «مساعد نائب وزير»: the word at k, after the titles in the construct state (no article) that open the
 * role, is their genitive.
 */
function isGenitiveOfTitle(words: readonly string[], k: number): boolean {
  if (k === 0) return false;
  for (let j = 0; j < k; j++) {
    const w = words[j]!.replace(/^[وف](?=..)/, '');
    if (/^(ال|لل)/.test(w) || !heads.has(w)) return false;
  }
  return true;
}

/** An English role as a key to compare: "Secretary-General of OPEC" and "Secretary General of OPEC" are one. */
function englishKey(en: string | null): string | null {
  return en ? en.toLowerCase().replace(/[^a-z]+/g, ' ').trim() : null;
}

/**
 * «نائب رئيس الوزراء وزير الاستثمار», «ولي العهد رئيس مجلس الوزراء»: a role of two offices held together, the second
 * opening with its own head right after a definite word closes the first; that head (with the title's complement, when
 * it has one) is as much the official's title as the first (unlike «نائب وزير الخارجية», where the head is the genitive
 * of the deputy).
 */
function heldAsSecondOffice(words: readonly string[], head: string, complement: string | null, headOf: (w: string) => string): boolean {
  for (let k = 1; k < words.length; k++) {
    if (/^(ال|لل)/.test(words[k]!) || !/^ال/.test(words[k - 1]!)) continue;
    // (A title with its complement, «رئيس الدولة», is that office only: not «… رئيس ديوان الرئاسة».)
    const ownComplement = !complement || stripAl((words[k + 1] ?? '').replace(/^لل/, 'ال')).replace(/ه$/, '') === complement;
    if (heads.has(words[k]!) && headOf(words[k]!) === head && ownComplement) return true;
  }
  return false;
}

/**
 * «الغرفة الأولى», «الغرفة الثانية»: the press's names for the lower and the upper house of a parliament (Morocco's
 * «مجلس النواب» and «مجلس المستشارين»), which the officials' roles name by their own names.
 */
const CHAMBERS: Record<string, readonly string[]> = {
  الاولي: ['مجلس النواب', 'المجلس الشعبي الوطني', 'مجلس الشعب'],
  الثانيه: ['مجلس المستشارين', 'مجلس الامه', 'مجلس الشيوخ'],
};

/** "رئيس الغرفة الأولى", "رئيسة الغرفة الثانية": a title over a house of parliament named by its rank. */
function isChamberTitle(ctx: TextContext, from: number, last: number): boolean {
  return last === from + 2 && ctx.norms[from + 1] === 'الغرفه' && !!CHAMBERS[ctx.norms[from + 2]!] && isTitleWord(ctx.norms[from]!);
}

/** The official whose role is that title over that house by its own name ("رئيس مجلس النواب"), named last before it. */
function chamberReference(ctx: TextContext, from: number): Official | null {
  const title = ctx.norms[from]!.replace(/^[وف](?=..)/, '');
  const houses = CHAMBERS[ctx.norms[from + 2]!]!.map((h) => normalize(h));
  let best: Official | null = null;
  let bestAt = -Infinity;
  for (const o of ctx.officials) {
    const role = roleWords(o).join(' ');
    if (!houses.some((h) => role === `${title} ${h}` || role.startsWith(`${title} ${h} `))) continue;
    const at = recency(ctx, o, from);
    if (at > bestAt) { best = o; bestAt = at; }
  }
  return best;
}

/**
 * A title whose noun phrase ran on into the verb's object with «ب» («ورحب رئيس مجلس النواب بالوفد البريطاني»,
 * «وأشاد وزير الخارجية بالجهود»): the official the title before that object refers to, when the whole phrase refers to
 * none.
 */
function titleReferenceBeforeObject(ctx: TextContext, from: number, last: number): Official | null {
  let object = -1;
  for (let j = from + 1; j <= last && object < 0; j++) if (/^بال/.test(ctx.norms[j]!) || isObjectAfterDefinite(ctx, j)) object = j;
  // («ورحب أمير المنطقة الشرقية بالسفير الكوري»: a nationality after the object is the object's, not the title's; the
  // title before the object is read alone, lest the whole phrase find an official of no known country by it.)
  if (object > 0 && nationalityAfterTitle(ctx.norms, last)) {
    const before = titleReference(ctx, from, object - 1);
    if (before) return before;
  }
  const whole = titleReference(ctx, from, last);
  if (whole) return whole;
  return object > 0 ? titleReference(ctx, from, object - 1) : null;
}

/**
 * «وأكد الملك حرص الأردن», «أكد الأمير موقف بلاده»: a noun without the article right after a definite word, that no
 * name is, opens the verb's object (a complement of the title would be definite, «الملك الأردني»).
 */
function isObjectAfterDefinite(ctx: TextContext, j: number): boolean {
  const w = ctx.norms[j]!;
  // (A word that may open with a clitic preposition or conjunction, «بما», «لدعم», is left alone.)
  if (/^(ال|[وفبلك])/.test(w) || !/^ال/.test(ctx.norms[j - 1]!) || gapBefore(ctx, j).trim()) return false;
  return !ctx.mention[j] && !isNameWord(w) && !isTitleWord(w) && !isStopWord(w) && !PREPOSITIONS.has(w) && !/^\d/.test(w);
}

/** A role's first word without a conjunction before its article or «نظير» (a counterpart named after the host keeps it in
 * its role: «ونظيرتها السودانية»). */
const roleHeadWord = (words: readonly string[]) => words[0]!.replace(/^[وف](?=ال|نظير)/, '');

const writtenTitleCache = new WeakMap<TextContext, Map<Official, string[][]>>();
/**
 * The titles the text writes right after an official's name: after a comma («X، رئيس اتحاد الكرة،»), each up to the
 * next punctuation (six words at most); with no comma, the further offices of a title that joins several
 * (secondOffices); and those it writes right before the name.
 */
function writtenTitles(ctx: TextContext, o: Official): string[][] {
  let byOfficial = writtenTitleCache.get(ctx);
  if (!byOfficial) writtenTitleCache.set(ctx, (byOfficial = new Map()));
  let titles = byOfficial.get(o);
  if (titles) return titles;
  titles = [];
  for (let j = 0; j + 1 < ctx.tokens.length; j++) {
    const m = ctx.mention[j];
    if (!m || m.official !== o || m.last !== j) continue;
    const gap = gapBefore(ctx, j + 1).trim();
    const comma = /^[،,]$/.test(gap);
    if ((!comma && gap) || !isTitleWord(ctx.norms[j + 1]!) || ctx.mention[j + 1] || ctx.quotationOf[j + 1] !== -1) continue;
    const words = [ctx.norms[j + 1]!];
    const reach = comma ? 6 : POSTNOMINAL_REACH;
    let k = j + 2;
    for (; k < ctx.tokens.length && k <= j + reach && !gapBefore(ctx, k).trim() && ctx.sentence[k] === ctx.sentence[j] && !ctx.mention[k]; k++) {
      if (!comma && (PREPOSITIONS.has(ctx.norms[k]!) || NP_STOP.has(ctx.norms[k]!))) break;
      words.push(ctx.norms[k]!);
    }
    // (With no comma, a title that runs into a name is that name's: «استقبل X وزير الخارجية Y».)
    if (!comma && (ctx.mention[k] || k > j + reach)) continue;
    // (A title written right after the name, «X نائب القائد العام للجيش والقوات المسلحة وزير الدفاع»: each further
    // office it holds together is a title of its own.)
    if (comma) titles.push(words);
    else titles.push(...secondOffices(words));
  }
  for (const [start] of o.mentions) titles.push(...prenominalTitle(ctx, start));
  byOfficial.set(o, titles);
  return titles;
}

/** How far a title written right after a name, with no comma, is read for the offices it joins. */
const POSTNOMINAL_REACH = 10;

/**
 * The second and later offices of a title that joins several, each opening with its own head right after a definite word
 * closes the one before («نائب القائد العام للجيش والقوات المسلحة وزير الدفاع» → «وزير الدفاع»), as
 * heldAsSecondOffice reads a role; never the genitive of a deputy («نائب وزير الدفاع»).
 */
function secondOffices(words: readonly string[]): string[][] {
  const offices: string[][] = [];
  for (let k = 1; k < words.length; k++) {
    if (heads.has(words[k]!) && /^ال/.test(words[k - 1]!) && !/^(ال|لل)/.test(words[k]!)) offices.push(words.slice(k));
  }
  return offices;
}

/**
 * The title the text writes right before a name that starts at offset `start` («أمير البلاد الشيخ مشعل», «رئيس مجلس
 * النواب أحمد …»), from its earliest title word within six words, as one list of words (none when there is no title).
 */
function prenominalTitle(ctx: TextContext, start: number): string[][] {
  const first = tokenStartingAt(ctx, start);
  // (A mention that is a title itself, «الرئيس الرواندي», «والرئيس الرواندي», «تكريما لرئيس الوزراء», has no name to
  // stand before: a title further back, «أقام سمو ولي العهد مأدبة … لرئيس الوزراء», is someone else's.)
  const word = ctx.norms[first] ?? '';
  if (first < 1 || isTitleWord(word) || isTitleWord(word.replace(/^و/, '')) || isTitleWord(word.replace(/^[وف]?لل/, 'ال'))
    || isTitleWord(word.replace(/^[وف]?[لبك](?=...)/, ''))) return [];
  let title = -1;
  for (let j = first - 1; j >= 0 && j >= first - 6; j--) {
    if (ctx.sentence[j] !== ctx.sentence[first] || ctx.quotationOf[j] !== -1 || ctx.mention[j] || gapBefore(ctx, j + 1).trim()) break;
    const w = ctx.norms[j]!;
    // A style, a preposition or a conjunction opens the title or ends it («وفخامة الرئيس X», «رحب الأمير بفخامة الرئيس X»);
    // so does a complementizer, which opens the reported clause: in «وأوضح المتحدث الرسمي أن الرئيس X» the spokesman's
    // title is no title of X.
    if (styles.has(w) || PREPOSITIONS.has(w) || isComplementizer(w) || (!isTitleWord(w) && /^[وب]|^لل/.test(w))) break;
    if (isTitleWord(w)) title = j;
    // (A conjunction ends it; a title whose own first letter is و, «وزير» in «نائب وزير الاقتصاد», goes on to the
    // title it is the genitive of.)
    if (/^[وف]/.test(w) && !(isTitleWord(w) && !isTitleWord(w.slice(1)))) break;
  }
  return title < 0 ? [] : [ctx.norms.slice(title, first)];
}

/**
 * "الوزيران", "الرئيسان", "الزعيمان" alone as a subject: the two officials of that title (any two for a leader or a
 * side) named last before token k, together; null when the text named fewer.
 */
export function dualReference(ctx: TextContext, k: number): Speaker | null {
  const word = ctx.norms[k]!.replace(/^[وف](?=ال)/, '');
  if (!/^ال.{3,}ان$/.test(word)) return null;
  // (The feminine dual of a title, "الوزيرتان", "الرئيستان": two women of that title.)
  const stem = word.slice(2, -2).replace(/(?<=...)ت$/, '');
  // "الزعيمان", "المسؤولان": the last two officials named together ("التقى كير ومشار"), whatever their titles.
  if (/^(زعيم|مسوول|قايد)$/.test(stem)) {
    for (let j = k - 1; j > 0 && j >= k - 400; j--) {
      const m = ctx.mention[j - 1];
      const n = ctx.mention[j];
      if (!m || !n || m.official === n.official || m.last !== j - 1 || n.first !== j || !/^و/.test(ctx.norms[j]!)) continue;
      return { ar: ctx.tokens[k]!.text.replace(/^[وف](?=ال)/, ''), en: `${m.official.name_en} and ${n.official.name_en}`, official: null, pair: [m.official, n.official] };
    }
    // "استقبل X نظيره Y …، وقال الزعيمان": the two the sentence (or the one before it) named.
    const pair = sentencePair(ctx, k);
    return pair && { ...pair, ar: ctx.tokens[k]!.text.replace(/^[وف](?=ال)/, '') };
  }
  if (!heads.has(stem)) return null;
  const ranked: [number, Official][] = [];
  for (const o of ctx.officials) {
    if (!o.id.startsWith('o')) continue;
    // (A counterpart, "نظيره الصيني", holds the same office.)
    if (!roleWords(o).some((w) => stripAl(w.replace(/^لل/, 'ال')).replace(/(ه|ا|ي)$/, '') === stem || /^و?نظير/.test(w))) continue;
    const at = recency(ctx, o, k);
    if (at > -Infinity && at >= 0) ranked.push([at, o]);
  }
  if (ranked.length < 2) return null;
  ranked.sort((a, b) => b[0] - a[0]);
  // (The two in the order the text introduced them, whoever spoke last: "X and Y" as the article first named them.)
  const firstAt = (o: Official) => Math.min(...o.mentions.map(([s]) => s));
  const [a, b] = [ranked[1]![1], ranked[0]![1]].sort((x, y) => firstAt(x) - firstAt(y)) as [Official, Official];
  return { ar: ctx.tokens[k]!.text.replace(/^[وف](?=ال)/, ''), en: `${a.name_en} and ${b.name_en}`, official: null, pair: [a, b] };
}

/**
 * "التقى X نظيره Y في …، وأكدا", "استقبل X Y. وقال الزعيمان": the first two officials named in the sentence of token k
 * before it (its subject and its object), failing that in the sentence before; null when neither names two.
 */
export function sentencePair(ctx: TextContext, k: number): Speaker | null {
  const s = ctx.sentence[k]!;
  let from = k;
  while (from > 0 && ctx.sentence[from - 1] === s) from--;
  const two = (a: number, b: number): Speaker | null => {
    const found: Official[] = [];
    for (let j = a; j < b && found.length < 2; j++) {
      const m = ctx.mention[j];
      if (!m || ctx.quotationOf[j] !== -1) continue;
      if (!found.includes(m.official)) found.push(m.official);
      j = m.last;
    }
    if (found.length < 2) return null;
    const [x, y] = found as [Official, Official];
    return { ar: `${x.name_ar} و${y.name_ar}`, en: `${x.name_en} and ${y.name_en}`, official: null, pair: [x, y] };
  };
  const here = two(from, k);
  if (here || from === 0) return here;
  let before = from - 1;
  while (before > 0 && ctx.sentence[before - 1] === ctx.sentence[from - 1]) before--;
  return two(before, from);
}

/** Title heads that name one office: "الناطق" is "المتحدث". */
const synonymHead = (w: string) => (w === 'ناطق' ? 'متحدث' : w);

const roleCache = new WeakMap<Official, string[]>();
const nameCache = new WeakMap<Official, Set<string>>();
/** The normalised words of an official's role (cached: officials are asked about for every statement). */
function roleWords(o: Official): string[] {
  let w = roleCache.get(o);
  if (!w) roleCache.set(o, (w = o.role_ar ? normalize(o.role_ar).split(' ') : []));
  return w;
}
function nameWords(o: Official): Set<string> {
  let w = nameCache.get(o);
  if (!w) nameCache.set(o, (w = new Set([o.name_ar, ...((o as { aliases_ar?: string[] }).aliases_ar ?? [])].flatMap((n) => normalize(n).split(' ')))));
  return w;
}
const roleGender = (o: Official) => (o.role_ar ? officeGender(o) : null);

/** Where an official was last named before token `from` (earliest mention after it, ranked below any before). */
function recency(ctx: TextContext, o: Official, from: number): number {
  const start = ctx.tokens[from]!.start;
  let at = -Infinity;
  for (const [s] of o.mentions) if (s < start && s > at) at = s;
  if (at === -Infinity && o.mentions.length) at = -1e9 - o.mentions[0]![0];
  return at;
}

/**
 * "الوزير الأوزبكي" linked to the minister named last, when the visiting minister of that country was named more often:
 * a title and nationality with no name (two or three words) refers to the one the story is about.
 */
function mainHolderOfTitle(ctx: TextContext, m: NonNullable<TextContext['mention'][number]>): Official | null {
  if (m.last - m.first < 1 || m.last - m.first > 2 || !isTitleWord(ctx.norms[m.first]!)) return null;
  if (!matchNationality(ctx.norms, m.last)) return null;
  const names = nameWords(m.official);
  for (let j = m.first; j <= m.last; j++) if (names.has(ctx.norms[j]!)) return null;
  const referred = titleReference(ctx, m.first, m.last);
  return referred && referred !== m.official && mentionsBefore(ctx, referred, m.first) > mentionsBefore(ctx, m.official, m.first) ? referred : null;
}

/** How many times an official was named before token `from`. */
function mentionsBefore(ctx: TextContext, o: Official, from: number): number {
  const start = ctx.tokens[from]!.start;
  return o.mentions.filter(([s]) => s < start).length;
}

/**
 * A description with no title ("المسؤول الأوروبي", "الضيف الروسي", "الدبلوماسية الروسية", "الموفد الفرنسي"):
 * the official of that nationality (or whose role names it: "للاتحاد الأوروبي") named last before it.
 */
function descriptiveReference(ctx: TextContext, from: number, last: number): Official | null {
  const nat = last > from ? nationalityAfterTitle(ctx.norms, from + 1) : null;
  if (!nat) return null;
  const adjective = stripAl(ctx.norms[from + 1]!).replace(/ه$/, '');
  const feminine = /ه$/.test(ctx.norms[from]!);
  let best: Official | null = null;
  let bestAt = -Infinity;
  for (const o of ctx.officials) {
    const roleSays = roleWords(o).some((w) => stripAl(w.replace(/^لل/, 'ال')).replace(/ه$/, '') === adjective)
      || (nat.country === UNITED_NATIONS && roleNamesUnitedNations(roleWords(o)));
    if (o.country !== nat.country && !roleSays) continue;
    // A feminine description never names a man, and a masculine one a woman.
    const g = roleGender(o);
    if (g && (g === 'f') !== feminine) continue;
    const at = recency(ctx, o, from);
    if (at > bestAt) { best = o; bestAt = at; }
  }
  return best;
}

/**
 * "وأوضح الوزير لوهوت أن" after "لوهوت بنسار بانجايتان": a title and one word that opens the full name of one official
 * of the text, and no other's, is that official (whom some countries' custom names by the given name).
 */
function givenNameReference(ctx: TextContext, from: number, to: number): Official | null {
  let k = from;
  while (k < to && (isTitleWord(ctx.norms[k]!) || styles.has(ctx.norms[k]!))) k++;
  if (ctx.mention[k] || ctx.quotationOf[k] !== -1) return null;
  // ("وقال آبي في بيان" after "آبي أحمد", "وقال سلفاكير" after "سلفاكير ميارديت": the given name alone, when it is no
  // word of the language and the whole subject.)
  const bare = k === from;
  if (bare && (conjunctionOf(ctx.norms[k]!) || isOrdinaryWord(ctx.norms[k]!) || isStopWord(ctx.norms[k]!))) return null;
  // (The word ends the subject, or circumstances follow it.)
  if (k < to && !/[،,]/.test(gapBefore(ctx, k + 1)) && !PREPOSITIONS.has(ctx.norms[k + 1]!) && !CIRCUMSTANTIAL.test(ctx.norms[k + 1]!)) return null;
  const word = ctx.norms[k]!;
  let found: Official | null = null;
  for (const o of ctx.officials) {
    const words = normalize(o.name_ar).split(' ');
    if (!words.includes(word)) continue;
    if (found || words[0] !== word || words.length < 2) return null;
    found = o;
  }
  return found && recency(ctx, found, from) >= 0 ? found : null;
}

/**
 * «وأشار المسؤول الإيطالي إلى أن» after «أشاد الأدميرال كافو دراغوني …»: a describing noun with the article and a
 * nationality, the whole subject, refers back to the official of that country named last before it. Not when the
 * text spoke of an unnamed one so described («مسؤول إيطالي»): then it is that source, named again.
 */
function nationalDescription(ctx: TextContext, from: number, to: number): Official | null {
  if (!/^[وف]?ال/.test(ctx.norms[from]!) || !isDescriptiveNoun(ctx.norms[from]!) || from + 1 > to) return null;
  // («المسؤول العسكري البيلاروسي», «المسؤول البرلماني البيروفي»: one adjective of what they do may come before the
  // nationality.)
  const occupational = !matchNationality(ctx.norms, from + 1) && from + 2 <= to && /^ال/.test(ctx.norms[from + 1]!) && !ctx.mention[from + 1] && !gapBefore(ctx, from + 2).trim();
  const last = occupational ? from + 2 : from + 1;
  const nat = matchNationality(ctx.norms, last);
  if (!nat || nat.length !== 1 || !/^ال/.test(ctx.norms[last]!)) return null;
  const rest = ctx.norms[last + 1] ?? '';
  if (last < to && !PREPOSITIONS.has(rest) && !CIRCUMSTANTIAL.test(rest)) return null;
  const noun = stripAl(ctx.norms[from]!.replace(/^[وف](?=ال)/, ''));
  const adjective = stripAl(ctx.norms[last]!);
  for (let j = 0; j + 1 < from; j++) if (ctx.norms[j]!.replace(/^[وف]/, '') === noun && (ctx.norms[j + 1] === adjective || ctx.norms[j + 2] === adjective)) return null;
  const feminine = /ه$/.test(ctx.norms[from]!);
  let best: Official | null = null;
  let bestAt = -1;
  let bestWeight = 0;
  for (const o of ctx.officials) {
    if (countryOf(ctx, o) !== nat.country && !(nat.country === UNITED_NATIONS && roleNamesUnitedNations(roleWords(o)))) continue;
    const g = roleGender(o);
    if (g && (g === 'f') !== feminine) continue;
    const at = recency(ctx, o, from);
    if (at < 0) continue;
    // (The one the story is about, named more often before it, over a member of their delegation named last: «ضم
    // الوفد الدومينيكاني نائب وزير الخارجية X» after the minister's visit, then «وأشار المسؤول الدومينيكاني».)
    const weight = mentionsBefore(ctx, o, from);
    if (weight > bestWeight || (weight === bestWeight && at > bestAt)) { best = o; bestAt = at; bestWeight = weight; }
  }
  return best;
}

/**
 * "المسؤول الحكومي", "الدبلوماسي الرفيع": a describing noun with the article and adjectives that name no nationality,
 * the subject up to the end of tokens [from, to]: the official (of its gender) named last before it.
 */
function definiteDescription(ctx: TextContext, from: number, to: number): Official | null {
  if (!/^[وف]?ال/.test(ctx.norms[from]!) || !isDescriptiveNoun(ctx.norms[from]!)) return null;
  let last = from;
  while (last < to && last < from + 2 && sourceAdjective(ctx.norms[last + 1]!) && /^ال/.test(ctx.norms[last + 1]!) && !matchNationality(ctx.norms, last + 1)) last++;
  // (Only the whole subject, or one with its circumstances after it: a relative clause or a name says who is meant.)
  const rest = ctx.norms[last + 1] ?? '';
  if (last === from || (last < to && !PREPOSITIONS.has(rest) && !CIRCUMSTANTIAL.test(rest))) return null;
  const feminine = /ه$/.test(ctx.norms[from]!);
  const stem = (w: string) => stripAl(w.replace(/^لل/, 'ال')).replace(/ه$/, '');
  const adjectives = ctx.norms.slice(from + 1, last + 1).map(stem);
  let best: Official | null = null;
  let bestAt = -1;
  let bestSays = false;
  for (const o of ctx.officials) {
    if (!o.role_ar) continue;
    const g = roleGender(o);
    if (g && (g === 'f') !== feminine) continue;
    const at = recency(ctx, o, from);
    if (at < 0) continue;
    // ("المسؤول الدولي" after a World Bank vice-president and a regional director: the one whose role says it.)
    const says = roleWords(o).some((w) => adjectives.includes(stem(w)));
    if ((says && !bestSays) || (says === bestSays && at > bestAt)) { best = o; bestAt = at; bestSays = says; }
  }
  return best;
}

const isPersonWord = (norm: string) => !/^ال/.test(norm) && (isNameWord(norm) || (norm.includes('-') && norm.split('-').some((p) => p && isNameWord(p))));

/** A word outside the name dictionaries that may still end a name after a given name ("حسن نافعة"): no article, no particle. */
const isUnknownNameWord = (norm: string) => norm.length > 2 && !/^(ال|لل)/.test(norm) && !isStopWord(norm) && !isOrdinaryWord(norm) && !PREPOSITIONS.has(norm) && !NP_STOP.has(norm)
  && !heads.has(norm) && !isComplementizer(norm) && !reportingVerb(norm) && !isSpeechNoun(norm) && !isSkippableAfterVerb(norm) && !matchNationality([norm], 0);

/** What tokens [from, to] before a person's name say they are, as written and in English (none when empty). */
function described(ctx: TextContext, from: number, to: number): Pick<Speaker, 'description' | 'descriptionEnglish'> {
  if (to < from) return {};
  const description = textOf(ctx, from, to);
  return { description, descriptionEnglish: () => roleToEnglish(description) ?? (institutionSpeaker(ctx, from, to)?.speaker.english?.() ?? null) };
}

/** A word of the name dictionaries that the language also has ("كريم" generous, "ماجدة"), no article, no particle. */
const isGivenNameHomograph = (norm: string) => norm.length > 2 && norm !== 'باسم' && !/^(ال|لل)/.test(norm) && inNameDictionaries(norm)
  && (isStopWord(norm) || isOrdinaryWord(norm)) && !matchCountryName([norm], 0) && matchSpeakerHead([norm], 0)?.kind !== 'capital' && !PREPOSITIONS.has(norm) && !NP_STOP.has(norm)
  && !heads.has(norm) && !isComplementizer(norm) && !reportingVerb(norm) && !isSpeechNoun(norm) && !isSkippableAfterVerb(norm) && !matchNationality([norm], 0) && !timePhraseLength([norm], 0);

/** A family name with the article after a given name ("حسين العقابي", "سامر الخطيب"): a nisba or a name word, no ordinary word. */
// A word with the article after a given name is a family name, even an ordinary word ("سامر الخطيب", "حسين العقابي",
// "سمير العيطة"), unless it is a nationality or says when or what ("السابق", "المتقاعد").
const isFamilyNameWord = (norm: string) => /^ال.{3,}/.test(norm) && !matchNationality([norm], 0) && !sourceAdjective(norm) && !timePhraseLength([norm], 0)
  && !/^(السابق|السابقه|المتقاعد|الحالي|الجديد|الراحل|الاول|الثاني|الثالث|الاكبر|الاصغر|نفسه)$/.test(norm);

/** A family name with the article that no body or title word is ("اليازغي", not "الوزارة"). */
const isArticledSurnameAt = (ctx: TextContext, k: number) => isFamilyNameWord(ctx.norms[k]!) && !institutionNouns.has(stripAl(ctx.norms[k]!)) && !matchSpeakerHead(ctx.norms, k);

/** A family name without the article that an Arab name source lists, even a word of the language ("مجذوب"). */
const isListedSurname = (norm: string) => norm.length > 2 && !/^(ال|لل)/.test(norm) && !!arabicNameWord(norm) && !isTitleWord(norm) && !heads.has(norm)
  && !PREPOSITIONS.has(norm) && !NP_STOP.has(norm) && !isComplementizer(norm) && !reportingVerb(norm) && !isSpeechNoun(norm) && !matchNationality([norm], 0)
  && !matchCountryName([norm], 0) && !timePhraseLength([norm], 0);

/**
 * "النائب ملحم خلف، الذي …", "قال الناشط سامي خطاب إن": a family name an Arab name source lists that the stop list
 * holds as a word of the language («خلف» behind, «خطاب» speech), after a given name and last in the subject, where
 * nothing follows for the word to govern.
 */
function closingStopSurname(ctx: TextContext, k: number, to: number): boolean {
  const norm = ctx.norms[k]!;
  return k === to && k > 0 && isStopWord(norm) && !!arabicNameWord(norm) && !/^(ال|لل)/.test(norm) && ctx.quotationOf[k] === -1
    && isPersonWord(ctx.norms[k - 1]!) && !!arabicNameWord(ctx.norms[k - 1]!)
    && !matchCountryName(ctx.norms, k) && !isTitleWord(norm) && !styles.has(norm);
}

/** Adjectives a title may take before the surname that names who holds it («المفوض الأفريقي أديوي»). */
const TITLED_SURNAME_ADJECTIVES = 2;

/**
 * "قال المفوض الأفريقي أديوي للجزيرة نت إن": a title, its adjectives with the article, then one or two words of the
 * name of an official the text named in full before (the officials layer linked no mention there): that official.
 * The name ends the subject or comes before what it is said to («للجزيرة نت»).
 */
function titledSurname(ctx: TextContext, from: number, to: number): Official | null {
  const title = ctx.norms[from]!.replace(/^[وف](?=ال)/, '');
  if (!/^ال/.test(title) || !isTitleWord(title)) return null;
  let k = from + 1;
  while (k <= to && k <= from + TITLED_SURNAME_ADJECTIVES && /^ال/.test(ctx.norms[k]!) && !ctx.mention[k] && !/[،,]/.test(gapBefore(ctx, k))) k++;
  let end = k;
  while (end + 1 <= to && end + 1 < k + 2 && !/^(ال|ل)/.test(ctx.norms[end + 1]!) && !PREPOSITIONS.has(ctx.norms[end + 1]!) && !/[،,]/.test(gapBefore(ctx, end + 1))) end++;
  if (k > to || /^(ال|ل)/.test(ctx.norms[k]!) || /[،,]/.test(gapBefore(ctx, k)) || ctx.quotationOf[k] !== -1) return null;
  // (Only where the name closes the subject, or a complement «ل…» or a preposition follows it.)
  const after = ctx.norms[end + 1];
  if (end < to && after !== undefined && !/^ل/.test(after) && !PREPOSITIONS.has(after)) return null;
  for (let j = k; j <= end; j++) if (isTitleWord(ctx.norms[j]!) || styles.has(ctx.norms[j]!)) return null;
  return officialByName(ctx, k, end);
}

/** «بمدينة», «لولاية», «وبمحافظة»: a noun of a place behind a preposition. */
const placeAfterPreposition = (norm: string) => /^[وف]?[بل]/.test(norm) && placeHeads.has(norm.replace(/^[وف]?[بل](?=...)/, ''));

/** A word written with «أل» or «إل» (a hamza on the alif): no article, which is written «ال». */
const HAMZATED_AL = /^[وف]?[أإ]ل/;

/**
 * A person who holds no office, named at the end of the description of a subject ("أستاذ العلاقات الدولية في جامعة
 * يونسي لي جونغ-هو", "النائب حسن فضل الله"): the last run of two to four name words in tokens [from, to].
 */
export function personIn(ctx: TextContext, from: number, to: number): Speaker | null {
  let best: [number, number] | null = null;
  let j = from;
  while (j <= to) {
    // «صاحب شركة سياحة بمدينة الغردقة»: a noun of a place behind «بـ»/«لـ» names, with the words after it up to the
    // next comma, where someone is, never who.
    if (placeAfterPreposition(ctx.norms[j]!)) {
      while (j <= to && !/[،,]/.test(gapBefore(ctx, j + 1))) j++;
      j++;
      continue;
    }
    // "النائب علي خريس": after a title, على is the name Ali.
    // (…and after the description's adjectives when written with its dots, "المحلل العسكري اليمني علي الذهب": the
    // preposition is "على".)
    const ali = ctx.norms[j] === 'علي' && j > from && (heads.has(stripAl(ctx.norms[j - 1]!)) || (/^[وف]?علي$/.test(ctx.tokens[j]!.text) && /^ال/.test(ctx.norms[j - 1]!)
      && j < to && (isNameWord(ctx.norms[j + 1]!) || isFamilyNameWord(ctx.norms[j + 1]!)) && !/[،,:]/.test(gapBefore(ctx, j))));
    // "الباحثة في مركز … أنوبما راو": a foreign given name no dictionary knows, before a name word that ends the subject.
    // (…or before a family name with the article, "المحلل الرياضي منصف اليازغي".)
    const foreign = j > from + 1 && j + 1 === to && isUnknownNameWord(ctx.norms[j]!) && ((isNameWord(ctx.norms[j + 1]!) && !isOrdinaryWord(ctx.norms[j + 1]!)) || isArticledSurnameAt(ctx, j + 1))
      && !gapBefore(ctx, j + 1).trim() && ctx.quotationOf[j + 1] === -1 && !matchCountryName(ctx.norms, j) && matchSpeakerHead(ctx.norms, j)?.kind !== 'capital';
    // "المزارع أبو علي", "أم محمد": a kunya is a name.
    const kunya = /^(ابو|ام)$/.test(ctx.norms[j]!) && j < to && (isNameWord(ctx.norms[j + 1]!) || ctx.norms[j + 1] === 'علي');
    // "الناشط كريم بوعزيز", "النائبة ماجدة التميمي": a given name that is also a word of the language, when a family
    // name follows it.
    // (A style that is also a given name, «آية», is the name when a family name ends the subject after it.)
    const given = j < to && isGivenNameHomograph(ctx.norms[j]!) && !/[،,:]/.test(gapBefore(ctx, j + 1)) && ctx.quotationOf[j + 1] === -1
      && ((isNameWord(ctx.norms[j + 1]!) && !isOrdinaryWord(ctx.norms[j + 1]!))
        || isArticledSurnameAt(ctx, j + 1)
      // "الباحثة في منظمة … آية مجذوب": two words an Arab name source lists, the second ending the subject.
      || (j + 1 === to && isListedSurname(ctx.norms[j + 1]!)));
    // "المستشار الإعلامي لقائد «الدعم السريع» الفاتح قرشي": a given name written with the article («الفاتح», «الطيب»,
    // «الصادق»), which the name lists hold as such and the language does not, before a name word without it; after a
    // title or a body's name in quotation marks, not after a definite noun it may describe («الشأن الديني محمد»).
    const afterTitleOrBody = j > from && (ctx.quotationOf[j - 1] !== -1 || isTitleWord(ctx.norms[j - 1]!) || !/^ال/.test(ctx.norms[j - 1]!));
    // A word in ـي right after a title is the title's adjective («الخبير النفطي سامر …»), not a given name.
    const titleAdjective = /ي$/.test(ctx.norms[j]!) && ctx.quotationOf[j - 1] === -1;
    const articled = j < to && afterTitleOrBody && !titleAdjective && /^ال/.test(ctx.norms[j]!) && isNameWord(ctx.norms[j]!) && !isOrdinaryWord(ctx.norms[j]!) && !matchNationality(ctx.norms, j)
      && !gapBefore(ctx, j + 1).trim() && ctx.quotationOf[j + 1] === -1 && !/^ال/.test(ctx.norms[j + 1]!)
      && ((isNameWord(ctx.norms[j + 1]!) && !isOrdinaryWord(ctx.norms[j + 1]!)) || isUnknownNameWord(ctx.norms[j + 1]!));
    // "الدكتور سلطان العنزي": after a style, a given name that is also a title («سلطان», «أمير») is the name.
    const styledGiven = j > from && j < to && styles.has(ctx.norms[j - 1]!) && inNameDictionaries(ctx.norms[j]!) && !/^(ال|لل)/.test(ctx.norms[j]!)
      && !gapBefore(ctx, j + 1).trim() && ctx.quotationOf[j + 1] === -1 && (isPersonWord(ctx.norms[j + 1]!) || isArticledSurnameAt(ctx, j + 1));
    // "عالم البراكين في جامعة الفلبين أليخاندرو رودريغيز": a name word written «أل»/«إل» with its hamza has no article
    // (Alejandro, Alberto, Eldred), though normalised it begins as a definite word does.
    const hamzated = j > from && HAMZATED_AL.test(ctx.tokens[j]!.text) && isNameWord(ctx.norms[j]!) && !isOrdinaryWord(ctx.norms[j]!);
    if (ctx.quotationOf[j] !== -1 || !(isPersonWord(ctx.norms[j]!) || ali || kunya || given || foreign || articled || styledGiven || hamzated)
      || (isTitleWord(ctx.norms[j]!) && !styledGiven) || (styles.has(ctx.norms[j]!) && !(given && j + 1 === to))) { j++; continue; }
    // "المعلمة ماريا داس غراساس في مدينة بورتو فيليو": the words after a noun that names a place name the place, up to
    // the next comma.
    // (With the article the word is an adjective of what comes before, «جمعية حماية الساحل الجنوبي».)
    if (j > from && placeHeads.has(ctx.norms[j - 1]!.replace(/^[وفبل](?=...)/, ''))) {
      while (j <= to && !/[،,]/.test(gapBefore(ctx, j + 1))) j++;
      j++;
      continue;
    }
    // A name comes after a description of at least two words or right after a title ("النائب علي خريس"),
    // not as the adjective of a one-word subject ("مسؤول أمني كبير").
    const prev = j > from ? heads.match(stripAl(ctx.norms[j - 1]!), ctx.norms, j - 1) : null;
    // (…or after a definite noun that says what they are, "التاجر علي الحامدي".)
    const definite = j === from + 1 && /^ال.{3,}/.test(ctx.norms[from]!.replace(/^[وف](?=ال)/, '')) && !matchNationality(ctx.norms, from) && !matchSpeakerHead(ctx.norms, from);
    if (j < from + 2 && !(prev && !prev.value.needsComplement) && !kunya && !definite) { j++; continue; }
    let e = j;
    while (e + 1 <= to && e + 1 < j + 4 && ctx.quotationOf[e + 1] === -1 && !/[،,:]/.test(gapBefore(ctx, e + 1)) && !channelLength(ctx.norms, e + 1)
      && !placeAfterPreposition(ctx.norms[e + 1]!)
      && (isNameWord(ctx.norms[e + 1]!) || isPersonWord(ctx.norms[e + 1]!) || nameParticles.has(ctx.norms[e + 1]!) || isUnknownNameWord(ctx.norms[e + 1]!) || isFamilyNameWord(ctx.norms[e + 1]!)
        || (ctx.norms[e + 1] === 'علي' && (nameParticles.has(ctx.norms[e]!) || isNameWord(ctx.norms[e]!)) && !/^ال/.test(ctx.norms[e + 2] ?? ''))
        || closingStopSurname(ctx, e + 1, to))) e++;
    if (e === j && given && j + 1 === to && isListedSurname(ctx.norms[to]!)) e = to;
    // (Words right after «في» name where or at what the subject spoke, never who: «وزير الطاقة في مؤتمر صحافي عقده في
    // ميرنا الشالوحي إن …» is a place; the holder is named after a title, not after a preposition.)
    // (Only the word right after it: «الباحث في علم الزلازل محمد الأشهب» names the field, then the researcher.)
    if (j > from && ctx.norms[j - 1] === 'في') { j++; continue; }
    if (e > j && !nameParticles.has(ctx.norms[e]!) && !isPlaceName(ctx, j, e)) best = [j, e];
    j = e + 1;
  }
  if (!best) return null;
  // Only a name that ends the subject: words after it would make it a place or an institution.
  for (let k = best[1] + 1; k <= to; k++) {
    // (An age or a note in parentheses after the name, "أبو علي (55 عاما)", is no part of the subject's words.)
    if (gapBefore(ctx, k).includes('(')) {
      while (k <= to && !gapBefore(ctx, k + 1).includes(')')) k++;
      continue;
    }
    // (A comma after the name opens what describes them: "المحامي X، رئيس مجموعة …،".)
    if (/[،,]/.test(gapBefore(ctx, k))) break;
    const norm = ctx.norms[k]!;
    if (ctx.quotationOf[k] === -1 && !/^ل/.test(norm) && !PREPOSITIONS.has(norm) && !isSpeechNoun(norm) && !isSkippableAfterVerb(norm)) return null;
    break;
  }
  const ar = textOf(ctx, best[0], best[1]);
  return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[best[0]]!.start, ctx.tokens[best[1]]!.end], ...described(ctx, from, best[0] - 1) };
}

/**
 * «صاحب شركة للاستيراد في سان خوسيه», «مصدر في مكتب أوتشا في غازي عنتاب», «محلل في معهد إسلام آباد»: the words that
 * close a description name a town the places list knows, whole, not a person.
 */
function isPlaceName(ctx: TextContext, first: number, last: number): boolean {
  const norm = ctx.norms[first]!.replace(/^[وفب](?=...)/, '');
  return places.match(norm, [...ctx.norms.slice(0, first), norm, ...ctx.norms.slice(first + 1)], first)?.length === last - first + 1;
}

/** A word that may be part of a foreign name no dictionary holds: no article as written (إلدريد is no ال), no word of the language. */
const isForeignNameWord = (ctx: TextContext, k: number) => {
  const norm = ctx.norms[k]!;
  if (norm.length < 3 || /^ال/.test(ctx.tokens[k]!.text) || /^لل/.test(norm) || ctx.quotationOf[k] !== -1 || ctx.mention[k]) return false;
  if (isTitleWord(norm) || styles.has(norm) || PREPOSITIONS.has(norm) || NP_STOP.has(norm) || isComplementizer(norm) || reportingVerb(norm) || isSpeechNoun(norm) || isSkippableAfterVerb(norm)) return false;
  if (matchNationality(ctx.norms, k) || matchCountryName(ctx.norms, k) || matchSpeakerHead(ctx.norms, k) || timePhraseLength(ctx.norms, k)) return false;
  return isWordOfNoLanguage(norm) || (isNameWord(norm) && !isOrdinaryWord(norm)) || isUnknownNameWord(norm);
};

/** An official named by words of their name alone ("غروندبرغ", "والشيخ سالم") where no mention was linked. */
export function officialByName(ctx: TextContext, from: number, last: number): Official | null {
  const words: string[] = [];
  for (let j = from; j <= last; j++) {
    const w = ctx.norms[j]!.replace(/^و(?=...)/, '');
    if (styles.has(w) || styles.has(ctx.norms[j]!) || isTitleWord(w)) continue;
    words.push(w);
  }
  if (!words.length || words.length > 3) return null;
  let best: Official | null = null;
  let bestAt = -Infinity;
  for (const o of ctx.officials) {
    const names = nameWords(o);
    if (!words.every((w) => names.has(w))) continue;
    const at = recency(ctx, o, from);
    if (at > bestAt) { best = o; bestAt = at; }
  }
  return best;
}

/**
 * "وقال علي كريم، أحد …، إن": «علي» written with its ي before a word of the name dictionaries that is no ordinary word
 * of the language is the name Ali, not the preposition «على» (written with its ى, or followed by what it governs:
 * "على هامش", "على الرغم").
 */
export function isNameAli(ctx: TextContext, k: number): boolean {
  if (ctx.norms[k] !== 'علي' || !/علي$/.test(ctx.tokens[k]!.text) || k + 1 >= ctx.tokens.length || gapBefore(ctx, k + 1).trim()) return false;
  const next = ctx.norms[k + 1]!;
  return !/^(ال|لل)/.test(next) && (isNameWord(next) || inNameDictionaries(next)) && !isOrdinaryWord(next) && !ctx.mention[k + 1] && ctx.quotationOf[k + 1] === -1;
}

/**
 * "ويرى علي واعظ، مدير …، أن", "وقال علي واعظ للصحفيين إن": «علي» written with its ي opening the subject, before one
 * word with no article that the subject ends with (a comma, the complementizer, the channel) is the name Ali with a
 * family name that is also a word of the language; the preposition governs more than one word ("على هامش القمة").
 */
function isAliBeforeLoneSurname(ctx: TextContext, k: number, to: number): boolean {
  if (ctx.norms[k] !== 'علي' || !/علي$/.test(ctx.tokens[k]!.text) || k + 1 > to || gapBefore(ctx, k + 1).trim()) return false;
  const next = ctx.norms[k + 1]!;
  // ("علي وأحمد": a second given name after the conjunction is another person.)
  if (/^و/.test(next) && isPersonWord(next.slice(1))) return false;
  if (next.length < 3 || /^(ال|لل|[وفبك]ال)/.test(next) || PREPOSITIONS.has(next) || NP_STOP.has(next) || isStopWord(next) || isComplementizer(next)) return false;
  if (ctx.mention[k + 1] || ctx.quotationOf[k + 1] !== -1 || isTitleWord(next) || timePhraseLength(ctx.norms, k + 1)) return false;
  return k + 1 === to || /[،,]/.test(gapBefore(ctx, k + 2)) || isComplementizer(ctx.norms[k + 2] ?? '') || channelLength(ctx.norms, k + 2) > 0;
}

/** «إمام» as written, with its hamza below: the title or the family name, never the preposition «أمام». */
const isWrittenImam = (ctx: TextContext, k: number) => ctx.norms[k] === 'امام' && /^إمام$/.test(ctx.tokens[k]!.text);

/** Two to four name words at token `from` (and a second such name after و): people with no title, as speakers. */
function leadingNames(ctx: TextContext, from: number, to: number): Speaker | null {
  // (The second half of a compound name carries the article, "عبد الرحمن"; علي after a name word is the name Ali.)
  const word = (a: number, b: number) => {
    const w = ctx.norms[b]!;
    if (isPersonWord(w) && !isOrdinaryWord(w)) return true;
    if (b === a) return isNameAli(ctx, b) || isAliBeforeLoneSurname(ctx, b, to);
    if (/^ال/.test(w) && /^(عبد|ابو|بن|ابن|بنت|ام)$/.test(ctx.norms[b - 1]!)) return true;
    if (b === a + 1 && isAliBeforeLoneSurname(ctx, a, to)) return true;
    // A foreign surname no dictionary knows ends the name, right before a comma or the words ("… جوناس تشيومبيلا،").
    const ends = b === to || /[،,:]/.test(gapBefore(ctx, b + 1)) || isComplementizer(ctx.norms[b + 1] ?? '');
    if (isUnknownNameWord(w) && ends) return true;
    // …and so does a word of the name dictionaries that the language also has ("كريم" generous) after a given name.
    if (ends && inNameDictionaries(w) && !isOrdinaryWord(w) && !/^ال/.test(w) && (isPersonWord(ctx.norms[b - 1]!) || isNameAli(ctx, b - 1)) && !PREPOSITIONS.has(w) && !NP_STOP.has(w)) return true;
    // …and so does «إمام» written with its hamza below after a given name ("حازم إمام، عضو …،"): the family name Imam,
    // never the preposition «أمام» (written with its hamza above or none).
    if (ends && isWrittenImam(ctx, b) && isPersonWord(ctx.norms[b - 1]!)) return true;
    // …and so does a family name with the article after a given name ("سلوى السماوي، زوجة …،").
    if (ends && isFamilyNameWord(w) && isPersonWord(ctx.norms[b - 1]!) && !institutionNouns.has(stripAl(w)) && !matchSpeakerHead(ctx.norms, b)) return true;
    return w === 'علي' && !/^ال/.test(ctx.norms[b + 1] ?? '');
  };
  const run = (a: number): number => {
    let b = a;
    // (A compound given name counts as one: "عبد القادر عبد الرحمن آدم".)
    let reach = 4;
    for (let k = a; k < a + 4 && k <= to; k++) if (/^(عبد|ابو|بن|ابن)$/.test(ctx.norms[k]!)) reach = 6;
    // (A family name may open with و as a letter of its own, «علي واعظ».)
    while (b <= to && b < a + reach && ctx.quotationOf[b] === -1 && (b === a || !gapBefore(ctx, b).trim()) && (b === a || !/^و/.test(ctx.norms[b]!) || (b === a + 1 && isAliBeforeLoneSurname(ctx, a, to)))
      && word(a, b)) b++;
    return b - a >= 2 ? b - 1 : -1;
  };
  if (opensPersonTitle(ctx, from)) return null;
  const end = run(from);
  if (end < 0) return null;
  const next = end + 1 <= to && /^و/.test(ctx.norms[end + 1]!) && !gapBefore(ctx, end + 1).trim() ? end + 1 : -1;
  let second = -1;
  if (next >= 0) {
    const bare = ctx.norms[next]!.slice(1);
    if (isPersonWord(bare) && !isOrdinaryWord(bare)) {
      let b = next + 1;
      while (b <= to && b < next + 4 && !gapBefore(ctx, b).trim() && isPersonWord(ctx.norms[b]!) && !isOrdinaryWord(ctx.norms[b]!)) b++;
      if (b - next >= 2) second = b - 1;
    }
  }
  const first = textOf(ctx, from, end);
  if (second < 0) return { ar: first, en: null, official: null, english: () => nameToEnglish(first), kind: 'person', span: [ctx.tokens[from]!.start, ctx.tokens[end]!.end] };
  const other = textOf(ctx, next, second).replace(/^و/, '');
  return { ar: `${first} و${other}`, en: null, official: null, english: () => `${nameToEnglish(first)} and ${nameToEnglish(other)}` };
}

/** "محرر شؤون أمريكا الشمالية، جون سوبل، إنهما": the last short comma-separated part of the subject, a name. */
function appositionName(ctx: TextContext, from: number, to: number): [number, number] | null {
  // (No words at all: after a title whose body is named in quotation marks the subject ends inside, «قال الناطق باسم
  // «اللواء السابع»», the caller starts past the subject's end.)
  if (from > to) return null;
  const parts: [number, number][] = [];
  let start = from;
  for (let j = from + 1; j <= to + 1; j++) {
    if (j === to + 1 || /[،,]/.test(gapBefore(ctx, j))) {
      parts.push([start, j - 1]);
      start = j;
    }
  }
  const clean = ([a, b]: [number, number]) => {
    if (b - a + 1 > 4 || b < a) return false;
    for (let j = a; j <= b; j++) {
      const norm = ctx.norms[j]!;
      // (A word opening with ل opens a prepositional phrase at the start of the part, not inside a name: "ليزبوا".)
      if (PREPOSITIONS.has(norm) || NP_STOP.has(norm) || (/^ل/.test(norm) && (j === a || isOrdinaryWord(norm))) || isSkippableAfterVerb(norm) || isSpeechNoun(norm) || ctx.quotationOf[j] !== -1) return false;
      // A name names no country ("ومقره الولايات المتحدة" is where a body sits, not who speaks).
      if (matchCountryName(ctx.norms, j)) return false;
    }
    // …and is not mostly ordinary words of the language.
    let ordinary = 0;
    for (let j = a; j <= b; j++) if (isUnattestedWord(ctx.norms[j]!) && !/^[أإآ]/.test(ctx.tokens[j]!.text)) ordinary++;
    return ordinary * 2 < b - a + 1;
  };
  // The name is the part that does not open with a title or an institution ("بن هاريس كويني، مدير مركز …"
  // and "محرر الشؤون …، جون سوبل،").
  const titled = ([a]: [number, number]) => isTitleWord(ctx.norms[a]!) || matchSpeakerHead(ctx.norms, a) !== null;
  if (!titled(parts[0]!) && parts.slice(1).some((p) => clean(p) && titled(p))) return null;
  return parts.slice(1).find((p) => clean(p) && !titled(p)) ?? null;
}

/** How far two titles joined by و may run before the name they lead to. */
const CONJOINED_TITLES_MAX = 16;

/**
 * "مرشح الحزب الحاكم لرئاسة بلدية إسطنبول ووزير البيئة السابق مراد كوروم": two titles joined by و, unbroken by
 * punctuation, that lead to an official's name are that official's (the name after the second title, with no
 * preposition or verb between them).
 */
function conjoinedTitlesName(ctx: TextContext, from: number): Official | null {
  let second = -1;
  for (let j = from + 1; j < ctx.tokens.length && j <= from + CONJOINED_TITLES_MAX; j++) {
    if (ctx.sentence[j] !== ctx.sentence[from] || ctx.quotationOf[j] !== -1 || gapBefore(ctx, j).trim()) return null;
    const m = ctx.mention[j];
    if (m) return second > from && m.first === j ? m.official : null;
    const w = ctx.norms[j]!;
    if (reportingVerb(w) || isComplementizer(w) || isRelative(w)) return null;
    if (/^و/.test(w) && isTitleWord(w.slice(1))) second = j;
    else if (second > from && (PREPOSITIONS.has(w) || OBJECT_PREPOSITIONS.has(w))) return null;
  }
  return null;
}

/** The official whose name ends the second comma-separated part of a subject, a part that opens with a title. */
function titledApposition(ctx: TextContext, from: number, to: number): Official | null {
  let a = -1;
  for (let j = from + 1; j <= to; j++) if (/[،,]/.test(gapBefore(ctx, j))) { a = j; break; }
  if (a < 0 || a - from < 2 || !isTitleWord(ctx.norms[a]!)) return null;
  let b = a;
  while (b + 1 <= to && b - a < 8 && !/[،,]/.test(gapBefore(ctx, b + 1))) b++;
  const m = ctx.mention[b];
  if (!m || m.last !== b || m.first <= a || ctx.quotationOf[b] !== -1) return null;
  for (let j = a; j < m.first; j++) if (PREPOSITIONS.has(ctx.norms[j]!) || isRelative(ctx.norms[j]!) || ctx.mention[j]) return null;
  return m.official;
}

/** What someone said or claimed, in construct with whose it is: «تصريح», «ادعاء», «رواية». */
const CLAIM_NOUN = /^(قول|اقوال|اعلان|تاكيد|تاكيدات|زعم|مزاعم|ادعاء|ادعاءات|روايه)$/;
const BEFORE_CLAIM = new Set(['في', 'علي', 'الي', 'عن', 'مع']);

/**
 * "وشكك المصدر في تصريح وزارة الدفاع البريطانية بأنه «…»", "وأشار إلى تأكيد الرئيس أن": the words after the
 * complementizer are the statement's, so whose it is speaks: an official or a body named in construct after the noun,
 * the noun governed by a preposition (tokens [from, to] are the verb's subject and its complement up to أن).
 */
export function claimOwner(ctx: TextContext, from: number, to: number): Speaker | null {
  for (let j = from + 1; j < to; j++) {
    const word = ctx.norms[j]!;
    if (!(isSpeechNoun(word) || CLAIM_NOUN.test(word)) || /^(ال|لل|و|ف|ب|ل)/.test(word) || !BEFORE_CLAIM.has(ctx.norms[j - 1]!)) continue;
    if (ctx.quotationOf[j + 1] !== -1 || gapBefore(ctx, j + 1).trim()) return null;
    const m = ctx.mention[j + 1];
    if (m) return m.first === j + 1 && m.last === to ? officialSpeaker(m.official) : null;
    const head = matchSpeakerHead(ctx.norms, j + 1);
    const body = head?.kind === 'institution' ? institutionSpeaker(ctx, j + 1, to, false, head) : null;
    return body && body.last === to ? body.speaker : null;
  }
  return null;
}

/**
 * «الفتوى الصادرة عن "مجلس العلماء الأفغان" الذين اعتبروا أن …»: a body named in quotation marks right before the
 * relative pronoun at token r, its name running to the closing mark, is what the relative clause hangs on.
 */
export function quotedBodyAntecedent(ctx: TextContext, r: number): Speaker | null {
  const q = ctx.quotationOf[r - 1] ?? -1;
  if (q === -1 || ctx.quotationOf[r] === q || ctx.sentence[r - 1] !== ctx.sentence[r]) return null;
  let first = r - 1;
  while (first > 0 && ctx.quotationOf[first - 1] === q) first--;
  // (Inside the marks the body's words are read as if unquoted: its noun phrase runs to the closing mark.)
  const unquoted: TextContext = { ...ctx, quotationOf: ctx.quotationOf.map((v) => (v === q ? -1 : v)) };
  for (let j = first; j < r; j++) {
    const head = matchSpeakerHead(ctx.norms, j);
    if (head?.kind !== 'institution') continue;
    const body = institutionSpeaker(unquoted, j, r - 1, false, head);
    if (body && body.last === r - 1) return { ...body.speaker, ar: body.speaker.ar.replace(/["»”]$/, ''), aside: true };
  }
  return null;
}

/**
 * "الوزارة", "المعهد", "الهيئة" alone at token k: the institution of that head noun the text named last before it, in
 * full ("وزارة الخارجية التركية", "المعهد الدولي لبحوث السلام").
 */
export function antecedentBody(ctx: TextContext, k: number): Speaker | null {
  const word = ctx.norms[k]!.replace(/^[وف](?=ال)/, '');
  if (!word.startsWith('ال') || word.length < 5) return null;
  const noun = word.slice(2);
  const head = matchSpeakerHead([word], 0);
  if (!(head && head.kind === 'institution' && head.words.length === 1) && !institutionNouns.has(noun)) return adjectiveBody(ctx, k, word);
  for (let j = k - 1; j >= 0 && j >= k - 400; j--) {
    const w = ctx.norms[j]!;
    if (w !== noun && w !== word && !w.endsWith(noun)) continue;
    if (ctx.quotationOf[j] !== -1) {
      // 'أعلن "المعهد الدولي لبحوث السلام" …. وقال المعهد': the body named in quotation marks, its name the quotation.
      const named = w === word ? quotedBody(ctx, j, k) : null;
      if (named && !STATEMENT_NOUN.test(word)) return { ...named, ar: ctx.tokens[k]!.text.replace(/^[وف](?=ال)/, ''), span: undefined };
      continue;
    }
    if (!(w === noun || w === word || /^(و|ف)?(ب|ل)?(ال)?$/.test(w.slice(0, w.length - noun.length)) || w === 'لل' + noun)) continue;
    // "وأضاف البلاغ" after «بلاغ لوزارة الداخلية»: the body that issued the statement speaks on through it.
    if (STATEMENT_NOUN.test(word)) {
      const issuer = statementIssuer(ctx, j, 1, Math.min(k - 1, j + 8));
      if (!issuer) continue;
      // (A statement in construct with its body, «بيان وزارة الخزانة», is named again in those words.)
      const whole = STATEMENT_NOUN.test(normalize(issuer.speaker.ar).split(' ')[0]!);
      return { ...issuer.speaker, ar: whole ? issuer.speaker.ar : ctx.tokens[k]!.text.replace(/^[وف](?=ال)/, ''), span: undefined };
    }
    // The body's name: its head and the definite words and nationality that follow it.
    let last = j;
    // A nationality closes the name ("وزارة الخارجية التركية | الهجوم").
    // (…but not a title or style that opens someone's name after it: «الصندوق | السيدة X».)
    while (last + 1 < k && last < j + 5 && !gapBefore(ctx, last + 1).trim() && /^(ال|ل)/.test(ctx.norms[last + 1]!) && !isTitleWord(ctx.norms[last + 1]!) && !styles.has(ctx.norms[last + 1]!) && !(last > j && matchNationality(ctx.norms, last))) last++;
    if (last === j) continue;
    const full = textOf(ctx, j, last).replace(/^(و|ف)?(ب|لل|ل)/, (m) => (m.endsWith('لل') ? 'ال' : ''));
    // Arabic as the text has it where the body speaks ("الهيئة"), English of the body in full.
    const ar = ctx.tokens[k]!.text.replace(/^[وف](?=ال)/, '');
    return { ar, en: null, official: null, kind: 'institution', english: () => institutionToEnglish(full) };
  }
  return null;
}

/**
 * «الحريري», «الشامي», «الجعفري»: a nisba that ends the name of an official of the text is that person's family name
 * («وأكد الحريري» after «حكومة الحريري»), not the adjective of a body.
 */
function isFamilyNameOfOfficial(ctx: TextContext, word: string): boolean {
  return ctx.officials.some((o) => normalize(o.name_ar).split(' ').slice(1).includes(word));
}

/**
 * «وقال المركزي», «وأعلن الاتحادي»: the adjective of a body's name («بنك روسيا المركزي», «البنك المركزي») stands for the
 * body the text named with it last, its noun one or two words before the adjective.
 */
function adjectiveBody(ctx: TextContext, k: number, word: string): Speaker | null {
  if (!/ي$/.test(word) || isFamilyNameOfOfficial(ctx, word)) return null;
  for (let j = k - 1; j >= 0 && j >= k - 400; j--) {
    if (ctx.norms[j] !== word || ctx.quotationOf[j] !== -1) continue;
    for (let f = j - 1; f >= Math.max(0, j - 2); f--) {
      if (gapBefore(ctx, f + 1).trim() || ctx.quotationOf[f] !== -1) break;
      // (The noun as written, or after a conjunction or preposition: «لبنك», «والبنك»; «بنك» keeps its ب.)
      const written = ctx.norms[f]!;
      const bare = written.replace(/^(و|ف)?(ب|لل|ل)?/, (m) => (m.endsWith('لل') ? 'ال' : ''));
      const noun = [written, bare].map(stripAl).find((w) => institutionNouns.has(w));
      if (!noun) continue;
      const full = noun === stripAl(written) ? textOf(ctx, f, j) : textOf(ctx, f, j).replace(/^(و|ف)?(ب|لل|ل)/, (m) => (m.endsWith('لل') ? 'ال' : ''));
      const english = institutionToEnglish(full);
      if (!english) return null;
      return { ar: ctx.tokens[k]!.text.replace(/^[وف](?=ال)/, ''), en: null, official: null, kind: 'institution', english: () => english };
    }
  }
  return null;
}

/** "وقال الأسد وظريف": a subject of two people joined by و is the pair speaking. */
function pairWith(ctx: TextContext, m: NonNullable<TextContext['mention'][number]>): Speaker | null {
  let j = m.last + 1;
  // "وقال X ونظيره الإيطالي Y": the counterpart joins the subject.
  const counterpart = /^ونظير(ه|ته|ها)$/.test(ctx.norms[j] ?? '') && !ctx.mention[j];
  if (counterpart) j += 1 + (matchNationality(ctx.norms, j + 1)?.length ?? 0);
  const next = ctx.mention[j];
  if (!next || next.official === m.official || !(counterpart || /^و/.test(ctx.norms[j]!)) || gapBefore(ctx, m.last + 1).trim()) return null;
  const a = officialSpeaker(m.official), b = officialSpeaker(next.official);
  return { ar: `${a.ar} و${b.ar}`, en: `${a.en} and ${b.en}`, official: null, pair: [m.official, next.official] };
}

/**
 * The official or source after عن in tokens [from, to): the one a report quotes ("… عن مصدر مسؤول"); or whoever stands
 * right before "قوله" or a verbal noun of saying with its pronoun ("نسبت الوكالات إلى تميم قوله إن", "نقلت الوكالة عن X
 * تأكيده «…»").
 */
function quotedSource(ctx: TextContext, from: number, to: number, sayingOnly = false): Speaker | null {
  for (let j = from + 1; j <= to + 1 && j < ctx.tokens.length; j++) {
    if (!isOwnedSaying(ctx.norms[j]!)) continue;
    // "… عن السفير الأمريكي إلى كوريا الجنوبية قوله": whoever is described between عن and قوله.
    // ("ونسبت الوكالة إلى وزير الطاقة X، الذي لعب دور الوسيط …، قوله": the official named first after إلى.)
    // (عن first: "عن السفير الأمريكي إلى كوريا الجنوبية قوله" is the ambassador's, the إلى is part of his title.)
    const a = relayStart(ctx, from, j, 'عن') ?? relayStart(ctx, from, j, 'الي') ?? j;
    const relayed = a < j;
    // (A source that opens it speaks, not someone named in what describes it: "عن مصدر مطلع على التحقيقات في وفاة
    // الصحفي X قوله"; unless named in apposition: "عن المتحدث باسم الجماعة، X، قوله".)
    const inst = relayed ? institutionSpeaker(ctx, a, j - 1) : null;
    const m = ctx.mention[j - 1];
    if (m && (!inst || m.first === a || /[،,]/.test(gapBefore(ctx, m.first)))) return officialSpeaker(m.official);
    if (inst) return inst.speaker;
    if (relayed) {
      const named = ctx.norms[a - 1] === 'الي' ? ctx.mention.slice(a, j).find((x) => x) : null;
      if (named) return officialSpeaker(named.official);
      const referred = titleReference(ctx, a, Math.min(j - 1, a + 2));
      if (referred) return officialSpeaker(referred);
      return { ar: textOf(ctx, a, j - 1), en: null, official: null };
    }
  }
  if (sayingOnly) return null;
  for (let j = from; j < to; j++) {
    if (ctx.norms[j] !== 'عن' || ctx.quotationOf[j] !== -1) continue;
    if (ctx.mention[j + 1]) return officialSpeaker(ctx.mention[j + 1]!.official);
    const source = institutionSpeaker(ctx, j + 1, to);
    if (source) return source.speaker;
    // ("ونقلت الوكالة عن رئيس الوزراء نجيب ميقاتي أن": the official named after their title, whose words they are.)
    const named = officialIn(ctx, j + 1, to, 6);
    if (named) return officialSpeaker(named);
  }
  return null;
}

/**
 * Where the one whose words a report relays begins: right after the nearest «عن» ("نقل عن") or «إلى» ("نسب إلى"),
 * outside quotation marks, before «قوله» at token j (and after token `from`); null when there is none within reach.
 */
function relayStart(ctx: TextContext, from: number, j: number, preposition: 'عن' | 'الي'): number | null {
  for (let a = j - 1; a >= from && a > 0 && j - a <= OWNED_SAYING_REACH; a--) {
    if (ctx.norms[a - 1] === preposition && ctx.quotationOf[a - 1] === -1) return a;
  }
  return null;
}

/** The speaker named right after the verb, in the subject range [from, to] (to < from: unknown range). */
/** How far back «رئيس الوفد» looks for the delegation's «برئاسة», and how far before that for the delegation. */
const DELEGATION_HEAD_REACH = 400;
const DELEGATION_REACH = 16;

/**
 * «برئاسة», «يرأسه», «تترأسه», «بقيادة», «يقوده»: a word of leading that introduces who heads the delegation named
 * before it — the noun with «ب», or the verb with the delegation's pronoun (not the bare noun «رئاسة», nor a verb
 * whose delegation comes after it).
 */
const introducesHead = (norm: string) => {
  const w = norm.replace(/^[وف](?=...)/, '');
  return headVerbs.has(w) && (/^ب/.test(w) || (w !== 'رياسه' && /(ه|ها)$/.test(w)));
};

/**
 * «رئيس الوفد», «رئيسة الوفد الإسباني» with no name: the official named right after «برئاسة» or «يرأسه» where the text
 * brought in a delegation ("استقبل X وفدا عن … برئاسة النائب Y", "وفدا برلمانيا يرأسه نائب رئيس المجلس Y"), the last
 * such before the title.
 */
function delegationHead(ctx: TextContext, from: number): Speaker | null {
  if (ctx.mention[from] || !/^[وف]?رييس(ه)?$/.test(ctx.norms[from]!) || ctx.norms[from + 1] !== 'الوفد') return null;
  for (let j = from - 1; j >= 0 && j >= from - DELEGATION_HEAD_REACH; j--) {
    if (!introducesHead(ctx.norms[j]!)) continue;
    let delegation = false;
    for (let d = j - 1; d >= 0 && d >= j - DELEGATION_REACH && ctx.sentence[d] === ctx.sentence[j]; d--) if (DELEGATION.test(ctx.norms[d]!)) delegation = true;
    if (!delegation) continue;
    for (let t = j + 1; t <= j + 6 && t < ctx.tokens.length && ctx.sentence[t] === ctx.sentence[j]; t++) {
      const m = ctx.mention[t];
      if (m?.official) return officialSpeaker(m.official);
    }
    return null;
  }
  return null;
}

/** «إحداهن، وهي …», «أحدهم، وهو …»: one of a group, described after the pronoun of the clause that follows. */
const ONE_OF_THEM = /^(احداهن|احداهم|احدهم|احدهن)$/;
const ORDINARY_PERSON_MAX = 10;

/**
 * «قالت بائعة في سوق المدينة», «قال صاحب متجر للأقمشة في الحي», «قالت أم لثلاثة أطفال», «قالت إحداهن، وهي معلمة
 * متقاعدة،»: one person of no office, unnamed, as an indefinite noun: the noun with its adjectives and complements speaks
 * (where they work or live is how the press tells them apart), never a name or place inside the complements.
 */
function isNamedPersonAt(ctx: TextContext, j: number): boolean {
  const norm = ctx.norms[j]!;
  if (/^(ال|لل)/.test(norm) || !isNameWord(norm)) return false;
  const prev = ctx.norms[j - 1]!;
  const next = j + 1 < ctx.tokens.length && ctx.sentence[j + 1] === ctx.sentence[j] && !/[،,:؛;]/.test(gapBefore(ctx, j + 1)) ? ctx.norms[j + 1]! : '';
  const bareNoun = !/^([وبلف]|ال)/.test(prev) && !isNameWord(prev);
  return /^([وبلف])?ال/.test(prev) || (!bareNoun && !!next && !isComplementizer(next) && !isStopWord(next) && (isNameWord(next) || /^ال/.test(next)));
}

function ordinaryPersonSubject(ctx: TextContext, from: number, to: number): Speaker | null {
  let k = from;
  if (ONE_OF_THEM.test(ctx.norms[k]!) && /[،,]/.test(gapBefore(ctx, k + 1)) && /^(وهي|وهو)$/.test(ctx.norms[k + 1] ?? '')) k += 2;
  const head = k <= to ? ordinaryPersonAt(ctx.norms, k) : null;
  if (!head || ctx.mention[k]) return null;
  let last = k + head.length - 1;
  const opens = (j: number) => j <= to && j < ctx.tokens.length && ctx.sentence[j] === ctx.sentence[k] && ctx.quotationOf[j] === -1 && !/[،,:؛;(]/.test(gapBefore(ctx, j));
  // (The owner is the owner of something, the parent a parent of children: without it, the word is something else.)
  if (head.shape === 'genitive') {
    if (!opens(last + 1) || /^(ال|لل)/.test(ctx.norms[last + 1]!)) return null;
    last++;
  } else if (head.shape === 'parent') {
    if (!opens(last + 1) || !/^ل(?!ل)/.test(ctx.norms[last + 1]!) || channelLength(ctx.norms, last + 1)) return null;
    last++;
  }
  // (A name right after the noun is the person's own: that reading is the name's, not this one.)
  if (opens(last + 1) && !ctx.mention[last + 1] && isPersonWord(ctx.norms[last + 1]!) && !/^[بل]/.test(ctx.norms[last + 1]!) && !sourceAdjective(ctx.norms[last + 1]!)) return null;
  for (let j = last + 1; opens(j) && j < k + ORDINARY_PERSON_MAX; j++) {
    const norm = ctx.norms[j]!;
    if ((ctx.mention[j] && isNamedPersonAt(ctx, j)) || NAMED_AS.test(norm)) return null;
    if (ctx.mention[j] || NP_STOP.has(norm) || isComplementizer(norm) || reportingVerb(norm) || isSayingNoun(norm) || timePhraseLength(ctx.norms, j) || channelLength(ctx.norms, j) || anonymityLength(ctx, j)) break;
    if (/^(ان|انه|انها|الا|لكن|قائلا|قائله|مضيفا|مضيفه|مؤكدا|مؤكده)$/.test(norm)) break;
    // («سائق الشاحنة أحمد X», «تاجر العملات في سوق … بأبوجا موسى X»: a given name after a definite word, or a full name
    // after a place, is the person's own, left to the readings of names; «في مستشفى ميسا» is the hospital's genitive.)
    if (isNamedPersonAt(ctx, j)) return null;
    last = j;
  }
  // («بائعة الخضار، أنطوانيت …، إن», «ربة منزل تدعى …»: the person is named, in apposition or by what they are called.)
  const after = last + 1;
  if (after < ctx.tokens.length && ctx.sentence[after] === ctx.sentence[k] && /[،,]/.test(gapBefore(ctx, after))
    && (ctx.mention[after] || (isNameWord(ctx.norms[after]!) && !/^(ال|لل|و)/.test(ctx.norms[after]!)))) return null;
  const ar = textOf(ctx, k, last);
  return { ar, en: head.en, official: null, kind: 'source', span: [ctx.tokens[k]!.start, ctx.tokens[last]!.end] };
}

/** A title at token `from`, a name in quotation marks right after it, then an official named within [from, to]. */
function holderPastQuotedName(ctx: TextContext, from: number, to: number): Official | null {
  const q = ctx.quotationOf[from + 1];
  if (q === undefined || q === -1 || !isTitleWord(ctx.norms[from]!.replace(/^[وف](?=ال)/, '')) || !isNameQuotation(ctx, from + 1)) return null;
  let after = from + 1;
  while (after < ctx.tokens.length && ctx.quotationOf[after] === q) after++;
  return after <= to ? officialRightAfter(ctx, after) : null;
}

/** The subject after a verb, tokens [from, to], once its opening and its end are read: where to look and how far. */
interface SubjectSpan {
  ctx: TextContext;
  from: number;
  to: number;
  /** Whether any word is left of the subject once the one spoken to, the outlet and the request for anonymity are cut. */
  bounded: boolean;
  /** Whether the text keeps the subject unnamed («فضلت عدم ذكر اسمها»). */
  anonymous: boolean;
}

/** One way of reading who the subject is: a speaker, or null for the next way to try. */
type SubjectStage = (s: SubjectSpan) => Speaker | null;

export function subjectAfter(ctx: TextContext, from: number, to: number): Speaker | null {
  from = pastRelativePronoun(ctx, from, to);
  if (from >= ctx.tokens.length) return null;
  // 'أعلن "المعهد الدولي لبحوث السلام" المستقل …، أن': a body named in quotation marks opens the subject.
  const quotedName = ctx.quotationOf[from] !== -1 && from <= to ? quotedBody(ctx, from, to + 1) : null;
  if (quotedName) return quotedName;
  const span = subjectEnd(ctx, pastHonorific(ctx, from, to), to);
  for (const stage of SUBJECT_STAGES) {
    const speaker = stage(span);
    if (speaker) return speaker;
  }
  return span.bounded ? boundedSubjectRest(span) : unboundedTitle(span);
}

/** Past the pronoun of a relative clause ("حسب ما صرح به وزير المالية") and «عن» before a source ("ونُقل عن مصدر …"). */
function pastRelativePronoun(ctx: TextContext, from: number, to: number): number {
  while (from < ctx.tokens.length && from <= to && /^(عن|الي|علي|ب|ل|من)(ه|ها|هم|هما)$/.test(ctx.norms[from]!)) from++;
  if (from < to && ctx.norms[from] === 'عن') from++;
  return from;
}

/**
 * "وأعرب سعادة وزير العمل الفلبيني", "وقال معالي الوزير": an honorific before a title the officials layer left unlinked
 * is no part of what the title refers to.
 */
function pastHonorific(ctx: TextContext, from: number, to: number): number {
  const style = !ctx.mention[from] ? styles.match(ctx.norms[from]!, ctx.norms, from) : null;
  if (style && from + style.length <= to && !ctx.mention[from + style.length] && isTitleWord(ctx.norms[from + style.length]!) && ctx.sentence[from + style.length] === ctx.sentence[from]) return from + style.length;
  return from;
}

/** Where the subject from `from` ends: before the one spoken to, an outlet informed, or the request not to be named. */
function subjectEnd(ctx: TextContext, from: number, to: number): SubjectSpan {
  // The channel spoken to ends the subject ("قالت إحدى المتظاهرات لوكالة فرانس برس"): its name is nobody's.
  for (let j = from + 1; j <= to; j++) if (channelLength(ctx.norms, j)) { to = j - 1; break; }
  // …and so does a word with «ل» between a name and the words, an outlet no list knows ("رولان نصور للديار إن"): after
  // a name, the one spoken to.
  if (to >= from + 2 && isAddresseeAfterName(ctx, to)) to--;
  // …and so does an outlet after an adjective, the object of a verb of informing ("وأبلغ مسؤول غربي بي بي سي أن"): the
  // adjective closes the noun, so the outlet is no genitive of it ("مراسل بي بي سي" is the outlet's correspondent).
  // (An outlet in parentheses is the short name of the one before it: "وكالة الأنباء الإيرانية الرسمية (إرنا)".)
  for (let j = from + 2; j <= to; j++) {
    if (outletLength(ctx.norms, j) && (sourceAdjective(ctx.norms[j - 1]!) || matchNationality(ctx.norms, j - 1)) && !ctx.mention[j] && !gapBefore(ctx, j).includes('(')) { to = j - 1; break; }
  }
  // "جارة للعائلة، فضلت عدم ذكر اسمها خوفا من …،": the request not to be named, and its reason, are nobody's name.
  let anonymous = false;
  for (let j = from + 1; j <= to; j++) if (anonymityLength(ctx, j)) { to = j - 1; anonymous = true; break; }
  return { ctx, from, to, bounded: to >= from, anonymous };
}

/** The ways of reading the subject, tried in order; what none of them reads is left to the subject's remaining words. */
const SUBJECT_STAGES: SubjectStage[] = [
  // "ونقل المتحدث باسم الوزارة X عن الوزير قوله": whoever relays, the one whose words they are («قوله») speaks.
  ({ ctx, from, to, bounded }) => bounded ? quotedSource(ctx, from + 1, to, true) : null,
  throughMouthOf,
  bodyOfCountry,
  namedAsSubject,
  // "وقال أحمد X، والد ناصر،": a name set off by a noun of kin or relation speaks, not the relative (who may share
  // the family name the officials layer linked).
  ({ ctx, from, to, bounded }) => bounded ? relatedPerson(ctx, from, to) : null,
  // "ووصف محامي خان، غوهر علي خان، الحكم": the one named after the noun of relation and its genitive speaks.
  ({ ctx, from, to, bounded }) => bounded ? relationApposedName(ctx, from, to) : null,
  // "فيما قال نجله حافظ قائد السبسي، …", "وقالت ابنته ليلى": the relative named after their kin, not the one they are kin to.
  ({ ctx, from, to, bounded }) => bounded ? kinNamed(ctx, from, to) : null,
  // "وأكد إعلان الدوحة، الصادر في ختام القمة،", «إعلان الرياض»: a declaration named after a place speaks as itself.
  ({ ctx, from }) => namedDeclaration(ctx, from),
  bothSides,
  // "وأعربت رئيسة الوفد الأوروبي عن …": the one the text named as heading the delegation («وفدا … برئاسة X»).
  ({ ctx, from }) => delegationHead(ctx, from),
  // 'قال رئيس "التيار الوطني الحر" النائب X، في مؤتمر …': a title, what it heads named in quotation marks, then the
  // official who holds it.
  ({ ctx, from, to, bounded }) => {
    const holder = bounded && !ctx.mention[from] ? holderPastQuotedName(ctx, from, to) : null;
    return holder ? officialSpeaker(holder) : null;
  },
  ({ ctx, from, to, bounded }) => !ctx.mention[from] ? ordinaryPersonSubject(ctx, from, bounded ? to : from + ORDINARY_PERSON_MAX) : null,
  // ("ونقل المكتب الإعلامي لرئيس الوزراء عن X قوله": the one the office quotes, found above as any relayer's.)
  ({ ctx, from, to, bounded }) => officeOf(ctx, from, bounded ? to : from + 6),
  mentionedSubject,
  ({ ctx, from, to, bounded }) => {
    const given = bounded ? givenNameReference(ctx, from, to) : null;
    return given ? officialSpeaker(given) : null;
  },
  titledSubject,
  // "ونفت روسيا ودمشق …", "وأعلنت مصر …": a country (or two) speaks for its government.
  ({ ctx, from, to, bounded }) => {
    const countries = countryPairLength(ctx, from);
    return countries && (!bounded || from + countries - 1 <= to) ? countrySpeaker(ctx, from, from + countries - 1) : null;
  },
  // "وأضاف المسؤول الحكومي أن": a describing noun with the article refers back to an official already named, not to
  // a new unnamed source («مسؤول حكومي»), unless the text keeps them unnamed («…، الذي طلب عدم ذكر اسمه،»).
  ({ ctx, from, to, bounded, anonymous }) => {
    const described = !anonymous && bounded ? definiteDescription(ctx, from, to) : null;
    return described ? officialSpeaker(described) : null;
  },
  ({ ctx, from, to, bounded, anonymous }) => {
    const national = !anonymous && bounded ? nationalDescription(ctx, from, to) : null;
    return national ? officialSpeaker(national) : null;
  },
  institutionSubject,
  officialInSubject,
];

/**
 * "أعلن بنك السودان المركزي", "مصرف لبنان المركزي": an indefinite institution noun in construct with a country, and the
 * body's adjectives after it, is that country's body (not a person's name: «بنك» is no given name).
 */
function bodyOfCountry({ ctx, from, to, bounded }: SubjectSpan): Speaker | null {
  const w = ctx.norms[from] ?? '';
  // (A body the speaker heads know, «حكومة بنغلاديش», «جيش …», is read by them.)
  if (!bounded || ctx.mention[from] || /^(ال|و)/.test(w) || !institutionNouns.has(w) || matchSpeakerHead(ctx.norms, from)) return null;
  const c = matchCountryName(ctx.norms, from + 1);
  if (!c || from + c.length > to) return null;
  for (let j = from + 1; j <= to; j++) {
    if (/[،,]/.test(gapBefore(ctx, j)) || ctx.mention[j] || (j > from + c.length && !/^ال/.test(ctx.norms[j]!))) return null;
  }
  const full = textOf(ctx, from, to);
  const english = institutionToEnglish(full);
  return english ? { ar: full, en: null, official: null, kind: 'institution', english: () => english, span: [ctx.tokens[from]!.start, ctx.tokens[to]!.end] } : null;
}

/** "وقالت فرنسا، على لسان وزير خارجيتها X، إن": the one through whose mouth the country or body speaks. */
function throughMouthOf({ ctx, from, to, bounded }: SubjectSpan): Speaker | null {
  for (let j = from + 1; bounded && j < to && j <= from + 8; j++) {
    if (ctx.norms[j] !== 'علي' || ctx.norms[j + 1] !== 'لسان' || ctx.quotationOf[j] !== -1) continue;
    let end = j + 2;
    while (end < to && !/[،,]/.test(gapBefore(ctx, end + 1))) end++;
    const mouth = j + 2 <= end ? subjectAfter(ctx, j + 2, end) : null;
    if (mouth && (mouth.official || mouth.kind === 'person' || mouth.kind === 'source')) return mouth;
    break;
  }
  return null;
}

/** "وقال أحد السكان ويدعى أبو محمد إن": the name the subject goes by speaks. */
function namedAsSubject({ ctx, from, to, bounded }: SubjectSpan): Speaker | null {
  for (let j = from + 1; bounded && j <= to && j <= from + 6; j++) {
    const len = NAMED_AS.test(ctx.norms[j]!) ? namedAsLength(ctx, j) : 0;
    if (len < 2) continue;
    const ar = textOf(ctx, j + 1, j + len - 1);
    return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[j + 1]!.start, ctx.tokens[j + len - 1]!.end], ...described(ctx, from, j - 1) };
  }
  return null;
}

/** "وأكد الجانبان في ختام المباحثات": the two sides speak together, whatever the circumstances after them name. */
function bothSides({ ctx, from }: SubjectSpan): Speaker | null {
  if (!/^[وف]?ال(جانب|طرف)ان$/.test(ctx.norms[from]!)) return null;
  const conj = /^[وف]ال/.test(ctx.norms[from]!) ? 1 : 0;
  return { ar: ctx.tokens[from]!.text.slice(conj), en: null, official: null, kind: 'institution', span: [ctx.tokens[from]!.start + conj, ctx.tokens[from]!.end] };
}

/** The mention the officials layer linked at the subject's first word, unless it names a foreign body's complement. */
function subjectMention(ctx: TextContext, from: number): NonNullable<TextContext['mention'][number]> | null {
  return ctx.mention[from] && !foreignComplement(ctx, ctx.mention[from]!) ? ctx.mention[from]! : null;
}

/** An official the officials layer linked at the subject's first word, or the one its title points to. */
function mentionedSubject({ ctx, from, to, bounded }: SubjectSpan): Speaker | null {
  const m = subjectMention(ctx, from);
  if (!m) return null;
  // A bare title linked to someone ("وزيرة") yields to a name that follows it ("وزيرة خارجية … فيديريكا موغيريني").
  const bare = m.first === m.last && isTitleWord(ctx.norms[from]!);
  // …and so does a title whose body is named in quotation marks («زعيم حزب "…" المعارض، X،»): the name after it.
  let after = m.last + 1;
  if (!bare && isTitleWord(ctx.norms[from]!) && after < ctx.tokens.length && isNameQuotation(ctx, after)) {
    const q = ctx.quotationOf[after];
    while (after < ctx.tokens.length && ctx.quotationOf[after] === q) after++;
  }
  const named = bare ? officialIn(ctx, m.last + 1, bounded ? to : from + 7, 6) : after > m.last + 1 ? officialIn(ctx, after, bounded ? to : after + 6, 6) : null;
  if (named && named !== m.official) return officialSpeaker(named);
  // (…or a person the officials layer did not read, set off by commas.)
  const apposed = !named && after > m.last + 1 && bounded ? appositionName(ctx, after, to) : null;
  if (apposed) return namedPerson(ctx, from, apposed);
  // A title linked to an official of the other gender ("الوزيرة الكندية" → a man): the official the title fits.
  // (An official with no role is taken for a man: only a feminine title can disagree with them.)
  const g = titleGender(ctx.norms, from);
  const og = roleGender(m.official) ?? 'm';
  if (g && og !== g) {
    const referred = titleReference(ctx, from, Math.min(m.last, from + 2));
    if (referred && roleGender(referred) === g) return officialSpeaker(referred);
  }
  const main = mainHolderOfTitle(ctx, m);
  if (main) return officialSpeaker(main);
  return pairWith(ctx, m) ?? officialSpeaker(m.official);
}

/** The official whose title opens the subject, named after it («المتحدث باسم الإدارة العامة للحرس الوطني العميد X»). */
function titledSubject({ ctx, from, to, bounded }: SubjectSpan): Speaker | null {
  const titled = officialTitledAt(ctx, from);
  if (!titled) return null;
  // (A title whose "name" says whose partner they are is followed by the name: «…، شريك ميركل في الائتلاف، أندريا ناليس،».)
  const renamed = bounded && isRelationNamed(titled.official) ? apposedOfficialAfter(ctx, titled.last + 1, to) : null;
  if (renamed) return officialSpeaker(renamed);
  return pairWith(ctx, ctx.mention[titled.last]!) ?? officialSpeaker(titled.official);
}

/**
 * An institution or source that opens the subject speaks, even if an official is named inside it ("المتحدث باسم
 * الرئيس الروسي").
 */
function institutionSubject({ ctx, from, to, bounded }: SubjectSpan): Speaker | null {
  const inst = institutionSpeaker(ctx, from, bounded ? to : from + 8);
  if (!inst) return null;
  // …unless the official is named in apposition after it ("المتحدث باسم الرئاسة، السفير بسام راضي،").
  const next = inst.last + 1;
  // Not the one a source is close to («مصدر قريب من رئيس الجمهورية جوزاف عون»): that name belongs to the source.
  // …nor the one whose circles speak («أوساط رئيس الحزب X», «مصادر الرئيس X»): a group is never one official.
  const closeTo = ctx.norms.slice(from, next).some((w, k) => CLOSE_TO.test(w) && /^(من|علي)$/.test(ctx.norms[from + k + 1] ?? ''))
    || (/^[وف]?(اوساط|مصادر|دوائر)$/.test(ctx.norms[from]!) && !/[،,]/.test(gapBefore(ctx, next)));
  const named = bounded && inst.kind === 'source' && next <= to && !closeTo && !ctx.norms[next]!.startsWith('و') ? officialIn(ctx, next, to, 2) : null;
  if (named) return officialSpeaker(named);
  // "ويرى المحلل العسكري اليمني علي الذهب أن": a person named after the description of a source is that person.
  const person = bounded && inst.kind === 'source' && !closeTo ? personIn(ctx, from, to) : null;
  if (person) return person;
  // "وأوردت وكالة سانا عن مصدر في وزارة الخارجية": the source the agency quotes.
  return (bounded ? quotedSource(ctx, inst.last + 1, to) : null) ?? inst.speaker;
}

/** An official the officials layer linked within the subject's first words. */
function officialInSubject({ ctx, from, to, bounded }: SubjectSpan): Speaker | null {
  // (A title linked to someone named before but described as another's, "السيناتورة المعتقلة، X،", is not them: any
  // other mention at the subject's first word was read by mentionedSubject.)
  const rejected = ctx.mention[from] && !subjectMention(ctx, from) ? ctx.mention[from]! : null;
  // (…when someone else is named in apposition, between commas.)
  const apposite = rejected ? officialIn(ctx, rejected.last + 1, bounded ? to : from + 3, bounded ? 8 : 3) : null;
  const apart = apposite && (() => {
    let j = rejected!.last + 1;
    while (ctx.mention[j]?.official !== apposite) j++;
    return /[،,]/.test(gapBefore(ctx, j));
  })();
  // («وقال النائب الخزاعلة إن»: a title linked to another MP, then, with no comma between, a name of the one the text
  // named in full before, «رائد الخزاعلة»: that official.)
  const next = rejected ? ctx.mention[rejected.last + 1] : null;
  const surnamed = !!apposite && !apart && next?.official === apposite && next.first === rejected!.last + 1 && !gapBefore(ctx, next.first).trim();
  const official = apart || surnamed ? apposite : officialIn(ctx, from, bounded ? to : from + 3, bounded ? 8 : 3);
  if (!official) return null;
  // "وقال رئيس الوزراء X ونظيره Y": the title before the name, and the pair after it.
  let j = from;
  while (ctx.mention[j]?.official !== official) j++;
  // ("قال الدكتور X Y، المستشار بمركز …، إن": a bare title set off by a comma after a person's name describes that
  // person; the official it was linked to is someone else.)
  const mentioned = ctx.mention[j]!;
  const namedBefore = j > from && mentioned.first === mentioned.last && isTitleWord(ctx.norms[j]!) && /[،,]/.test(gapBefore(ctx, j)) ? personIn(ctx, from, j - 1) : null;
  if (namedBefore) return namedBefore;
  return pairWith(ctx, mentioned) ?? officialSpeaker(official);
}

/** A title with no name the officials layer knows and no word left to bound it ("جدد العاهل المغربي، …"). */
function unboundedTitle({ ctx, from }: SubjectSpan): Speaker | null {
  const first = ctx.norms[from]!;
  // A describing noun that is also an office («الدبلوماسية») refers back to someone: left to the discourse.
  if (!isTitleWord(first) || isDescriptiveNoun(first)) return null;
  // ("وانتقد رئيس حزب العمال، زعيم المعارضة X، الميزانية": the official named in apposition, between commas.)
  let end = from;
  while (end + 1 < ctx.tokens.length && end < from + 14 && ctx.sentence[end + 1] === ctx.sentence[from] && ctx.quotationOf[end + 1] === -1) end++;
  const apposed = titledApposition(ctx, from, end);
  if (apposed) return officialSpeaker(apposed);
  // ("وانتقدت المفوضة السامية للأمم المتحدة لحقوق الإنسان، ميشيل باشليه، الأحكام": named after a long title.)
  const titled = officialTitledAt(ctx, from, true);
  if (titled) return officialSpeaker(titled.official);
  const joined = conjoinedTitlesName(ctx, from);
  if (joined) return officialSpeaker(joined);
  const last = nounPhraseEnd(ctx, from, from + 3, false);
  const referred = titleReferenceBeforeObject(ctx, from, last);
  return referred ? officialSpeaker(referred) : { ar: textOf(ctx, from, last), en: null, official: null, words: [from, last] };
}

/** A bounded subject none of the stages read: an apposed official, the one quoted, names that open it, or the phrase. */
function boundedSubjectRest(span: SubjectSpan): Speaker | null {
  const { ctx, from, to } = span;
  // "قال رئيس بعثة الاتحاد …، رئيس الوزراء الغيني الأسبق X، إن": an official named at the end of a title set off by
  // commas after the subject's own title.
  const apposed = titledApposition(ctx, from, to);
  if (apposed) return officialSpeaker(apposed);
  // "ونقلت واس تصريحات عن مصدر سعودي قوله": whoever the subject is, the one it quotes speaks.
  // (Not after a person's title: "النائب عن ائتلاف دولة القانون X" is the MP, not the coalition.)
  // (…and after a title only with "قوله", "ونقل المتحدث ذاته عن X قوله", which every relayer's check above took.)
  const quoted = isTitleWord(ctx.norms[from]!) ? null : quotedSource(ctx, from + 1, to);
  if (quoted) return quoted;
  // "وقال مارفين هير وأبراهام كوبر من مركز …": people named first, one or two joined by و, speak.
  const named = leadingNames(ctx, from, to);
  if (named) return named;
  // ("يقول كريم بن علي، سائق شاحنة": a given name that is also a word, its name closed by a comma.)
  let e = from;
  while (e < to && e < from + 3 && !/[،,]/.test(gapBefore(ctx, e + 1))) e++;
  const homograph = e === to || /[،,]/.test(gapBefore(ctx, e + 1)) ? homographName(ctx, from, e) : null;
  if (homograph) return { ...homograph, ...described(ctx, e + 1, to) };
  return phraseSubject(span);
}

/**
 * A subject we have no word for (a person not in office, a group): the noun phrase as written; when a name follows
 * between commas ("مديرة منظمة العفو في بريطانيا، كيت آلن،"), the name.
 */
function phraseSubject({ ctx, from, to }: SubjectSpan): Speaker | null {
  const norm = ctx.norms[from]!;
  if (NP_STOP.has(norm) || PREPOSITIONS.has(norm) || /^ل/.test(norm) || isComplementizer(norm) || isNeverSubject(norm)) return null;
  const last = nounPhraseEnd(ctx, from, to, false);
  const name = appositionName(ctx, from, to);
  if (name) {
    // The person named in apposition speaks ("…، كيت آلن،"); a person of the analysis, with a name in English, only
    // when every word of the name is evidence for one.
    // (An official the officials layer read there: "المتحدث الرسمي لمجلس … المتحالف مع …، شيرفان درويش:".)
    const m = ctx.mention[name[0]];
    if (m) return officialSpeaker(m.official);
    return namedPerson(ctx, from, name);
  }
  const referred = titleReferenceBeforeObject(ctx, from, last);
  if (referred) return officialSpeaker(referred);
  const surnamed = titledSurname(ctx, from, to);
  if (surnamed) return officialSpeaker(surnamed);
  const person = personIn(ctx, from, to);
  if (person) return person;
  const styled = styledName(ctx, from, to);
  if (styled) return styled;
  const foreign = foreignNameAt(ctx, from, to);
  if (foreign) return namedPerson(ctx, from, foreign);
  return { ar: textOf(ctx, from, last), en: null, official: null, words: [from, last] };
}

/**
 * A definite noun with «ل» («للديار», «للصحافيين») right after a word with no article that is no title, particle or
 * ordinary noun of the subject: the one spoken to after a name, foreign or Arab, whatever the name lists hold.
 */
function isAddresseeAfterName(ctx: TextContext, k: number): boolean {
  const norm = ctx.norms[k]!;
  const prev = ctx.norms[k - 1]!;
  if (!/^لل.{3,}/.test(norm) || ctx.quotationOf[k] !== -1 || ctx.quotationOf[k - 1] !== -1 || gapBefore(ctx, k).trim()) return false;
  if (/^([وفب]?ال|لل|ل)/.test(ctx.tokens[k - 1]!.text) || prev.length < 3 || isTitleWord(prev) || styles.has(prev) || isStopWord(prev) || PREPOSITIONS.has(prev) || NP_STOP.has(prev)) return false;
  if (heads.has(prev) || matchSpeakerHead(ctx.norms, k - 1) || matchNationality(ctx.norms, k - 1) || matchCountryName(ctx.norms, k - 1) || isSpeechNoun(prev)) return false;
  return (isPersonWord(prev) && !isOrdinaryWord(prev)) || isUnknownNameWord(prev) || isWordOfNoLanguage(prev) || isPersonWord(ctx.norms[k - 2]!) || isForeignNameWord(ctx, k - 1);
}

/** A word that is surely part of a name: a name word that is no word of the language, or a word of no language. */
// (The article is read as written: «أليساندرو», «إلدريد» are no «ال».)
const sureNameWord = (ctx: TextContext, k: number) => !hasArticle(ctx, k) && ((isNameWord(ctx.norms[k]!) && !isOrdinaryWord(ctx.norms[k]!)) || isWordOfNoLanguage(ctx.norms[k]!.replace(/^ال/, 'إل')));
const hasArticle = (ctx: TextContext, k: number) => /^([وفب]?ال|لل)/.test(ctx.tokens[k]!.text);

/** A word that may stand in a foreign name beside a sure one («جافيت مويو»): no article, particle, title or place. */
const mayBeNameWord = (ctx: TextContext, k: number) => {
  const norm = ctx.norms[k]!;
  if (ctx.quotationOf[k] !== -1 || ctx.mention[k] || sureNameWord(ctx, k) || norm === 'علي') return ctx.quotationOf[k] === -1 && !ctx.mention[k];
  return norm.length > 2 && !hasArticle(ctx, k) && !isStopWord(norm) && !isTitleWord(norm) && !styles.has(norm) && !PREPOSITIONS.has(norm) && !NP_STOP.has(norm)
    && !isComplementizer(norm) && !reportingVerb(norm) && !isSpeechNoun(norm) && !isSkippableAfterVerb(norm) && !matchNationality(ctx.norms, k)
    && !matchCountryName(ctx.norms, k) && !matchSpeakerHead(ctx.norms, k) && !timePhraseLength(ctx.norms, k) && !channelLength(ctx.norms, k) && !/\d/.test(norm)
    && !heads.has(norm) && !institutionNouns.has(norm) && !places.match(norm, ctx.norms, k);
};

/**
 * A subject no other reader took whose name is plain to see: two to four name words that open it and are closed by
 * a comma ("أليساندرو بورو، منسق …،"), or that end it after a title ("الأمين العام لاتحاد النقابات جافيت مويو",
 * "أستاذ العلوم السياسية في جامعة … إلدريد ماسونونغوري"). One word at least is surely a name's.
 */
function foreignNameAt(ctx: TextContext, from: number, to: number): [number, number] | null {
  const plain = (a: number, b: number) => {
    for (let k = a + 1; k <= b; k++) if (gapBefore(ctx, k).trim()) return false;
    let sure = 0;
    for (let k = a; k <= b; k++) {
      if (!mayBeNameWord(ctx, k)) return false;
      if (sureNameWord(ctx, k)) sure++;
    }
    return sure > 0 && ctx.norms[a] !== 'علي' && ctx.norms[b] !== 'علي';
  };
  let e = from;
  while (e < to && e < from + 3 && !gapBefore(ctx, e + 1).trim()) e++;
  if (e > from && (e === to || /[،,]/.test(gapBefore(ctx, e + 1))) && plain(from, e) && !opensPersonTitle(ctx, from)) return [from, e];
  if (!isTitleWord(ctx.norms[from]!.replace(/^[وف](?=ال)/, ''))) return null;
  let a = to;
  while (a > from + 1 && to - a < 3 && !gapBefore(ctx, a).trim() && mayBeNameWord(ctx, a - 1)) a--;
  // (What a preposition or a noun governs is a place or a body, not a given name: "في إزمير X Y", "جامعة هراري X Y".)
  const governing = stripAl(ctx.norms[a - 1]!);
  if (PREPOSITIONS.has(governing) || heads.has(governing) || institutionNouns.has(governing) || placeHeads.has(governing)) a++;
  return to - a >= 1 && a > from + 1 && plain(a, to) ? [a, to] : null;
}

const DECLARATION = /^[وف]?(ال)?اعلان$/;

/**
 * «إعلان الرياض», "إعلان إلوندا", "إعلان الجزائر": a declaration and the place it was made (a place the gazetteer
 * knows, a country, or a foreign word of no language) is a document that speaks as itself ("Riyadh Declaration"); null
 * when the word after the noun is what is declared ("إعلان حالة الطوارئ", "إعلان النتائج") or whose it is.
 */
export function namedDeclaration(ctx: TextContext, from: number): Speaker | null {
  const k = from + 1;
  if (!DECLARATION.test(ctx.norms[from] ?? '') || k >= ctx.tokens.length || ctx.mention[k] || ctx.sentence[k] !== ctx.sentence[from]) return null;
  if (ctx.quotationOf[k] !== ctx.quotationOf[from] || /[^\s]/.test(gapBefore(ctx, k))) return null;
  const w = ctx.norms[k]!;
  const bare = w.replace(/^ال/, '');
  const place = places.match(w, ctx.norms, k) ?? places.match(bare, ctx.norms, k);
  const country = !place ? matchCountryName(ctx.norms, k) : null;
  // (A foreign place: a word of no language and no name, with no article: «إلوندا» opens with the letters, not «ال».)
  const noArticle = !/^ال/.test(w) || /^[إأ]/.test(ctx.tokens[k]!.text);
  const foreign = noArticle && w.length >= 4 && !isOrdinaryWord(w) && !isNameWord(w) && !inNameDictionaries(w);
  const length = place?.length ?? country?.length ?? (foreign ? 1 : 0);
  if (!length) return null;
  const last = k + length - 1;
  const en = place ? place.value : country ? countryName(country.country) : nameToEnglish(textOf(ctx, k, last));
  const conj = /^[وف]/.test(ctx.norms[from]!) ? 1 : 0;
  const ar = textOf(ctx, from, last).slice(conj);
  return { ar, en: en ? `${en} Declaration` : null, official: null, kind: 'institution', span: [ctx.tokens[from]!.start + conj, ctx.tokens[last]!.end] };
}

/** After a style, a foreign word the lexicon happens to hold is still a name word: no article, particle, office, verb or nationality. */
const styledForeignWord = (norm: string) => norm.length > 3 && !/^(ال|لل|و|ف|ب)/.test(norm) && !isStopWord(norm) && !PREPOSITIONS.has(norm) && !NP_STOP.has(norm)
  && !heads.has(norm) && !isComplementizer(norm) && !reportingVerb(norm) && !isSpeechNoun(norm) && !isSkippableAfterVerb(norm) && !matchNationality([norm], 0) && !timePhraseLength([norm], 0);

/**
 * "قال السيد X Y رئيس مكتب المنظمة في الدوحة إن": an honorific (السيد، السيدة، الدكتور) and then two or three words that
 * are no word of the language, then a title, name a person the officials layer did not read; the words after the name
 * are what they are. (Narrow on purpose: the style is the evidence, and the title must follow the name.)
 */
function styledName(ctx: TextContext, from: number, to: number): Speaker | null {
  if (!styles.has(ctx.norms[from]!) || isTitleWord(ctx.norms[from]!)) return null;
  let e = from;
  while (e + 1 <= to && e < from + 3 && !gapBefore(ctx, e + 1).trim() && ctx.quotationOf[e + 1] === -1 && !isTitleWord(ctx.norms[e + 1]!)
    && (isPersonWord(ctx.norms[e + 1]!) || isUnknownNameWord(ctx.norms[e + 1]!) || styledForeignWord(ctx.norms[e + 1]!))) e++;
  if (e - from < 2 || e + 1 > to || !isTitleWord(ctx.norms[e + 1]!)) return null;
  const ar = textOf(ctx, from + 1, e);
  return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[from + 1]!.start, ctx.tokens[e]!.end], ...described(ctx, e + 1, to) };
}

/** The person named in tokens name[0..1] of a subject that opens at token `from` (a person of the analysis only when every word is evidence for a name). */
function namedPerson(ctx: TextContext, from: number, name: [number, number]): Speaker {
  // "…، الدكتور سليم الورتاني،": a style before the name is what they are, not their name.
  while (name[0] < name[1] - 1 && styles.has(ctx.norms[name[0]]!)) name = [name[0] + 1, name[1]];
  const ar = textOf(ctx, name[0], name[1]);
  // (Still said in English on the quote: only the person of the analysis waits for evidence.)
  for (let j = name[0]; j <= name[1]; j++) if (isUnattestedWord(ctx.norms[j]!)) return { ar, en: null, official: null, english: () => nameToEnglish(ar), named: true };
  return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[name[0]]!.start, ctx.tokens[name[1]]!.end], ...described(ctx, from, name[0] - 1) };
}

/**
 * «وأعلن مكتب مستشارة الدولة، X، أن», «وقال مكتب رئيس الوزراء X إن»: an official's office speaks, not the official; its
 * name runs to the title's end (before the official's name, a comma or a preposition).
 */
const OFFICE_KIND = /^(الاعلامي|الصحفي|الخاص|الرسمي|الاعلامي)$/;

function officeOf(ctx: TextContext, from: number, to: number): Speaker | null {
  to = Math.min(to, ctx.norms.length - 1);
  if (!/^و?(ال)?(مكتب|ديوان)$/.test(ctx.norms[from]!) || from + 1 > to) return null;
  // "المكتب الإعلامي لرئيس الوزراء", "المكتب الخاص للرئيس": what office it is, then whose (the title after ل).
  const kind = OFFICE_KIND.test(ctx.norms[from + 1]!) ? 1 : 0;
  if (kind && from + 2 > to) return null;
  const next = ctx.norms[from + 1 + kind]!;
  const owner = /^ال/.test(ctx.norms[from]!) || kind ? next.replace(/^لل/, 'ال').replace(/^ل/, '') : next;
  if (/^و?ال(مكتب|ديوان)$/.test(ctx.norms[from]!) && !/^ل/.test(next)) return null;
  if (!isTitleWord(owner) && !ctx.mention[from + 1 + kind]) return null;
  // (With the article, only an office named by its holder's title: "المكتب الإعلامي للحريري" is left to the official
  // it names, as the held-out annotations disagree on it.)
  if (/^و?ال/.test(ctx.norms[from]!) && !isTitleWord(owner)) return null;
  const name = new Set<string>();
  for (let k = from + 1; k <= to; k++) if (ctx.mention[k]) for (const w of normalize(ctx.mention[k]!.official.name_ar).split(' ')) name.add(w);
  let last = from;
  while (last + 1 <= to && !/[،,:]/.test(gapBefore(ctx, last + 1)) && !name.has(ctx.norms[last + 1]!) && !PREPOSITIONS.has(ctx.norms[last + 1]!)
    && !NP_STOP.has(ctx.norms[last + 1]!) && !isComplementizer(ctx.norms[last + 1]!) && ctx.quotationOf[last + 1] === -1) last++;
  if (last === from) return null;
  const ar = textOf(ctx, from, last).replace(/^و(?=(ال)?(مكتب|ديوان))/, '');
  const en = institutionToEnglish(ar);
  return { ar, en: en ? en.charAt(0).toUpperCase() + en.slice(1) : null, official: null, kind: 'institution', span: [ctx.tokens[from]!.start, ctx.tokens[last]!.end] };
}

/**
 * «المتحدث باسم المديرية العامة …» linked to a spokesman of another body: a mention made of title words only whose
 * complement goes on after it with words the official's role does not have is a title of someone else.
 */
function foreignComplement(ctx: TextContext, m: { first: number; last: number; official: Official }): boolean {
  const name = new Set(normalize(m.official.name_ar).split(' '));
  for (let j = m.first; j <= m.last; j++) if (name.has(ctx.norms[j]!.replace(/^[وف](?=.{3})/, ''))) return false;
  const next = m.last + 1;
  if (next >= ctx.tokens.length || ctx.sentence[next] !== ctx.sentence[m.first] || /[،,:]/.test(gapBefore(ctx, next)) || ctx.quotationOf[next] !== -1) return false;
  const w = ctx.norms[next]!;
  // («وأشار الوزير الرواندي إلى أن»: the preposition «إلى», «الي» once normalised, is no definite complement.)
  if (!/^(ال|لل)/.test(w) || PREPOSITIONS.has(w) || isComplementizer(w) || matchNationality(ctx.norms, next)) return false;
  const role = new Set(normalize(m.official.role_ar ?? '').split(' ').map((x) => stripAl(x.replace(/^لل/, 'ال'))));
  return !role.has(stripAl(w.replace(/^لل/, 'ال')));
}

/** The speaker named just before the verb at token i ("لافروف قال", "أما الوزير … فقال", "السفارة … قد أعربت"). */
/**
 * "X، ولي عهد دبي رئيس مجلس أمناء المركز، الذي أكد أن": a relative pronoun set off by a comma after an official's name,
 * or after the title in apposition to it, refers to the official (not to the body the title names).
 */
function apposedAntecedent(ctx: TextContext, r: number): Speaker | null {
  if (r < 1 || !isRelative(ctx.norms[r]!) || !/[،,]/.test(gapBefore(ctx, r))) return null;
  const gender = /^(التي|اللتين|اللتان)$/.test(ctx.norms[r]!) ? 'f' : 'm';
  const fits = (m: TextContext['mention'][number]) => !!m && agrees(officialSpeaker(m.official), gender);
  const right = ctx.mention[r - 1];
  if (right && right.last === r - 1) return fits(right) ? officialSpeaker(right.official) : null;
  let s = r - 1;
  while (s > 0 && r - s < 14 && ctx.sentence[s - 1] === ctx.sentence[r] && ctx.quotationOf[s] === -1 && !ctx.mention[s] && !/[،,]/.test(gapBefore(ctx, s))) s--;
  if (!/[،,]/.test(gapBefore(ctx, s)) || ctx.mention[s] || !isTitleWord(ctx.norms[s]!)) return null;
  const m = ctx.mention[s - 1];
  return m && m.last === s - 1 && fits(m) ? officialSpeaker(m.official) : null;
}

export function subjectBefore(ctx: TextContext, i: number): Speaker | null {
  if (conjunctionOf(ctx.norms[i]!) === 'و') return null; // "وقالت": a new clause whose subject is not written
  const aside = anonymityAsideBefore(ctx, i);
  if (aside >= 0) return subjectBefore(ctx, aside);
  const antecedent = apposedAntecedent(ctx, i - 1);
  if (antecedent) return antecedent;
  const topic = topicBefore(ctx, i) ?? contrastTopic(ctx, i);
  if (topic) return topic;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    // (The sentence may open with a body or a source that no mention holds: "لكن المحتجين قالوا إن".)
    if (ctx.sentence[j] !== ctx.sentence[i]) break;
    if (ctx.quotationOf[j] !== -1) return null;
    const m = ctx.mention[j];
    // Someone named after a preposition is its object, not the subject ("بعث رسالة إلى الرئيس X، أعرب فيها عن").
    if (m) return /[،,]/.test(gapBefore(ctx, m.last + 1)) && afterPreposition(ctx, m.first) ? null : officialSpeaker(m.official);
    // ("إلا أن أنقرة سارعت إلى نفي": a body may still stand between the complementizer and the verb.)
    if (reportingVerb(ctx.norms[j]!) || isComplementizer(ctx.norms[j]!)) break;
  }
  const apposed = apposedNameBefore(ctx, i);
  if (apposed) return apposed;
  let from = i - 1;
  while (from > 0 && from > i - 8 && ctx.sentence[from - 1] === ctx.sentence[i] && ctx.quotationOf[from - 1] === -1 && !reportingVerb(ctx.norms[from - 1]!) && !isComplementizer(ctx.norms[from - 1]!)) from--;
  for (let j = from; j < i; j++) {
    const inst = institutionSpeaker(ctx, j, i - 1);
    if (inst && inst.last >= i - 6) return inst.speaker;
  }
  return openingBodyBefore(ctx, i);
}

/**
 * "ومساء الخميس، أصدرت الهيئة العامة للاستعلامات المصرية، جهاز الإعلام الرسمي للدولة، بياناً، قالت إنه": after a comma,
 * a verb with no subject of its own goes on with the body right after the verb that opens the sentence, however long
 * its name and what describes it.
 */
function openingBodyBefore(ctx: TextContext, i: number): Speaker | null {
  if (!/[،,]/.test(gapBefore(ctx, i))) return null;
  let start = i;
  while (start > 0 && ctx.sentence[start - 1] === ctx.sentence[i]) start--;
  // (A time set off by a comma may open it: «ومساء الخميس،».)
  const time = timePhraseLength([ctx.norms[start]!.replace(/^و(?=...)/, ''), ...ctx.norms.slice(start + 1, start + 4)], 0);
  if (time && /[،,]/.test(gapBefore(ctx, start + time))) start += time;
  const v = verbOpening(ctx, start, i);
  if (v + 1 >= i || !mayBeVerb(ctx, v) || reportingVerb(ctx.norms[v]!)) return null;
  const inst = institutionSpeaker(ctx, v + 1, i - 1);
  return inst && inst.kind === 'institution' ? inst.speaker : null;
}

/**
 * "غير أن قيادياً في الحزب، طلب عدم ذكر اسمه، قال": the source's wish not to be named, set off by commas right before
 * the verb, stands between the subject and its verb. Where it begins, or -1.
 */
function anonymityAsideBefore(ctx: TextContext, i: number): number {
  if (!/[،,]/.test(gapBefore(ctx, i))) return -1;
  for (let j = i - 2; j >= 1 && j >= i - 12 && ctx.sentence[j] === ctx.sentence[i]; j--) {
    if (/[،,]/.test(gapBefore(ctx, j)) && j + anonymityLength(ctx, j) === i) return j;
  }
  return -1;
}

/** Words that open a sentence before its subject: a turn or a contrast ("لكن", "بينما", "أما"). */
const CONNECTIVE = /^[وف]?(لكن|بينما|فيما|غير|بيد|الا|اما)$/;

/**
 * "لكن جميل X، أحد سكان البلدة، قال إن": a person named first in the sentence, then what they are between commas, then
 * the verb: the person speaks, not the description ("A resident").
 */
function apposedNameBefore(ctx: TextContext, i: number): Speaker | null {
  if (!/[،,]/.test(gapBefore(ctx, i))) return null;
  let from = sentenceStart(ctx, i);
  if (i - from > 16) return null;
  while (from < i && CONNECTIVE.test(ctx.norms[from]!)) from += ctx.norms[from] === 'غير' || ctx.norms[from] === 'بيد' ? 2 : 1;
  let comma = -1;
  for (let j = from + 1; j < i; j++) {
    if (ctx.quotationOf[j] !== -1 || ctx.mention[j] || reportingVerb(ctx.norms[j]!)) return null;
    if (comma < 0 && /[،,]/.test(gapBefore(ctx, j))) comma = j;
  }
  if (comma < 0 || comma - from > 5) return null;
  // "فأبو علي، صاحب مولد …، يقول", "فسمير X، …": the ف that ties the sentence to the one before is no part of the name.
  const fa = /^ف(?=..)/.test(ctx.norms[from]!) && !isPersonWord(ctx.norms[from]!) && (isPersonWord(ctx.norms[from]!.slice(1)) || /^ف(ابو|ام)$/.test(ctx.norms[from]!));
  if (fa) {
    const bare = { ...ctx, norms: ctx.norms.map((w, k) => (k === from ? w.slice(1) : w)) };
    const named = leadingNames(bare, from, comma - 1);
    if (!named || named.pair || !named.span || named.span[1] !== ctx.tokens[comma - 1]!.end) return null;
    const ar = named.ar.replace(/^ف/, '');
    return { ...named, ar, english: () => nameToEnglish(ar), span: [named.span[0] + 1, named.span[1]], ...described(ctx, comma, i - 1) };
  }
  const named = leadingNames(ctx, from, comma - 1) ?? homographName(ctx, from, comma - 1);
  if (!named || named.pair || !named.span || named.span[1] !== ctx.tokens[comma - 1]!.end) return null;
  return { ...named, ...described(ctx, comma, i - 1) };
}

/** "إحدى النازحات", "بعض السكان": one or some of a group, never a given name. */
const QUANTIFIER = /^[وف]?(احد|احدي|بعض|كل|جميع|معظم|اغلب|غالبيه|عدد|مئات|الاف|عشرات)$/;

/**
 * "جميل الورفلي،", "كريم بن علي،": a given name that is also a word of the language ("جميل" handsome), then one or
 * two words of a name, closed by a comma: a person's name.
 */
/** "شاهد عيان": a person's title of two words or more whose first word is also a given name opens at k — no name. */
function opensPersonTitle(ctx: TextContext, k: number): boolean {
  const title = heads.match(ctx.norms[k]!, ctx.norms, k);
  return !!title?.value.person && title.length >= 2;
}

function homographName(ctx: TextContext, from: number, to: number): Speaker | null {
  if (opensPersonTitle(ctx, from)) return null;
  if (to <= from || to - from > 3 || !isGivenNameHomograph(ctx.norms[from]!) || QUANTIFIER.test(ctx.norms[from]!)) return null;
  for (let j = from + 1; j <= to; j++) {
    const w = ctx.norms[j]!;
    if (gapBefore(ctx, j).trim() || ctx.quotationOf[j] !== -1) return null;
    const ok = (isPersonWord(w) && !isOrdinaryWord(w)) || nameParticles.has(w) || (j > from + 1 && w === 'علي')
      || (isFamilyNameWord(w) && !institutionNouns.has(stripAl(w)) && !matchSpeakerHead(ctx.norms, j));
    if (!ok) return null;
  }
  if (nameParticles.has(ctx.norms[to]!)) return null;
  const ar = textOf(ctx, from, to);
  return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[from]!.start, ctx.tokens[to]!.end] };
}

/** A name at token `first` governed by a preposition before it or before its title ("إلى الرئيس اللبناني X"). */
function afterPreposition(ctx: TextContext, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4 && ctx.sentence[k] === ctx.sentence[first] && !/[،,]/.test(gapBefore(ctx, k + 1)); k--) {
    const w = ctx.norms[k]!;
    // («للرئيس X» is governed by its ل; «مركز جسور للدراسات X» names a body, and X is no object.)
    if (PREPOSITIONS.has(w) || (/^لل/.test(w) && isTitleWord(w.slice(2)))) return true;
    if (k < first - 1 && !isTitleWord(w) && !matchNationality(ctx.norms, k)) return false;
  }
  return false;
}

const KANA = /^[وف]?(كان|كانت|كانوا)$/;
/** A relative pronoun, a conjunction glued or not ("والذي"). */
const isRelative = (norm: string) => isRelativePronoun(norm.replace(/^[وف]/, ''));

/**
 * "وكان الرئيس الروسي قد أعلن", "وكان آبي، الذي تولى رئاسة الحكومة في أبريل، قد أعلن", "وكانت الوزارة أعلنت": the
 * subject of كان before the verb speaks. With قد before the verb, the subject is the words right after كان however
 * long what describes it; without, it must stand right before the verb.
 */
export function kanaSubject(ctx: TextContext, i: number): Speaker | null {
  const qad = /^[وف]?قد$/.test(ctx.norms[i - 1] ?? '');
  const v = qad ? i - 2 : i - 1;
  for (let j = v; j >= 0 && j >= i - (qad ? 25 : 7); j--) {
    if (ctx.sentence[j] !== ctx.sentence[i]) return null;
    if (ctx.quotationOf[j] !== -1) {
      let open = j;
      while (open > 0 && ctx.quotationOf[open - 1] === ctx.quotationOf[j]) open--;
      // (A name in marks inside the subject, read back from its last word: «وكان X، الذي تقدم باسم تكتل "الجمهورية
      // القوية"، قد أكد».)
      if (isNameQuotation(ctx, open)) { j = open; continue; }
      // ('وكانت "حكومة الإنقاذ" قد أعلنت': a body named in quotation marks right after كان is its subject.)
      if (open === 0 || !KANA.test(ctx.norms[open - 1]!) || j - open > 4) return null;
      j = open;
    }
    const w = ctx.norms[j]!;
    if (KANA.test(w)) {
      // كان opens its clause: the sentence's first word, after و/ف, or after a comma.
      if (j === v || !(j === 0 || ctx.sentence[j - 1] !== ctx.sentence[j] || /^[وف]/.test(w) || /[،,]/.test(gapBefore(ctx, j)))) return null;
      let last = j + 1;
      while (last + 1 <= v && last < j + 6 && !isRelative(ctx.norms[last + 1]!) && !/[،,]/.test(gapBefore(ctx, last + 1))) last++;
      // Without قد, nothing may stand between the subject and the verb.
      if (!qad && last !== v) return null;
      // "وكان رئيس أساقفة كينشاسا، الكاردينال X، قد قال": the official named in apposition after the title, between commas.
      if (qad && /[،,]/.test(gapBefore(ctx, last + 1))) {
        for (let k = last + 1; k <= v && k <= last + 6; k++) {
          const m = ctx.mention[k];
          if (m && m.last <= v && /[،,]/.test(gapBefore(ctx, m.last + 1))) return officialSpeaker(m.official);
          if (k > last + 1 && /[،,]/.test(gapBefore(ctx, k))) break;
        }
      }
      // ("وكانت وزيرة البريد والاتصالات …، هدى إيمان فرعون، قد أعلنت": a person the officials layer did not read, named
      // after a title between commas, speaks by name; the title cut short would name whoever else holds one like it.)
      const apposed = qad ? kanaApposition(ctx, j + 1, v) : null;
      if (apposed) return apposed;
      // (A body named in quotation marks is named whole, not by the head noun inside the marks.)
      // (Not a channel that relays others, «وكانت "رويترز" نقلت عن مسؤولين»: they speak, named after عن.)
      const quoted = ctx.quotationOf[j + 1] !== -1 && ctx.norms[i + 1] !== 'عن' ? kanaWrittenSubject(ctx, j + 1, last) : null;
      if (quoted) return quoted;
      // The subject may be described after its name ("آبي البالغ من العمر 42 عاما"): the longest span that names someone.
      for (let end = last; end > j; end--) {
        const subject = subjectSpan(ctx, j + 1, end);
        if (subject) return subject;
      }
      // ("وكان المنصوري قد قال" after "رائد الفضاء هزاع المنصوري": one word that ended a person's name written in full
      // earlier, with the article of a family name or not, is that person.)
      if (last === j + 1) return namedEarlierInFull(ctx, j + 1, true);
      return null;
    }
    if (j < v && (reportingVerb(w) || isComplementizer(w) || /^[وف]?قد$/.test(w) || (!qad && isRelative(w)))) return null;
  }
  return null;
}

/** The subject of كان from tokens [first, last] read as the subject after a verb, when it is a body or a noun phrase. */
function kanaWrittenSubject(ctx: TextContext, first: number, last: number): Speaker | null {
  const s = subjectAfter(ctx, first, last);
  return s && !s.official ? s : null;
}

function kanaApposition(ctx: TextContext, first: number, last: number): Speaker | null {
  if (!isTitleWord(ctx.norms[first]!)) return null;
  for (let k = first; k <= last; k++) if (ctx.mention[k]) return null;
  const name = appositionName(ctx, first, last);
  return name ? namedPerson(ctx, first, name) : null;
}

/** «أما» (as for) at token k, written without the hamza below of «إما» (either). */
const isTopicMarker = (ctx: TextContext, k: number) => k >= 0 && ctx.norms[k] === 'اما' && !ctx.tokens[k]!.text.startsWith('إ');

/**
 * "أما المسؤول الأوروبي فقال", "أما الباحثة في معهد … هيرومي ناكاجيما فقالت": the whole topic between أما and the
 * verb with ف is the subject; an official named in it, the official a description refers to, a person's name
 * at its end, or an institution that opens it.
 */
function topicBefore(ctx: TextContext, i: number): Speaker | null {
  let a = -1;
  let comma = false;
  // ("أما X فرد على منتقديه بالقول إن": the saying is told by the verb with ف that opens the comment, a few words before.)
  const saying = ctx.norms[i + 1] === 'بالقول';
  for (let j = i - 1; j >= 0 && j >= i - TOPIC_MAX; j--) {
    if (saying && j > i - 6 && ctx.sentence[j] === ctx.sentence[i] && /^ف/.test(ctx.norms[j]!) && reportingVerb(ctx.norms[j]!)) { i = j; continue; }
    // (A participle that no comma sets off is a noun or an adjective of the topic, not a verb of saying: «مدينة»
    // (city) is also «مُدينة» (condemning), «ملاحظ» a rank, «معلق» a commentator.)
    // (Nor is the word right after أما, which opens a noun phrase: «أما دان بهادور خادكا فقال» names «دان», not the verb.)
    const verb = isTopicMarker(ctx, j - 1) ? null : reportingVerb(ctx.norms[j]!);
    if (ctx.sentence[j] !== ctx.sentence[i] || (verb && !(verb.form === 'participle' && !/[،,]/.test(gapBefore(ctx, j))))) return null;
    if (/[،,]/.test(gapBefore(ctx, j + 1))) comma = true;
    if (isTopicMarker(ctx, j)) { a = j; break; }
  }
  if (a < 0 || a + 1 > i - 1) return null;
  // "أما بشأن …، فقال الوزير": a topic that opens with a preposition and is closed by a comma is a circumstance; the
  // subject follows the verb. ("أما الباحثة في مركز …، سارة حسن، فتعتقد" is the subject, commas and all.)
  if (comma && (PREPOSITIONS.has(ctx.norms[a + 1]!) || /^(بالنسبه|فيما|بخصوص|على|حول|بشان)$/.test(ctx.norms[a + 1]!) || timePhraseLength(ctx.norms, a + 1))) return null;
  // "أما النائب X، الذي شغل الحقيبة في الحكومة السابقة، فرد": a clause set off by commas that describes the topic is no
  // part of it (however long); the topic is what stands before it.
  let last = i - 1;
  for (let j = a + 2; j < i; j++) {
    if (!/[،,]/.test(gapBefore(ctx, j))) continue;
    if (isRelative(ctx.norms[j]!) || /^و(هو|هي|هم)$/.test(ctx.norms[j]!)) last = j - 1;
    // ("أما زعيم المحتجين X، رئيس اللجنة المدنية، فقال": so is a title in apposition to an official already named.)
    else if (isTitleWord(ctx.norms[j]!) && ctx.mention.slice(a + 1, j).some((m) => m && m.last < j)) last = j - 1;
    break;
  }
  if (last === i - 1 && i - a > 14) return null;
  // (The ف, قد or إن that opens the comment is no part of the topic: "أما الرئيس فقد أكد", "فإنه".)
  while (last > a + 1 && TOPIC_COMMENT.test(ctx.norms[last]!)) last--;
  const subject = subjectSpan(ctx, a + 1, last) ?? topicName(ctx, a + 1, last);
  // ("أما المتحدث باسم خفر السواحل الفلبيني، العميد جاي تارييلا، فأشار": a name in apposition to the title is who
  // speaks, not the official of that title named before, whom the topic names by no word of their name.)
  if (subject?.official && !ctx.norms.slice(a + 1, i).some((w) => nameWords(subject.official!).has(w))) {
    const apposed = rankedApposition(ctx, a + 1, i - 1);
    if (apposed) return apposed;
  }
  // (A body named inside the title is whose office it is, not the speaker: "أما وزيرة الشؤون الاجتماعية في الحكومة".)
  if (subject && (subject.official || !subject.span || subject.span[0] === ctx.tokens[a + 1]!.start)) return subject;
  const titled = topicTitle(ctx, a + 1, last) ?? subject;
  if (titled) return titled;
  return topicPerson(ctx, a + 1, i - 1) ?? (last === a + 1 ? namedEarlierInFull(ctx, a + 1) : null);
}

/**
 * "أما كوتزياس فكتب" after "… واليوناني نيكوس كوتزياس": one word that ended a person's name written in full earlier
 * in the text (after a given name) is that person, in full.
 */
function namedEarlierInFull(ctx: TextContext, k: number, article = false): Speaker | null {
  const w = ctx.norms[k]!;
  // (A family name that is also a country's, «كوريا» of «موسى كوريا», only after a given name: see below.)
  const place = !!matchCountryName(ctx.norms, k);
  if (w.length < 3 || (!article && /^ال/.test(w)) || /^لل/.test(w) || isTitleWord(w) || (isStopWord(w) && !place) || PREPOSITIONS.has(w)) return null;
  // (A family name that is also a word of the language, «بوشاح», only after a given name no word of the language is:
  // «عمر بوشاح».)
  const ordinary = isOrdinaryWord(w) || place;
  for (let j = k - 1; j > 0; j--) {
    if (ctx.norms[j] !== w || ctx.quotationOf[j] !== -1 || gapBefore(ctx, j).trim()) continue;
    // («خلفا لموسى كوريا»: a given name may carry the preposition that governs the whole name; the name is without it.)
    const given = givenNameBefore(ctx, j);
    let f = j;
    while (f > 0 && j - f < 2 && !gapBefore(ctx, f).trim() && ctx.quotationOf[f - 1] === -1 && isPersonWord(ctx.norms[f - 1]!) && !isTitleWord(ctx.norms[f - 1]!)) f--;
    if (f === j && given) {
      const ar = `${given} ${ctx.tokens[j]!.text}`;
      return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[k]!.start, ctx.tokens[k]!.end] };
    }
    if (f === j || (ordinary && (!isNameWord(ctx.norms[j - 1]!) || isOrdinaryWord(ctx.norms[j - 1]!) || isStopWord(ctx.norms[j - 1]!)))) continue;
    const ar = textOf(ctx, f, j);
    return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[k]!.start, ctx.tokens[k]!.end] };
  }
  return null;
}

/** «لموسى» before «كوريا»: a given name of the dictionaries behind a clitic preposition, as written without it. */
function givenNameBefore(ctx: TextContext, j: number): string | null {
  if (j < 1 || gapBefore(ctx, j).trim() || ctx.quotationOf[j - 1] !== -1 || ctx.mention[j - 1]) return null;
  const m = /^[لب](.{3,})$/.exec(ctx.norms[j - 1]!);
  if (!m || /^ال/.test(m[1]!) || !isNameWord(m[1]!) || isOrdinaryWord(m[1]!) || isStopWord(m[1]!) || isTitleWord(m[1]!)) return null;
  return ctx.tokens[j - 1]!.text.slice(1);
}

/** How far back a verb of saying joined by «و» may look for the verb it is joined to (in words). */
const JOINED_REACH = 25;

/**
 * «بينما رفض وزير الخارجية الإثيوبي X هذه الاتهامات، وقال إن», «أما السفيرة X فقد أشادت في بيان بـ…، وقالت إن»: a
 * verb of saying joined by «و» after a comma, with no subject written, shares the subject of the verb of saying it is
 * joined to, the nearest one before it in the sentence (the subject written after that verb, or the topic before it),
 * not whoever spoke in an earlier sentence. The subject (for the verb at token i), or null when no such verb comes
 * first or its subject names nobody.
 */
export function joinedVerbSubject(ctx: TextContext, i: number): Speaker | null {
  if (conjunctionOf(ctx.norms[i]!) !== 'و' || !/[،,]/.test(gapBefore(ctx, i))) return null;
  for (let v = i - 1; v >= 0 && i - v <= JOINED_REACH && ctx.sentence[v] === ctx.sentence[i]; v--) {
    if (ctx.quotationOf[v] !== -1) continue;
    const verb = reportingVerb(ctx.norms[v]!);
    if (!verb) continue;
    // (Not a participle, a group's verb, or a verb of a relative clause: "الذي أعلن".)
    if (verb.form === 'participle' || verb.plural || verb.dual || isRelative(ctx.norms[v - 1] ?? '')) return null;
    const topic = topicBefore(ctx, v);
    if (topic) return topic;
    // (The subject comes first after the verb, its object after it: the longest span that names someone.)
    for (let end = Math.min(i - 1, v + 8); end > v; end--) {
      const s = subjectAfter(ctx, v + 1, end);
      if (s && (s.official || s.kind === 'person')) return s;
    }
    return null;
  }
  return null;
}

/**
 * «لكن بينغ، وزير الخارجية الأسبق، رفض النتائج قائلا»: a family name alone after a contrast that opens the sentence,
 * set off by a comma, is its subject — the person named in full with it earlier, whom the officials layer did not read —
 * not whoever spoke last (as «أما X، …، فقال» is).
 */
export function contrastTopic(ctx: TextContext, i: number): Speaker | null {
  let from = sentenceStart(ctx, i);
  from += turnOpenerLength(ctx, from);
  const n = /^و?لكن$/.test(ctx.norms[from] ?? '') ? 1 : /^(غير|الا)$/.test(ctx.norms[from] ?? '') && ctx.norms[from + 1] === 'ان' ? 2 : 0;
  const k = from + n;
  if (!n || k >= i - 1 || ctx.mention[k] || !hasCommaAfter(ctx, k)) return null;
  return namedEarlierInFull(ctx, k);
}

/**
 * "أما زعيم حزب "…"، X، فقال", "أما X Y، الممرضة في مستشفى …، فقالت": a topic that names someone the officials layer
 * did not read, in apposition after a title or as its first part before a comma, two or three words of a name.
 */
function topicPerson(ctx: TextContext, from: number, last: number): Speaker | null {
  while (last > from && TOPIC_COMMENT.test(ctx.norms[last]!)) last--;
  let e = from;
  while (e < last && !/[،,]/.test(gapBefore(ctx, e + 1))) e++;
  if (e < last && e - from >= 1 && e - from <= 2 && !isTitleWord(ctx.norms[from]!)) {
    let names = true;
    let foreign = false;
    for (let k = from; k <= e; k++) {
      if (!isForeignNameWord(ctx, k)) names = false;
      if (isWordOfNoLanguage(ctx.norms[k]!) || isNameWord(ctx.norms[k]!)) foreign = true;
    }
    if (names && foreign) {
      const ar = textOf(ctx, from, e);
      return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[from]!.start, ctx.tokens[e]!.end], ...described(ctx, e + 1, last) };
    }
  }
  if (!isTitleWord(ctx.norms[from]!)) return null;
  const name = appositionName(ctx, from, last);
  return name ? namedPerson(ctx, from, name) : null;
}

/**
 * "…، العميد جاي تارييلا،": a part of a subject set off by commas after its title, a rank and two or three words of a
 * name, is the person named.
 */
function rankedApposition(ctx: TextContext, from: number, last: number): Speaker | null {
  while (last > from && TOPIC_COMMENT.test(ctx.norms[last]!)) last--;
  for (let p = from + 1; p <= last; p++) {
    if (!/[،,]/.test(gapBefore(ctx, p)) || !ranks.has(ctx.norms[p]!)) continue;
    let q = p + 1;
    while (q < last && !/[،,]/.test(gapBefore(ctx, q + 1))) q++;
    if (q - p < 2 || q - p > 3) return null;
    // (Words after a rank in a part of their own are a name: any word that is no title, particle or word with the article.)
    for (let k = p + 1; k <= q; k++) {
      const norm = ctx.norms[k]!;
      if (norm.length < 2 || /^(ال|لل)/.test(norm) || ctx.quotationOf[k] !== -1 || isTitleWord(norm) || styles.has(norm) || isStopWord(norm) || PREPOSITIONS.has(norm) || NP_STOP.has(norm) || matchNationality(ctx.norms, k)) return null;
    }
    return namedPerson(ctx, from, [p + 1, q]);
  }
  return null;
}

/** Words with ف that open the comment after the topic of أما ("فقد", "فإن", "فإنه"). */
const TOPIC_COMMENT = /^ف(قد|ان|انه|انها|انهم)$/;

/** How far back أما may stand from the verb of its topic (a clause set off by commas may describe the topic). */
const TOPIC_MAX = 30;

/**
 * "أما وزير الخارجية الأسبق فقال", "أما وزيرة الشؤون الاجتماعية X Y فرأت": a topic that opens with a title speaks,
 * as written, even when the text names nobody it knows there (the one who spoke before is the other side of أما).
 */
function topicTitle(ctx: TextContext, from: number, last: number): Speaker | null {
  if (!isTitleWord(ctx.norms[from]!) || last - from > 8) return null;
  let e = last;
  // (…nor a verb with ف: "فرد على منتقديه بالقول".)
  while (e > from && /^ف/.test(ctx.norms[e]!) && reportingVerb(ctx.norms[e]!.slice(1))) e--;
  for (let j = from + 1; j <= e; j++) if (/[،,]/.test(gapBefore(ctx, j)) || ctx.quotationOf[j] !== -1 || ctx.mention[j]) return null;
  // "أما المرشحة المستقلة عن محافظة نينوى سلمى الجبوري": a given name and what follows it at the end of the title is
  // the person, the title what they are.
  let g = e;
  while (g > from + 1 && e - g < 3 && (isPersonWord(ctx.norms[g - 1]!) || isFamilyNameWord(ctx.norms[g - 1]!)) && !isTitleWord(ctx.norms[g - 1]!)) g--;
  for (; g < e; g++) {
    if (!isPersonWord(ctx.norms[g]!) || isOrdinaryWord(ctx.norms[g]!) || heads.has(ctx.norms[g]!)) continue;
    const ar = textOf(ctx, g, e);
    return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[g]!.start, ctx.tokens[e]!.end], ...described(ctx, from, g - 1) };
  }
  const ar = textOf(ctx, from, e);
  return { ar, en: null, official: null, span: [ctx.tokens[from]!.start, ctx.tokens[e]!.end] };
}

/**
 * "أما الطيب مصطفى فقال", "أما الهادي إدريس فرأى": a topic made of name words alone, the first of them with the article
 * (names such as «الطيب», «الصادق», «الهادي»), is a person's name.
 */
function topicName(ctx: TextContext, from: number, last: number): Speaker | null {
  if (last <= from || last - from > 3) return null;
  for (let j = from; j <= last; j++) {
    const w = ctx.norms[j]!;
    if (ctx.quotationOf[j] !== -1 || (j > from && gapBefore(ctx, j).trim()) || isTitleWord(w) || styles.has(w) || isOrdinaryWord(w) || matchNationality(ctx.norms, j)) return null;
    // (After a given name, a word of no language is a foreign name's, in the middle too: «أما دان بهادور خادكا فقال».)
    if (!(isNameWord(w) || inNameDictionaries(w) || (j > from && isWordOfNoLanguage(w)) || (j === last && j > from && (isUnknownNameWord(w) || (isFamilyNameWord(w) && !institutionNouns.has(stripAl(w)) && !matchSpeakerHead(ctx.norms, j)))))) return null;
  }
  if (!isNameWord(ctx.norms[from]!)) return null;
  const ar = textOf(ctx, from, last);
  return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[from]!.start, ctx.tokens[last]!.end] };
}

/** The speaker a subject written out in tokens [from, last] names. */
function subjectSpan(ctx: TextContext, from: number, last: number): Speaker | null {
  for (let j = from; j <= last; j++) {
    const m = ctx.mention[j];
    if (!m || ctx.quotationOf[j] !== -1) continue;
    // ("زعيم حزب "…"، X،": a title whose body is named in quotation marks is X's, whoever the title was linked to.)
    const q = m.last + 1 <= last ? ctx.quotationOf[m.last + 1]! : -1;
    let k = m.last + 1;
    while (q !== -1 && k <= last && ctx.quotationOf[k] === q) k++;
    if (isTitleWord(ctx.norms[j]!) && q !== -1 && !/[،,:]/.test(gapBefore(ctx, m.last + 1)) && (isNameQuotation(ctx, m.last + 1) || (k <= last && /[،,]/.test(gapBefore(ctx, k))))) {
      for (let n = k; n <= last; n++) if (ctx.mention[n] && ctx.quotationOf[n] === -1) return officialSpeaker(ctx.mention[n]!.official);
      // (…or a name the officials layer did not read, set off by the comma after the quotation: two or three words.)
      let e = k;
      while (e < last && !/[،,]/.test(gapBefore(ctx, e + 1))) e++;
      if (k <= last && e - k >= 1 && e - k <= 2 && [k, k + 1, k + 2].slice(0, e - k + 1).every((n) => isForeignNameWord(ctx, n))) return namedPerson(ctx, j, [k, e]);
    }
    return officialSpeaker(m.official);
  }
  const referred = titleReference(ctx, from, Math.min(last, from + 2)) ?? officialByName(ctx, from, last);
  if (referred) return officialSpeaker(referred);
  const person = personIn(ctx, from, last);
  if (person) return person;
  const inst = institutionSpeaker(ctx, from, last);
  if (inst) return inst.speaker;
  return null;
}

/** The speaker of a headline prefix "كيري: …", "وزارة الخارجية: …", "غروندبرغ يحذر مجلس الأمن: …". */
export function prefixSpeaker(ctx: TextContext, first: number, last: number): Speaker | null {
  // A verb in the prefix: its subject before it speaks, not its object after it.
  for (let v = first + 1; v <= last; v++) {
    if (!reportingVerb(ctx.norms[v]!)) continue;
    const subject = subjectSpan(ctx, first, v - 1);
    if (subject) return subject;
    last = v - 1;
    break;
  }
  for (let j = first; j <= last; j++) if (ctx.mention[j]) return officialSpeaker(ctx.mention[j]!.official);
  const named = officialByName(ctx, first, last);
  if (named) return officialSpeaker(named);
  const inst = institutionSpeaker(ctx, first, last);
  if (inst) return inst.speaker;
  const referred = titleReference(ctx, first, last);
  if (referred) return officialSpeaker(referred);
  return { ar: textOf(ctx, first, last), en: null, official: null };
}


/** The first official or institution named in the sentence of token i, before it ("وأصدرت وحدات … بياناً جاء فيه"). */
export function firstSpeakerInSentence(ctx: TextContext, i: number): Speaker | null {
  const from = sentenceStart(ctx, i);
  for (let j = from; j < i; j++) {
    if (ctx.quotationOf[j] !== -1) continue;
    if (ctx.mention[j]) return officialSpeaker(ctx.mention[j]!.official);
    const inst = institutionSpeaker(ctx, j, i - 1, j === from + 1);
    // "وبحسب المتحدث باسم الأمم المتحدة ستيفان دوجاريك": the spokesperson named right after it.
    const named = inst?.kind === 'source' ? ctx.mention[inst.last + 1] : null;
    if (named && named.first === inst!.last + 1) return officialSpeaker(named.official);
    if (inst) return inst.speaker;
  }
  return null;
}

/** «من جانبه،», «من جهتها،», «بدوره،», «في المقابل،»: a turn to another party set before the verb, skipped. */
function turnOpenerLength(ctx: TextContext, from: number): number {
  const [a = '', b = ''] = [ctx.norms[from], ctx.norms[from + 1]];
  const n = (a === 'من' || a === 'ومن') && /^(جانب|جهت)(ه|ها|هم|هما)$/.test(b) ? 2
    : /^و?بدور(ه|ها|هم)$/.test(a) ? 1
    : /^و?في$/.test(a) && b === 'المقابل' ? 2 : 0;
  return n && hasCommaAfter(ctx, from + n - 1) ? n : 0;
}
/**
 * «وخلال جلسات المحاكمة التي استمرت أربعة أيام، أنكر X …», «وعلى صعيد الإيرادات، قدر X …»: a phrase of time, place
 * or topic set before the sentence's verb and closed by a comma (before token i), skipped; it names nobody who speaks.
 */
function adverbialOpenerLength(ctx: TextContext, from: number, i: number): number {
  if (!/^[وف]?(خلال|في|علي|امام|بعد|عقب|اثناء|قبل|منذ|لدي|عند|اثر|ابان|قبيل|بعيد)$/.test(ctx.norms[from] ?? '')) return 0;
  for (let j = from + 1; j < i && j <= from + 10; j++) {
    if (ctx.quotationOf[j] !== -1 || ctx.mention[j] || reportingVerb(ctx.norms[j]!)) return 0;
    if (/[،,]/.test(gapBefore(ctx, j))) return j - from;
  }
  return 0;
}
const hasCommaAfter = (ctx: TextContext, k: number) => /[،,]/.test(gapBefore(ctx, k + 1));

/**
 * "فقد عبد الرحمن علي خمسة من أبنائه …، ويقول إن …": the subject of the verb that opens the sentence of token i (an
 * official or a person's name among its first words), who a later verb of the sentence with no subject goes on with.
 */
/**
 * A foreign family name alone at token j, the subject of a verb, closed by a preposition or a comma («أعربت غفاروفا
 * عن»): the person named in full with it earlier in the text («السيدة صاحبة غفاروفا»), when the officials layer did not
 * read them. With `objectAfter` (the name right after the verb), the verb's definite object may close it too.
 */
export function namedInFullBefore(ctx: TextContext, j: number, objectAfter = false): Speaker | null {
  const norm = ctx.norms[j]!;
  if (!isUnknownNameWord(norm) || /^(ال|لل)/.test(norm) || ctx.quotationOf[j] !== -1 || j + 1 >= ctx.tokens.length) return null;
  // (Right after the verb, the verb's definite object may follow the name too: «رفضت تيخانوفسكايا الاعتراف بالنتائج».)
  const object = objectAfter && /^ال/.test(ctx.norms[j + 1]!) && !gapBefore(ctx, j + 1).trim() && ctx.quotationOf[j + 1] === -1;
  if (!PREPOSITIONS.has(ctx.norms[j + 1]!) && !/[،,]/.test(gapBefore(ctx, j + 1)) && !object) return null;
  for (let k = 1; k < j; k++) {
    if (ctx.norms[k] !== norm) continue;
    if (ctx.sentence[k - 1] !== ctx.sentence[k] || gapBefore(ctx, k).trim()) return null;
    const given = ctx.norms[k - 1]!;
    // (A given name that is also a title, «صاحبة», or no name at all: the family name alone.)
    const full = (isUnknownNameWord(given) || isPersonWord(given)) && !reportingVerb(given) && !(/^(ال|لل)/.test(given) || isTitleWord(given) || styles.has(given) || PREPOSITIONS.has(given) || NP_STOP.has(given) || ctx.quotationOf[k - 1] !== -1 || ctx.mention[k - 1]);
    const first = full ? k - 1 : k;
    const ar = textOf(ctx, first, k);
    return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[first]!.start, ctx.tokens[k]!.end] };
  }
  return null;
}

export function sentenceOpenerSubject(ctx: TextContext, i: number): Speaker | null {
  let from = sentenceStart(ctx, i);
  from += turnOpenerLength(ctx, from) || adverbialOpenerLength(ctx, from, i);
  const person = titledPersonOpener(ctx, from, i);
  if (person) return person;
  for (let j = from; j < i && j <= from + 2; j++) {
    // "وتبنت «جماعة أنصار السنة» الهجوم، وقالت": a body named in quotation marks right after the verb is its subject.
    if (ctx.quotationOf[j] !== -1 && j === from + 1) return quotedBody(ctx, j, i);
    if (ctx.quotationOf[j] !== -1 || PREPOSITIONS.has(ctx.norms[j]!)) return null;
    const m = ctx.mention[j];
    if (m) return j > 0 && OBJECT_PREPOSITIONS.has(ctx.norms[j - 1]!) ? null : officialSpeaker(m.official);
    if (j > from) {
      const named = leadingNames(ctx, j, Math.min(i - 1, j + 3));
      if (named) return named;
    }
    // ("من جانبها، أعربت غفاروفا عن سعادتها …، وقالت": a family name alone, of someone named in full before.)
    const named = j === from + 1 ? namedInFullBefore(ctx, j, true) : null;
    if (named) return named;
  }
  return titledOpenerSubject(ctx, from, i);
}

/**
 * "من جهته، نقل المبعوث الصيني رسالة دعم …، مؤكدا أن": a title and a nationality with no name, right after the verb
 * that opens the sentence, are its subject: the official of that country the title refers to.
 */
export function nationalTitleOpener(ctx: TextContext, i: number): Speaker | null {
  let from = sentenceStart(ctx, i);
  from += turnOpenerLength(ctx, from) || adverbialOpenerLength(ctx, from, i);
  from = verbOpening(ctx, from, i);
  const title = from + 1;
  if (title + 1 >= i || !mayBeVerb(ctx, from) || ctx.mention[title] || !/^ال/.test(ctx.norms[title]!) || !isTitleWord(ctx.norms[title]!)) return null;
  const nat = nationalityAfterTitle(ctx.norms, title + 1);
  if (!nat || nat.length !== 1 || ctx.quotationOf[title + 1] !== -1) return null;
  // (The one official of that country whose role opens with that title, «المبعوث الخاص للحكومة الصينية», over one
  // of the same country named later under another, «سفير الصين».)
  const head = stripAl(ctx.norms[title]!);
  const holders = ctx.officials.filter((o) => countryOf(ctx, o) === nat.country && o.role_ar && stripAl(roleHeadWord(roleWords(o))) === head);
  const o = holders.length === 1 ? holders[0]! : titleReference(ctx, title, title + 1);
  return o ? officialSpeaker(o) : null;
}

/** Where the verb that opens a sentence stands: after «فيما/بينما/كما» and a phrase of place or time closed by a comma. */
function verbOpening(ctx: TextContext, from: number, i: number): number {
  from += turnOpenerLength(ctx, from) || adverbialOpenerLength(ctx, from, i);
  return /^[وف]?(فيما|بينما|كما)$/.test(ctx.norms[from] ?? '') ? from + 1 : from;
}
/** A word that may be the verb opening a sentence: no quotation, name, title or preposition. */
const mayBeVerb = (ctx: TextContext, k: number) => k < ctx.tokens.length && ctx.quotationOf[k] === -1 && !ctx.mention[k]
  && !PREPOSITIONS.has(ctx.norms[k]!.replace(/^[وف](?=..)/, '')) && !isTitleWord(ctx.norms[k]!) && !/^[وف]?ال/.test(ctx.norms[k]!);

/**
 * "وزار النائب X Y المعتصمين، وقال", "وشن النائب اللواء X Y هجوما …، معتبرا": a title and a name the officials layer
 * did not link, right after the verb that opens the sentence, are its subject — a person, not whoever spoke before.
 */
export function titledPersonOpener(ctx: TextContext, from: number, i: number): Speaker | null {
  from = verbOpening(ctx, from, i);
  const title = from + 1;
  // (…or a definite noun that says what they are: «وروت الطالبة X Y ما حدث».)
  const describes = (w: string) => isTitleWord(w) || (/^ال.{3,}/.test(w) && !matchNationality([w], 0) && !matchSpeakerHead([w], 0));
  if (title >= i || !mayBeVerb(ctx, from) || !describes(ctx.norms[title]!)) return null;
  // (A bare title the officials layer linked to someone else, «النائب» → an MP named later, yields to the name after it.)
  const linked = ctx.mention[title];
  if (linked && linked.last !== title) return null;
  for (let k = title + 1; k < i && k <= title + 6; k++) {
    if (ctx.quotationOf[k] !== -1 || ctx.mention[k] || (k > title + 1 && /[،,]/.test(gapBefore(ctx, k)))) return null;
    const next = ctx.norms[k + 1] ?? '';
    // (The name goes on while a name word without the article follows: the object after it may have one.)
    if (k + 1 < i && !/[،,]/.test(gapBefore(ctx, k + 1)) && !/^ال/.test(next) && isNameWord(next) && !isOrdinaryWord(next)) continue;
    const person = personIn(ctx, title, k);
    if (!person?.span || person.span[1] !== ctx.tokens[k]!.end) continue;
    // (Only titles and the words that describe them between the verb and the name: «النائب اللواء X Y».)
    let start = title;
    while (ctx.tokens[start]!.start < person.span[0] && (isTitleWord(ctx.norms[start]!) || styles.has(ctx.norms[start]!) || heads.has(stripAl(ctx.norms[start]!)) || /^ال/.test(ctx.norms[start]!))) start++;
    return ctx.tokens[start]!.start === person.span[0] ? person : null;
  }
  return null;
}

/**
 * "وروى X Y، بائع في …، ما شاهده قائلا", "وختم X Y كلمته قائلا": a person's name right after the verb that opens the
 * sentence (after «فيما/بينما/كما») is its subject.
 */
export function namedOpener(ctx: TextContext, from: number, i: number): Speaker | null {
  from = verbOpening(ctx, from, i);
  // ("وقاطعه جاره X قائلا", "وتدخل زميلها X": a noun of kin or relation with a pronoun, whose, before the name.)
  const first = from + 1 + (isPossessedRelation(ctx, from + 1) ? 1 : 0);
  if (first >= i || !mayBeVerb(ctx, from) || isPersonWord(ctx.norms[from]!)) return null;
  const named = leadingNames(ctx, first, Math.min(i - 1, first + 3));
  return named && !named.pair && named.span ? named : null;
}

/** «جاره», «زميلها», «شقيقهم»: a noun of kin or relation written with a possessive pronoun (not the feminine «ة»). */
const isPossessedRelation = (ctx: TextContext, k: number) => k < ctx.tokens.length && isRelationNoun(ctx, k) && /(ه|ها|هم|هما)$/.test(ctx.tokens[k]!.text)
  && ctx.quotationOf[k] === -1 && !/[،,]/.test(gapBefore(ctx, k + 1));

/** A verb's subject may run to a long title before the name ("زار وزير الخارجية التركي، X، …"; "أمر المدير العام للشرطة، X، …"). */
const TITLED_SUBJECT_MAX = 9;

/**
 * "كما زار وزير الخارجية التركي، X، المخيمات …، وقال": the official named right after the title that follows the
 * sentence's first verb (no preposition between: a name after one is the verb's object or its circumstances).
 */
function titledOpenerSubject(ctx: TextContext, from: number, i: number): Speaker | null {
  if (/^و?كما$/.test(ctx.norms[from] ?? '')) from++;
  // A preposition before any title word makes what follows an object ("التقى مع وزير …"); after one it is part of the
  // title ("مندوبة … لدى الأمم المتحدة"), and the name must then stand between commas.
  let title = false;
  let preposition = false;
  for (let j = from + 1; j < i && j <= from + TITLED_SUBJECT_MAX; j++) {
    if (ctx.quotationOf[j] !== -1) {
      // (A body's name in quotation marks is part of the title: «رئيس المكتب السياسي لحركة «حماس» X».)
      if (title && shortQuotation(ctx, j)) continue;
      return null;
    }
    const m = ctx.mention[j];
    if (m) return !preposition || /[،,]/.test(gapBefore(ctx, j)) ? officialSpeaker(m.official) : null;
    // (A name set off by commas after the title that the officials layer did not link: an official's name all the same.)
    if (title && /[،,]/.test(gapBefore(ctx, j))) {
      let e = j;
      while (e + 1 < i && e < j + 3 && !/[،,]/.test(gapBefore(ctx, e + 1))) e++;
      const named = /[،,]/.test(gapBefore(ctx, e + 1)) ? officialByName(ctx, j, e) : null;
      if (named && normalize(named.name_ar).split(' ').length === e - j + 1) return officialSpeaker(named);
    }
    const w = ctx.norms[j]!;
    if (PREPOSITIONS.has(w) || OBJECT_PREPOSITIONS.has(w)) {
      if (!title) return null;
      preposition = true;
    }
    // ("وزير" is a title: its و is no conjunction.)
    if (isTitleWord(w)) title = true;
  }
  return null;
}

/** Token j is inside a quotation of one to three words. */
function shortQuotation(ctx: TextContext, j: number): boolean {
  const q = ctx.quotationOf[j];
  let n = 0;
  for (let k = Math.max(0, j - 3); k <= j + 3 && k < ctx.norms.length; k++) if (ctx.quotationOf[k] === q) n++;
  return n <= 3;
}

/** The first official named in the sentence of token i, before it, outside quotation marks. */
export function firstOfficialInSentence(ctx: TextContext, i: number): Speaker | null {
  const from = sentenceStart(ctx, i);
  for (let t = from; t < i; t++) {
    if (!ctx.mention[t] || ctx.quotationOf[t] !== -1) continue;
    // Someone after a preposition is no subject ("ومنذ لقائه مع كيم، بدا ترمب متفائلا، مشددا على …").
    if (t > 0 && OBJECT_PREPOSITIONS.has(ctx.norms[t - 1]!)) { t = ctx.mention[t]!.last; continue; }
    return officialSpeaker(ctx.mention[t]!.official);
  }
  return null;
}

const OBJECT_PREPOSITIONS = new Set(['مع', 'عن', 'الي', 'علي', 'من', 'حول', 'بشان', 'ضد', 'لدي', 'بين', 'نظيره', 'نظيرته']);

/**
 * "في المشرف، وقف فادي أبو حمدان أمام منزله. وقال: «…»", "وعلى ضفة النهر، جلس أبو أحمد الطائي …. وتابع": a sentence
 * that names a person with no office as the subject of what they do (no statement in it), right before a verb with no
 * subject that opens the next sentence: that person goes on speaking, not whoever spoke before them.
 * `i` is the verb; `previousAt` where the last statement was (-1: none).
 */
export function narratedPerson(ctx: TextContext, i: number, previousAt: number): Speaker | null {
  if (i === 0 || ctx.sentence[i - 1] === ctx.sentence[i]) return null;
  const last = i - 1;
  const from = sentenceStart(ctx, last);
  if (previousAt >= from || last - from > 40) return null;
  for (let j = from; j <= last; j++) if (ctx.quotationOf[j] !== -1 || reportingVerb(ctx.norms[j]!)) return null;
  // (A phrase of place or time closed by a comma may open it: "وعلى ضفة النهر،", "في القرية،".)
  let start = from;
  for (let j = from + 1; j <= last && j <= from + 6; j++) {
    if (ctx.mention[j - 1]) break;
    if (/[،,]/.test(gapBefore(ctx, j))) { if (PREPOSITIONS.has(ctx.norms[from]!.replace(/^[وف](?=..)/, '')) || /^[وف]?(في|علي|عند|امام|داخل|قرب|وسط)$/.test(ctx.norms[from]!)) start = j; break; }
  }
  // The verb, then the person's name (a kunya too: "أبو أحمد الطائي").
  const v = start;
  if (v + 2 > last || ctx.mention[v] || ctx.mention[v + 1] || isTitleWord(ctx.norms[v]!) || PREPOSITIONS.has(ctx.norms[v]!)) return null;
  const named = kunyaName(ctx, v + 1, Math.min(last, v + 5)) ?? leadingNames(ctx, v + 1, Math.min(last, v + 5));
  if (!named || named.pair || !named.span) return null;
  return named;
}

/** "أبو أحمد الطائي", "أم محمد": a kunya and the name words after it. */
function kunyaName(ctx: TextContext, from: number, to: number): Speaker | null {
  if (!/^(ابو|ام)$/.test(ctx.norms[from]!) || from + 1 > to || !isNameWord(ctx.norms[from + 1]!)) return null;
  let e = from + 1;
  while (e + 1 <= to && !gapBefore(ctx, e + 1).trim() && ctx.quotationOf[e + 1] === -1 && (isFamilyNameWord(ctx.norms[e + 1]!) || (isPersonWord(ctx.norms[e + 1]!) && !isOrdinaryWord(ctx.norms[e + 1]!)))) e++;
  const ar = textOf(ctx, from, e);
  return { ar, en: null, official: null, english: () => nameToEnglish(ar), kind: 'person', span: [ctx.tokens[from]!.start, ctx.tokens[e]!.end] };
}

/** "«جماعة نصرة الإسلام والمسلمين»", "«حركة الشباب»": a short quotation at token j (before token i) that is all a body's name. */
function quotedBody(ctx: TextContext, j: number, i: number): Speaker | null {
  const q = ctx.quotationOf[j];
  if (j > 0 && ctx.quotationOf[j - 1] === q) return null;
  let e = j;
  while (e + 1 < i && ctx.quotationOf[e + 1] === q) e++;
  if (e - j > 6 || e + 1 >= i) return null;
  const head = matchSpeakerHead(ctx.norms, j);
  // (…or an institution's noun the speakers' list lacks: «"المعهد الدولي لبحوث السلام"».)
  const noun = institutionNouns.get(stripAl(ctx.norms[j]!));
  if ((!head || head.kind !== 'institution') && !noun) return null;
  const ar = textOf(ctx, j, e);
  const en = institutionToEnglish(ar);
  return { ar, en: null, official: null, english: () => en ?? (head?.kind === 'institution' ? head.en : noun!.en), kind: 'institution', span: [ctx.tokens[j]!.start, ctx.tokens[e]!.end] };
}

/** A quotation of at most three words that holds token k (a name written in quotation marks). */
function isShortQuotation(ctx: TextContext, k: number): boolean {
  const q = ctx.quotationOf[k]!;
  let a = k;
  let b = k;
  while (a > 0 && ctx.quotationOf[a - 1] === q) a--;
  while (b + 1 < ctx.tokens.length && ctx.quotationOf[b + 1] === q) b++;
  return b - a < 3;
}

/**
 * Verbs that issue a document: publish, send, address, deliver ("أصدرت", "نشر", "وجهت", "بعث", "ألقى", "كتب"); and
 * «اكتفى» (made do with) whose «ب» governs the document: «اكتفى X بتغريدة أكد فيها».
 */
const ISSUES = /^[وف]?((ا|ي|ت)?(صدر|نشر|وزع|وجه|بعث|رسل|ذاع|عمم|قدم|رفع|لقي|لقت|كتب|بث)(ت|وا|ا|تا)?|(ا|ي|ت)كتف(ي|ت|وا|يا|تا))$/;
/** Documents by gender, as the pronoun after the verb names them again: «بيانا … أكد فيه», «رسالة … دعت فيها». */
/** (Governed by «ب» too: «تقدم النائب X بطلب إحاطة قال فيه».) */
const DOCUMENT_M = /^[وف]?ب?(ال)?(بيان|تقرير|بلاغ|خطاب|منشور|تعميم|اعلان|كتاب|مقال|نداء|تصريح|مرسوم|طلب|سؤال|استجواب|تحديث)(ا|ين|ان)?$/;
const DOCUMENT_F = /^[وف]?ب?(ال)?(رساله|مذكره|وثيقه|كلمه|تغريده|تدوينه|ورقه|دراسه|برقيه|افاده|نشره|تصريحات|مقابله|مداخله)$/;

/**
 * «أصدرت قيادة الجيش بيانا دعت فيه …», «نشرت المنظمة تقريرا …، قالت فيه إنها …», «أصدر X بيانا عبر مكتبه أكد فيه أن»:
 * the verb at token i says what a document (named again by «فيه»/«فيها» after it) says, and the one who issued the
 * document speaks in it: the subject of the issuing verb, written after it or before it. What follows the pronoun
 * is the object ("دعت فيه العسكريين إلى"), unless it names someone («أكد فيه معاليه»: the caller handles that).
 */
export function documentIssuer(ctx: TextContext, i: number): Speaker | null {
  const pronoun = ctx.norms[i + 1] ?? '';
  if (!/^في(ه|ها)$/.test(pronoun)) return null;
  const doc = pronoun === 'فيه' ? DOCUMENT_M : DOCUMENT_F;
  for (let d = i - 1; d >= 0 && d >= i - 16; d--) {
    if (ctx.sentence[d] !== ctx.sentence[i]) return null;
    // (A name of a few words in quotation marks may stand between the document and «فيه»: «بتغريدة عبر حسابه في «تويتر» أكد فيها».)
    if (ctx.quotationOf[d] !== -1) { if (isShortQuotation(ctx, d)) continue; return null; }
    if (d < i - 1 && reportingVerb(ctx.norms[d]!) && !PREPOSITIONS.has(ctx.norms[d]!)) return null;
    if (!doc.test(ctx.norms[d]!)) continue;
    const author = documentAuthor(ctx, d + 1, i - 1) ?? documentOwner(ctx, d, i - 1);
    if (author) return author;
    // ("ونشرت X، القيادية في الحزب، تدوينة قالت فيها": the subject may be described between commas before the document.)
    let commas = /[،,]/.test(gapBefore(ctx, d)) ? 1 : 0;
    for (let v = d - 1; v >= 0 && v >= d - 10; v--) {
      // (A mark between the verb and the document stops the search, but for the comma that opens that description.)
      const gap = gapBefore(ctx, v + 1);
      if (v < d - 1 && /[،,:]/.test(gap)) {
        if (!commas || !/[،,]/.test(gap)) return null;
        commas--;
      }
      if (ctx.sentence[v] !== ctx.sentence[i] || ctx.quotationOf[v] !== -1) return null;
      if (!ISSUES.test(ctx.norms[v]!)) continue;
      // ("وصدر عن الاجتماع بيان": issued by, the document its subject; not a body that issues one.)
      if (/^(عن|من)$/.test(ctx.norms[v + 1] ?? '')) return null;
      if (v + 1 <= d - 1) return subjectAfter(ctx, v + 1, d - 1);
      return subjectBefore(ctx, v) ?? kanaSubject(ctx, v);
    }
    return null;
  }
  return null;
}

/**
 * «نشر الحزب الذي يتزعمه X رسالة مسجلة له …، دعا فيها»: a document with «له»/«لها» after it (or after its adjective)
 * is that person's own, whoever published it: the official named last before it in the sentence, of the pronoun's
 * gender.
 */
/** Verbs that send a document to someone: «وجه», «بعث», «أرسل», «رفع», «قدم», «سلم». */
const SENDS = /^[وف]?(ا|ي|ت)?(وجه|بعث|رسل|رفع|قدم|سلم)(ت|وا|ا|تا)?$/;

function documentOwner(ctx: TextContext, d: number, last: number): Speaker | null {
  let k = d + 1;
  if (k < last && !/^ل(ه|ها)$/.test(ctx.norms[k]!) && /^[\u0621-\u064A]+ه?$/.test(ctx.norms[k]!) && !ctx.mention[k]) k++;
  const pronoun = k <= last && ctx.quotationOf[k] === -1 ? ctx.norms[k]!.match(/^ل(ه|ها)$/) : null;
  if (!pronoun) return null;
  const gender = pronoun[1] === 'ه' ? 'm' : 'f';
  for (let j = d - 1; j >= 0 && ctx.sentence[j] === ctx.sentence[d]; j--) {
    // ("وجه الرئيس رسالة له": a document sent to someone; «له» is whom it went to.)
    if (SENDS.test(ctx.norms[j]!)) return null;
    const m = ctx.mention[j];
    if (!m) continue;
    const s = officialSpeaker(m.official);
    return agrees(s, gender) ? s : null;
  }
  return null;
}

/**
 * «تصريحات لرئيس الوزراء الإثيوبي X أمام البرلمان قال فيها», «تصريح لوزير الخارجية الإيراني، قال فيه»: a document
 * whose author is named right after it with «ل» is that author's, whoever the sentence is about: the official named
 * in that phrase, or the title as written when it names nobody.
 */
function documentAuthor(ctx: TextContext, from: number, last: number): Speaker | null {
  if (from > last || !/^ل(?!دي$)../.test(ctx.norms[from]!) || ctx.quotationOf[from] !== -1) return null;
  let end = from;
  while (end + 1 <= last && end < from + 6 && ctx.quotationOf[end + 1] === -1 && !/[،,:]/.test(gapBefore(ctx, end + 1)) && !PREPOSITIONS.has(ctx.norms[end + 1]!) && !CIRCUMSTANTIAL.test(ctx.norms[end + 1]!)) end++;
  for (let k = from; k <= end; k++) {
    const m = ctx.mention[k];
    if (m) return officialSpeaker(m.official);
  }
  const ar = textOf(ctx, from, end).replace(/^(لل|ل)/, (p) => (p === 'لل' ? 'ال' : ''));
  const en = roleToEnglish(ar);
  return en && en.split(' ').length >= 2 ? { ar, en, official: null } : null;
}

/**
 * «من جانبه، تمنى سمو الأمير لفخامته التوفيق …، مؤكدا», «من جانبه، نوه سمو نائب أمير منطقة الرياض بالدور …، مشيرا»:
 * a sentence whose verb has for subject an honorific style and a title (no name), the official the title refers to.
 * The participle that closes such a sentence goes on with them, not with an official named later in it as the
 * verb's object («لفخامته»).
 */
export function styledTitleOpener(ctx: TextContext, i: number): Speaker | null {
  let from = sentenceStart(ctx, i);
  from += turnOpenerLength(ctx, from);
  const verb = from;
  if (verb + 2 >= i || ctx.quotationOf[verb] !== -1 || ctx.mention[verb] || isTitleWord(ctx.norms[verb]!) || styles.has(ctx.norms[verb]!)) return null;
  // (The style may be written «صاحب السمو», two words: the title begins after the last style word.)
  let k = verb + 1;
  while (k < i && k <= verb + 3 && styles.has(ctx.norms[k]!)) k++;
  if (k === verb + 1 || k >= i || ctx.mention[k]) return null;
  let last = k;
  while (last + 1 < i && last < k + 3 && ctx.quotationOf[last + 1] === -1 && !ctx.mention[last + 1] && !/[،,]/.test(gapBefore(ctx, last + 1)) && !PREPOSITIONS.has(ctx.norms[last + 1]!) && /^(ال|[^وبل])/.test(ctx.norms[last + 1]!)) last++;
  const o = longestTitleReference(ctx, k, last);
  return o ? officialSpeaker(o) : null;
}

/**
 * «وفي مقطع مصور بثته وسائل إعلام محلية، ظهر بونغو من مقر إقامته مطالبا …»: a sentence opened by a phrase of time or
 * place closed by a comma, and then a verb with a person for subject. The person speaks; a body named inside the
 * opening phrase (the outlet that broadcast the video) only carries the words.
 */
export function personAfterAdverbialOpener(ctx: TextContext, i: number): Speaker | null {
  const from = sentenceStart(ctx, i);
  if (!adverbialOpenerLength(ctx, from, i)) return null;
  const subject = sentenceOpenerSubject(ctx, i);
  return subject && (subject.official || subject.kind === 'person') ? subject : null;
}

/**
 * «بثت صفحة الرئاسة مقطعا مصورا …، قال فيه الرئيس إن»: «قال فيه» with a subject written after the pronoun, an official
 * by name or by title. They speak in the document or video, not whoever issued or broadcast it.
 */
export function subjectAfterSaidIn(ctx: TextContext, at: number, first: number, last: number): Speaker | null {
  if (!/^[وف]?قال(ت)?$/.test(ctx.norms[at] ?? '') || !/^في(ه|ها)$/.test(ctx.norms[at + 1] ?? '') || first !== at + 2 || first > last) return null;
  if (ctx.quotationOf[first] !== -1) return null;
  const m = ctx.mention[first];
  if (m) return officialSpeaker(m.official);
  if (!isTitleWord(ctx.norms[first]!)) return null;
  const o = longestTitleReference(ctx, first, last);
  return o ? officialSpeaker(o) : null;
}

/** The official of the longest title among tokens [from, e], e at most last (titleReference reads four words at most). */
function longestTitleReference(ctx: TextContext, from: number, last: number): Official | null {
  for (let e = Math.min(last, from + 3); e >= from; e--) {
    const o = titleReference(ctx, from, e);
    if (o) return o;
  }
  return null;
}

/** How far past a title its holder's name may be written, over the title's complement («في أحد المصارف …»). */
const TITLE_NAME_REACH = 10;
const VERB_OBJECT_PREPOSITION = /^[وف]?(علي|عن|الي|مع|ضد)$/;
const UNNAMED_SOURCE = /^[وف]?(مصدر|مصادر|اوساط|دوائر|مسوول|مسوولون|مسوولين|مسيول)$/;

/**
 * A title read as the speaker with the holder's name written after it, in the same clause: the holder speaks
 * («المتحدث باسم المجلس العقيد X», «مفوض الشؤون السياسية والسلام والأمن في الاتحاد الأفريقي X», «مدير الخزينة في
 * أحد المصارف X»). The name is an official the officials layer read there, or a person's name of two to four words;
 * the search stops at a comma, a colon, quotation marks, «أن/إن», or the words quoted (`stop`).
 */
export function holderNamedAfterTitle(ctx: TextContext, s: Speaker | null, stop: number): Speaker | null {
  if (!s?.words || s.official || s.pair || (s.kind && s.kind !== 'source')) return null;
  const [first, last] = s.words;
  if (!isTitleWord(ctx.norms[first]!.replace(/^[وف](?=ال)/, '')) && s.kind !== 'source') return null;
  // (A source is unnamed by what it is: a name in its complement is someone it is close to or tells of.)
  if (UNNAMED_SOURCE.test(ctx.norms[first]!)) return null;
  for (let k = last + 1; k <= last + TITLE_NAME_REACH && k < ctx.tokens.length && k !== stop; k++) {
    if (ctx.sentence[k] !== ctx.sentence[last] || ctx.quotationOf[k] !== -1 || /[،,:؛;«»"]/.test(gapBefore(ctx, k))) return null;
    const norm = ctx.norms[k]!;
    // (The one spoken to, «لوكالة فرانس برس», ends the subject; a title of its own before a name past the complement
    // makes the name that title's holder: «مصدر مطلع على التحقيقات في وفاة الصحفي X».)
    if (isComplementizer(norm) || reportingVerb(norm) || channelLength(ctx.norms, k) || outletLength(ctx.norms, k)) return null;
    // (Nor past the verb's object: «ورد المتحدث … على تصريح X», «وعلق … عن موقف X».)
    if (VERB_OBJECT_PREPOSITION.test(norm) || isSpeechNoun(norm) || isSayingNoun(norm)) return null;
    if (k > last + 1 && isTitleWord(ctx.norms[k - 1]!)) return null;
    const m = ctx.mention[k];
    if (m && m.first === k && !isTitleWord(norm) && !styles.has(norm)) return officialSpeaker(m.official);
    if (m) continue;
    // The shortest name that starts here, then as many more words as the name lists know.
    const person = personIn(ctx, first, Math.min(k + 1, stop - 1));
    if (!person?.span || person.span[0] !== ctx.tokens[k]!.start) continue;
    let best = person;
    for (let e = k + 2; e <= k + 3 && e < stop && ((isNameWord(ctx.norms[e]!) && !isOrdinaryWord(ctx.norms[e]!)) || nameParticles.has(ctx.norms[e]!)) && !/[،,:]/.test(gapBefore(ctx, e)); e++) {
      const longer = personIn(ctx, first, e);
      if (!longer?.span || longer.span[0] !== person.span[0]) break;
      best = longer;
    }
    return best;
  }
  return null;
}
