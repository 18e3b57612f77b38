/**
 * Reporting verbs in the text and the statement each introduces: from after the verb, its subject and
 * its أن/إن (or a colon, or an opening quotation mark) to the end of the sentence, or to the next
 * reporting verb joined by a comma or و ("…، مضيفا أن …", "… وقالت …"). A verb after حسبما/كما/وفقا لما
 * attributes the clause before it ("…، حسبما أعلن البلدان").
 */
import { RELATION } from './relation';
import { heads, institutionNouns, pluralHeads, styles } from '../vocab/titles';
import { isNameWord } from '../english/names';
import {
  announcerLength, cancelsReport, isOwnedSaying, conjunctionOf, isBackgroundVerb, isComplementizer, isOwnFeeling, isSayingNoun, isSourcePreposition, isSpeechNoun, postAttributionBefore,
  reportingVerb, reportingVerbWithObject, takesObjectFirst, verbalNounReport, type ReportingVerb,
} from '../vocab/reporting';
import { isCrowdAt, isKinshipNoun, isLabelNoun, isTollWord, isPronounSubject, isSkippableAfterVerb, matchSpeakerHead, nominativeOf, sourceAdjective, timePhraseLength, channelLength, outletLength } from '../vocab/speakers';
import { gapBefore, isHeadingLine, type TextContext } from './context';
import { officialTitledAt } from './titled';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import { isOrdinaryWord } from '../people/evidence';
import type { Official } from '../types';

export interface Trigger {
  /** Token index of the reporting verb (or of the first word of "جاء فيه"). */
  at: number;
  verb: ReportingVerb | null;
  /** How the statement start was found. 'object': the words before a quotation are the verb's object, not its subject. */
  opening: 'complementizer' | 'colon' | 'quotation' | 'preposition' | 'plain' | 'object' | 'before';
  /** Token index where the statement starts and the last token of it. */
  first: number;
  last: number;
  /** Tokens that may name the speaker (after the verb); empty when subjectLast < subjectFirst. */
  subjectFirst: number;
  subjectLast: number;
}

/** A complementizer at token k, unless the word is part of an official's name («أشاد فان رودن بـ…»: "van", not فإن). */
function complementizerAt(ctx: TextContext, k: number): boolean {
  const norm = ctx.norms[k];
  return !!norm && isComplementizer(norm) && !ctx.mention[k];
}

const WINDOW = 28;
const PREP_WINDOW = 14;
const OPTIONAL_PREP_REACH = 8;
const FAR_QUOTATION = 8;
const STANDALONE_PREPS = new Set(['الي', 'علي', 'عن', 'من']);
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
const CIRCUMSTANCE = new Set(['ب', 'في', 'خلال', 'علي', 'عبر', 'امام', 'عقب', 'بعد', 'قبل', 'اثناء', 'مع', 'ل', 'لدي', 'من']);
const MIN_LONG_QUOTATION = 5;
// ("لكنه أقر بأن": a contrast whose pronoun is the subject.)
const CLAUSE_OPENERS = new Set(['كما', 'قد', 'وقد', 'فقد', 'ثم', 'حيث', 'بينما', 'فيما', 'لكن', 'ولكن', 'كذلك', 'بدوره', 'بدورها', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'هكذا', 'وهكذا',
  'لكنه', 'لكنها', 'لكنهم', 'ولكنه', 'ولكنها', 'ولكنهم', 'لكنهما']);
const PREPOSITIONS = new Set(['في', 'الي', 'علي', 'عن', 'من', 'مع', 'خلال', 'عبر', 'ل', 'لدي', 'امام', 'عقب', 'بعد', 'قبل', 'حول', 'بشان']);

const hasComma = (gap: string) => /[،,؛;]/.test(gap);
const hasColon = (gap: string) => gap.includes(':');
const hasCloser = (gap: string) => /["»”]/.test(gap);
const stripAl = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w.replace(/^و(?=..)/, ''));

const memo = new WeakMap<TextContext, (ReportingVerb | null | undefined)[]>();

/** A reporting verb at token i that really reports (memoised per text). */
export function triggerVerb(ctx: TextContext, i: number): ReportingVerb | null {
  let cache = memo.get(ctx);
  if (!cache) memo.set(ctx, (cache = []));
  let v = cache[i];
  if (v === undefined) cache[i] = v = readTriggerVerb(ctx, i);
  return v;
}

/** Whether a word is written with a final ة (before any diacritics): a noun's ending, never an object pronoun. */
const endsWithTaMarbuta = (text: string) => /ة[\u064B-\u0652\u0640]*$/.test(text);

/** "بعد أن", "قبل أن", "منذ أن": a clause of time, whose verb tells what happened (not a wish or a negation). */
const TIME_BEFORE_AN = /^[وف]?(بعد|قبل|منذ|بعيد|قبيل)$/;

/** A body's name of two words or more ends right before token i, in its sentence ("النيابة العامة | تؤكد"). */
function headEndsAt(ctx: TextContext, i: number): boolean {
  for (let j = i - 2; j >= 0 && j >= i - 5 && ctx.sentence[j] === ctx.sentence[i]; j--) {
    const head = matchSpeakerHead(ctx.norms, j);
    if (head && head.kind !== 'capital' && j + head.words.length === i) return true;
  }
  return false;
}

/** Token i opens a clause of time or contrast: right after "بعد أن", "قبل أن", "في حين" in its sentence. */
const afterTimeAn = (ctx: TextContext, i: number) => (i > 0 && TIME_CONJUNCTION.test(ctx.norms[i - 1]!)) || (i > 1 && ctx.sentence[i - 2] === ctx.sentence[i]
  && ((ctx.norms[i - 1] === 'ان' && TIME_BEFORE_AN.test(ctx.norms[i - 2]!)) || (ctx.norms[i - 1] === 'حين' && /^و?في$/.test(ctx.norms[i - 2]!))));
/** Conjunctions of time written as one word ("بعدما أعلن X الإضراب", "عندما أعلن …"): the clause is an event. */
const TIME_CONJUNCTION = /^[وف]?(بعدما|عندما|حينما|قبلما|بعيدما|حالما|ريثما)$/;

/** Whether tokens first..last hold a quotation (not a name in quotation marks). */
const holdsQuotation = (ctx: TextContext, first: number, last: number) => {
  for (let k = first; k <= last; k++) if (ctx.quotationOf[k] !== -1 && !isNameQuotation(ctx, k)) return true;
  return false;
};

const PASSIVE = /^[وف]?[\u0621-\u064A]\u064F/;
/** "قوله", "تأكيده" within a few words from token k: someone's words are quoted. */
const quotesSomeone = (ctx: TextContext, k: number) => {
  for (let j = k; j < ctx.tokens.length && j <= k + 8 && ctx.sentence[j] === ctx.sentence[k]; j++) if (isOwnedSaying(ctx.norms[j]!)) return true;
  return false;
};

/** «عاد», «عادت» (came back), with و/ف: the verb a present of saying with ل of purpose follows, «عاد X ليؤكد». */
const RETURNED = /^[وف]?(عاد|عادت)$/;

/**
 * "وعادت الوزيرة X لتؤكد أن", "عاد بواميا ليؤكد أن": a present reporting verb with ل of purpose after «عاد» and its
 * subject (a few words, no comma) reports like the verb itself — the speaker came back to say it. (Not "جاء ليؤكد",
 * where the visit or the decision confirms.)
 */
function returnedToSay(ctx: TextContext, i: number): ReportingVerb | null {
  const norm = ctx.norms[i]!;
  if (!/^ل[يت]/.test(norm)) return null;
  const verb = reportingVerb(norm.slice(1));
  if (!verb || verb.form !== 'present' || verb.plural) return null;
  for (let j = i - 1; j >= 0 && j >= i - 4 && ctx.sentence[j] === ctx.sentence[i]; j--) {
    if (ctx.quotationOf[j] !== -1 || /[،,:]/.test(gapBefore(ctx, j + 1))) return null;
    if (RETURNED.test(ctx.norms[j]!)) return j < i - 1 ? { ...verb, form: 'past' } : null;
  }
  return null;
}

/** Any verb followed by "بالقول" reports ("فاكتفى بالقول إن", "وختم بالقول"); its gender is read from its ending. */
function sayingVerb(ctx: TextContext, i: number): ReportingVerb | null {
  const norm = ctx.norms[i]!;
  if (norm.length < 3 || isComplementizer(norm) || PREPOSITIONS.has(norm)) return null;
  if ((ctx.norms[i + 1] !== 'بالقول' || ctx.quotationOf[i + 1] !== -1) && !subjectThenSaying(ctx, i)) return null;
  return { lemma: norm, form: 'past', strength: 'strong', prep: null, prepOptional: false, nounLike: false, gender: norm.endsWith('ت') ? 'f' : null };
}

/**
 * "واكتفى حمدان بالقول", "فرد الوزير بالقول": a verb joined by و/ف, and its subject of one to three words (no article
 * on the verb, no comma, quotation or saying between), before «بالقول».
 */
function subjectThenSaying(ctx: TextContext, i: number): boolean {
  // (Asked of every word a verb lookup does not read: most have no «بالقول» in reach, so leave before the tests.)
  if (!sayingInReach(ctx, i)) return false;
  const norm = ctx.norms[i]!;
  if (!/^[وف].{3,}$/.test(norm) || /^[وف]?ال/.test(norm) || ctx.mention[i] || isNameWord(norm.slice(1)) || heads.has(norm.slice(1))) return false;
  for (let j = i + 1; j <= i + 4 && j < ctx.tokens.length; j++) {
    if (ctx.sentence[j] !== ctx.sentence[i] || ctx.quotationOf[j] !== -1 || /[،,:]/.test(gapBefore(ctx, j))) return false;
    if (ctx.norms[j] === 'بالقول') return j > i + 1;
    if (complementizerAt(ctx, j) || PREPOSITIONS.has(ctx.norms[j]!) || reportingVerb(ctx.norms[j]!)) return false;
  }
  return false;
}

/** «بالقول» among the four words after token i, where subjectThenSaying looks for it. */
function sayingInReach(ctx: TextContext, i: number): boolean {
  for (let j = i + 1; j <= i + 4 && j < ctx.tokens.length; j++) if (ctx.norms[j] === 'بالقول') return true;
  return false;
}

/** A complementizer, colon or quotation within the next words of the sentence, before any other reporting verb. */
function wordsAhead(ctx: TextContext, from: number): boolean {
  for (let j = from; j < ctx.tokens.length && j < from + 14 && ctx.sentence[j] === ctx.sentence[from - 1]; j++) {
    if (complementizerAt(ctx, j) || hasColon(gapBefore(ctx, j)) || (ctx.quotationOf[j] !== -1 && !isNameQuotation(ctx, j))) return true;
    if (j > from && reportingVerb(ctx.norms[j]!)) return false;
  }
  return false;
}

/** An عن within the next words of the sentence, before any complementizer or quotation. */
function aboutAhead(ctx: TextContext, from: number): boolean {
  for (let j = from; j < ctx.tokens.length && j < from + 12 && ctx.sentence[j] === ctx.sentence[from - 1]; j++) {
    if (ctx.norms[j] === 'عن') return true;
    if (complementizerAt(ctx, j) || hasColon(gapBefore(ctx, j))) return false;
  }
  return false;
}

/** "وقبيل الاجتماع غرد …", "وخلال المؤتمر أكد …": the sentence opens with a short adverbial phrase before token i. */
function afterOpeningAdverbial(ctx: TextContext, i: number): boolean {
  let s = i;
  while (s > 0 && ctx.sentence[s - 1] === ctx.sentence[i]) s--;
  if (i - s < 2 || i - s > 5) return false;
  // ("في لقاء بين X وY: …": a bare noun right after the preposition governs what follows; "بين" is "between".)
  if (i - s === 2 && !/^(ال|لل)|(ه|ها|هم|هما)$/.test(ctx.norms[i - 1]!)) return false;
  return /^[وف]?(قبيل|قبل|بعد|بعيد|عقب|خلال|اثناء|في|لدي|عند|اثر|ابان)$/.test(ctx.norms[s]!);
}

/** Nouns whose first letter is و ("وزارة", "وكالة", "وفد", "ولاية", "واشنطن"): no conjunction. */
const LEXICAL_WAW = /^(وزار|وزير|وكال|وكيل|وفد|وحد|ولاي|والي|ولي|واشنطن|وارسو|وطن)/;

/** The words from token `from` are the two ends of a "between": a dual or plural noun, or X وY within a few words. */
function isBetween(ctx: TextContext, from: number): boolean {
  const next = ctx.norms[from] ?? '';
  if (/^(ال|لل).{3,}(ين|يين)$/.test(next) && ctx.quotationOf[from] === -1) return true;
  for (let j = from + 1; j < ctx.tokens.length && j <= from + 4 && ctx.sentence[j] === ctx.sentence[from]; j++) {
    const w = ctx.norms[j]!;
    if (isComplementizer(w) || hasColon(gapBefore(ctx, j)) || hasComma(gapBefore(ctx, j)) || ctx.quotationOf[j] !== -1) return false;
    // (A word that opens with و as one of its letters, "وزير", "وكالة", "وفد", joins nothing.)
    if (conjunctionOf(w) === 'و' && w.length > 3 && !heads.has(w) && !LEXICAL_WAW.test(w)) return true;
  }
  return false;
}

/** Token i opens its sentence and an official is named within the next words (the verb's subject). */
function opensWithSubject(ctx: TextContext, i: number): boolean {
  if (i > 0 && ctx.sentence[i - 1] === ctx.sentence[i]) return false;
  for (let j = i + 1; j < ctx.tokens.length && j <= i + 3 && ctx.sentence[j] === ctx.sentence[i]; j++) if (ctx.mention[j]) return true;
  return false;
}

/** A number or a word of quantity a counted noun follows ("400", "ألف", "آلاف", "ثلاثمائة", "عشرات", "كل"). */
const isCount = (norm: string) => (/^[0-9٠-٩]+$/.test(norm) && !/^(19|20)[0-9]{2}$/.test(norm)) // (not a year: "في 2019 قال")
  || /^(الف|الاف|مليون|ملايين|مليار|مئه|مائه|مئات|عشرات|كل|بضع|بضعه|عده)$/.test(norm)
  || /^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(مئه|مائه)$/.test(norm)
  || /^(عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(ون|ين)$/.test(norm);

/** Token i follows the one before it in the same sentence with no mark between: the two may be one phrase. */
const joinedToPrevious = (ctx: TextContext, i: number): boolean => i > 0 && ctx.sentence[i - 1] === ctx.sentence[i] && !gapBefore(ctx, i).trim();

/** An indefinite noun in the accusative, its tanween written as alif ("تشاؤما", "موقفا"): no verb, pronoun or particle. */
const isAccusativeNoun = (norm: string) => /^[^وف].{2,}ا$/.test(norm) && !/(هما|هنا|نا)$/.test(norm) && !/^(كما|بينما|فيما|عندما|ربما|انما|لما|مما|طالما|كلما|حينما|بعدما|قبلما)$/.test(norm) && !reportingVerb(norm) && !isComplementizer(norm);

function readTriggerVerb(ctx: TextContext, i: number): ReportingVerb | null {
  if (ctx.quotationOf[i] !== -1) return null;
  // Part of a person's name ("إبراهيم قالن" is no قالن "they said").
  if (ctx.mention[i]) return null;
  // "ووصفها بـ«…»", "ودعاه إلى …": a verb with its object pronoun, after و/ف.
  const norm = ctx.norms[i]!;
  const next = ctx.norms[i + 1] ?? '';
  // ("وإعادة إعمار المناطق": a word written with ة is a noun, إعادة, never أعاده "he returned it".)
  const verb = reportingVerb(norm) ?? (/^[وف]/.test(norm) && !endsWithTaMarbuta(ctx.tokens[i]!.text) ? reportingVerbWithObject(norm.slice(1)) : null)
    ?? sayingVerb(ctx, i) ?? verbalNounReport(norm, next, ctx.norms[i + 2] ?? '', i > 0 && ctx.sentence[i - 1] === ctx.sentence[i] ? ctx.norms[i - 1] : '')
    ?? returnedToSay(ctx, i);
  if (!verb) return null;
  // "والدة طالب قتل …": right after a noun of kinship in construct, the word is its genitive noun ("student"), no verb.
  if (joinedToPrevious(ctx, i) && isKinshipNoun(ctx.norms[i - 1]!)) return null;
  // "ويخوض أكثر من 400 ألف طالب الامتحانات", "نحو ثلاثمائة طالب غاني", "من كل طالب": right after a number or a
  // quantity, a past verb's homograph is the noun counted ("students"), no verb.
  // (Only the bare word: "في أيار 2024 وأعلنت" is a verb after a date.)
  if (verb.form === 'past' && (norm === verb.lemma || norm === verb.lemma + 'ا') && joinedToPrevious(ctx, i)
    && isCount(ctx.norms[i - 1]!)) return null;
  // "وهو طالب جامعي": right after a detached pronoun, a past verb's homograph is the noun it predicates ("a student"),
  // as news describes a witness; a verb after «هو» needs «ما» or a clause between ("وهو ما طالب به").
  if (verb.form === 'past' && joinedToPrevious(ctx, i) && /^[وف]?(هو|هي)$/.test(ctx.norms[i - 1]!)) return null;
  // "قُتل طالب وأصيب العشرات": right after a verb the text marks passive (a damma on its first letter), a bare past
  // verb's homograph is that verb's subject, the noun ("a student was killed"), no verb of its own.
  if (verb.form === 'past' && norm === verb.lemma && joinedToPrevious(ctx, i) && PASSIVE.test(ctx.tokens[i - 1]!.text)) return null;
  // "تشاؤما حذرا", "ترحيبا حذرا": the dual of a bare past verb right after an indefinite noun in the accusative is its
  // adjective (cautious), not "the two warned".
  if (verb.form === 'past' && norm === verb.lemma + 'ا' && joinedToPrevious(ctx, i) && isAccusativeNoun(ctx.norms[i - 1]!)) return null;
  // "تحولا لافتا في بلد …": so is an accusative participle there, unless أن, its preposition or a colon follows.
  // ("خصصت 40 مركزا للرعاية": so is one right after a number, the noun it counts, "40 centres", not "focusing".)
  if (verb.form === 'participle' && joinedToPrevious(ctx, i)
    && (isAccusativeNoun(ctx.norms[i - 1]!) || isCount(ctx.norms[i - 1]!))
    && !isComplementizer(next) && next !== verb.prep && !hasColon(gapBefore(ctx, i + 1)) && ctx.quotationOf[i + 1] === -1) return null;
  // "عبر" with no عن ahead is the preposition "via" ("قال X عبر تويتر إن"), not "expressed" ("عبر الوفد عن …").
  if (/^[وف]?عبر$/.test(norm) && !aboutAhead(ctx, i + 1)) return null;
  // "بين" is "between" as often as "بيّن" (explained): before two things joined by و ("بين موسكو وهانوي", "بين
  // الوزارة والنقابة") or a dual or plural noun ("بين البلدين") it is the preposition.
  if (norm === 'بين' && isBetween(ctx, i + 1)) return null;
  // "ورد" is "appeared" as often as "replied": a reply has its words (بأن، أن، a colon, a quotation) ahead.
  if (/^[وف]رد$/.test(norm) && !(next !== 'في' && wordsAhead(ctx, i + 1))) return null;
  // A damma on the first letter marks the passive ("الذي أُعلن في مارس"): nobody is reported as speaking.
  // (…except one quoting someone: "ونُقل عن X قوله إن", "ونُسب إلى X قوله".)
  if (PASSIVE.test(ctx.tokens[i]!.text) && !(/^[وف]?(نقل|نسب)$/.test(norm) && /^(عن|الي)$/.test(next) && quotesSomeone(ctx, i + 2))) return null;
  const before = gapBefore(ctx, i);
  // Negated or subjunctive (لم يعلن، دون أن يعلن) reports nothing; "أعرب عنه" is a relative clause about something else.
  // (…but "بعد أن وصف", "قبل أن يقول": a clause of time tells what was said, before or after something else.)
  if (i > 0 && cancelsReport(ctx.norms[i - 1]!) && !/[،,.:]/.test(before) && !afterTimeAn(ctx, i)) return null;
  if (/^(عن|الي|علي|ب|من)(ه|ها|هم|هما)$/.test(next)) return null;
  if (inCondition(ctx, i)) return null;
  // "يُذكر أن …": background from the writer.
  if (isBackgroundVerb(ctx.norms[i]!) && (isComplementizer(next) || next === 'الي' || next === 'ان')) return null;
  // "نقل السفارة" is a transfer, not "نَقَل": a noun-like bare verb reports only after a comma or a clause opener.
  // …or opening its sentence with an official as its subject ("حذر المبعوث الخاص … غروندبرغ، الأربعاء، من أن").
  // ("إذ رأى في تغريدة أن": a clause of explanation, in the past; "إذ يدعو منذ أشهر إلى" is a position held.)
  // ("إذ يقول X إن …": in the present with its words ahead, it reports as well.)
  const explains = ctx.norms[i - 1] === 'اذ' && (verb.form === 'past' || (verb.form === 'present' && wordsAhead(ctx, i + 1)));
  if (verb.nounLike && ctx.norms[i] === verb.lemma && !(/[،,"»”]/.test(before) || CLAUSE_OPENERS.has(ctx.norms[i - 1] ?? '') || explains || RELATIVES.has(ctx.norms[i - 1] ?? '') || opensWithSubject(ctx, i) || afterTimeAn(ctx, i))) return null;
  // A weak verb with no conjunction must open a clause (after a comma, كما، قد، الذي…) or follow its subject:
  // "محادثتين عبر الهاتف" is not "عبّر".
  if (verb.strength === 'weak' && verb.form !== 'participle' && !conjunctionOf(ctx.norms[i]!) && i > 0 && ctx.sentence[i - 1] === ctx.sentence[i]) {
    const prev = ctx.norms[i - 1]!;
    // (A day or time word set before the verb opens the clause too: "والاثنين نقلت …".)
    const opens = /[،,:"»”]/.test(before) || CLAUSE_OPENERS.has(prev) || explains || RELATIVES.has(prev) || afterTimeAn(ctx, i) || ctx.mention[i - 1] !== null || matchSpeakerHead(ctx.norms, i - 1) !== null
      || (headEndsAt(ctx, i) && wordsAhead(ctx, i + 1)) // "النيابة العامة تؤكد أن": a body named in several words, its verb, its words
      || (afterOpeningAdverbial(ctx, i) && wordsAhead(ctx, i + 1))
      || (isSkippableAfterVerb(prev.replace(/^[وف](?=ال)/, '')) && (i === 1 || ctx.sentence[i - 2] !== ctx.sentence[i]));
    if (!opens) return null;
  }
  // An accusative participle with an adjective of its own after it is a noun: "قدموا مقترحا جديدا".
  if (verb.form === 'participle' && !/[،,]/.test(before) && /^[^وفبل].{2,}ا$/.test(next) && !isComplementizer(next) && !reportingVerb(next)) return null;
  // A participle needs a comma before it or a clause after it, unless its accusative ending (مضيفا) says so.
  if (verb.form === 'participle' && !ctx.norms[i]!.endsWith('ا')) {
    const ok = hasComma(before) || hasCloser(before) || isComplementizer(next) || next === verb.prep || hasColon(gapBefore(ctx, i + 1));
    if (!ok) return null;
  }
  return verb;
}

/** «إذا», «لو», «لئن», with و/ف: they open a condition. */
const IF = /^[وف]?(اذا|لو|لئن)$/;
const CONDITION_REACH = 6;

/**
 * The verb at i stands in a clause of condition, a few words after «إذا/لو» with no comma between: "وإذا كان الشمال
 * قد أبدى استعدادا للحوار، إلا أنه يصر …", "لو قال الوزير إن …": a case supposed or conceded, which the main clause
 * answers; no one's words are reported by it. («لو» that is part of a name, "ستيفن لو", opens nothing.)
 */
function inCondition(ctx: TextContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - CONDITION_REACH && ctx.sentence[j] === ctx.sentence[i]; j--) {
    if (/[،,:؛;"»”]/.test(gapBefore(ctx, j + 1))) return false;
    if (IF.test(ctx.norms[j]!) && !ctx.mention[j] && ctx.quotationOf[j] === -1) return true;
  }
  return false;
}

/** True when token i starts a new clause that ends the statement before it. */
function breaksStatement(ctx: TextContext, i: number, insideWords = false, ownWords = true): boolean {
  if (ctx.quotationOf[i] !== -1) return false;
  const norm = ctx.norms[i]!;
  const gap = gapBefore(ctx, i);
  // "طالبت المعارضة بإقصائه من السباق، غير أن المحكمة …": words read from the verb's object end where a contrast
  // opens a clause of its own (after أن, a colon or a quotation mark the speaker may go on: "…، غير أن التضخم …").
  if (!ownWords && hasComma(gap) && CONTRAST_BEFORE_AN.test(norm) && /^و?ان/.test(ctx.norms[i + 1] ?? '')) return true;
  if (norm === 'اما' && !ctx.tokens[i]!.text.startsWith('إ')) return true;
  if ((norm === 'بينما' || norm === 'فيما') && hasComma(gap)) return true;
  // "، كما أكد الوزير أن …" starts another statement; "، كما ذكر الوزير، …" only attributes the one running.
  if (norm === 'كما' && hasComma(gap) && triggerVerb(ctx, i + 1) && clauseFollows(ctx, i + 2)) return true;
  if (hasComma(gap) && isSourcePreposition(norm)) return true;
  // "…، وذلك خلال اتصال هاتفي": the writer's circumstances after the words.
  if (hasComma(gap) && norm === 'وذلك') return true;
  const next = ctx.norms[i + 1] ?? '';
  // "…، في حين …", "…، مقابل تأكيد الوفد …": a contrast with someone else's position.
  // (…but "…، مقابل 15 في المئة للآخر" compares figures inside the words.)
  if (hasComma(gap) && ((norm === 'مقابل' && !/^[\d٠-٩]/.test(ctx.tokens[i + 1]?.text ?? '')) || norm === 'بالمقابل' || (/^و?في$/.test(norm) && /^(حين|المقابل|مقابل)$/.test(next)))) return true;
  const verb = triggerVerb(ctx, i);
  if (!verb) return false;
  // "… إن الوزراء سيجتمعون مجددا قبل نهاية العام": «مجددا» right after a word, set off by nothing, is the adverb
  // "again"; the participle "renewing" that opens another report is set off ("…، مجددا دعوته إلى …").
  if (verb.form === 'participle' && norm === AGAIN && !gap.trim()) return false;
  if (verb.form === 'participle') return true;
  // "… لكنه شدد على …", "… فيما كان قد قال مصدر …": another report begins.
  const before = ctx.norms.slice(Math.max(0, i - 3), i);
  if (/^(و)?لكن(ه|ها|هم|هما)?$/.test(ctx.norms[i - 1] ?? '') || before.some((w) => w === 'فيما' || w === 'بينما')) return true;
  // "…؛ إذ قالت X إن …", "…، حيث أكد X أن …": a clause of explanation set off by a comma gives another report, whose
  // subject speaks its own words (the one before only set the scene: "وعبّر الأهالي عن قلقهم؛ إذ قالت …").
  if (i > 1 && /^(اذ|حيث)$/.test(ctx.norms[i - 1]!) && hasComma(gapBefore(ctx, i - 1)) && ctx.sentence[i - 1] === ctx.sentence[i]) return true;
  // ('… أن تكتل "الجمهورية القوية" طالب بـ…': the closing mark of a name in quotation marks ends no words; its verb
  // goes on with the clause it is the subject of.)
  // (After أن/إن, "… أن السد الذي تبلغ تكلفته …", "أن أحد الأنفاق التي أعلنت إسرائيل اكتشافها …": a relative clause whose
  // verb takes a plain object describes a noun of the words; only one whose verb reports words of its own starts another
  // statement.)
  return hasComma(gap) || (hasCloser(gap) && !closesName(ctx, i)) || norm[0] === 'و' || norm[0] === 'ف' || (RELATIVES.has(ctx.norms[i - 1] ?? '') && (!insideWords || reportsOwnWords(ctx, i)));
}

/**
 * Whether the reporting verb at i has words of its own: a complementizer or colon in its clause, or a quotation right
 * after it ("الذي قال إن", "التي أكدت: …", "الذي وصف «…»"), not one further on in the words it is part of.
 */
function reportsOwnWords(ctx: TextContext, i: number): boolean {
  for (let j = i + 1; j < ctx.tokens.length && j <= i + 10 && ctx.sentence[j] === ctx.sentence[i]; j++) {
    if (hasComma(gapBefore(ctx, j)) && j > i + 1) return false;
    if (complementizerAt(ctx, j) || hasColon(gapBefore(ctx, j))) return true;
    if (ctx.quotationOf[j] !== -1) return j === i + 1 || (j === i + 2 && !objectBeforeOuterWords(ctx, i));
  }
  return false;
}

/** Verbs whose object a quotation describes ("الذي وصف القرار «…»", "التي اعتبرت الخطوة «…»"), normalised. */
const DESCRIBING_VERBS = /^(وصف|وصفت|وصفوا|اعتبر|اعتبرت|اعتبروا|عد|عدت|سمي|سمت|نعت|نعتت)$/;

/**
 * "إن القانون الذي أقر العقد «يخالف …»": inside the words, a relative clause whose verb has a definite object of its own
 * and is no verb of describing; the quotation after that object goes on with the noun the clause describes, not with
 * the clause.
 */
function objectBeforeOuterWords(ctx: TextContext, i: number): boolean {
  const object = ctx.norms[i + 1] ?? '';
  return /^ال[\u0621-\u064A]{2,}$/.test(object) && !ctx.mention[i + 1] && !DESCRIBING_VERBS.test(ctx.norms[i]!.replace(/^[وف]/, ''));
}

/** Whether the token before i ends a name in quotation marks ('حزب "المستقبل"', 'وكالة "سانا"'), with nothing between. */
function closesName(ctx: TextContext, i: number): boolean {
  const q = ctx.quotationOf[i - 1] ?? -1;
  if (q === -1 || /[،,:؛.]/.test(gapBefore(ctx, i))) return false;
  let s = i - 1;
  while (s > 0 && ctx.quotationOf[s - 1] === q) s--;
  return isNameQuotation(ctx, s);
}

/**
 * The writer's words after a statement: a gloss or setting after a comma ("…، في إشارة إلى …", "…، في وقت تتصاعد …",
 * "…، وسط …") or the occasion ("… خلال استقباله …", "… لدى لقائه …", "… خلال اتصال هاتفي").
 */
function writersAfter(ctx: TextContext, i: number): boolean {
  if (ctx.quotationOf[i] !== -1) return false;
  const norm = ctx.norms[i]!;
  const next = ctx.norms[i + 1] ?? '';
  if (hasComma(gapBefore(ctx, i)) && ((/^و?في$/.test(norm) && /^(اشاره|تلميح|وقت|اعقاب)$/.test(next)) || /^(وسط|تزامنا)$/.test(norm))) return true;
  if (answersWords(ctx, i)) return true;
  return /^(خلال|لدي|اثناء|عقب)$/.test(norm) && /^(استقبال|لقاء|اجتماع|مباحثات)(ه|ها|هما)$|^اتصال(ا)?$/.test(next) && ctx.quotationOf[i + 1] === -1;
}

/**
 * "…"، وهو ما تنفيه أنقرة', "…، وهو ما فسره مراقبون بأنه …", "…، وهو ما لم تؤكده السلطات": a relative clause whose verb
 * takes the words back as its object (the pronoun ه/ها) tells how someone else met them; it is not more of the words.
 * ("…، وهذا ما نعمل عليه", "…، وهو ما يمكن نقله": no pronoun on the first verb, the speaker may still be talking.)
 */
const PRONOUN_OBJECT_VERB = /^(?!ال)[\u0621-\u064A]{2,}(ه|ها)$/;
function answersWords(ctx: TextContext, i: number): boolean {
  if (!hasComma(gapBefore(ctx, i)) || !/^و(هو|هي|هذا)$/.test(ctx.norms[i]!) || ctx.norms[i + 1] !== 'ما') return false;
  let v = i + 2;
  if (/^(لم|لا|لن|قد)$/.test(ctx.norms[v] ?? '')) v++;
  const verb = ctx.norms[v] ?? '';
  if (!PRONOUN_OBJECT_VERB.test(verb) || ctx.quotationOf[v] !== -1 || ctx.sentence[v] !== ctx.sentence[i]) return false;
  // Someone (or something) after the verb is who answers: "تنفيه أنقرة", "فسره مراقبون".
  return v + 1 < ctx.tokens.length && ctx.sentence[v + 1] === ctx.sentence[i] && ctx.quotationOf[v + 1] === -1;
}

/** Whether a complementizer, colon or quotation comes within the next few words of the same clause. */
function clauseFollows(ctx: TextContext, from: number): boolean {
  for (let j = from; j < ctx.tokens.length && j < from + 10 && ctx.sentence[j] === ctx.sentence[from - 1]; j++) {
    if (hasComma(gapBefore(ctx, j)) && j > from) return false;
    if (complementizerAt(ctx, j) || ctx.quotationOf[j] !== -1 || hasColon(gapBefore(ctx, j))) return true;
  }
  return false;
}

/** The last token of the statement that starts at token `first`. */
export function statementEnd(ctx: TextContext, first: number): number {
  const n = ctx.tokens.length;
  const q0 = ctx.quotationOf[first]!;
  let last = first;
  const insideWords = complementizerAt(ctx, first - 1);
  // (Words opened by أن, a colon or a quotation mark are the speaker's own; others are read from the verb's object.)
  const ownWords = insideWords || hasColon(gapBefore(ctx, first)) || q0 !== -1;
  for (let j = first + 1; j < n; j++) {
    if (ctx.sentence[j] !== ctx.sentence[first]) break;
    if (breaksStatement(ctx, j, insideWords, ownWords) || writersAfter(ctx, j)) break;
    const q = ctx.quotationOf[j - 1]!;
    // ('… إن تينوبو، مرشح حزب "مؤتمر جميع التقدميين"، حصل على …': the closing mark of a name ends no words.)
    if (q !== -1 && ctx.quotationOf[j] !== q && !isNameQuotation(ctx, quotationStart(ctx, j - 1))) {
      // Just after a closing mark: a long quotation the statement opened with ends it, and so does a comma
      // that does not coordinate (", في أول رد على …" is the writer's comment, ", وعلينا أن …" is more of the words).
      // ('إن "معظم الخسائر كان يمكن تجنبها" لو كانت هناك …': a condition after it is still the speaker's.)
      if (q === q0 && last - first + 1 >= MIN_LONG_QUOTATION && !opensCondition(ctx, j)) break;
      // ("…"، لأن …" gives the speaker's reason: more of the words.)
      if (hasComma(gapBefore(ctx, j)) && ctx.norms[j]![0] !== 'و' && !BECAUSE.test(ctx.norms[j]!)) break;
    }
    last = j;
  }
  // Connectives of the next clause are not the words: "… غير مرجحة" لكنه | شدد", "… الإجراءات فيما كان قد | قال".
  while (last > first && ctx.quotationOf[last] === -1 && TRAILING.has(ctx.norms[last]!)) last--;
  return last;
}

const CONDITIONAL = /^(لو|لولا|اذا|طالما|شرط|بشرط)$/;

/** Token j opens a condition on the words before it: «لو», «إذا», «إن لم», «ما لم», «في حال», «شرط أن». */
function opensCondition(ctx: TextContext, j: number): boolean {
  const w = ctx.norms[j]!, next = ctx.norms[j + 1] ?? '';
  return CONDITIONAL.test(w) || ((w === 'ان' || w === 'ما') && next === 'لم') || (w === 'في' && next === 'حال');
}

/** The first token of the quotation token k is in. */
function quotationStart(ctx: TextContext, k: number): number {
  while (k > 0 && ctx.quotationOf[k - 1] === ctx.quotationOf[k]) k--;
  return k;
}

const BECAUSE = /^(لان|لانه|لانها|لانهم|لانهما|لانني|لاننا)$/;
const TRAILING = new Set(['لكنه', 'لكنها', 'لكنهم', 'لكن', 'ولكن', 'ولكنه', 'ولكنها', 'فيما', 'بينما', 'كان', 'كانت', 'قد', 'وقد', 'حيث', 'اذ', 'كما', 'فيما']);

/**
 * "المفوضية العليا المستقلة للانتخابات", "الوكالة الدولية للطاقة الذرية": after a body's feminine adjective, a noun
 * with لل is what the body is for, still its name (not an audience or outlet: "للصحفيين", "للجزيرة").
 */
function lamGenitive(ctx: TextContext, kind: string, e: number): boolean {
  const w = ctx.norms[e]!;
  return kind === 'institution' && /^لل[\u0621-\u064A]{3,}$/.test(w) && /^ال[\u0621-\u064A]{2,}ه$/.test(ctx.norms[e - 1]!)
    && !channelLength(ctx.norms, e) && !ctx.mention[e];
}

/** The token after an official's mention or an institution that starts at token k (k itself when none does). */
const LONG_TITLE = 10;

/** How many indefinite adjectives of an unnamed source stand from token k ("حكومي عراقي", "دبلوماسياً رفيعاً"). */
function indefiniteAdjectivesLength(ctx: TextContext, k: number, goesOn: (e: number) => boolean): number {
  let e = k;
  while (goesOn(e) && !/^(ال|وال)/.test(ctx.norms[e]!)) {
    const w = nominativeOf(ctx.norms[e]!);
    const plural = /(ان|ين|ون)$/.test(w) ? w.slice(0, -2) : null;
    if (!sourceAdjective(w) && !(plural && sourceAdjective(plural)) && !matchNationality(['ال' + w], 0)) break;
    e++;
    // ("رفيع المستوى": the adjective's own genitive.)
    if (goesOn(e) && ctx.norms[e] === 'المستوي') e++;
  }
  return e - k;
}

/**
 * "وزارة الصحة والحماية الاجتماعية", "وزارة الشؤون الخارجية والتعاون": after a definite word of a body's name, a
 * definite noun joined by و is more of the name (the verb's object takes no و).
 */
function coordinatedInName(ctx: TextContext, kind: string, e: number): boolean {
  return kind === 'institution' && /^وال[\u0621-\u064A]{3,}$/.test(ctx.norms[e]!) && /^ال/.test(ctx.norms[e - 1]!) && !ctx.mention[e];
}

/**
 * "أعلن بنك السودان المركزي تحديد …", "أعلنت البحرية الهندية، السبت، تحرير …": a body named by an institution noun no
 * speaker head lists, in construct with a country or a definite genitive and followed by its definite adjectives, is
 * the subject; the verb's object (an indefinite noun) begins after it. The token after the subject (and after a time
 * phrase set off between commas), or j when no such chain starts at token j.
 */
function institutionChainEnd(ctx: TextContext, k: number, j: number): number {
  const w = ctx.norms[j] ?? '';
  if (ctx.mention[j] || !institutionNouns.has(stripAl(w)) || /^و/.test(w)) return j;
  const goesOn = (e: number) => e < ctx.tokens.length && e <= j + 7 && ctx.sentence[e] === ctx.sentence[k] && ctx.quotationOf[e] === -1
    && !hasComma(gapBefore(ctx, e)) && !PREPOSITIONS.has(ctx.norms[e]!) && !complementizerAt(ctx, e) && !ctx.mention[e];
  let end = j + 1;
  if (!/^ال/.test(w)) {
    // (Indefinite, the noun is in construct: its genitive is a country or a definite noun.)
    const c = goesOn(end) ? matchCountryName(ctx.norms, end) : null;
    if (c) end += c.length;
    else if (goesOn(end) && /^ال/.test(ctx.norms[end]!)) end++;
    else return j;
  }
  while (goesOn(end) && (/^ال/.test(ctx.norms[end]!) || coordinatedInName(ctx, 'institution', end))) end++;
  // ("مختبر الترصد الوبائي التابع لوحدة تنسيق الدعم": the body it belongs to is more of its name.)
  if (/^التابع(ه|ين)?$/.test(ctx.norms[end - 1]!) && goesOn(end) && /^ل/.test(ctx.norms[end]!)) end = constructEnd(ctx, end, goesOn);
  // (A definite noun alone, «البحرية», is a body only with its adjective: «البحرية الهندية».)
  if (/^ال/.test(w) && end === j + 1) return j;
  if (end < ctx.tokens.length && ctx.sentence[end] === ctx.sentence[k] && hasComma(gapBefore(ctx, end))) {
    const e = pastTimeBetweenCommas(ctx, k, end);
    return e > end ? e : j;
  }
  // The object must follow: an indefinite noun, no verb or complementizer (those make the chain the words themselves).
  const next = ctx.norms[end] ?? '';
  if (!goesOn(end) || /^(ال|وال|ل)/.test(next) || reportingVerb(next) || isComplementizer(next)) return j;
  return end;
}

/** "…، السبت، حالة …": past a day or time set off between commas after the subject that ends before token end. */
function pastTimeBetweenCommas(ctx: TextContext, k: number, end: number): number {
  if (end >= ctx.tokens.length || ctx.sentence[end] !== ctx.sentence[k] || !hasComma(gapBefore(ctx, end))) return end;
  let e = end;
  while (e < ctx.tokens.length && ctx.sentence[e] === ctx.sentence[k] && isSkippableAfterVerb(ctx.norms[e]!)) e++;
  return e > end && e < ctx.tokens.length && ctx.sentence[e] === ctx.sentence[k] && hasComma(gapBefore(ctx, e)) ? e : end;
}

/** After a construct chain from token e (indefinite nouns closed by a definite one, then its definite adjectives). */
function constructEnd(ctx: TextContext, e: number, goesOn: (e: number) => boolean): number {
  let end = e + 1;
  if (!/^لل/.test(ctx.norms[e]!)) {
    while (goesOn(end) && end < e + 3 && !/^ال/.test(ctx.norms[end]!)) end++;
    if (!goesOn(end) || !/^ال/.test(ctx.norms[end]!)) return e;
  }
  while (goesOn(end) && /^ال/.test(ctx.norms[end]!)) end++;
  return end;
}

function afterSubject(ctx: TextContext, k: number): number {
  let j = k;
  while (j < ctx.tokens.length && styles.has(ctx.norms[j]!)) j++;
  const titled = officialTitledAt(ctx, j);
  if (titled) return titled.last + 1;
  // "ونفت روسيا ودمشق استخدام …": a country (or two joined by و) is the subject.
  const countries = countryPairLength(ctx, j);
  if (countries) return j + countries;
  const head = matchSpeakerHead(ctx.norms, j);
  if (head) {
    // The head and the definite words or further heads of its name ("المتحدث باسم الحكومة | صحة التقارير").
    let end = j + head.words.length;
    const goesOn = (e: number) => e < ctx.tokens.length && ctx.sentence[e] === ctx.sentence[k] && ctx.quotationOf[e] === -1
      && !hasComma(gapBefore(ctx, e)) && !PREPOSITIONS.has(ctx.norms[e]!) && !complementizerAt(ctx, e);
    // "ووصف مصدر حكومي عراقي اللقاء بأنه …": an unnamed source's indefinite adjectives are the subject; the verb's
    // object begins after them.
    if (head.kind === 'source' && !/^(ال|وال)/.test(ctx.norms[end - 1]!)) {
      const adjectives = indefiniteAdjectivesLength(ctx, end, goesOn);
      if (adjectives) return end + adjectives;
    }
    // (An indefinite head is in construct: the noun after it is its genitive, "مفوضية حقوق الإنسان", "هيئة كبار العلماء",
    // when a definite word follows that noun.)
    const construct = head.kind !== 'capital' && !/^(ال|وال)/.test(ctx.norms[end - 1]!) && goesOn(end) && goesOn(end + 1)
      && !/^ال/.test(ctx.norms[end]!) && /^ال/.test(ctx.norms[end + 1]!) && !reportingVerb(ctx.norms[end]!) && !ctx.mention[end];
    if (construct) end++;
    // "أعلنت حكومة بنغلاديش فرض …": an indefinite head in construct with a country's name, the country its genitive.
    else if (head.kind !== 'capital' && !/^(ال|وال)/.test(ctx.norms[end - 1]!) && goesOn(end)) {
      const c = matchCountryName(ctx.norms, end);
      if (c && ctx.sentence[end + c.length - 1] === ctx.sentence[k]) end += c.length;
    }
    while (goesOn(end) && end < j + head.words.length + 5
      && (/^ال/.test(ctx.norms[end]!) || matchSpeakerHead(ctx.norms, end) !== null || heads.has(stripAl(ctx.norms[end]!)) || lamGenitive(ctx, head.kind, end)
        || coordinatedInName(ctx, head.kind, end))) end++;
    // "مفوضية حقوق الإنسان في العراق": the country the body is of.
    if (ctx.norms[end] === 'في' && head.kind !== 'capital' && ctx.sentence[end] === ctx.sentence[k] && !hasComma(gapBefore(ctx, end)) && !hasComma(gapBefore(ctx, end + 1))) {
      const c = matchCountryName(ctx.norms, end + 1);
      if (c && ctx.sentence[end + c.length] === ctx.sentence[k]) end += 1 + c.length;
    }
    return pastTimeBetweenCommas(ctx, k, end);
  }
  for (let t = j; t < ctx.tokens.length && t <= j + 7; t++) {
    if (ctx.sentence[t] !== ctx.sentence[k] || (ctx.quotationOf[t] !== -1 && !isNameQuotation(ctx, t)) || PREPOSITIONS.has(ctx.norms[t]!)) break;
    const m = ctx.mention[t];
    if (m) {
      let end = m.last + 1; // "وزير الخارجية الأميركي جون كيري" may be two mentions of one official
      while (end < ctx.tokens.length && ctx.mention[end]?.official === m.official) end = ctx.mention[end]!.last + 1;
      return end;
    }
  }
  const chain = institutionChainEnd(ctx, k, j);
  if (chain > j) return chain;
  // A title with no name, also in the dual ("أعلن وزيرا خارجية السودان ومصر، الجمعة، فشل …") or a plural ("أكد وزراء
  // خارجية مصر والأردن وفرنسا وألمانيا، اليوم، التزامهم"): the subject runs to the comma, skipping the day or date set
  // off between commas.
  const first = ctx.norms[j] ?? '';
  const titleWord = (w: string) => heads.has(w) || heads.has(stripAl(w)) || (w.startsWith('ال') && heads.has(w.slice(2))) || pluralHeads.has(w);
  if (titleWord(first) || (/[اي]$/.test(first) && titleWord(first.slice(0, -1)))) {
    let end = j + 1;
    while (end < ctx.tokens.length && end <= j + LONG_TITLE && ctx.sentence[end] === ctx.sentence[k] && !hasComma(gapBefore(ctx, end)) && ctx.quotationOf[end] === -1 && !complementizerAt(ctx, end)) end++;
    if (end <= j + LONG_TITLE && hasComma(gapBefore(ctx, end))) {
      // "رحب رئيس المجلس الرئاسي، رئيس الحكومة X، بالاتفاق": a title and an official's name in apposition, between
      // commas, are the subject too.
      const heads0 = ctx.norms[end] ?? '';
      let apposed = false;
      if (titleWord(heads0) || (heads0.startsWith('و') && titleWord(heads0.slice(1)))) {
        let e = end;
        while (e + 1 < ctx.tokens.length && e < end + 9 && ctx.sentence[e + 1] === ctx.sentence[k] && ctx.quotationOf[e + 1] === -1 && !hasComma(gapBefore(ctx, e + 1))) e++;
        if (ctx.mention[e] && ctx.mention[e]!.last === e && hasComma(gapBefore(ctx, e + 1))) { end = e + 1; apposed = true; }
      }
      // (A title of more than six words, «رئيسة بعثة مراقبي المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)»، only with the
      // official's name in apposition after it.)
      if (end - j - 1 <= 6 || apposed) {
        while (end < ctx.tokens.length && isSkippableAfterVerb(ctx.norms[end]!)) end++;
        return end;
      }
    }
    // "وطالب الوزير بوقف القتال": a bare title is the whole subject when a preposition opens the next word.
    const next = ctx.norms[j + 1] ?? '';
    if (first.startsWith('ال') && ctx.sentence[j + 1] === ctx.sentence[k] && !gapBefore(ctx, j + 1).trim() && /^(ب|ل)(?!ال)/.test(next) && !PREPOSITIONS.has(next)) return j + 1;
    // "وأكد سمو الأمير موقف بلاده الثابت من …": an honorific style and a definite title, then the verb's object, a noun
    // without the article.
    const object = j > k ? titleThenObject(ctx, k, Math.min(ctx.tokens.length, j + LONG_TITLE)) : k;
    if (object > k && ctx.sentence[object] === ctx.sentence[k]) return object;
  }
  return k;
}

/**
 * "وأكد الوزير أهمية "…"", "وجددت السفيرة دعم بلادها "…"", "وأكد رئيس الوزراء حرص الحكومة على "…"": a title with no
 * name, definite (with the article or a definite genitive), or an official's name, then a noun without the article
 * that is no name, no country and no word of a title: a definite title or a name takes no such noun, so it is the
 * subject and the noun, the verb's object, opens the words. The token where the words begin, or k when the words before the quotation are not so.
 */
function titleThenObject(ctx: TextContext, k: number, quotation: number): number {
  let j = k;
  while (j < quotation && styles.has(ctx.norms[j]!)) j++;
  const head = ctx.norms[j] ?? '';
  if (j >= quotation) return k;
  let e = j + 1;
  const m = ctx.mention[j];
  if (m && m.first === j) {
    // (…or a name: "وأكد الخصاونة أهمية "…"".)
    e = m.last + 1;
    while (e < quotation && ctx.mention[e]?.official === m.official) e = ctx.mention[e]!.last + 1;
  } else {
    if (m || !heads.has(stripAl(head).replace(/ه$/, '')) && !heads.has(stripAl(head))) return k;
    while (e < quotation && /^ال/.test(ctx.norms[e]!) && !hasComma(gapBefore(ctx, e)) && !ctx.mention[e]) e++;
    // (The title is definite: "الوزيرة", "رئيس الوزراء"; "وزير خارجية" is in construct with what follows.)
    if (!/^ال/.test(head) && e === j + 1) return k;
  }
  if (e >= quotation || hasComma(gapBefore(ctx, e)) || gapBefore(ctx, e).trim()) return k;
  const w = ctx.norms[e]!;
  if (/^(ال|وال|لل)/.test(w) || ctx.mention[e] || ctx.quotationOf[e] !== -1 || !isOrdinaryWord(w) || isNameWord(w) || PREPOSITIONS.has(w) || CIRCUMSTANCE.has(w)
    || isSkippableAfterVerb(w) || isPronounSubject(w) || heads.has(w) || styles.has(w) || timePhraseLength(ctx.norms, e) || matchCountryName(ctx.norms, e)
    || matchNationality(ctx.norms, e) || isComplementizer(w) || reportingVerb(w) || channelLength(ctx.norms, e)) return k;
  return e;
}

/** A name of `len` words at token i and the edition after it, if one follows ("الجزيرة نت", "بي بي سي عربي"). */
function withEdition(norms: readonly string[], i: number, len: number): number {
  return len && /^(نت|عربي|عربيه)$/.test(norms[i + len] ?? '') ? len + 1 : len;
}

/** An outlet's name at token i and its edition ("العربية نت", "بي بي سي عربي"): its length, or 0. */
const outletNameLength = (norms: readonly string[], i: number) => withEdition(norms, i, outletLength(norms, i));

/** A channel and the edition after its name: "للجزيرة نت", "لبي بي سي عربي", "للعربية نت". */
const channelSpan = (norms: readonly string[], i: number) => withEdition(norms, i, channelLength(norms, i));

/**
 * "الوزيران", "الوزيرتان", "الرئيسان": the definite dual of a title is two who speak together, the subject of the verb
 * before it (a dual takes no complement). (Not the sides, "الجانبان", "الطرفان": before a quotation with no أن they
 * are as often what a joint statement says they agreed on as who speaks.)
 */
export function isDualSubject(norm: string): boolean {
  const w = norm.replace(/^[وف](?=ال)/, '');
  if (!/^ال.{3,}ان$/.test(w)) return false;
  const stem = w.slice(2, -2);
  return heads.has(stem) || (/ت$/.test(stem) && heads.has(stem.slice(0, -1)));
}

/** Whether the words between a verb and a quotation name the speaker or the circumstances (not the verb's object). */
function looksLikeSubject(ctx: TextContext, k: number, quotation: number): boolean {
  if (k >= quotation) return true;
  const norm = ctx.norms[k]!;
  if (CIRCUMSTANCE.has(norm) || isPronounSubject(norm) || styles.has(norm) || heads.has(stripAl(norm)) || isDualSubject(norm)) return true;
  // "وأكد الجانبان في ختام المباحثات "…"": the sides in the nominative (الجانبان، الطرفان) are the verb's subject; what a
  // statement says they agreed on names them in the accusative after أن ("أن الجانبين اتفقا").
  if (/^ال(جانب|طرف)ان$/.test(norm.replace(/^[وف](?=ال)/, ''))) return true;
  // "وقال أحد المسنين "…"", "وقالت إحدى النازحات": one of a group of people speaks.
  if (/^(احد|احدي)$/.test(norm) && /^ال/.test(ctx.norms[k + 1] ?? '')) return true;
  if (matchSpeakerHead(ctx.norms, k)) return true;
  for (let t = k; t < quotation; t++) if (ctx.mention[t]) return true;
  // "وقال X، أحد …، لبي بي سي "…"": the channel spoken to ends the subject; the quotation after it is the words.
  for (let t = k + 1; t < quotation; t++) if (channelLength(ctx.norms, t) && t + channelSpan(ctx.norms, t) === quotation) return true;
  if (isSkippableAfterVerb(ctx.norms[quotation - 1]!)) return true;
  if (describedThenNamed(ctx, k, quotation)) return true;
  return /[،,:]/.test(gapBefore(ctx, quotation));
}

const DESCRIBED_NAME_MAX = 4;

/**
 * "وقال التاجر تسفاي غيرما "…"", "قالت الناجية بيمالا بيشواكارما "…"": a definite noun that says what someone is, then
 * a name (words that are names or of no ordinary reading), right before the quotation: the speaker, not the words.
 */
function describedThenNamed(ctx: TextContext, k: number, quotation: number): boolean {
  const n = quotation - k - 1;
  if (n < 1 || n > DESCRIBED_NAME_MAX) return false;
  const first = ctx.norms[k]!.replace(/^[وف](?=ال)/, '');
  if (!/^ال.{3,}$/.test(first) || matchNationality(ctx.norms, k) || matchCountryName(ctx.norms, k)) return false;
  for (let t = k + 1; t < quotation; t++) {
    const w = ctx.norms[t]!;
    if (w === 'علي' && t > k + 1 && isNameWord(ctx.norms[t - 1]!) && !gapBefore(ctx, t).trim()) continue; // "محمد علي"
    if (gapBefore(ctx, t).trim() || ctx.quotationOf[t] !== -1 || /^ال/.test(w) || PREPOSITIONS.has(w) || CIRCUMSTANCE.has(w) || isComplementizer(w) || reportingVerb(w)) return false;
    if (!isNameWord(w) && isOrdinaryWord(w)) return false;
  }
  return true;
}

/** A short quotation right after a label noun is a name: منظمة "هيومان رايتس ووتش"، صحيفة "رودونغ سينمون". */
export function isNameQuotation(ctx: TextContext, j: number): boolean {
  const q = ctx.quotationOf[j]!;
  if (q === -1 || (j > 0 && ctx.quotationOf[j - 1] === q)) return false;
  // A person's name in quotation marks ('وزير خارجية النرويج، "بورج براند"'): the quotation is one mention.
  const m = ctx.mention[j];
  if (m && m.first === j && innerWords(ctx, j) === m.last - m.first + 1) return true;
  if (j === 0 || ctx.quotationOf[j - 1] !== -1 || /[،,:]/.test(gapBefore(ctx, j))) return false;
  // 'لـ«الشرق الأوسط»', 'لـ"العربية.نت"': an outlet's name in marks after ل is the channel spoken to, whatever comes
  // between it and the words (a wish not to be named, set off by commas).
  if (ctx.norms[j - 1] === 'ل' && outletNameLength(ctx.norms, j) === innerWords(ctx, j)) return true;
  if (bodyAfterVerb(ctx, j)) return true;
  if (innerWords(ctx, j) > 3) return nameInSubject(ctx, j);
  if (isLabelNoun(ctx.norms[j - 1]!)) return true;
  // 'نقلت "يونهاب" عن …': a word or two in quotation marks that another source follows is an agency's name.
  const after = j + innerWords(ctx, j);
  if (innerWords(ctx, j) <= 2 && ctx.norms[after] === 'عن' && !/[،,:]/.test(gapBefore(ctx, after))) return true;
  // The name of the institution just named: 'وكالة الأنباء الكورية الجنوبية "يونهاب"'.
  for (let h = j - 1; h >= 0 && h >= j - 4 && ctx.sentence[h] === ctx.sentence[j]; h--) {
    const head = matchSpeakerHead(ctx.norms, h);
    if (head && head.kind === 'institution') return true;
  }
  return nameInSubject(ctx, j);
}

const NAME_IN_SUBJECT_MAX = 10;

/**
 * 'وقال زعيم حزب "…" المعارض، X، إن', 'وقال قائد «يونيفيل» الجنرال X إن': a quotation right after a title or a label
 * noun that a reporting verb's subject opens with, its أن/إن still to come, is a name inside the subject.
 */
function nameInSubject(ctx: TextContext, j: number): boolean {
  const n = innerWords(ctx, j);
  if (n > NAME_IN_SUBJECT_MAX) return false;
  const before = ctx.norms[j - 1]!;
  if (!isLabelNoun(before) && !heads.has(stripAl(before)) && !heads.has(before)) return false;
  // Back over the subject's first words (no punctuation, no complementizer) to the verb it follows.
  let v = j - 1;
  while (v > 0 && v >= j - 4 && !gapBefore(ctx, v).trim() && !complementizerAt(ctx, v - 1) && !readsReport(ctx.norms[v - 1]!) && ctx.quotationOf[v - 1] === -1) v--;
  if (v === 0 || gapBefore(ctx, v).trim() || !readsReport(ctx.norms[v - 1]!)) {
    // (Or an office in apposition after the speaker's name: 'وقالت X، رئيسة منظمة "…"، لـCNN إن'.)
    if (!appositionAfterSpeaker(ctx, j - 1)) return false;
  }
  // ('قال رئيس "التيار الوطني الحر" النائب X، في مؤتمر …: "…"': an official named right after the marks, with no
  // punctuation between, is the subject going on; the quotation is the name of what they head, wherever the words begin.)
  if (officialRightAfter(ctx, j + n)) return true;
  // Forward to the complementizer: words of the subject only (no other quotation, no verb of saying).
  for (let t = j + n; t < ctx.tokens.length && t <= j + n + 10 && ctx.sentence[t] === ctx.sentence[j]; t++) {
    if (ctx.quotationOf[t] !== -1 || hasColon(gapBefore(ctx, t))) return false;
    if (complementizerAt(ctx, t)) return true;
    if (readsReport(ctx.norms[t]!)) return false;
  }
  return false;
}

const readsReport = (norm: string) => !!reportingVerb(norm);

/** At most this many words (a title, «النائب», «الجنرال») between a quoted name and the official named after it. */
const TITLE_BEFORE_OFFICIAL = 2;

/**
 * The official named at token a (right after a quotation's closing mark) or a title or two after it, every gap from
 * a a bare space; null when none is.
 */
export function officialRightAfter(ctx: TextContext, a: number): Official | null {
  for (let t = a; t < ctx.tokens.length && t <= a + TITLE_BEFORE_OFFICIAL && ctx.sentence[t] === ctx.sentence[a]; t++) {
    if (gapBefore(ctx, t).replace(t === a ? /["»”]/g : /$^/, '').trim() || ctx.quotationOf[t] !== -1) return null;
    const m = ctx.mention[t];
    if (m?.official && m.first === t) return m.official;
  }
  return null;
}

const SPEAKER_APPOSITION_REACH = 12;

/**
 * Token `h` (a title or label noun) opens an office set off by a comma after the subject of a reporting verb: back
 * from it over the title's words to the comma, then over the subject's words (commas allowed, no quotation, no
 * complementizer, no full stop) to the verb ('وقالت الباحثة X، رئيسة منظمة "…"').
 */
function appositionAfterSpeaker(ctx: TextContext, h: number): boolean {
  let v = h;
  while (v > 0 && v >= h - 3 && !gapBefore(ctx, v).trim()) v--;
  if (v === 0 || !hasComma(gapBefore(ctx, v)) || !heads.has(stripAl(ctx.norms[v]!)) && !heads.has(ctx.norms[v]!)) return false;
  for (let t = v - 1; t >= 0 && t >= v - SPEAKER_APPOSITION_REACH && ctx.sentence[t] === ctx.sentence[h]; t--) {
    if (ctx.quotationOf[t] !== -1 || complementizerAt(ctx, t) || /[.:؛;]/.test(gapBefore(ctx, t + 1))) return false;
    if (readsReport(ctx.norms[t]!)) return !gapBefore(ctx, t + 1).trim();
  }
  return false;
}

const BODY_AFTER_VERB_REACH = 16;

/**
 * 'أعلن "المعهد الدولي لبحوث السلام" المستقل …، أن': a body's name in quotation marks right after a reporting verb (its
 * first word an institution's), the complementizer still to come, is the subject, not the words.
 */
function bodyAfterVerb(ctx: TextContext, j: number): boolean {
  const n = innerWords(ctx, j);
  if (n < 2 || n > NAME_IN_SUBJECT_MAX || !readsReport(ctx.norms[j - 1]!)) return false;
  if (matchSpeakerHead(ctx.norms, j)?.kind !== 'institution' && !institutionNouns.has(stripAl(ctx.norms[j]!))) return false;
  for (let t = j + n; t < ctx.tokens.length && t <= j + n + BODY_AFTER_VERB_REACH && ctx.sentence[t] === ctx.sentence[j]; t++) {
    if (ctx.quotationOf[t] !== -1 || hasColon(gapBefore(ctx, t)) || readsReport(ctx.norms[t]!)) return false;
    if (complementizerAt(ctx, t)) return !GOVERNS_COMPLEMENTIZER.test(ctx.norms[t - 1]!);
  }
  return false;
}

/** A verb of expressing (أعرب، عبر، أفصح: its عن not optional, no noun) whose object opens with the speaker's feeling. */
function expressesFeeling(ctx: TextContext, t: Trigger): boolean {
  return !!t.verb && !t.verb.prepOptional && !t.verb.nounLike && isOwnFeeling(ctx.norms[t.first]!);
}

/** Participles of urging whose object is the one urged: «داعيا X إلى», «حاثا X على», «مطالبا X بـ», «مناشدا X». */
const URGES = /^(دعا|حث|حض|طالب|ناشد)$/;

/**
 * "…، داعيا أنصاره إلى عدم الانتقام", "مطالبا إياها بوقف …": after a participle of urging, the people urged are part of
 * the words ("أنصاره إلى عدم الانتقام"), as the sets written in the dev conventions mark them (heldout3–12 and 17:
 * every such quote starts right after the participle). (Not a circumstance between the participle and its
 * preposition: "داعيا في الوقت ذاته إلى …".)
 */
function callsOnAddressee(ctx: TextContext, t: Trigger): boolean {
  return t.verb?.form === 'participle' && URGES.test(t.verb.lemma) && nounBeforePreposition(ctx, t);
}

/**
 * The words between a verb and the preposition that opens what it says begin with a noun (the one urged), not with a
 * circumstance («في بيان»، «خلال الاجتماع»، «أيضا»، «بدوره»).
 */
export function nounBeforePreposition(ctx: TextContext, t: Trigger): boolean {
  if (t.opening !== 'preposition' || t.subjectLast < t.subjectFirst || t.subjectFirst <= t.at || t.first <= t.subjectLast) return false;
  const first = ctx.norms[t.subjectFirst] ?? '';
  return !PREPOSITIONS.has(first) && !CIRCUMSTANCE.has(first) && !ADVERBS_AFTER_VERB.test(first);
}

const ADVERBS_AFTER_VERB = /^(ايضا|كذلك|مجددا|حينها|بدوره|بدورها)$/;
/** «مجددا»: the adverb "again" and the participle of جدد "renew" are one word. */
const AGAIN = 'مجددا';

/** At most three words, none quoted, with no verb of saying or complementizer: a noun phrase, not a statement. */
function isBareObject(ctx: TextContext, first: number, last: number): boolean {
  if (last - first + 1 > 3) return false;
  for (let k = first; k <= last; k++) if (ctx.quotationOf[k] !== -1 || complementizerAt(ctx, k)) return false;
  return true;
}

/** A word or two in quotation marks after a preposition ('في "تويتر"', 'عبر «فيسبوك»') is a name, not someone's words. */
function nameAfterPreposition(ctx: TextContext, j: number): boolean {
  let s = j;
  while (s > 0 && ctx.quotationOf[s - 1] === ctx.quotationOf[j]) s--;
  return s > 0 && ctx.sentence[s - 1] === ctx.sentence[s] && innerWords(ctx, s) <= 2 && PREPOSITIONS.has(ctx.norms[s - 1]!);
}

/**
 * "«…»، قال قبطان سفينة … لـ«الشرق الأوسط»", "«…»، قالت رئيسة كتلة «فرنسا الأبية» ماتيلد بانو": a verb right after the
 * words it closes is followed by who said them; marks after it hold a name (an outlet, a party), not more words.
 */
function afterItsWords(ctx: TextContext, i: number, verb: ReportingVerb | null): boolean {
  // (Not a participle: "«…»، مطالبا القادة «بالنظر …»" goes on with words of the same speaker.)
  return verb?.form !== 'participle' && i > 0 && ctx.sentence[i - 1] === ctx.sentence[i] && ctx.quotationOf[i - 1] !== -1 && ctx.quotationOf[i] === -1
    && /^\s*["»”]\s*[،,]\s*$/.test(gapBefore(ctx, i)) && !/^[وف]/.test(ctx.norms[i]!);
}

/** A short quotation inside who said the words before the verb (no comma before it: a comma opens more of the words). */
const nameAfterItsWords = (ctx: TextContext, i: number, j: number, verb: ReportingVerb | null) =>
  afterItsWords(ctx, i, verb) && innerWords(ctx, j) <= 3 && !hasComma(gapBefore(ctx, j));

/** A short quotation followed closely by أن or a colon: a name on the way to the words
 * ("لـ«الشرق الأوسط» أن …", "على «تويتر»: «…»"). */
function shortBeforeWords(ctx: TextContext, j: number): boolean {
  const q = ctx.quotationOf[j]!;
  if (innerWords(ctx, j) > 3) return false;
  let e = j;
  while (e + 1 < ctx.tokens.length && ctx.quotationOf[e + 1] === q) e++;
  let reach = e + 4;
  for (let t = e + 1; t < ctx.tokens.length && t <= reach && ctx.sentence[t] === ctx.sentence[j]; t++) {
    // ('لـ«الشرق الأوسط»، طالباً عدم الإشارة إلى اسمه، إن': the source asking not to be named stands between.)
    const anonymous = anonymityLength(ctx, t);
    if (anonymous) { t += anonymous - 1; reach += anonymous; continue; }
    if (hasColon(gapBefore(ctx, t)) || complementizerAt(ctx, t)) return true;
    if (ctx.quotationOf[t] !== -1 && ctx.quotationOf[t] !== q) return false;
  }
  return false;
}

const NAME_BEFORE_WORDS_REACH = 12;

/**
 * 'وشدد منسق الحكومة لدى «يونيفيل» العميد X، بحسب بيان، على أن', 'قال X، مدير مؤسسة «روساتوم»، إن', 'وأعربت دول
 * «الترويكا»، …، عن قلقها': a word or three in quotation marks inside the subject of reporting verb `verb`, the place
 * where its words begin (a complementizer, a colon, the verb's own preposition) still ahead, is a name.
 * (Not right after that preposition or a complementizer: there the quotation is the words, "دعا إلى «الحوار»".)
 */
function nameBeforeWords(ctx: TextContext, j: number, verb: ReportingVerb | null): boolean {
  if (!verb || innerWords(ctx, j) > 3 || hasColon(gapBefore(ctx, j))) return false;
  const before = ctx.norms[j - 1] ?? '';
  if (before === verb.prep || isComplementizer(before) || readsReport(before)) return false;
  const q = ctx.quotationOf[j]!;
  let e = j;
  while (e + 1 < ctx.tokens.length && ctx.quotationOf[e + 1] === q) e++;
  // (A name that runs on into the subject's next words with no comma, "رئيس نقابة «…» فلان", is left to the rules of
  // names in a subject; one set off by a comma, or after a preposition, is this one.)
  if (!hasComma(gapBefore(ctx, e + 1)) && !PREPOSITIONS.has(before)) return false;
  for (let t = e + 1; t < ctx.tokens.length && t <= e + NAME_BEFORE_WORDS_REACH && ctx.sentence[t] === ctx.sentence[j]; t++) {
    const norm = ctx.norms[t]!;
    if (hasColon(gapBefore(ctx, t))) return true;
    if (isComplementizer(norm)) return !GOVERNS_COMPLEMENTIZER.test(ctx.norms[t - 1]!);
    if (norm === verb.prep && hasComma(gapBefore(ctx, t))) return true;
    if (ctx.quotationOf[t] !== -1 && ctx.quotationOf[t - 1] !== ctx.quotationOf[t] && !isNameQuotation(ctx, t) && !nameAfterPreposition(ctx, t)) return false;
    if (readsReport(norm)) return false;
  }
  return false;
}

const innerWords = (ctx: TextContext, j: number) => {
  const q = ctx.quotationOf[j]!;
  let c = 0;
  for (let t = j; t < ctx.tokens.length && ctx.quotationOf[t] === q; t++) c++;
  return c;
};

/** "هكذا قال", "بهذه الكلمات علق": a verb after these attributes the quotation before them. */
export const HAKADHA = /^(هكذا|وهكذا|بهذا|بهذه|هذا|هذه|كذا)$/;

const GOVERNS_COMPLEMENTIZER = /^(بحجه|بدعوي|بذريعه|بزعم|رغم|برغم|بعد|قبل|منذ|لولا|حتي|مع|بما|لمجرد|بمجرد|دون|بدون)$/;

const ASKS_ANONYMITY = /^[وف]?(طالبا|طالبه|طالبين|طالبتين|مفضلا|مفضله|مفضلين|مشترطا|مشترطه|مشترطين|رافضا|رافضه|رافضين|طلب|طلبت|طلبا|طلبوا|فضل|فضلت|فضلا|فضلوا|اشترط|اشترطت|رفض|رفضت)$/;

/** What a request not to be named asks for, right after the verb ("عدم ذكر", "الكشف عن"). */
const NOT_NAMING = /^(عدم|(ال)?(كشف|ذكر|نشر|اشاره|افصاح))$/;

/** "طالبا عدم كشف هويته", "طلب عدم الكشف عن اسمه": its length in words, or 0. */
export function anonymityLength(ctx: TextContext, j: number): number {
  if (!ASKS_ANONYMITY.test(ctx.norms[j]!)) return 0;
  for (let t = j + 1; t < ctx.tokens.length && t <= j + 5 && ctx.sentence[t] === ctx.sentence[j]; t++) {
    if (/^(اسم|هويت)(ه|ها|هم|هما)$/.test(ctx.norms[t]!)) return t - j + 1 + anonymityReason(ctx, t + 1);
  }
  return 0;
}

/** Why the source is not named, up to the comma ("خوفا من الانتقام", "لأنه غير مخول بالحديث"): the length, or 0. */
function anonymityReason(ctx: TextContext, from: number): number {
  for (let t = from; t < ctx.tokens.length && t <= from + 8 && ctx.sentence[t] === ctx.sentence[from]; t++) {
    if (ctx.quotationOf[t] !== -1 || complementizerAt(ctx, t) || hasColon(gapBefore(ctx, t))) return 0;
    if (/[،,]/.test(gapBefore(ctx, t))) return t - from;
  }
  return 0;
}

/**
 * «، بحسب وكالة الأنباء "وفا"،», «، وفق بلاغ للوزارة،» at token j, right before a complementizer: a source of the report
 * set off by commas between the verb and its words; its length in words, or 0.
 */
function sourceAsideLength(ctx: TextContext, j: number): number {
  if (!hasComma(gapBefore(ctx, j)) || !isSourcePreposition(ctx.norms[j]!)) return 0;
  for (let t = j + 1; t < ctx.tokens.length && t <= j + 8 && ctx.sentence[t] === ctx.sentence[j]; t++) {
    // (…also before the verb's preposition and its complementizer: "وشدد X، بحسب بيان للجيش، على أن".)
    if (hasComma(gapBefore(ctx, t))) return t > j + 1 && (complementizerAt(ctx, t) || (STANDALONE_PREPS.has(ctx.norms[t]!) && complementizerAt(ctx, t + 1))) ? t - j : 0;
    if (complementizerAt(ctx, t) || hasColon(gapBefore(ctx, t)) || (ctx.quotationOf[t] !== -1 && !isNameQuotation(ctx, t) && !inAgencyName(ctx, t))) return 0;
  }
  return 0;
}

/** Token t is inside a quotation of a few words that is no quotation's start of words: an agency's name ("سونا", "أ ش أ"). */
function inAgencyName(ctx: TextContext, t: number): boolean {
  let s = t;
  while (s > 0 && ctx.quotationOf[s - 1] === ctx.quotationOf[t]) s--;
  return innerWords(ctx, s) <= AGENCY_NAME_WORDS;
}

/**
 * "قال المتحدث باسم الحركة X، متحدثا من نيروبي، إن …", "وقالت الوزيرة، مخاطبة النواب في البرلمان، إن …": a participle
 * of circumstance set off by commas right before the complementizer is an aside of the subject; the words still follow
 * (its length up to the complementizer, or 0).
 */
function participleAsideLength(ctx: TextContext, j: number): number {
  if (!hasComma(gapBefore(ctx, j)) || ctx.mention[j] || ctx.quotationOf[j] !== -1) return 0;
  const w = ctx.norms[j]!;
  const participle = triggerVerb(ctx, j)?.form === 'participle' || ((/^م[\u0621-\u064A]{3,}(ا|ه|ين)$/.test(w) || /\u064B/.test(ctx.tokens[j]!.text)) && !isNameWord(w));
  if (!participle) return 0;
  for (let t = j + 1; t < ctx.tokens.length && t <= j + 10 && ctx.sentence[t] === ctx.sentence[j]; t++) {
    if (hasComma(gapBefore(ctx, t))) return t > j + 1 && complementizerAt(ctx, t) && !ctx.norms[t]!.startsWith('ب') ? t - j : 0;
    if (complementizerAt(ctx, t) || hasColon(gapBefore(ctx, t)) || (ctx.quotationOf[t] !== -1 && !isNameQuotation(ctx, t))) return 0;
  }
  return 0;
}

/** "ويدعى أبو محمد", "واسمه …" after a subject: the name the subject goes by, up to the words (length, or 0). */
export function namedAsLength(ctx: TextContext, j: number): number {
  if (!NAMED_AS.test(ctx.norms[j]!)) return 0;
  for (let t = j + 1; t < ctx.tokens.length && t <= j + 5 && ctx.sentence[t] === ctx.sentence[j] && ctx.quotationOf[t] === -1; t++) {
    if (complementizerAt(ctx, t) || /[،,:]/.test(gapBefore(ctx, t))) return t - 1 > j ? t - j : 0;
    // An aside in brackets (the age, «(23 عاما)») follows the name, not part of it.
    if (t > j + 1 && /[(\[]/.test(gapBefore(ctx, t))) return t - j;
    // The channel the person spoke to, or a preposition glued to the article, ends the name: «ويدعى ماركو كيسبي للجزيرة نت إن».
    if (t > j + 1 && (channelLength(ctx.norms, t) > 0 || (/^(لل|بال)/.test(ctx.norms[t]!) && !isNameWord(ctx.norms[t]!)))) {
      let c = t;
      while (c < ctx.tokens.length && c <= t + 6 && ctx.sentence[c] === ctx.sentence[j] && !complementizerAt(ctx, c)) c++;
      return c < ctx.tokens.length && complementizerAt(ctx, c) ? t - j : 0;
    }
  }
  return 0;
}
/** An indefinite accusative of manner: written with its tanween ("ضاحكاً"), or a participle in م… ending in ا ("مبتسما"). */
function isMannerParticiple(ctx: TextContext, k: number): boolean {
  const w = ctx.norms[k]!;
  if (/^ال/.test(w) || ctx.mention[k]) return false;
  return /\u064B/.test(ctx.tokens[k]!.text) || (/^م[\u0621-\u064A]{3,}ا$/.test(w) && !isNameWord(w));
}
const CIRCUMSTANTIAL_PRONOUN = /^و(هو|هي|هم|هما|هن)$/;
export const NAMED_AS = /^و?(يدعي|تدعي|اسمه|اسمها)$/;

/**
 * "وأكد X، خلال محادثاته مع نظيره، حرص المملكة …", "أعلن X، في بيان، مقتل …": a circumstance set off by commas right
 * after the subject (at token a) is the writer's; the token after its closing comma (before `limit`, in the same
 * sentence) opens the words. Otherwise a.
 */
function pastCircumstance(ctx: TextContext, a: number, limit: number): number {
  // ("أعلنت المفوضية …، فجر أمس، النتائج": a time set off by commas after the subject.)
  const time = a < limit && hasComma(gapBefore(ctx, a)) && ctx.quotationOf[a] === -1 ? timePhraseLength(ctx.norms, a) : 0;
  if (time && a + time < limit && ctx.sentence[a + time] === ctx.sentence[a] && hasComma(gapBefore(ctx, a + time))) return a + time;
  // ("أعلن موراليس مساء أمس الأحد استقالته", "أعلن غني الخميس وقفا …": a time right after the subject, with no commas, is
  // the writer's as well; the object after it opens the words.)
  const bare = a < limit && !hasComma(gapBefore(ctx, a)) && ctx.quotationOf[a] === -1 ? timePhraseLength(ctx.norms, a) : 0;
  if (bare && a + bare < limit && ctx.sentence[a + bare] === ctx.sentence[a] && !hasComma(gapBefore(ctx, a + bare)) && !complementizerAt(ctx, a + bare)
    && statementEnd(ctx, a + bare) > a + bare) return a + bare;
  if (a >= limit || !hasComma(gapBefore(ctx, a)) || !CIRCUMSTANCE.has(ctx.norms[a]!) || ctx.mention[a]) return a;
  let c = a + 1;
  while (c < limit && ctx.sentence[c] === ctx.sentence[a] && ctx.quotationOf[c] === -1 && !hasComma(gapBefore(ctx, c))) c++;
  return c < limit && ctx.sentence[c] === ctx.sentence[a] && hasComma(gapBefore(ctx, c)) && !complementizerAt(ctx, c) ? c : a;
}

/**
 * "أكد الوزير X ونظيره التركي Y، اليوم، حرص البلدين على …": a counterpart joined by «ونظيره» (and its nationality)
 * right after the subject at token a, and named, belongs to the subject; the token after that name. Otherwise a.
 */
function pastCounterpart(ctx: TextContext, a: number): number {
  if (!/^ونظير(ه|ته|ها)$/.test(ctx.norms[a] ?? '') || hasComma(gapBefore(ctx, a))) return a;
  // (The counterpart's mention may hold «ونظيره» and the nationality.)
  const j = ctx.mention[a] ? a : a + 1 + (matchNationality(ctx.norms, a + 1)?.length ?? 0);
  const m = ctx.mention[j];
  if (!m || m.first !== j || ctx.sentence[j] !== ctx.sentence[a]) return a;
  let end = m.last + 1; // "وزير الخارجية التركي مولود جاويش أوغلو" may be two mentions of one official
  while (end < ctx.tokens.length && ctx.mention[end]?.official === m.official) end = ctx.mention[end]!.last + 1;
  return end;
}

/** «استطلاعات الرأي», «استطلاع للرأي», «استطلاع رأي» among the subject's tokens first..last. */
function isPollAt(ctx: TextContext, first: number, last: number): boolean {
  for (let t = first; t <= last && t < ctx.tokens.length - 1; t++) {
    if (/^[وف]?(ال)?استطلاع(ات)?$/.test(ctx.norms[t]!) && /^(ال|لل)?راي$/.test(ctx.norms[t + 1]!)) return true;
  }
  return false;
}

/** Data, figures, estimates or statistics (normalised, with the article or not): «بيانات», «التقديرات», «أرقام», «الإحصاءات». */
const FIGURES_NOUN = /^(ال)?(بيانات|تقديرات|ارقام|احصاءات|احصاييات|معطيات)$/;
const isFiguresNoun = (norm: string) => FIGURES_NOUN.test(norm);

/** «مسؤوليته/مسؤوليتها/مسؤوليتهم» (normalised): one's own responsibility, as a body claims an attack. */
const CLAIMED_RESPONSIBILITY = /^مس[وي]ولي(ته|تها|تهم|تهما)$/;

/**
 * Whether the object أعلن opens at `first` proclaims a state: mourning (الحداد، حدادا، يوم حداد), a state of emergency
 * or a curfew (حالة الطوارئ، حظر التجول). The noun may have been read into a body's name before it ("الديوان الملكي
 * الحداد | الوطني لمدة ثلاثة أيام").
 * (An election's results, «أعلنت الهيئة النتائج …», «… موافقة 88.83% من المشاركين», are marked by some writers.)
 */
function proclaims(ctx: TextContext, i: number, first: number): boolean {
  return [first, first - 1, first - 2].some((t) => t > i && !ctx.mention[t] && ctx.quotationOf[t] === -1 && isProclamation(ctx.norms[t]!, ctx.norms[t + 1] ?? ''));
}

const isProclamation = (norm: string, next: string) => /^(ال)?حداد(ا)?$/.test(norm) || (norm === 'يوم' && next === 'حداد')
  || (norm === 'حاله' && /^(ال)?طواري$/.test(next)) || (norm === 'حظر' && /^(ال)?تجول$/.test(next));

/** The object of أعلن within its first words is the results of a vote or count ("النتائج الأولية", "نتائج الانتخابات"). */
/** The object of the verb at i opens at one of its first words (t, unquoted, no one's name) with a word that matches. */
const objectWordAt = (ctx: TextContext, i: number, t: number, word: RegExp) =>
  t > i && !ctx.mention[t] && ctx.quotationOf[t] === -1 && word.test(ctx.norms[t]!);
const announcesResults = (ctx: TextContext, i: number, first: number) =>
  [first, first - 1, first - 2].some((t) => objectWordAt(ctx, i, t, /^(ال)?نتا[يئ]ج$/));

/**
 * «أعلنت مفوضية الانتخابات فوز X بالانتخابات», «أعلن رئيس اللجنة الوطنية المستقلة للانتخابات، فجر الأربعاء، فوز …»:
 * the object of أعلن within its first words is who won, and the one announcing it is the body that runs the vote
 * (a word of elections in the subject, after the verb or before it: «وكانت رئيسة اللجنة الانتخابية … قد أعلنت في
 * مايو/أيار فوز …»). A candidate or a party that claims the win speaks.
 */
const declaresWin = (ctx: TextContext, i: number, first: number, last: number) => {
  const win = winWordAt(ctx, i, first, last);
  if (win < 0 || holdsQuotation(ctx, first, last)) return false;
  let from = i;
  while (from > 0 && from > i - ANNOUNCER_REACH && ctx.sentence[from - 1] === ctx.sentence[i]) from--;
  return ctx.norms.slice(from, win).some((w) => w.includes('انتخاب'));
};

/** How many words before أعلن its subject may hold the word of elections. */
const ANNOUNCER_REACH = 10;
/**
 * How far into أعلن's object the win may come: past when («في وقت مبكر من اليوم نفسه فوز», «، الثلاثاء، فوز») or the
 * rest of the announcer's name («للانتخابات | والاستفتاءات في تركمانستان، الثلاثاء، فوز», «، وافولا تشيبوكاتي، الاثنين،
 * فوز»), as long as nothing said comes first (أن, a quotation, another verb of saying).
 */
const WIN_REACH = 8;
function winWordAt(ctx: TextContext, i: number, first: number, last: number): number {
  for (let t = Math.max(i + 1, first - 2); t <= Math.min(last, first + WIN_REACH); t++) {
    if (ctx.sentence[t] !== ctx.sentence[i] || ctx.quotationOf[t] !== -1) return -1;
    if (objectWordAt(ctx, i, t, /^ب?فوز$/)) return t;
    if (t >= first && (isComplementizer(ctx.norms[t]!) || triggerVerb(ctx, t) !== null)) return -1;
  }
  return -1;
}

const ANNOUNCED = 'اعلن';
const DEMANDED = 'طالب';
/** A penalty a court may give, with its preposition and pronoun ("بسجنها", "بالسجن", "بإعدامه"), normalised. */
const PENALTY = /^(ب)?(ال)?(سجن|حبس|اعدام)(ه|ها|هم|هما)?$/;
/** A relative pronoun or a conjunction of time right before a verb ("التي أعلن", "منذ أعلن", "حين أعلن"). */
const BACKGROUND_OPENER = /^(الذي|التي|الذين|منذ|حين|حينما|يوم)$/;

/** Token j goes on in the sentence of token `first` with a reporting verb of the same subject ("، ووصف", "، مؤكدا"). */
const speaksOn = (ctx: TextContext, j: number, first: number) => j < ctx.tokens.length && ctx.sentence[j] === ctx.sentence[first]
  && !RELATIVES.has(ctx.norms[j]!) && triggerVerb(ctx, j) !== null;
/** The accusative participle of a derived verb ("محملا", "مطالبا"; not "تلتها"). */
const ACCUSATIVE_PARTICIPLE = /^م[\u0621-\u064A]{3,}ا$/;

/**
 * After a comma in first..last, a clause opened by an accusative participle of the speaker's ("محملا", "مطالبا") that
 * holds a quotation: the first word after the participle, or -1 ("، تلتها حركة «النهضة»" is no participle).
 */
function quotedClauseAfter(ctx: TextContext, first: number, last: number): number {
  for (let c = first + 1; c < last; c++) {
    if (!hasComma(gapBefore(ctx, c)) || ctx.quotationOf[c] !== -1 || !ACCUSATIVE_PARTICIPLE.test(ctx.norms[c]!)) continue;
    if (holdsQuotation(ctx, c + 1, last)) return c + 1;
  }
  return -1;
}

const SOURCE_ASIDE_REACH = 12;
const AGENCY_NAME_WORDS = 3;

/**
 * A source aside that opens the words at token a («، بحسب بيان للمجلس نشرته وكالة الأنباء "سونا"، …», «، وفقا لما
 * نقلته الوكالة، …»): the token after its closing comma, when words follow in the sentence; otherwise a. A short
 * quotation inside it is the agency's name.
 */
function leadingSourceAside(ctx: TextContext, a: number): number {
  if (!hasComma(gapBefore(ctx, a)) || !isSourcePreposition(ctx.norms[a]!) || ctx.quotationOf[a] !== -1) return a;
  for (let t = a + 1; t < ctx.tokens.length && t <= a + SOURCE_ASIDE_REACH && ctx.sentence[t] === ctx.sentence[a]; t++) {
    if (complementizerAt(ctx, t) || hasColon(gapBefore(ctx, t))) return a;
    if (hasComma(gapBefore(ctx, t))) return t > a + 1 && ctx.sentence[t + 1] === ctx.sentence[a] ? t : a;
    if (ctx.quotationOf[t] !== -1 && !inAgencyName(ctx, t)) return a;
  }
  return a;
}

const APPOSITION_REACH = 16;

/**
 * "ووصف محامي خان، غوهر علي خان، الحكم": the comma before token a closes a noun of relation and its genitive of one or
 * two words, so what follows names the relative (an apposition to skip), not the words.
 */
function afterRelationGenitive(ctx: TextContext, a: number): boolean {
  for (const s of [a - 2, a - 3]) {
    if (s < 0 || ctx.sentence[s] !== ctx.sentence[a] || !RELATION.test(ctx.norms[s]!)) continue;
    let plain = true;
    for (let t = s + 1; t < a; t++) if (hasComma(gapBefore(ctx, t)) || ctx.quotationOf[t] !== -1) plain = false;
    if (plain) return true;
  }
  return false;
}

/**
 * "أشاد X، ممثل المنظمة في مصر، بالمبادرة", "دعا X، الذي يقود الائتلاف، العراقيين إلى …": a title or a relative clause
 * set off by commas right after the named subject (at token a) still describes the subject; the token after its
 * closing comma opens the words. Otherwise a.
 */
function pastApposition(ctx: TextContext, a: number): number {
  const norm = ctx.norms[a] ?? '';
  if (!hasComma(gapBefore(ctx, a)) || ctx.mention[a] || ctx.quotationOf[a] !== -1) return a;
  if (!RELATIVES.has(norm) && !heads.has(stripAl(norm)) && !heads.has(norm) && !afterRelationGenitive(ctx, a)) return a;
  for (let t = a + 1; t < ctx.tokens.length && t <= a + APPOSITION_REACH && ctx.sentence[t] === ctx.sentence[a]; t++) {
    if (complementizerAt(ctx, t) || hasColon(gapBefore(ctx, t)) || (ctx.quotationOf[t] !== -1 && !isNameQuotation(ctx, t))) return a;
    if (hasComma(gapBefore(ctx, t))) return t;
    // ("، الذي يخوض الانتخابات على رأس ائتلاف «الإعمار والتنمية»، …": a name in quotation marks is read whole.)
    while (ctx.quotationOf[t] !== -1 && ctx.quotationOf[t + 1] === ctx.quotationOf[t]) t++;
  }
  return a;
}

/**
 * "رحب سموه بالرئيس الكازاخستاني والوفد المرافق له", "رحب بدولة رئيس الوزراء": the verb's preposition glued to a
 * style of address, or to a title before someone named, makes that person its object (a guest welcomed); no statement
 * follows.
 * ("أشاد بجهود الرئيس X" praises something: its object is no title.)
 */
function objectNamesSomeone(ctx: TextContext, from: number, after: number, prep: string | null): boolean {
  if (prep !== 'ب') return false;
  for (let t = from + 1; t <= after; t++) {
    const w = ctx.norms[t]!;
    // (Inside a name: "محمد بن زايد".)
    if (!w.startsWith('ب') || (ctx.mention[t] && ctx.mention[t]!.first !== t)) continue;
    const bare = w.slice(1);
    if (styles.has(bare)) return true;
    if (!ctx.mention[t] && !heads.has(stripAl(bare))) return false;
    for (let u = t; u <= t + 5 && u < ctx.tokens.length && ctx.sentence[u] === ctx.sentence[t]; u++) if (ctx.mention[u]) return true;
    return false;
  }
  return false;
}

/** How long a circumstance may run between «قوله» and its complementizer ("قوله في لقاء مع قادة في الحرس الثوري إن"). */
const SAYING_CIRCUMSTANCE_MAX = 10;

/**
 * Where the words begin after a circumstance opening at token k with a preposition («في لقاء …», «خلال مؤتمر …»): after
 * the «إن» or the colon that ends it, in one sentence, with no quotation or other saying on the way.
 */
function wordsAfterCircumstance(ctx: TextContext, k: number): { first: number; opening: 'complementizer' | 'colon' } | null {
  if (k >= ctx.tokens.length || !CIRCUMSTANCE.has(ctx.norms[k]!) || ctx.quotationOf[k] !== -1) return null;
  for (let j = k + 1; j < ctx.tokens.length && j <= k + SAYING_CIRCUMSTANCE_MAX; j++) {
    if (ctx.sentence[j] !== ctx.sentence[k]) return null;
    if (hasColon(gapBefore(ctx, j))) return { first: j, opening: 'colon' };
    if (ctx.quotationOf[j] !== -1 || reportingVerb(ctx.norms[j]!) || isOwnedSaying(ctx.norms[j]!)) return null;
    if (complementizerAt(ctx, j)) return /^ان/.test(ctx.norms[j]!) ? { first: j + 1, opening: 'complementizer' } : null;
  }
  return null;
}

/** How far after «عن»/«إلى» the «قوله» of a relayed saying may stand ("نقلت الوكالة عن X … قوله إن"). */
export const OWNED_SAYING_REACH = 18;

/** The statement a reporting verb (or announcer ending) at token i introduces, or null when it introduces none. */
/** Where a reporting verb's words begin, as read so far: the subject's tokens [k, subjectLast], the words from `first`. */
interface WordsOpening {
  k: number;
  first: number;
  subjectLast: number;
  opening: Trigger['opening'];
}

/** The words open at `first` after a subject that ends at `subjectLast`. */
function opensAt(s: WordsOpening, first: number, opening: Trigger['opening'], subjectLast: number): void {
  s.first = first;
  s.opening = opening;
  s.subjectLast = subjectLast;
}

export function statementAfter(ctx: TextContext, i: number, verb: ReportingVerb | null): Trigger | null {
  const n = ctx.tokens.length;
  const sentence = ctx.sentence[i];
  const s: WordsOpening = { k: pastTimePhrases(ctx, i + 1), first: -1, subjectLast: -1, opening: 'plain' };
  const { prepAt, objectFirst } = scanToWords(ctx, i, verb, s);
  // "نقلت الوكالة عن X قوله إن …": the words begin after the complementizer that follows "قوله".
  if (s.first < 0 && prepAt >= 0) ownedSayingAfter(ctx, prepAt, s);
  if (s.first < 0 && prepAt >= 0 && verb?.prepOptional) objectBeforePreposition(ctx, verb, prepAt, s);
  if (s.first < 0 && prepAt >= 0) opensAt(s, prepAt + 1, 'preposition', prepAt - 1);
  // After "الذي" or "فـ" the subject came before the verb ("نتانياهو، الذي اعتبر …", "أما كيم فوصف …").
  // A participle ("مطالبين السلطات بالكشف …") has its subject before it too: its object opens the statement.
  const subjectBefore = (i > 0 && (RELATIVES.has(ctx.norms[i - 1]!) || conjunctionOf(ctx.norms[i]!) === 'ف')) || verb?.form === 'participle';
  if (s.opening === 'quotation' && verb && !quotationOpening(ctx, verb, subjectBefore, s)) return null;
  if (s.first < 0 && verb?.objectStatement && !subjectBefore) objectAsStatement(ctx, s);
  if (s.first < 0 && !plainOpening(ctx, i, verb, objectFirst, subjectBefore, s)) return null;
  if (s.first >= n || ctx.sentence[s.first] !== sentence) return null;
  if (!subjectAndWordsSettled(ctx, verb, s)) return null;
  const last = statementEnd(ctx, s.first);
  if (isNoOnesWords(ctx, i, verb, s, last)) return null;
  return { at: i, verb, opening: s.opening, first: s.first, last, subjectFirst: s.k, subjectLast: s.subjectLast };
}

/**
 * Past time phrases and "بالقول" between the verb and its subject ("أعلن الأسبوع الماضي أن"): no subject. The first
 * token of the subject, from token k.
 */
function pastTimePhrases(ctx: TextContext, k: number): number {
  const n = ctx.tokens.length;
  const sentence = ctx.sentence[k - 1];
  for (;;) {
    // …and a participle of saying right after it ("وتابع قائلا إن", "ورد موضحا أن"): the same speaker says it.
    // (Only with the words right after it: "متحدثة باسم الأمم المتحدة" is a spokeswoman, the subject.)
    const participle = k < n && !/[،,]/.test(gapBefore(ctx, k)) && reportingVerb(ctx.norms[k]!)?.form === 'participle' && !matchSpeakerHead(ctx.norms, k)
      && (complementizerAt(ctx, k + 1) || hasColon(gapBefore(ctx, k + 1)) || ctx.quotationOf[k + 1] !== -1);
    const skip = k < n ? timePhraseLength(ctx.norms, k) || (isSayingNoun(ctx.norms[k]!) || participle ? 1 : 0) : 0;
    if (!skip || ctx.sentence[k + skip - 1] !== sentence) return k;
    k += skip;
  }
}

/**
 * Reads on from the verb at i to where its words open: a colon, a quotation, a complementizer, or the verb's
 * preposition. Sets where they open, if found; tells where the preposition stands (-1: none), and whether the verb's
 * object came before «بأن».
 */
function scanToWords(ctx: TextContext, i: number, verb: ReportingVerb | null, s: WordsOpening): { prepAt: number; objectFirst: boolean } {
  const n = ctx.tokens.length;
  const sentence = ctx.sentence[i];
  let prepAt = -1;
  for (let j = i + 1; j < n && j <= i + WINDOW; j++) {
    if (ctx.sentence[j] !== sentence) break;
    if (hasColon(gapBefore(ctx, j))) { opensAt(s, j, 'colon', j - 1); break; }
    if (ctx.quotationOf[j] !== -1) {
      // ('وعلمت «النهار» من مصادر …': the outlet that learned, in quotation marks right after the verb.)
      const learner = verb?.lemma === LEARNED && j === i + 1;
      if (learner || isNameQuotation(ctx, j) || shortBeforeWords(ctx, j) || nameBeforeWords(ctx, j, verb) || nameAfterItsWords(ctx, i, j, verb)) { while (j + 1 < n && ctx.quotationOf[j + 1] === ctx.quotationOf[j]) j++; continue; }
      opensAt(s, j, 'quotation', j - 1);
      break;
    }
    const norm = ctx.norms[j]!;
    // "بحجة أنه", "رغم أن", "بعد أن": a complementizer another word governs belongs to the words, not to the verb.
    if (complementizerAt(ctx, j) && j > i + 1 && GOVERNS_COMPLEMENTIZER.test(ctx.norms[j - 1]!)) continue;
    // "لشبكة سي إن إن": the channel's name is read whole.
    const channel = channelSpan(ctx.norms, j);
    if (channel > 1) { j += channel - 1; continue; }
    // "طالبت المعارضة بإقصائه، غير أن المحكمة رفضت …": the أن of a clause of its own is not the verb's.
    if (complementizerAt(ctx, j) && opensOwnClause(ctx, j, verb)) break;
    if (complementizerAt(ctx, j)) {
      if (verb && takesObjectFirst(verb.lemma) && norm.startsWith('ب')) return { prepAt, objectFirst: true };
      opensAt(s, j + 1, 'complementizer', j - 1);
      break;
    }
    // "طالبا عدم كشف هويته", "طلب عدم ذكر اسمه": the source asking not to be named, part of the subject.
    const anonymous = anonymityLength(ctx, j) || namedAsLength(ctx, j);
    if (anonymous) { j += anonymous - 1; continue; }
    // "قال الوزير، بحسب وكالة الأنباء، إن …", "وأكد X، وفق بلاغ للوزارة، أنه": where the words were read, set off by
    // commas before the complementizer, is an aside; the words still follow.
    const aside = sourceAsideLength(ctx, j) || participleAsideLength(ctx, j);
    if (aside) { j += aside - 1; continue; }
    if (j > i + 1 && (breaksStatement(ctx, j) || triggerVerb(ctx, j))) break;
    if (prepAt >= 0 && j > prepAt + OPTIONAL_PREP_REACH) break; // "تحذر من السيناريو … يمكن أن": the أن is far inside the words
    if (prepAt < 0 && verb?.prep && norm === verb.prep && STANDALONE_PREPS.has(norm) && j <= i + PREP_WINDOW) {
      if (complementizerAt(ctx, j + 1)) { opensAt(s, j + 2, 'complementizer', j - 1); break; }
      prepAt = j;
      if (!verb.prepOptional) break;
    }
  }
  return { prepAt, objectFirst: false };
}

/** «غير أن», «إلا أن», «بيد أن»: a contrast; «على أن» (provided that, with the plan that): a condition. */
const CONTRAST_BEFORE_AN = /^و?(غير|الا|بيد)$/;
const CONDITION_BEFORE_AN = 'علي';

/**
 * The complementizer at j opens a clause of its own, not the words of the verb read before it: after a comma,
 * «غير/إلا/بيد أن» set a contrast ("طالبت المعارضة بإقصائه من السباق، غير أن المحكمة الدستورية رفضت الطعون", "وأعلنت
 * كوسوفو استقلالها عام 2008، إلا أن بلغراد ما زالت لا تعترف بها") and «على أن» a condition or a plan ("وتختتم البعثة
 * زيارتها نهاية الأسبوع، على أن تصدر بيانا ختاميا") — unless على is the verb's own preposition ("وشدد X، بحسب
 * بيان، على أن …"). (Without the comma «إلا أن» may be the verb's: "لم يقل إلا أن …".)
 */
function opensOwnClause(ctx: TextContext, j: number, verb: ReportingVerb | null): boolean {
  if (j < 1 || !/^و?ان/.test(ctx.norms[j]!) || !hasComma(gapBefore(ctx, j - 1))) return false;
  const before = ctx.norms[j - 1]!;
  return CONTRAST_BEFORE_AN.test(before) || (before === CONDITION_BEFORE_AN && verb?.prep !== CONDITION_BEFORE_AN);
}

/**
 * "نقلت الوكالة عن X قوله إن …": the words begin after the complementizer that follows "قوله".
 * (The one quoted may be described at length: "عن مصدر مطلع على التحقيقات في وفاة الصحفي X قوله إن", "إلى وزير الطاقة X،
 * الذي لعب دور الوسيط بين …، قوله إن"; no words of theirs stand between.)
 */
function ownedSayingAfter(ctx: TextContext, prepAt: number, s: WordsOpening): void {
  const sentence = ctx.sentence[prepAt];
  for (let q = prepAt + 1; q < ctx.tokens.length && q <= prepAt + OWNED_SAYING_REACH && ctx.sentence[q] === sentence; q++) {
    if (isOwnedSaying(ctx.norms[q]!) && complementizerAt(ctx, q + 1)) { opensAt(s, q + 2, 'complementizer', q); return; }
    // ("عن المرشد علي خامنئي قوله في لقاء مع قادة في الحرس الثوري إن": where it was said comes between.)
    const c = isOwnedSaying(ctx.norms[q]!) ? wordsAfterCircumstance(ctx, q + 1) : null;
    if (c) { opensAt(s, c.first, c.opening, q); return; }
    if (ctx.quotationOf[q] !== -1 || complementizerAt(ctx, q) || hasColon(gapBefore(ctx, q))) return;
  }
}

/**
 * "أكد فيه أهمية الحفاظ على …": the optional preposition is inside an object that came first; the words begin with
 * the object, after the subject.
 */
function objectBeforePreposition(ctx: TextContext, verb: ReportingVerb, prepAt: number, s: WordsOpening): void {
  const { k } = s;
  let p = k;
  while (p < prepAt && /^(في|عن|ب|ل|علي)(ه|ها|هم|هما)$/.test(ctx.norms[p]!)) p++;
  // ("مؤكدا تطلع بلاده إلى استضافة المؤتمر والبناء على ما …": a participle has its subject before it; its object
  // stands right after it.)
  const participle = verb.form === 'participle';
  const subjectEnd = participle ? p : pastCounterpart(ctx, afterSubject(ctx, p));
  // "وأكد X، خلال محادثاته مع نظيره، حرص المملكة على …": a circumstance set off by commas after the subject; the
  // object after it opens the words.
  const a = pastCircumstance(ctx, subjectEnd, prepAt);
  // (Only after a subject the verb surely has: a pronoun "فيه", an official's name, or a title whose end the comma
  // before such a circumstance marks: "وأكد جلالة الملك، خلال الاتصال، ضرورة وقف الحرب على …".)
  const setOff = a > subjectEnd && hasComma(gapBefore(ctx, subjectEnd));
  const subjectRead = participle || p > k || (subjectEnd > k && (ctx.mention[subjectEnd - 1] !== null || setOff));
  let comma = false;
  for (let t = a + 1; t <= prepAt; t++) if (hasComma(gapBefore(ctx, t))) comma = true;
  if (subjectRead && a < prepAt && !comma && !CIRCUMSTANCE.has(ctx.norms[a]!) && !PREPOSITIONS.has(ctx.norms[a]!) && !timePhraseLength(ctx.norms, a)
    && !ctx.mention[a] && !isSpeechNoun(ctx.norms[a]!) && !isSkippableAfterVerb(ctx.norms[a]!)) opensAt(s, a, 'plain', a - 1);
}

/**
 * Words in quotation marks: the verb's object when the subject came before it or none stands there; else after a
 * title, or after the subject when the quotation is far inside the words. False: a weak verb before too short a
 * quotation says nothing.
 */
function quotationOpening(ctx: TextContext, verb: ReportingVerb, subjectBefore: boolean, s: WordsOpening): boolean {
  const { k, first } = s;
  if (verb.strength === 'weak' && innerWords(ctx, first) < 2) return false;
  if (subjectBefore || !looksLikeSubject(ctx, k, first)) { opensAt(s, k, 'object', k - 1); return true; }
  if (titleThenObject(ctx, k, first) > k) { const o = titleThenObject(ctx, k, first); opensAt(s, o, 'plain', o - 1); return true; }
  // A quotation far after the subject with no comma or colon before it is inside the words, which begin
  // after the subject ("أفاد المرصد عن اشتباكات … بين "وحدات حماية الشعب" …").
  // ("دعا X، الذي يخوض الانتخابات على رأس ائتلاف «…»، العراقيين إلى «…»": past the relative clause about the subject.)
  const after = pastApposition(ctx, afterSubject(ctx, k));
  let named = false; // officials named on the way: the subject or its circumstances go on
  for (let t = after; t < first; t++) if (ctx.mention[t]) named = true;
  // "… في مقابلة مع برنامج … "لا أستبعد شيئا"": a speech act named on the way is the circumstance of the quotation.
  for (let t = after + 1; t < first; t++) if (isSpeechNoun(ctx.norms[t]!) && (CIRCUMSTANCE.has(ctx.norms[t - 1]!) || /^[وف]?[بل]/.test(ctx.norms[t]!))) named = true;
  // ("ووصف مصدر رسمي اتهامَ الحكومة بـ«…»": after a verb that takes its object first, the object is part of the words.)
  const objectBefore = takesObjectFirst(verb.lemma) && first > after;
  if (after > k && !named && (first - after > FAR_QUOTATION || objectBefore) && !/[،,:]/.test(gapBefore(ctx, first))) opensAt(s, after, 'plain', after - 1);
  return true;
}

/** "أشاد المالكي بالعلاقة …": the object is the statement when a speaker is named first and the object is a clause. */
function objectAsStatement(ctx: TextContext, s: WordsOpening): void {
  const after = pastApposition(ctx, afterSubject(ctx, s.k));
  if (after < ctx.tokens.length && isAmountAt(ctx, after)) return;
  // (A country is no speaker named enough for that: "أشادت مصر بالجهود …" is news of a position, not words.)
  if (after > s.k && !countryPairLength(ctx, s.k) && statementEnd(ctx, after) - after >= 3) opensAt(s, after, 'plain', after - 1);
}

/** Words of approximation before a number ("نحو 40", "حوالي ألف"). */
const APPROXIMATELY = /^(نحو|حوالي|قرابه|زهاء)$/;

/**
 * An amount at token k: an age («من العمر»), a number, or «نحو/حوالي» before one. Such an object tells what the verb
 * reaches, not words: "ويبلغ X من العمر 40 عاما" is يَبلُغ (reaches, is aged), not يُبلِغ (informs).
 */
function isAmountAt(ctx: TextContext, k: number): boolean {
  const norm = ctx.norms[k]!, next = ctx.norms[k + 1] ?? '';
  return (norm === 'من' && next === 'العمر') || isCount(norm) || (APPROXIMATELY.test(norm) && isCount(next));
}

/** No opening found: the words are the verb's object, after its subject; false when the verb says nothing then. */
function plainOpening(ctx: TextContext, i: number, verb: ReportingVerb | null, objectFirst: boolean, subjectBefore: boolean, s: WordsOpening): boolean {
  const n = ctx.tokens.length;
  if (!verb || (verb.strength === 'weak' && !objectFirst) || afterItsWords(ctx, i, verb)) return false;
  // ("أكد فيه أهمية …": the pronoun of the speech named before is no part of the words.)
  let s0 = s.k;
  while (s0 < n && /^(في|عن|ب|ل)(ه|ها|هم|هما)$/.test(ctx.norms[s0]!)) s0++;
  let first = subjectBefore ? s0 : afterSubject(ctx, s0);
  // ("أعلن X، في بيان، مقتل …": the object after the circumstance.)
  if (!subjectBefore && first > s0) first = pastCircumstance(ctx, pastApposition(ctx, first), Math.min(n, first + WINDOW));
  s.k = s0;
  opensAt(s, first, 'plain', first - 1);
  return true;
}

/**
 * The subject's first word past a circumstantial clause or a participle of manner, and the words' first past a
 * source set off as an aside; false when an outlet learned what no source it names told it.
 */
function subjectAndWordsSettled(ctx: TextContext, verb: ReportingVerb | null, s: WordsOpening): boolean {
  // "وأضافت وهي تحمل طفلها: …", "وقال وهو يغادر القاعة إن …": a circumstantial clause right after the verb; no
  // subject is written.
  if (CIRCUMSTANTIAL_PRONOUN.test(ctx.norms[s.k] ?? '') && s.k <= s.subjectLast) s.k = s.subjectLast + 1;
  // "يقول ضاحكاً: …", "وأضاف مبتسما إن …": a participle of manner is no subject either.
  if (s.k === s.subjectLast && isMannerParticiple(ctx, s.k)) s.k = s.subjectLast + 1;
  // "وأكد X، بحسب بيان نشرته وكالة الأنباء "سونا"، حرص السودان على …": the source set off by commas is where the
  // words were read; they begin after it.
  const aside = leadingSourceAside(ctx, s.first);
  if (aside > s.first) { s.first = aside; if (s.opening === 'quotation' && ctx.quotationOf[s.first] === -1) s.opening = 'plain'; }
  // "وعلمت «النهار» من مصادر مطلعة أن": what an outlet learned is its sources' statement, and theirs only; what it
  // learned with no source named is its own reporting, no one's words.
  if (verb?.lemma === LEARNED) {
    const from = learnedFrom(ctx, s.k, s.subjectLast);
    if (from < 0) return false;
    s.k = from;
  }
  return true;
}

/** What the verb introduces is an act, a finding or a survey of views, not anyone's words. */
function isNoOnesWords(ctx: TextContext, i: number, verb: ReportingVerb | null, { k, first, subjectLast, opening }: WordsOpening, last: number): boolean {
  // "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم": a claim of responsibility is an act, not words (neither claim in
  // the readable sets is marked).
  // ("أعلنت حركة الشباب مسؤوليتها عن الهجوم": also when the claim stands before «عن».)
  if ((opening === 'plain' || opening === 'preposition') && [first, first - 1, first - 2].some((t) => t > i && CLAIMED_RESPONSIBILITY.test(ctx.norms[t]!))) return true;
  // "وتشير استطلاعات الرأي إلى أن …", "التي تتوقع استطلاعات الرأي أن …": a poll's finding is no one's words (neither
  // in the readable sets is marked).
  if (subjectLast >= k && isPollAt(ctx, k, subjectLast)) return true;
  // "وتشير بيانات المفوضية إلى …", "فيما تشير تقديرات دولية إلى أن …", "وتشير أرقام رسمية إلى أن …": figures are read,
  // not said (none of the six in the readable sets is marked; dev's one is optional).
  if (subjectLast >= k && isFiguresNoun(ctx.norms[k]!)) return true;
  // "وعبر نحو 33 ألف شخص عن استعدادهم للتظاهر", "وعبّر عدد من الأهالي عن غضبهم", "وأبدى صيادون في المدينة قلقهم": what
  // a crowd feels or describes is the story's news, no one's words (dev's one such object is unmarked, and so are the
  // three in the readable sets). What people say after أن, a colon or in quotation marks stays theirs ("وقال شهود إن").
  if ((opening === 'plain' || opening === 'preposition') && subjectLast >= k && isCrowdAt(ctx.norms, k) && !holdsQuotation(ctx, first, last)) return true;
  // "ويرى مراقبون أن …", "إذ يرى أنصار موراليس أن …", "بينما يصر معارضوه على أنه …": what an unnamed body of opinion
  // holds is the writer's survey of views, not words anyone said (eleven of the sixteen in the readable sets are false
  // quotes, three optional). Words said stay theirs: "ويقول محللون إن".
  if (verb && verb.form === 'present' && HOLDS_VIEW.test(verb.lemma) && subjectLast >= k && isBodyOfOpinion(ctx, k, subjectLast)) return true;
  // "ودعا بومبيو الجنرال كيم … إلى العشاء", "دعت ميلوني تبون إلى حضور جلسة …": an invitation to a meal or to attend is an
  // act, not a call in words (neither in the readable sets is marked; dev's is its own false quote).
  if ((opening === 'plain' || opening === 'preposition') && verb?.lemma === INVITED && invitesToAttend(ctx, first, last)) return true;
  // ("ورحب سموه بدولة رئيس الوزراء الياباني والوفد المرافق، وبحث …": a guest welcomed, whatever follows.)
  return !!verb?.objectStatement && objectNamesSomeone(ctx, k, first, verb.prep);
}

/** A demonstrative, or the news itself, that points back at what the story told («هذه الرواية», «ذلك», «الخبر»). */
const POINTER = /^(ذلك|هذا|هذه|تلك|هذين|هاتين|الخبر|النبا)$/;
/** Tokens [first, last] are such a pointer with at most two words after it, none quoted. */
function pointsBack(ctx: TextContext, first: number, last: number): boolean {
  return last - first <= 2 && POINTER.test(ctx.norms[first]!) && !holdsQuotation(ctx, first, last);
}

/** Verbs of holding a view (رأى، اعتبر، أصر، اعتقد), by lemma. */
const HOLDS_VIEW = /^(راي|اعتبر|اصر|اعتقد)$/;
/** An unnamed group that holds a view, bare («مراقبون», «البعض») or in construct with whose it is («أنصار موراليس»). */
const OPINION_GROUP = /^(مراقبون|محللون|منتقدون|معارضون|مويدون|كثيرون|البعض|اخرون)$/;
const OPINION_FOLLOWERS = /^(انصار|مويدو|معارضو|منتقدو)(ه|ها|هم|هما)?$/;
/**
 * Tokens [k, last] are such a group, with at most two words after its head; a bare group with no one named among them
 * (the followers name whose they are, «أنصار موراليس»).
 */
function isBodyOfOpinion(ctx: TextContext, k: number, last: number): boolean {
  const head = ctx.norms[k]!;
  if (last - k > 2) return false;
  if (OPINION_FOLLOWERS.test(head)) return true;
  if (!OPINION_GROUP.test(head)) return false;
  for (let t = k; t <= last; t++) if (ctx.mention[t]) return false;
  return true;
}

const LEARNED = 'علم';
const INVITED = 'دعا';
/** What one is invited to attend (normalised): a meal, a ceremony, «حضور» itself. */
const ATTENDED = /^(ال)?(عشاء|غداء|افطار|مادبه|حفل|حفله|حضور)$/;
/** The object of دعا in tokens [first, last] sends its addressee «إلى» a meal or to attend, within its first words. */
function invitesToAttend(ctx: TextContext, first: number, last: number): boolean {
  // (The words may open after the verb's «إلى» itself: "دعا X إلى | العشاء".)
  if (ctx.norms[first - 1] === 'الي' && ATTENDED.test(ctx.norms[first]!)) return true;
  for (let t = first; t < last && t <= first + ADDRESSEE_REACH; t++) {
    if (ctx.quotationOf[t] !== -1) return false;
    if (ctx.norms[t] === 'الي') return ATTENDED.test(ctx.norms[t + 1]!);
  }
  return false;
}
/** Words an addressee of دعا may take before «إلى» («الجنرال كيم جونغ تشول، الذراع اليمنى للزعيم …، إلى العشاء»). */
const ADDRESSEE_REACH = 16;
const WELCOMED = 'رحب';

/** After «علمت X», the source after «من» in tokens [k, subjectLast] ("من مصادر نيابية"): where it begins, or -1. */
function learnedFrom(ctx: TextContext, k: number, subjectLast: number): number {
  for (let j = k; j < subjectLast; j++) {
    if (ctx.norms[j] === 'من' && ctx.quotationOf[j] === -1) return matchSpeakerHead(ctx.norms, j + 1)?.kind === 'source' ? j + 1 : -1;
  }
  return -1;
}

/** "…، حسبما أعلن البلدان": the clause before the attribution, from the start of its sentence. */
function statementBefore(ctx: TextContext, i: number, verb: ReportingVerb, attribution: number): Trigger | null {
  // ("…، حسبما علمت X": what an outlet learned is its own reporting.)
  if (verb.lemma === LEARNED) return null;
  const sentence = ctx.sentence[i];
  let last = i - attribution - 1;
  if (last < 0 || ctx.sentence[last] !== sentence) return null;
  if (attribution === 1 && ctx.norms[i - 1] === 'كما' && !hasComma(gapBefore(ctx, last + 1))) return null;
  let first = last;
  while (first > 0 && ctx.sentence[first - 1] === sentence) first--;
  let subjectLast = i;
  while (subjectLast + 1 < ctx.tokens.length && ctx.sentence[subjectLast + 1] === sentence && !/[،,]/.test(gapBefore(ctx, subjectLast + 1))) {
    subjectLast++;
    // The subject's name in quotation marks ('حسبما أعلنت وكالة الأنباء الكورية "يونهاب"').
    if (isNameQuotation(ctx, subjectLast)) {
      while (ctx.quotationOf[subjectLast + 1] === ctx.quotationOf[subjectLast]) subjectLast++;
      continue;
    }
    // Words of its own after the verb: not an attribution but a statement ("، كما أكد الوزير أن …").
    if (complementizerAt(ctx, subjectLast) || ctx.quotationOf[subjectLast] !== -1 || hasColon(gapBefore(ctx, subjectLast))) return null;
  }
  // "واتفق الزعيمان، وفق ما أفاد به مصدر دبلوماسي، على تفعيل …": an aside inside the sentence, which goes on after it;
  // the few words before it are its subject and verb, no statement.
  const goesOn = subjectLast + 1 < ctx.tokens.length && ctx.sentence[subjectLast + 1] === sentence;
  if (goesOn && last - first + 1 <= ASIDE_FRAGMENT && !holdsQuotation(ctx, first, last)) return null;
  return { at: i, verb, opening: 'before', first, last, subjectFirst: i + 1, subjectLast };
}

/** Token `first` opens the lede: the first paragraph after the title (the text's first paragraph, a heading line). */
function opensLede(ctx: TextContext, first: number): boolean {
  return first > 0 && ctx.paragraph[first - 1] !== ctx.paragraph[first] && ctx.paragraph[first - 1] === ctx.paragraph[0] && isHeadingLine(ctx, 0);
}

/** Whether tokens [first, last] report a toll of casualties ("438 قتيلا", "لقي عاملان حتفهما", "ارتفع عدد الضحايا"). */
function reportsToll(ctx: TextContext, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (ctx.quotationOf[j] === -1 && isTollWord(ctx.norms[j]!)) return true;
  return false;
}

/** Words before a source aside that the sentence continues after: this many or fewer are only its opening. */
const ASIDE_FRAGMENT = 4;

/** "وبحسب مجلس منبج العسكري، فإن المدينة …": a source named at the start of the sentence, then the statement. */
function sourceFirst(ctx: TextContext, i: number): Trigger | null {
  if (!isSourcePreposition(ctx.norms[i]!) || (i > 0 && ctx.sentence[i - 1] === ctx.sentence[i])) return null;
  // "وحسب معطيات رسمية، فإن المغرب يتوفر على …", "وبحسب أرقام المفوضية، يستضيف لبنان …": figures are read, not said, as
  // after «تشير» (the readable golds mark none; two are optional).
  if (isFiguresNoun((ctx.norms[i + 1] ?? '').replace(/^لل/, 'ال').replace(/^ل/, ''))) return null;
  for (let j = i + 2; j < ctx.tokens.length && j <= i + 12 && ctx.sentence[j] === ctx.sentence[i]; j++) {
    if (ctx.quotationOf[j] !== -1 || triggerVerb(ctx, j)) return null;
    if (!hasComma(gapBefore(ctx, j))) continue;
    // "وبحسب بيان …، فقد أثنى الرئيس على …": the clause has a reporting verb of its own, whose subject speaks.
    if (triggerVerb(ctx, j) || (/^[وف]?قد$/.test(ctx.norms[j]!) && triggerVerb(ctx, j + 1))) return null;
    if (complementizerAt(ctx, j)) {
      return { at: i, verb: null, opening: 'complementizer', first: j + 1, last: statementEnd(ctx, j + 1), subjectFirst: i + 1, subjectLast: j - 1 };
    }
    // "ووفقا للوكالة، تم الاتفاق على …": a comma after a named source (an institution or an official) opens the words.
    const k = i + 1;
    const bare = ctx.norms[k]!.replace(/^لل/, 'ال').replace(/^ل/, '');
    const named = ctx.mention[k] !== null || matchSpeakerHead(ctx.norms, k) !== null || matchSpeakerHead([bare, ...ctx.norms.slice(k + 1, k + 4)], 0) !== null;
    if (named && j - i <= 8) return { at: i, verb: null, opening: 'colon', first: j, last: statementEnd(ctx, j), subjectFirst: i + 1, subjectLast: j - 1 };
    return null;
  }
  return null;
}

/**
 * Words that open with someone and their own verb of saying ("الرئيس عون أكد للسفير أن …", "الملك شدد على أن …"): that
 * verb's statement, whose subject is the one named first; null when the words are not a report of that kind.
 */
function reportedSpeaker(ctx: TextContext, first: number): Trigger | null {
  const subject = afterSubject(ctx, first);
  // ("واشنطن ترى أن …": a capital is the government the speaker speaks for, not someone who spoke.)
  if (matchSpeakerHead(ctx.norms, first)?.kind === 'capital' || matchCountryName(ctx.norms, first)) return null;
  // ("وجاء في «إعلان الرياض» أن القادة أكدوا «…»": the leaders, ministers or participants, a plural with no name, are the
  // document's authors, and the document speaks for them.)
  if (/^ال/.test(ctx.norms[first]!) && (pluralHeads.has(stripAl(ctx.norms[first]!)) || /^ال(مجتمع|مشارك)(ون|ين)$/.test(ctx.norms[first]!))) return null;
  if (subject === first || subject > first + 6 || ctx.sentence[subject] !== ctx.sentence[first] || /[،,:]/.test(gapBefore(ctx, subject))) return null;
  const verb = triggerVerb(ctx, subject);
  if (!verb || verb.form === 'participle' || conjunctionOf(ctx.norms[subject]!)) return null;
  const t = statementAfter(ctx, subject, verb);
  if (!t || (t.opening !== 'complementizer' && t.opening !== 'colon' && t.opening !== 'quotation')) return null;
  return { ...t, at: subject };
}

/** A country or capital at token j, or two joined by و ("روسيا ودمشق"): its length in words, or 0. */
export function countryPairLength(ctx: TextContext, j: number): number {
  const one = (k: number, joined: boolean) => {
    const norms = joined ? [ctx.norms[k]!.replace(/^و(?=..)/, '')] .concat(ctx.norms.slice(k + 1, k + 4)) : ctx.norms.slice(k, k + 4);
    if (joined && !/^و/.test(ctx.norms[k] ?? '')) return 0;
    const c = matchCountryName(norms, 0);
    if (c) return c.length;
    const h = matchSpeakerHead(norms, 0);
    return h?.kind === 'capital' ? h.words.length : 0;
  };
  if (j >= ctx.tokens.length || ctx.quotationOf[j] !== -1) return 0;
  const first = matchCountryName(ctx.norms, j)?.length ?? 0;
  if (!first) return 0;
  const k = j + first;
  const second = k < ctx.tokens.length && ctx.sentence[k] === ctx.sentence[j] && !gapBefore(ctx, k).trim() ? one(k, true) : 0;
  return first + second;
}

/** Whether tokens first..last name a person (an official's mention, a personal pronoun) rather than a body or a document. */
function namesPerson(ctx: TextContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = ctx.norms[k]!;
    if (ctx.mention[k] || isPronounSubject(w) || heads.has(stripAl(w)) || matchSpeakerHead(ctx.norms, k)?.kind === 'source') return true;
  }
  return false;
}

/** The documents a text quotes from: statements, declarations, communiqués, letters, reports. */
const DOCUMENT = /^(ال)?(بيان|اعلان|بلاغ|رساله|تقرير|وثيقه|نص|مذكره)$/;

/**
 * "وجاء في الإعلان المشترك الصادر عن القمة أن …", "وجاء في بيان لوزارة الخارجية أن …": the document named after "جاء في"
 * says the words that follow; the length of "جاء في" (the statement is read after it), or 0.
 */
function documentSays(ctx: TextContext, i: number): number {
  if (!/^[وف]?جاء$/.test(ctx.norms[i]!) || ctx.norms[i + 1] !== 'في' || !DOCUMENT.test(ctx.norms[i + 2] ?? '')) return 0;
  return ctx.sentence[i + 2] === ctx.sentence[i] && ctx.quotationOf[i + 1] === -1 ? 2 : 0;
}

/**
 * Reporting verbs and announcers ("جاء فيه"), each with its statement, in text order. `silent` receives the
 * reporting verbs that introduce no statement of their own ("وندد الوزير بـ…"): they still name a speaker
 * that a later "وتابع" carries on.
 */
/**
 * The reporting verbs found: `silent` gets the verbs that report no words of their own, `silentSubjects` the tokens of
 * the subject of those whose object was read (from, to).
 */
export function findTriggers(ctx: TextContext, silent: number[] = [], silentSubjects?: Map<number, [number, number]>): Trigger[] {
  const scan: TriggerScan = { ctx, out: [], silent, silentSubjects, coveredUntil: -1 };
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (i <= scan.coveredUntil) continue;
    if (ctx.quotationOf[i] !== -1) continue;
    // "…"، قال مصرفي للعربية.نت طالبا عدم ذكر اسمه': a source asking not to be named says nothing by it; the
    // participle of asking is no verb of urging whose object is words (neither such request in the readable sets is marked).
    const anonymous = NOT_NAMING.test(ctx.norms[i + 1] ?? '') ? anonymityLength(ctx, i) : 0;
    if (anonymous) { i += anonymous - 1; continue; }
    triggerAt(scan, i);
  }
  return scan.out;
}

/** The triggers found so far, the verbs that report no words of their own, and the last token a statement covers. */
interface TriggerScan {
  ctx: TextContext;
  out: Trigger[];
  silent: number[];
  silentSubjects?: Map<number, [number, number]>;
  coveredUntil: number;
}

/** The trigger at token i, if any: an announcer or a reporting verb with its statement, read into the scan. */
function triggerAt(scan: TriggerScan, i: number): void {
  const { ctx, silent, out } = scan;
  const ann = announcerLength(ctx.norms, i) || documentSays(ctx, i);
  const { verb, attribution } = reportingVerbAt(ctx, i, ann);
  if (verb && attributesQuotationBefore(ctx, i, verb, attribution)) {
    silent.push(i);
    return;
  }
  if (!ann && !verb) {
    const pre = sourceFirst(ctx, i);
    if (pre && pre.first > scan.coveredUntil) { out.push(pre); scan.coveredUntil = pre.last; }
    return;
  }
  let t: Trigger | null;
  t = attribution ? statementBefore(ctx, i, verb!, attribution) : null;
  if (t && t.first <= scan.coveredUntil) return; // the attribution of a statement already found
  if (t && newsAttributed(scan, i, t)) return;
  t ??= statementAfter(ctx, ann ? i + ann - 1 : i, verb);
  t = quotedDocumentSays(ctx, i, t, verb);
  if (t && t.last - t.first + 1 < 2 && ctx.quotationOf[t.first] === -1) t = null;
  const proclaimed = t ? proclaimedState(scan, i, t, verb) : null;
  if (proclaimed === 'silent') return;
  if (proclaimed) t = proclaimed;
  if (t && actNotWords(scan, i, t, verb)) return;
  if (t && eventNotWords(ctx, i, t, verb)) t = null;
  if (t && callsOnAddressee(ctx, t)) t = { ...t, first: t.subjectFirst };
  if (!t) {
    if (verb && verb.form !== 'participle') silent.push(i);
    return;
  }
  t.at = i;
  // "أفاد بيان الرئاسة بأن الرئيس أكد للسفير أن «…»": the words are someone's the statement reports; they speak.
  // (Only a document, agency or body reports someone so; a person who recounts what was said to them keeps the words:
  // "لافتا إلى أن الوزير X أكد له أن …".)
  if (t.opening === 'complementizer' && t.verb?.form !== 'participle' && t.subjectLast >= t.subjectFirst && !namesPerson(ctx, t.subjectFirst, t.subjectLast)) {
    const inner = reportedSpeaker(ctx, t.first);
    if (inner) t = inner;
  }
  out.push(t);
  scan.coveredUntil = Math.max(t.last, t.opening === 'before' ? t.subjectLast : t.last);
}

/**
 * The reporting verb at i (none after an announcer), and the length of an attribution before it: "وفقا لما ذكره …",
 * "بحسب ما قالته …", "حسب ما صرح به …" (where no verb of its own is read, one that takes an object).
 */
function reportingVerbAt(ctx: TextContext, i: number, ann: number): { verb: ReportingVerb | null; attribution: number } {
  let verb = ann ? null : triggerVerb(ctx, i);
  let attribution = verb ? postAttributionBefore(ctx.norms, i) : 0;
  if (!ann && !verb) {
    // "وفقا لما ذكره …", "بحسب ما قالته …", "حسب ما صرح به …"
    const objVerb = reportingVerbWithObject(ctx.norms[i]!) ?? reportingVerb(ctx.norms[i]!);
    attribution = objVerb ? postAttributionBefore(ctx.norms, i) : 0;
    if (attribution) verb = objVerb;
  }
  return { verb, attribution };
}

/**
 * '"…"، قال الوزير': the verb attributes the quotation before it and brings no words of its own. (Not across a paragraph
 * break: a quotation that ends a headline leaves the next paragraph's verb its own words.) ('"…"، هكذا قال الوزير' too.)
 */
function attributesQuotationBefore(ctx: TextContext, i: number, verb: ReportingVerb, attribution: number): boolean {
  const words = ctx.norms[i - 2] === 'بهذه' && /^(الكلمات|العبارات|العباره|الكلمه)$/.test(ctx.norms[i - 1] ?? '');
  const closer = words ? i - 2 : HAKADHA.test(ctx.norms[i - 1] ?? '') && ctx.sentence[i - 1] === ctx.sentence[i] ? i - 1 : i;
  return verb.form !== 'participle' && !attribution && !conjunctionOf(ctx.norms[i]!) && closer > 0 && ctx.quotationOf[closer - 1] !== -1
    && !nameAfterPreposition(ctx, closer - 1) && hasCloser(gapBefore(ctx, closer)) && !gapBefore(ctx, closer).includes('\n') && !clauseFollows(ctx, i + 1) && !(verb.prep && ctx.norms.slice(i + 1, i + 4).includes(verb.prep));
}

/**
 * "ارتفعت حصيلة الضحايا إلى 438 قتيلا، وفق ما أعلنته السلطات", "قتل 23 شخصا وأصيب العشرات …، وفق ما أفادت الشرطة": a toll
 * attributed after it is the story's news, not the words of those who gave it (none of the nine in the readable sets is
 * marked); words in quotation marks inside it stay theirs. Whether the verb at i was silenced so.
 */
function newsAttributed(scan: TriggerScan, i: number, t: Trigger): boolean {
  const { ctx } = scan;
  // ("الجزائر - تسلم رئيس الجمهورية … أوراق اعتماد …، حسب ما أورده بيان لرئاسة الجمهورية": the lede, the sentence that
  // opens the story under its title, tells the event in the agency's own words; the statement it cites is its
  // source, not anyone's words (the lede is marked in none of the readable sets but as optional, five times).)
  if (!((reportsToll(ctx, t.first, t.last) || opensLede(ctx, t.first)) && !holdsQuotation(ctx, t.first, t.last))) return false;
  scan.silent.push(i);
  // (Its source still speaks, to be named again: "وأورد البلاغ ذاته أن …".)
  scan.silentSubjects?.set(i, [t.subjectFirst, t.subjectLast]);
  scan.coveredUntil = t.subjectLast;
  return true;
}

/**
 * "وجاء في «إعلان بغداد» الصادر في ختام القمة أن …": the document's name in quotation marks is who speaks; the words
 * begin after it, at أن.
 */
function quotedDocumentSays(ctx: TextContext, i: number, t: Trigger | null, verb: ReportingVerb | null): Trigger | null {
  if (!(t && !verb && t.first === i + 2 && ctx.quotationOf[i + 2] !== -1 && documentSays(ctx, i))) return t;
  let e = i + 2;
  while (e + 1 < ctx.tokens.length && ctx.quotationOf[e + 1] === ctx.quotationOf[i + 2]) e++;
  const words = e - i - 1 <= 4 ? statementAfter(ctx, e, null) : null;
  return words && words.opening === 'complementizer' ? { ...words, subjectFirst: i + 2, subjectLast: e } : t;
}

/**
 * "وأعلن الديوان الملكي الحداد الوطني لمدة ثلاثة أيام", "أعلنت السلطات حالة الطوارئ": proclaiming a state is an act,
 * not words (the dev-convention readable golds leave all 12 such objects unmarked or optional). Its clause is no one's
 * words either: a later «، كما أعلنت Y الحداد» does not attribute it. (A clause after a comma that holds a quotation is
 * the speaker's words still: "…، محملا سلطات الاحتلال «المسؤولية الكاملة» عن سقوطهم"; and a speaker who goes on in the
 * sentence, "أعلن X الحداد العام ثلاثة أيام، ووصف درنة بأنها «…»", is marked with it by writers who join continuations.)
 * 'silent' where the verb reports nothing, the statement from that clause on, or null where no state is proclaimed.
 */
function proclaimedState(scan: TriggerScan, i: number, t: Trigger, verb: ReportingVerb | null): Trigger | 'silent' | null {
  const { ctx } = scan;
  if (!((t.opening === 'plain' || t.opening === 'preposition') && verb?.lemma === ANNOUNCED && proclaims(ctx, i, t.first) && !speaksOn(ctx, t.last + 1, t.first))) return null;
  const rest = quotedClauseAfter(ctx, t.first, t.last);
  if (rest < 0) {
    scan.silent.push(i);
    scan.coveredUntil = t.last;
    return 'silent';
  }
  return { ...t, first: rest };
}

/** A verb whose object is an act or a figure, not words: a welcome, what the story told, results or a win, a penalty. */
function actNotWords(scan: TriggerScan, i: number, t: Trigger, verb: ReportingVerb | null): boolean {
  const { ctx, silent, silentSubjects } = scan;
  // "ورحب نائب الوزير بالسفراء الجدد", "رحب الرئيس بانضمام الإمارات إلى المجموعة": a welcome is an act, whoever or
  // whatever it greets; the readable golds and dev's mark none of its objects (what the speaker goes on to say after
  // it, «، مؤكدا أن …», is a statement of its own). Its object's words in quotation marks are the speaker's still.
  // Its subject is the words between the verb and the object.
  if ((t.opening === 'plain' || t.opening === 'preposition') && verb?.lemma === WELCOMED && !holdsQuotation(ctx, t.first, t.last)) {
    silent.push(i);
    silentSubjects?.set(i, [i + 1, t.first - 1]);
    return true;
  }
  // "نفى X هذه الرواية", "قد أعلنت الخبر صباحاً": an object that only points back at what the story told holds no
  // words (the four such in the readable sets are false quotes, or optional once); the verb still names who spoke.
  if ((t.opening === 'plain' || t.opening === 'object') && pointsBack(ctx, t.first, t.last)) {
    silent.push(i);
    if (t.subjectLast >= t.subjectFirst) silentSubjects?.set(i, [t.subjectFirst, t.subjectLast]);
    return true;
  }
  // "أعلنت الهيئة العليا للانتخابات، مساء الثلاثاء، النتائج الأولية للدور الأول": the results read out are figures,
  // not the announcer's words (none of the five such objects in the readable sets is marked; one is optional). What
  // the announcer goes on to say («، مشيرا إلى أن …») is read on its own.
  // So is the win an electoral body declares, «أعلنت مفوضية الانتخابات فوز X بالانتخابات»: the golds leave 7 such
  // objects in the readable sets out and make the others optional; none is a quote that counts.
  if ((t.opening === 'plain' || t.opening === 'preposition') && verb?.lemma === ANNOUNCED
    && (announcesResults(ctx, i, t.first) || declaresWin(ctx, i, t.first, t.last))) {
    silent.push(i);
    return true;
  }
  // "وكان المدعي العام قد طالب بسجنها 12 عاما": a penalty asked of a court is a plea in the trial, not words said.
  if ((t.opening === 'plain' || t.opening === 'preposition') && verb?.lemma === DEMANDED && PENALTY.test(ctx.norms[t.first]!)) {
    silent.push(i);
    return true;
  }
  return false;
}

/** Whether the statement t tells an event, not words: in a clause of time or of scene-setting, or what a verb is about. */
function eventNotWords(ctx: TextContext, i: number, t: Trigger, verb: ReportingVerb | null): boolean {
  // "بعد أن أعلن الجيش السيطرة على …" is an event; in a clause of time only words said (أن، a colon, quotation marks)
  // are a statement ("بعد أن أكد X أن …", "قبل أن يقول إنه كان يقصد «…»").
  if (afterTimeAn(ctx, i) && t.opening !== 'complementizer' && t.opening !== 'colon' && !holdsQuotation(ctx, t.first, t.last)) return true;
  // So is أعلن with a plain object in a clause that sets the scene: "منذ أعلن ولي العهد الفكرة لأول مرة", "حين أعلن
  // البلدان عن إطلاق مشروع خط الغاز", "الانتخابات التي أعلن فوزه فيها".
  if (verb?.lemma === ANNOUNCED && i > 0 && ctx.sentence[i - 1] === ctx.sentence[i] && BACKGROUND_OPENER.test(ctx.norms[i - 1]!)
    && t.opening !== 'complementizer' && t.opening !== 'colon' && !holdsQuotation(ctx, t.first, t.last)) return true;
  // "تحدثت السلطات عن قتيلين فقط": a short noun phrase after عن is what the verb is about, not words said (after على
  // or إلى, "حث … على العودة إلى الحوار", it is what is urged).
  // (…but after أعرب/عبر عن, a feeling of the speaker's own is what was said, however short: "عن سعادته بزيارة المملكة".)
  return t.opening === 'preposition' && t.verb?.prep === 'عن' && isBareObject(ctx, t.first, t.last) && !expressesFeeling(ctx, t);
}
