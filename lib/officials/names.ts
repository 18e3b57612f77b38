/**
 * Where a personal name starts and ends around a title. A name runs until a verb, a preposition, punctuation,
 * the و that starts the next list item, a new title, a nationality adjective or a country; Arabic names keep
 * their بن/آل/أبو/عبد links.
 */
import { isNameWord, nameWordOf, ordinaryWordOf, reportingVerbOf, unattestedWordOf, inNameDictionariesOf } from './lookups';
import { arabicNameWord, isStopWord, isArabicRuleSpelled, originsOfGivenName, chineseSyllable, foreignNameWord, inNameDictionaries, koreanSurname, koreanSyllable } from '../vocab/names';
import { isCliticReadingBesideForeign, isWordOfNoLanguage, isGazetteerWord, isGivenNameAlsoWord, isOrdinaryWord, isPlainVerb } from '../people/evidence';
import { isAlsoName, isDictionaryEntry, isLexical, isVerbAsWritten, lexicalReading } from '../people/lexicon';
import { matchCountryName, matchNationality } from './lookups';
import { adjectives, capitals, compoundNameEnds, foreignNameParticles, heads, institutionNouns, modifiers, nameParticles, nameStops, ordinals, placeHeads, places, portfolios, ranks, styles } from '../vocab/titles';
import { channelLength, sourceAdjective, timeNounPhraseAt, timePhraseLength } from '../vocab/speakers';
import { isComplementizer, isOwnedSaying, reportingVerb } from '../vocab/reporting';
import type { Word } from './words';
import { adjectiveHead } from './adjective-head';
import { stripAl } from '../arabic/article';
import { dualHead } from './dual';
import { vietnameseFamilyName, vietnameseNameLength } from '../vocab/vietnamese';
import { SIDE_NOUN } from '../vocab/attendance';
import { latinLetterNamed } from '../vocab/latin-letters';

export interface NameRun {
  /** Word indices [start, end). */
  start: number;
  end: number;
  /** Normalised words, the first without its conjunction or preposition. */
  norms: string[];
  /** Letters of the first word's proclitic (و of "وجونغ"). */
  prefixLen: number;
  /** The last word, read as a word too, closes a foreign name (foreignClosingWord): «أمديي أيالو فانتا». */
  foreignClose?: boolean;
}

/** Two or three words of no language the lexicons know, the last one also where it closes a foreign name. */
export function foreignRun(run: NameRun): boolean {
  return run.norms.length >= 2 && run.norms.length <= 3 && run.norms.every((w, n) => isForeignWord(w) || (!!run.foreignClose && n === run.norms.length - 1));
}

const MAX_WORDS = 4;
/** Styles of a profession that go before a name without the article after a rank (normalised): «الفريق مهندس …». */
const BARE_PROFESSION_STYLES = new Set(['مهندس', 'دكتور']);
/** Styles that are also common family names (El Hajj, El-Sayed). */
const FAMILY_STYLES = new Set(['الحاج', 'السيد']);
const PRONOUN_SYLLABLES = new Set(['هي', 'هو']);
/** Styles that close a Mauritanian name after «ولد» and the father's name («ولد الحاج الشيخ»). */
const MAURITANIAN_STYLES = new Set(['الشيخ']);
/**
 * Gulf ruling houses written as one family name with the article: a sheikh's name of the house runs to five words
 * with it at the end («الشيخ أحمد نواف الأحمد الجابر الصباح», «الشيخ صباح خالد الحمد المبارك الصباح»).
 * (The houses written with «آل» need no place here: «آل» links its word and is not counted.)
 */
const RULING_HOUSES = new Set(['الصباح', 'القاسمي', 'النعيمي', 'الشرقي', 'المعلا']);

/**
 * A Gulf lineage runs to five names: the given name, «بن», the father, the forebears and the family name with the
 * article («سهيل بن محمد فرج فارس المزروعي»). Reading forward, the fifth word closes it: a family name with the article
 * after a run that holds «بن», before punctuation, a title or the text's end.
 */
function lineageClosing(words: Word[], norms: string[], out: readonly string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (!out.some((n) => n === 'بن' || n === 'ابن') || !hasArticle(w) || !(nameWordOf(w) || isFamilyName(w.norm))) return false;
  return !next || !!next.punctBefore || startsTitle(words, norms, k + 1);
}

/** Reading back from a title, the fifth word is the given name that opens the lineage: «بن» after it, the family name with the article last. */
function lineageOpening(words: Word[], norms: string[], k: number, end: number): boolean {
  return /^(بن|ابن)$/.test(norms[k + 1] ?? '') && k + 1 < end && hasArticle(words[end - 1]!) && isNameWord(norms[k]!);
}

/** A particle-shaped word that is a father's name after «ولد» («آبي», «ابا»): not the article, عبد or another kinship word. */
function fatherAfterOuld(norm: string): boolean {
  return /^(ابي|ابا|ابو|ام|دي|دو|دا|بو)$/.test(norm);
}

/** The word carries the article ال as written: "ألويسيو", "إلياس" start with a hamza and have none. */
function hasArticle(w: Word): boolean {
  return w.norm.startsWith('ال') && !/^[أإآ]/.test(w.tok.text);
}

/** Word i starts a title, a style or a rank (in any clitic reading). */
export function startsTitle(words: Word[], norms: string[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  return w.forms.some((f) => (heads.match(stripAl(f.form), norms, i) && !adjectiveHead(words, norms, i, f, true)) || styles.match(f.form, norms, i) || ranks.match(f.form, norms, i));
}

/** A word that opens with a Latin letter or a digit, or has a digit anywhere. */
const LATIN_OR_DIGIT = /^[0-9A-Za-z]|[0-9٠-٩]/;

/**
 * The particles of Portuguese and Spanish surnames («دا سيلفا», «دوس سانتوس»): a name word the stop list also holds
 * («لولا», the particle "were it not for") is a name before one of them («لويس إيناسيو لولا دا سيلفا»).
 */
const ROMANCE_PARTICLES = new Set(['دا', 'دي', 'دو', 'دوس', 'داس']);

function isStop(w: Word, next?: Word): boolean {
  // على and علي share one normalised form: before بن or a name word it is the name Ali — but "على" before a definite
  // noun is the preposition ("على الملأ").
  // (Asked of علي only: isStop is asked of every word a name reader passes.)
  // (A name glued to عبد is a name word too: "علي عبدالعال".)
  if (w.norm === 'علي' && next && !next.punctBefore && !(/على$/.test(w.tok.text) && next.norm.startsWith('ال')) && (nameParticles.has(next.norm) || nameWordOf(next) || /^عبد.{3,}/.test(next.norm))) return false;
  if (w.norm !== 'علي' && next && !next.punctBefore && ROMANCE_PARTICLES.has(next.norm) && nameWordOf(w)) return false;
  // A clitic reading counts only when the whole word is no name: "فيصل" is not ف + يصل, "وليد" not و + ليد.
  return w.norm.length < 2 || nameStops.has(w.norm) || w.forms.some((f) => nameStops.has(f.form) && !(/^[وف]$/.test(f.prefix) && nameWordOf(w))) || LATIN_OR_DIGIT.test(w.norm);
}

/** Word i stands between two name words, with no punctuation around it. */
function sandwiched(words: Word[], norms: string[], i: number): boolean {
  const before = words[i - 1], after = words[i + 1];
  if (!before || !after || words[i]!.punctBefore || after.punctBefore || /^[وفبل]/.test(norms[i]!) || startsTitle(words, norms, i - 1)) return false;
  // (A verbal noun of the form تفعيل is the sentence's: «غوتيريس تعيين كريستين …».)
  if (/^ت..ي.$/.test(norms[i]!) && isLexical(norms[i]!) && !isNameWord(norms[i]!)) return false;
  return isNameWord(norms[i - 1]!) && isNameWord(norms[i + 1]!) && !isOrdinaryWord(norms[i - 1]!) && !isOrdinaryWord(norms[i + 1]!);
}

/** Articles that write the preposition على with its final ى somewhere (memoised per word list). */
const alaWithYa = new WeakMap<Word[], boolean>();

function writesAlaWithYa(words: Word[]): boolean {
  let seen = alaWithYa.get(words);
  if (seen === undefined) {
    seen = words.some((w) => w.tok.text === 'على');
    alaWithYa.set(words, seen);
  }
  return seen;
}

/**
 * «علي» written with a dotted ي, in an article that writes the preposition «على» with ى, is the name Ali, before any
 * word that may go on a name («المهندس علي الفضالي»، «سعيد علي النقبي»، «مستشار الوزير علي طليس»): the spelling
 * itself tells the two apart there. Not before a stop, a title, a country or punctuation.
 */
function writtenAli(words: Word[], norms: string[], i: number): boolean {
  const w = words[i]!, next = words[i + 1];
  if (w.tok.text !== 'علي' || !next || next.punctBefore || !writesAlaWithYa(words)) return false;
  return !isStop(next, words[i + 2]) && !startsTitle(words, norms, i + 1) && !matchCountryName(norms, i + 1) && !matchNationality(norms, i + 1) && !isVerbAsWritten(next.norm);
}

/**
 * «علي» with no article and no clitic, after a given name and another name word, right before a comma or a full stop,
 * is the name Ali that closes a name of three: the preposition على always governs a word after it, so it never stands
 * before punctuation («الفريق محمد عمران علي،»).
 */
function aliAtClose(words: Word[], norms: string[], i: number): boolean {
  const w = words[i]!, next = words[i + 1];
  if (w.tok.text !== 'علي' || w.punctBefore || !next || !/^[،,.]$/.test(next.punctBefore ?? '') || i < 2) return false;
  return isNameWord(norms[i - 1]!) && isNameWord(norms[i - 2]!) && !words[i - 1]!.punctBefore && !nameParticles.has(norms[i - 1]!);
}

/**
 * «علي» after a given name and before one word that no dictionary of the language holds as written, or that a name
 * source lists, or that is a verb as written (never the preposition's object), right where the name closes (a comma, a full stop, the text's end, «إن»/«أن»): the name Ali inside a
 * name of three, with a family name the lexicon cannot vouch for («غوهر علي خان،», «علي علي زاده،», «محمد علي أقبن،»).
 * The preposition «على» governs a noun that goes on (its genitive or adjective: «على هامش الاجتماع», «على ضرورة
 * الحوار»), so it does not stand two words before the sentence closes with a word of no dictionary.
 */
function aliBeforeForeignSurname(words: Word[], norms: string[], i: number): boolean {
  const w = words[i], prev = words[i - 1], next = words[i + 1], after = words[i + 2];
  if (!w || !prev || !next || w.norm !== 'علي' || w.punctBefore || next.punctBefore) return false;
  if (!(isNameWord(prev.norm) || prev.norm === 'علي') || nameParticles.has(prev.norm)) return false;
  if (next.norm.length < 2 || hasArticle(next) || /^[وفبل]/.test(next.norm) || /ه$/.test(next.tok.text) || isStop(next, after)) return false;
  // (A verb as written is no object of «على» either: «أقبن».)
  if (!(inNameDictionariesOf(next) || !isDictionaryEntry(next.norm) || isVerbAsWritten(next.norm)) || startsTitle(words, norms, i + 1)) return false;
  if (matchCountryName(norms, i + 1) || matchNationality(norms, i + 1) || timePhraseLength(norms, i + 1)) return false;
  return !after || /^[.،,؛]$/.test(after.punctBefore ?? '') || (!after.punctBefore && /^[إأ]ن$/.test(after.tok.text));
}

/**
 * Word i is the first half of a Turkish family name on «-oğlu» written apart, «أوغلو» right after it: «قاضي أوغلو» is
 * Kadıoğlu, «مفتي أوغلو» Müftüoğlu, whatever the first half means alone (a judge, a mufti, beauty) — and a name does not
 * close before it.
 */
function beforeOghlu(words: Word[], norms: string[], i: number): boolean {
  const w = words[i], next = words[i + 1];
  return !!w && !!next && norms[i + 1] === 'اوغلو' && !next.punctBefore && !hasArticle(w) && !/^[وف]/.test(w.norm) && w.norm.length >= 3;
}

/** «يبحثان», «تبحثان», «يؤكدون»: a present verb's stem (ي/ت and three letters or more) with the dual or plural ending. */
export function presentDualOrPlural(norm: string): boolean {
  const m = /^([يت].{3,})(ان|ون)$/.exec(norm);
  return !!m && isVerbAsWritten(m[1]!) && !inNameDictionaries(norm) && !isNameWord(norm);
}

/**
 * An Arab family name written like a function word («خلف»: behind; «علي» as «على» is written in articles that keep ى
 * for the preposition), right after a given name, where the sentence cannot go on with the preposition: before a
 * comma, a full stop, the text's end or «إن»/«أن» that opens what was said («قال النائب ملحم خلف إن …», «وزير المالية
 * محمد علي،»). Not a word with a pronoun («عليه», «منه»).
 */
function closingFunctionWordSurname(words: Word[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  const ali = w.tok.text === 'علي' && writesAlaWithYa(words);
  // (Not an adjective of an unnamed source after a nationality that is a name too: «مصدر دبلوماسي تركي رفيع إن».)
  const named = ali || (nameStops.has(w.norm) && arabicNameWord(w.norm) !== undefined && !/^[وفبل]/.test(w.norm) && !/ه$/.test(w.tok.text) && w.norm.length >= 3
    && !adjectives.has(w.norm) && !modifiers.has(w.norm) && !sourceAdjective(w.norm) && !matchNationality(['ال' + (words[k - 1]?.norm ?? '')], 0));
  if (w.punctBefore) return false;
  if (!named) {
    if (!next || next.punctBefore) return false;
    if (next.tok.text === 'إن') return foreignFunctionWordSurname(w);
    // (… and before ف with what the person said, where no function word can stand: «أما المدير التنفيذي … باتريك كي
    // فأكد» — two letters are enough there.)
    return faPastReportingVerb(next.norm) && foreignFunctionWordSurname(w, 2);
  }
  return !next || /^[.،,؛]$/.test(next.punctBefore ?? '') || (!next.punctBefore && /^[إأ]ن$/.test(next.tok.text));
}

/**
 * A foreign family name written like a word of the stop list («سال»: Sall, also "it flowed"), which the name lists
 * hold as a name word: after a given name, before «إن» that opens what the person said, it closes the name («قال
 * المرشح للرئاسة خليفة سال إن …») — nothing of the stop list stands between a speaker's name and «إن». Three letters at
 * least, no و/ف/ب/ل before it.
 */
function foreignFunctionWordSurname(w: Word, minLength = 3): boolean {
  return nameStops.has(w.norm) && nameWordOf(w) && inNameDictionariesOf(w) && arabicNameWord(w.norm) === undefined && w.norm.length >= minLength && !/^[وفبل]/.test(w.norm);
}

/**
 * ف and a reporting verb in the past, what «أما X ف…» goes on with («فقال», «فأكد»); not a present form that a foreign
 * surname only reads as («فيرّي», Ferri, as ف + «يرى»).
 */
function faPastReportingVerb(norm: string): boolean {
  return norm[0] === 'ف' && reportingVerb(norm)?.form === 'past';
}

/**
 * A family name written like a nationality («السويدي», «المصري»), after two name words and right before an office,
 * with no punctuation between: «وسعادة صالح أحمد السويدي سفير الدولة لدى البرازيل». A nationality there would describe
 * no noun: the name sources' family name closes the name.
 */
function nationalityFamilyBeforeOffice(words: Word[], norms: string[], i: number): boolean {
  const w = words[i]!, next = words[i + 1];
  if (i < 2 || w.punctBefore || words[i - 1]!.punctBefore || !next || next.punctBefore || !inNameDictionariesOf(w)) return false;
  if (matchNationality(norms, i)!.length !== 1 || !isNameWord(norms[i - 1]!) || !isNameWord(norms[i - 2]!) || hasArticle(words[i - 1]!)) return false;
  return opensOffice(words[i + 1]!, norms, i + 1);
}

/**
 * Word i opens a title whose head is an office («وزير», «سفير»), not a description of someone with none («الخبير»):
 * the first reading of the word a head matches decides. (A loop, no closure: blocks() asks it of name words.)
 */
function opensOffice(w: Word, norms: string[], i: number): boolean {
  for (const f of w.forms) {
    const m = heads.match(stripAl(f.form), norms, i);
    if (m) return !m.value.person;
  }
  return false;
}

/**
 * «المعينين»، «المعينون»: ambassadors-designate, never a name; «المعين» or «المعينة» too where the place or «حديثا»
 * follows («سفير تشيلي المعين لدى البلاد», «سفراء الدول الشقيقة والصديقة المعينين حديثا لدى المملكة»).
 */
function designateWord(words: Word[], norms: string[], i: number): boolean {
  const w = norms[i]!;
  if (/^المعين(ين|ون)$/.test(w)) return true;
  return /^المعين[هة]?$/.test(w) && !!words[i + 1] && !words[i + 1]!.punctBefore && /^(لدي|حديثا)$/.test(norms[i + 1]!);
}

/** A word that cannot be part of a name at position i. */
function blocks(words: Word[], norms: string[], i: number): boolean {
  const w = words[i]!;
  if (cliticGivenOfSameOrigin(words, norms, i)) return false;
  if (writtenAli(words, norms, i) || aliAtClose(words, norms, i) || beforeOghlu(words, norms, i) || aliBeforeForeignSurname(words, norms, i)) return false;
  if (i > 0 && aliBeforeForeignSurname(words, norms, i - 1)) return false;
  // (… and the word after it is the family name where the name closes there: «علي طليس.», «سعيد علي النقبي،».)
  const after = words[i + 1];
  if (i > 0 && writtenAli(words, norms, i - 1) && (!after || !!after.punctBefore || isStop(after, words[i + 2]))) return false;
  // (A family name that is a describing word closes the name before an office: «المهندس حسن الخطيب وزير …».)
  if (describingWordSurname(words, norms, i, i + 1)) return false;
  if (isStop(w, words[i + 1]) || startsTitle(words, norms, i)) return true;
  if (epithetAfterCountry(words, norms, i)) return true;
  if (designateWord(words, norms, i)) return true;
  if (w.norm.startsWith('ال') && matchNationality(norms, i) && !nationalityFamilyBeforeOffice(words, norms, i)) return true;
  // A verb in the future ("ستزور", "سيلتقي"): س before a present verb no name source lists.
  if (/^س[يتن]/.test(w.norm) && isVerbAsWritten(w.norm.slice(1)) && !inNameDictionariesOf(w)) return true;
  // A present verb in the dual or the masculine plural, as headlines put it after two offices: «وزير الخارجية ونظيره
  // العراقي يبحثان …», «… يؤكدون». The present stem before ان/ون is a verb as written and no name source lists the word.
  if (presentDualOrPlural(w.norm)) return true;
  // A verb with plural or object-pronoun endings: "سيرافقونه".
  if (/(ونه|ونها|وهم|وها|تهم)$/.test(w.norm) && !nameWordOf(w)) return true;
  if (matchCountryName(norms, i) && !nameWordOf(w)) return true;
  if (portfolios.match(w.norm, norms, i)) return true;
  // An institution with the article is the object of the sentence: "وطالبت النائبة سهير عبد الحميد الوزارة بـ…".
  if (w.norm.startsWith('ال') && institutionNouns.has(stripAl(w.norm))) return true;
  // The first half of a compound name is a name whatever it means alone: "محيي الدين", "ذبيح الله".
  if (compoundNameEnds.has(norms[i + 1] ?? '') && !words[i + 1]!.punctBefore) return false;
  // An ordinary word of the language that no name source attests: "عباس مرارا", "رافق تيلرسون" — unless name words
  // stand on both sides of it ("باربرا بليت أشر").
  if (unattestedWordOf(w) && !sandwiched(words, norms, i)) return true;
  return false;
}

/**
 * Word i reads as a clitic on a noun («لامين»: ل + أمين, to a secretary) but is whole a common given name of a foreign
 * origin that the given name right before it has too: «النائب مامادو لامين ديالو» (Mamadou Lamine Diallo) — a name run
 * goes on over the name words of its own origin. (Arab names stay out: their words are the language's too.)
 */
export function cliticGivenOfSameOrigin(words: Word[], norms: string[], i: number): boolean {
  const w = words[i]!;
  if (i < 1 || w.punctBefore || !/^[وفبلك]/.test(w.norm) || !w.forms.some((f) => f.prefix !== '')) return false;
  const origins = originsOfGivenName(w.norm).filter((o) => o !== 'arab' && o !== 'maghreb');
  const before = originsOfGivenName(norms[i - 1]!);
  return origins.some((o) => before.includes(o)) && !nameStops.has(norms[i - 1]!);
}

/**
 * The name starting at word i (after a title). `comma` allows one comma before it ("وزير الخارجية السعودي، عادل الجبير").
 * The first word may carry و/ب/ل only when its bare form is a name word.
 */
/**
 * `loose`: the title is a full role (a complement or a nationality), so a name slot follows; foreign names outside
 * the dictionaries ("أنالينا بيربوك") are accepted when no word looks like a common noun.
 */
export function readNameAfter(words: Word[], norms: string[], i: number, comma: boolean, paren = false, loose = false, conj = false): NameRun | null {
  const run = readNameAfterAnyWay(words, norms, i, comma, paren, loose, conj);
  return run && withoutPresentVerb(words, norms, run);
}

/**
 * A present verb in the third person («يتابع», «يولي», and in the future «سيلبي») is the sentence going on after the
 * office or the name, with its object right after it: «وزير التعليم العالي يتابع سير امتحانات …», «رئيس بلادها
 * سيباستيان بينيرا يولي أهمية …», «الرئيس سلام سيلبي الدعوة». A name opening on a verb of the language that no name
 * source lists, the rest of it words of the language too, is no name; a name closing on a verb with its object (a
 * noun, no punctuation between) ends before it. Not an Arab given name («يوسف», «ياسين», «يحيى»), nor a listed name
 * with no object after it («رئيس الكتلة عمر يوم، إن …»).
 */
function withoutPresentVerb(words: Word[], norms: string[], run: NameRun): NameRun | null {
  const first = words[run.start]!;
  // (Not a foreign given name the lexicon reads as a verb, before a family name it does not hold: «ينال فريحات»,
  // «يرجان أشيكباييف», «توت قلواك»; «يتابع سير امتحانات» is words of the language throughout.)
  if (presentVerb(first.norm) && ordinaryWordOf(first) && !nameWordOf(first) && run.norms.slice(1).every((n) => isDictionaryEntry(n))) return null;
  const k = run.end - 1;
  if (run.end - run.start < 2 || !presentVerb(norms[k]!) || arabicNameWord(norms[k]!) !== undefined || !objectAfter(words, norms, k + 1)) return run;
  return { ...run, end: k, norms: run.norms.slice(0, k - run.start) };
}

/** A present verb of the third person as the dictionary writes it, or in the future with «س». */
function presentVerb(norm: string): boolean {
  return (/^[يت]/.test(norm) && isVerbAsWritten(norm)) || (/^س[يت]/.test(norm) && isVerbAsWritten(norm.slice(1)));
}

/**
 * Word k, no punctuation before it, a noun the verb takes: with the article, or a word of the dictionary as written that
 * no name source lists and that is no verb.
 */
function objectAfter(words: Word[], norms: string[], k: number): boolean {
  const w = words[k];
  if (!w || w.punctBefore || /^[وف]/.test(w.norm) || startsTitle(words, norms, k)) return false;
  if (hasArticle(w)) return lexicalReading(w.norm) !== null && !nameWordOf(w);
  return isDictionaryEntry(w.norm) && !nameWordOf(w) && !inNameDictionariesOf(w) && !isVerbAsWritten(w.norm);
}

/** The name after word i as the rules read it, a verb and its object left in. */
function readNameAfterAnyWay(words: Word[], norms: string[], i: number, comma: boolean, paren = false, loose = false, conj = false): NameRun | null {
  if (!conj && (prepositionBeforeVerbalNoun(words, i) || prepositionOnNoun(words, norms, i))) return null;
  if (words[i] && placeWithPreposition(words[i]!) && !inNameDictionaries(norms[i]!)) return null;
  const initials = conj || paren ? null : initialsThenSurname(words, norms, i);
  if (initials) return initials;
  const run = readNameAfterWords(words, norms, i, comma, paren, loose, conj);
  if (!run && loose && !conj && commaApposedPair(words, norms, i)) return { start: i, end: i + 2, norms: norms.slice(i, i + 2), prefixLen: 0 };
  // (A Vietnamese name is read by its syllables, which the lexicon takes for pronouns and clitics: «فام مينه …».)
  const viet = conj ? null : vietnameseRun(words, norms, i, comma, paren);
  if (viet && (!run || run.end < viet.end)) return viet;
  if (conj) return run;
  // (… or stopped at a name word that the lexicon reads as a verb or a word: «إبراهيم نامس الجبوري», «ينال فريحات».)
  // (A bare office says a name follows as well as a full role does: «النائب ينال فريحات قال»; not after a word with
  // the article, which describes the office: «المحلل المالي X».)
  const inside = loose || (comma && !!words[i] && !hasArticle(words[i]!)) ? wordInsideName(words, norms, i) : null;
  if (inside && (!run || (run.start === inside.start && run.end < inside.end))) return inside;
  // (A foreign given name is not said alone after an office either, bare as it is: «رئيس البرلمان ماهيندا يابا
  // أبيواردينا في بيان».)
  if (!loose) return run && comma ? foreignGivenBeforeClose(words, norms, run) : run;
  // (… also where the reader stopped short of the tail: «مراد» of «مراد تشتين قايا».)
  const tail = foreignTailName(words, norms, i, comma, paren);
  if (tail && (!run || (run.start === tail.start && run.end < tail.end))) return tail;
  return run ? foreignSurnameBeforeObject(words, norms, foreignGivenBeforeClose(words, norms, familyBeforeClose(words, norms, run))) : run;
}

/**
 * After a full role, a foreign given name read alone («سيلفان», «هيلي», «يائيل»: a name source's foreign word and no
 * Arab one, or a word of no language) and then one word that no dictionary holds as written, before the verb's object
 * or a number: the family name, whatever the lexicon's morphology reads into it («السفير الفرنسي في نيامي سيلفان
 * إيتيه 48 ساعة», «القاضي هيلي بوتاني ملخص الحكم», «يائيل براون-بيفيه النتيجة» with the second half of a hyphenated
 * surname). A foreign given name is not said alone after a full role. Not a dictionary word (a place the verb takes
 * the person to: «نيامي», «باريس»), an Arab name, a word with the article or a conjunction, a verb, a title, a
 * country, a nationality, a portfolio, a time or function word.
 */
function foreignSurnameBeforeObject(words: Word[], norms: string[], run: NameRun): NameRun {
  const given = run.norms[0]!;
  if (run.norms.length !== 1 || arabicNameWord(given) !== undefined || !(foreignNameWord(given) || isWordOfNoLanguage(given))) return run;
  const k = run.end, w = words[k];
  if (!w || w.punctBefore || w.norm.length < 3 || hasArticle(w) || /^[وف]/.test(w.norm) || /^(لل|بال|كال)/.test(w.norm)) return run;
  if (isDictionaryEntry(w.norm) || arabicNameWord(w.norm) !== undefined || lexicalReading(w.norm) === 'clitic' || isVerbAsWritten(w.norm) || isPlainVerb(w.norm)) return run;
  if (nameStops.has(w.norm) || isStop(w, words[k + 1]) || NOT_NAME_AFTER.test(w.norm) || timePhraseLength(norms, k) || reportingVerbOf(w) || isComplementizer(w.norm)) return run;
  if (startsTitle(words, norms, k) || matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w.norm, norms, k) || institutionNouns.has(stripAl(w.norm))) return run;
  if (/(ته|تها|ها|هم|هما|كم)$/.test(w.tok.text)) return run;
  // (A word the lexicon reads before a noun with the article is a construct head and its genitive, the verb's object:
  // «المبعوث الأمريكي جيمس ممثلي الحكومة».)
  const next = words[k + 1];
  if (lexicalReading(w.norm) !== null && !!next && !next.punctBefore && hasArticle(next)) return run;
  // (The second half of a hyphenated surname, written close: «براون-بيفيه».)
  const half = words[k + 1];
  const hyphened = !!half && half.punctBefore === '-' && half.tok.start - w.tok.end === 1 && !isDictionaryEntry(half.norm) && !hasArticle(half);
  const end = hyphened ? k + 2 : k + 1;
  return { ...run, end, norms: norms.slice(run.start, end) };
}

/**
 * «على» written with ى, then a word that is a given name and a noun too, then a noun of the language with the article
 * that no name source lists: the preposition, a verbal noun and its complement, after the title of the one thanked
 * («شكره لسمو نائب رئيس مجلس الوزراء على حسن الاستقبال», «أشكر سمو ولي العهد على كرم الضيافة»), never «علي حسن» and a
 * family name (a family name with the article is a listed name or a nisba).
 */
function prepositionBeforeVerbalNoun(words: Word[], i: number): boolean {
  const w = words[i], noun = words[i + 1], complement = words[i + 2];
  if (!w || !noun || !complement || w.tok.text !== 'على' || noun.punctBefore || complement.punctBefore) return false;
  if (!hasArticle(complement) || /ي$/.test(complement.norm) || nameWordOf(complement) || inNameDictionariesOf(complement)) return false;
  return isDictionaryEntry(noun.norm) && ordinaryWordOf(complement);
}

/**
 * A feminine noun of the language with «ل» glued to it, in no name source, opens no name: the title's complement
 * («رئيس غرفة التجارة الصينية لمقاطعة قوانغدونغ»). Names that only begin so («لطيفة», «لمياء») are listed.
 */
function prepositionOnNoun(words: Word[], norms: string[], i: number): boolean {
  const w = words[i];
  // (Of the feminine construct only, «لمقاطعة», «لهيئة», which the lexicon reads as ل + a noun: a foreign name of no list
  // may begin with ل and a word, «لازيز».)
  if (!w || !/^ل[^ل].{2,}ة$/.test(w.tok.text) || lexicalReading(w.norm) !== 'clitic') return false;
  return isDictionaryEntry(w.norm.slice(1)) && !nameWordOf(w) && !inNameDictionariesOf(w) && !nameWord(w.norm);
}

/**
 * A family name: a word a name source lists that has no other reading in the dictionary («فريحات», «مشالي»), or a
 * word with the article of no reading at all («الجبوري», «العجران»).
 */
function familyShaped(w: Word): boolean {
  if (isDictionaryEntry(w.norm) || lexicalReading(w.norm) !== null || /^(لل|بال|كال)/.test(w.norm)) return false;
  const listed = nameWordOf(w) || inNameDictionariesOf(w);
  // (A family name a name source lists whole may begin with و or ف: «فريحات», «فياض»; nothing else so written.)
  if (/^[وف]/.test(w.norm) && !listed) return false;
  return hasArticle(w) ? w.norm.length >= 5 : listed;
}

/** A word that may stand inside a name after a full role, whatever the lexicon reads it as: no stop or function word,
 * no title, country, nationality, portfolio, body noun, time word, reporting verb or word with a possessive pronoun. */
function mayStandInName(words: Word[], norms: string[], k: number, middle: boolean): boolean {
  const w = words[k]!;
  // (A given name a name source lists opens the name though the stop list holds it as a word too: «صباح مشالي،».)
  const listedGiven = !middle && inNameDictionariesOf(w) && !hasArticle(w);
  if (w.punctBefore || w.norm.length < 3 || /^[وف]/.test(w.norm) || /^(لل|بال|كال)/.test(w.norm) || (!listedGiven && (nameStops.has(w.norm) || isStop(w, words[k + 1])))) return false;
  if (hasArticle(w) && !nameWordOf(w)) return false;
  if (reportingVerbOf(w) || isComplementizer(w.norm) || (!listedGiven && (timePhraseLength(norms, k) || NOT_NAME_AFTER.test(w.norm)))) return false;
  // (A style between a given name and a family name is a name's part: «خليل الحاج توفيق».)
  const styleInside = middle && words[k]!.forms.some((f) => styles.match(f.form, norms, k)) && !words[k]!.forms.some((f) => heads.match(stripAl(f.form), norms, k) || ranks.match(f.form, norms, k));
  if ((startsTitle(words, norms, k) && !styleInside) || matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w.norm, norms, k) || institutionNouns.has(stripAl(w.norm))) return false;
  return !(/(ه|ها|هم|هما|كم)$/.test(w.tok.text) && !nameWordOf(w));
}

/** After a name, what closes it for certain: punctuation, «إن/أن», «قد», a reporting verb or «في». */
function closesName(next: Word | undefined): boolean {
  if (!next) return true;
  if (next.punctBefore) return /^[،,.:؛]$/.test(next.punctBefore);
  return /^[إأ]ن$/.test(next.tok.text) || /^(قد|في)$/.test(next.norm) || reportingVerbOf(next) !== null;
}

/**
 * After a full role, a name of two or three words that ends on a family name («familyShaped») and closes there, where
 * a word before it reads as a verb or a word of the language: the role said a name starts, the family name and the
 * close say where it ends, so the words between are the person's names («وزير التربية إبراهيم نامس الجبوري في»,
 * «النائب ينال فريحات قال», «رئيس غرفة تجارة الأردن خليل الحاج توفيق،»). Of two words, the first is a word of the
 * language («ينال»); of three, the first is a listed given name.
 */
function wordInsideName(words: Word[], norms: string[], i: number): NameRun | null {
  for (const n of [3, 2]) {
    const last = i + n - 1;
    if (!words[last] || !closesName(words[last + 1])) continue;
    // (Of three, a listed name that is no ordinary word closes it too: «خليل الحاج توفيق،».)
    const lastNorm = norms[last]!;
    if (!(familyShaped(words[last]!) || (n === 3 && isNameWord(lastNorm) && !isOrdinaryWord(lastNorm) && !hasArticle(words[last]!) && lexicalReading(lastNorm) !== 'clitic' && !reportingVerb(lastNorm))) || words[last]!.punctBefore) continue;
    if (!words.slice(i, last).every((_, m) => mayStandInName(words, norms, i + m, m > 0))) continue;
    const first = norms[i]!;
    // (Of three, a given name the sources list, or a word of the language before a listed name: «أثير داود الغريري».)
    const middleName = isNameWord(norms[i + 1]!) && !isOrdinaryWord(norms[i + 1]!) && !hasArticle(words[i + 1]!);
    if (n === 3 && !((isNameWord(first) && !isOrdinaryWord(first)) || inNameDictionaries(first) || (middleName && lexicalReading(first) === 'word' && !hasArticle(words[i]!)))) continue;
    if (n === 2 && !(lexicalReading(first) === 'word' && !hasArticle(words[i]!))) continue;
    return { start: i, end: last + 1, norms: norms.slice(i, last + 1), prefixLen: 0 };
  }
  return null;
}

/**
 * Word i is written with madda («آن»), folds to a function word the stop list holds («ان»), and a name source lists the
 * fold as a foreign given name; the next word, with no punctuation before it, is no stop, title, country, nationality,
 * ordinary word of the language or verb, and a name source lists it or the lexicon reads it as nothing («في آن واحد»,
 * «آن للشعب أن …» stay the phrase and the verb).
 */
function maddaGiven(words: Word[], norms: string[], i: number): boolean {
  const w = words[i]!, next = words[i + 1];
  if (!/^آ/.test(w.tok.text) || !nameStops.has(w.norm) || !foreignNameWord(w.norm) || !next || next.punctBefore) return false;
  return !isStop(next, words[i + 2]) && !startsTitle(words, norms, i + 1) && !matchCountryName(norms, i + 1) && !matchNationality(norms, i + 1)
    && !ordinaryWordOf(next) && !isVerbAsWritten(next.norm) && !next.norm.startsWith('ال')
    && (nameWordOf(next) || inNameDictionariesOf(next) || !lexicalReading(next.norm));
}

/**
 * Initials, each closed by a full stop, then a surname, as South Asian names are written: «آر. إم. إيه. إل. راتنايكي»,
 * «ر. غ. ك. كابور». Two initials at least (a lone letter and a stop may end a sentence), each one Arabic letter or a
 * Latin letter's name, and a surname of three letters or more with no article or clitic, no stop word.
 */
function initialsThenSurname(words: Word[], norms: string[], i: number): NameRun | null {
  const initial = (k: number) => !!words[k] && (/^[\u0621-\u064A]$/.test(words[k]!.tok.text) || latinLetterNamed(norms[k]!) !== undefined);
  if (words[i]?.punctBefore || !initial(i)) return null;
  let k = i + 1;
  while (initial(k) && words[k]!.punctBefore === '.') k++;
  const last = words[k];
  if (k - i < 2 || !last || last.punctBefore !== '.' || last.norm.length < 3 || /^(ال|[وفبلك])/.test(last.norm) && !nameWordOf(last) || nameStops.has(last.norm)) return null;
  return { start: i, end: k + 1, norms: norms.slice(i, k + 1), prefixLen: 0 };
}

/**
 * A Mauritanian given name with the article, a name word that is a word of the language too, before «ولد» and the
 * father's or family name: «وزير البترول والطاقة الناني ولد اشروقه،». The particle of descent says the word before it
 * is a name, as «بن» does; not «ولد» the verb before a preposition or a time word («… ولد في», «ولد عام»).
 */
function givenBeforeOuld(words: Word[], norms: string[], i: number): boolean {
  const after = words[i + 2];
  return norms[i + 1] === 'ولد' && isNameWord(norms[i]!) && !!after && !after.punctBefore && !isStop(after, words[i + 3]) && !ordinaryWordOf(after) && !startsTitle(words, norms, i + 2);
}

/** The shape of a passive participle of a three-letter root, masculine or feminine: «مكفوف», «مغلولة». */
function passiveParticiple(norm: string): boolean {
  return /^م[^اوي][^اوي]و[^اوي]ه?$/.test(norm);
}

/** Words after a name that say what the person did or when, not who: prepositions, time words, adverbs. */
const NOT_NAME_AFTER = /^(امس|ايضا|مجددا|بدوره|بدورها|كذلك|حينها|لاحقا|سابقا|صباح|مساء|ظهر|فجر|ليل|يوم|اليوم|غدا)$/;

/**
 * After a full role, a foreign given name read alone («نيلسون», «وانغ», «قيرات»: a name source's foreign word and no
 * Arab one, or a word of no language) and then two words that close at a comma, a full stop, «إن/أن» or «قد»: the
 * rest of a foreign name of three words, whatever the lexicon reads its syllables as («نيلسون توكا X،», «وانغ يانق
 * X.»). Not a word with the article or a clitic before it, a function or time word, a title, a country, a
 * nationality, a portfolio, a reporting verb, or a word with a possessive pronoun.
 */
export function foreignGivenBeforeClose(words: Word[], norms: string[], run: NameRun): NameRun {
  const given = run.norms[0]!;
  if (run.norms.length !== 1 || arabicNameWord(given) !== undefined || !(foreignNameWord(given) || isWordOfNoLanguage(given) || listedForeignOnly(given))) return run;
  const k = run.end;
  if (!words[k] || words[k]!.punctBefore) return run;
  if (!words[k + 1] || words[k + 1]!.punctBefore) return foreignGivenAndOneWord(words, norms, run);
  const after = words[k + 2];
  const closes = !after || /^[،,.:؛]$/.test(after.punctBefore ?? '') || (!after.punctBefore && (/^[إأ]ن$/.test(after.tok.text) || after.tok.text === 'قد' || after.tok.text === 'في'));
  if (!closes) return foreignGivenAndOneWord(words, norms, run);
  for (const m of [k, k + 1]) {
    const w = words[m]!;
    // (A name word stops nothing through a clitic reading, «لاما» as ل + «اما»; the closing one may be a name word the
    // stop list holds as a word too, «… لاما شريف،».)
    const nameLike = w.norm.length >= 3 && (nameWordOf(w) || inNameDictionariesOf(w));
    const stop = nameStops.has(w.norm) ? !(nameLike && m === k + 1) : !nameLike && isStop(w, words[m + 1]);
    if (w.norm.length < 2 || /^(ال|[وف]|لل|بال|كال)/.test(w.norm) || NOT_NAME_AFTER.test(w.norm) || stop) return run;
    if (timePhraseLength(norms, m) || reportingVerbOf(w) || isComplementizer(w.norm) || startsTitle(words, norms, m)) return run;
    if (matchNationality(norms, m) || matchCountryName(norms, m) || portfolios.match(w.norm, norms, m) || institutionNouns.has(stripAl(w.norm))) return run;
    if (/(ه|ها|هم|هما|كم)$/.test(w.tok.text) && !nameWordOf(w)) return run;
  }
  return { ...run, end: k + 2, norms: [...run.norms, norms[k]!, norms[k + 1]!] };
}

/** A word some name source lists that is no Arab name and no word of the language at all («ماهيندا»). */
function listedForeignOnly(norm: string): boolean {
  return norm.length >= 4 && inNameDictionaries(norm) && arabicNameWord(norm) === undefined && lexicalReading(norm) === null && !norm.startsWith('ال');
}

/**
 * The same with one word after the foreign given name, closing at a comma, a full stop or «إن» that opens what was
 * said: the family name, though the lexicon knows it as a word («المتحدث باسم الوزارة يانيك سالم إن …»). Not a word
 * with a clitic or the article, an adverb or a verbal noun in the accusative («صراحة», «مجددا»), a function or time
 * word, a country, a nationality, a portfolio, a verb of saying or a word with a possessive pronoun.
 */
function foreignGivenAndOneWord(words: Word[], norms: string[], run: NameRun): NameRun {
  const k = run.end, w = words[k], after = words[k + 1];
  if (!w || w.punctBefore) return run;
  const closes = !after || /^[،,.]$/.test(after.punctBefore ?? '') || (!after.punctBefore && (after.tok.text === 'إن' || after.tok.text === 'في'));
  // (A clitic, a final alif or a stop word read through a clitic say a word of the language — «بدوره», «مجددا» — unless a
  // name source lists the word whole and no Arab one does: «ريمي لاما في», not ل + «اما». Not a word of three letters,
  // where the clitic reading is as likely: «تو لام» after another side's office.)
  const listed = w.norm.length >= 4 && inNameDictionariesOf(w) && arabicNameWord(w.norm) === undefined;
  if (!closes || w.norm.length < 3 || /^ال/.test(w.norm) || (/^[وفبلك]/.test(w.norm) && !listed) || (/[اهة]$/.test(w.tok.text) && !(listed && /ا$/.test(w.tok.text))) || lexicalReading(w.norm) === 'clitic') return run;
  const clitickedStop = isStop(w, after) && !listed;
  if (NOT_NAME_AFTER.test(w.norm) || clitickedStop || nameStops.has(w.norm) || timePhraseLength(norms, k) || reportingVerbOf(w) || isComplementizer(w.norm)) return run;
  // (An office's head word, bare before the close, is no title: a title names its office or its holder after it.)
  if (matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w.norm, norms, k) || institutionNouns.has(w.norm)) return run;
  return { ...run, end: k + 1, norms: [...run.norms, norms[k]!] };
}

/** A Vietnamese family name at word i and the syllables of the name after it (lib/vocab/vietnamese). */
function vietnameseRun(words: Word[], norms: string[], i: number, comma: boolean, paren: boolean): NameRun | null {
  const first = words[i];
  if (!first || (first.punctBefore && !(comma && /^[،,]$/.test(first.punctBefore)) && !(paren && first.punctBefore === ')'))) return null;
  // (Most names start with no Vietnamese family name: leave before looking for the nationality around.)
  if (vietnameseFamilyName(norms[i]!) === undefined) return null;
  // (Right after the nationality «الفيتنامي» the name is Vietnamese whatever its syllables.)
  const said = (i > 0 && matchNationality(norms, i - 1)?.country === 'VN') || vietnameseSideBefore(words, norms, i);
  const n = vietnameseNameLength(norms, i, (k) => !words[k]!.punctBefore, said);
  return n ? { start: i, end: i + n, norms: norms.slice(i, i + n), prefixLen: 0 } : null;
}

/** How far before a name the side it is listed for may stand: «ومن الجانب الفيتنامي نائب رئيس الوزراء X». */
const SIDE_REACH = 7;

/**
 * «ومن الجانب الفيتنامي نائب رئيس الوزراء تران لو كوانغ»: the Vietnamese side, named a title before the name with no
 * punctuation between, says the name is Vietnamese as the nationality right before it does.
 */
function vietnameseSideBefore(words: Word[], norms: string[], i: number): boolean {
  for (let p = i - 2; p >= 1 && i - p <= SIDE_REACH; p--) {
    if (words[p + 1]!.punctBefore) return false;
    if (SIDE_NOUN.test(norms[p - 1]!) && matchNationality(norms, p)?.country === 'VN') return true;
  }
  return false;
}

/** Time nouns that head a time phrase only with a complement after them. */
const BARE_TIME_NOUNS = /^(يوم|صباح|مساء|ظهر|فجر|ليل)$/;

/**
 * After a full role, a given name alone (one word, or «عبد» and one) and then one word right before a comma, «إن/أن»
 * or «قد»: that word is the family name even where it reads as a word of the language («سفيان الزعق،», «عبد الله غل
 * قد», «نيلسون توكا»): the role said a name starts, and the close says it has ended. Not a function word, a reporting
 * verb, a title, a nationality, a country, a portfolio or a body noun.
 */
function familyBeforeClose(words: Word[], norms: string[], run: NameRun): NameRun {
  const given = run.norms.length === 1 || (run.norms.length === 2 && run.norms[0] === 'عبد');
  const k = run.end;
  const w = words[k], after = words[k + 1];
  if (!given || !w || w.punctBefore || !(isNameWord(run.norms[run.norms.length - 1]!) || inNameDictionaries(run.norms[run.norms.length - 1]!))) return run;
  // (Not before a full stop: «واستقبل الوزير خالد بحفاوة.», «وافتتح … وليد المعرض.» end on the verb's complement.)
  // (So does the next item of a list of officials, «و» and its office: «… منصور بطيش ومستشار رئيس الحكومة …».)
  const nextItem = !!after && !after.punctBefore && /^و/.test(after.norm) && startsTitle(words, norms, k + 1);
  const nounAfter = !nextItem && articleNounAfterName(words, norms, k);
  const closes = !!after && (/^[،,]$/.test(after.punctBefore ?? '') || (!after.punctBefore && (/^[إأ]ن$/.test(after.tok.text) || after.tok.text === 'قد')) || nextItem || nounAfter);
  const shortForeign = closes && shortSurnameOfForeignGiven(words, norms, run, k);
  // (A time noun stands in a time phrase only with its complement, «يوم الأحد», «صباح أمس»: bare before a comma or
  // «إن», one the name sources list is the family name: «رئيس الكتلة عمر يوم، إن …».)
  const bareTime = closes && !nextItem && !nounAfter && BARE_TIME_NOUNS.test(w.norm) && inNameDictionariesOf(w);
  if (!closes || w.norm.length < 2 || /^[وف]/.test(w.norm) || (!shortForeign && !bareTime && ((/^[بلك]/.test(w.norm) && lexicalReading(w.norm) === 'clitic' && !nextItem && !nounAfter) || nameStops.has(w.norm) || isStop(w, after))) || /^(لل|بال|كال)/.test(w.norm) || reportingVerbOf(w) || isComplementizer(w.norm)) return run;
  if (startsTitle(words, norms, k) || matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w.norm, norms, k) || institutionNouns.has(stripAl(w.norm))) return run;
  if (/(ه|ها|هم|هما|كم)$/.test(w.tok.text) && !nameWordOf(w) || /ا$/.test(w.tok.text) && isDictionaryEntry(w.norm.slice(0, -1))) return run;
  return { ...run, end: k + 1, norms: [...run.norms, w.norm] };
}

/**
 * Word k, no name source's word and no word of the dictionary as written (a clitic reading aside: «بوغالي» as ب +
 * «وغالي»), then with no punctuation a noun with the article after «و» or «لل» that is no title or time word: the
 * family name closes at the next phrase, the party with him or whom he spoke to («إبراهيم بوغالي والوفد المرافق»,
 * «… للصحفيين»). A word the dictionary holds, a verb, a feminine noun or a preposition on a
 * word («خالد بحرارة والترحيب», «خالد يتوجه للمشاركة», «خالد بوضوح للصحفيين») stays out.
 */
function articleNounAfterName(words: Word[], norms: string[], k: number): boolean {
  const w = words[k], after = words[k + 1];
  if (!w || !after || after.punctBefore || !/^(وال|لل)../.test(after.norm)) return false;
  if (nameWordOf(w) || inNameDictionariesOf(w) || lexicalReading(w.norm) === 'word' || isVerbAsWritten(w.norm)) return false;
  // (A feminine noun, or a preposition on a word of the dictionary, says how he did it: «بحرارة», «بوضوح».)
  if (/ة$/.test(w.tok.text) || (/^[بلك]/.test(w.norm) && isDictionaryEntry(w.norm.slice(1)))) return false;
  return !timePhraseLength(norms, k) && !timePhraseLength(norms, k + 1) && !startsTitle(words, norms, k + 1);
}

/**
 * A foreign given name (no Arab one) and then a word of two or three letters that reads as a function word or a
 * clitic and a word («لو», «كي», «لام», «تو»), right before a comma, «إن» or «قد»: a short family name («ستيفن لو،»,
 * «باتريك كي،», «كاري لام،»). A function word never closes a clause before a comma; a time word («أمس») may, and stays
 * out.
 */
function shortSurnameOfForeignGiven(words: Word[], norms: string[], run: NameRun, k: number): boolean {
  const given = run.norms[run.norms.length - 1]!;
  const w = norms[k]!;
  if (run.norms.length !== 1 || arabicNameWord(given) || !foreignNameWord(given) || w.length > 3 || w.startsWith('ال')) return false;
  return timePhraseLength(norms, k) === 0 && !startsTitle(words, norms, k) && !matchCountryName(norms, k);
}

/**
 * After a full role, a name of two or three words that ends on a word of no language at all — no dictionary word, no
 * clitic reading, in no name source («… أشيكباييف», «… هورامي», «… قايا») — and closes there (punctuation, what the
 * person said or did, a preposition): the words before it are the person's given names even where the lexicon reads
 * them as words too («يرجان», «آشتي», «مبيتي» beside a foreign family name; «مراد تشتين قايا»). Not a function
 * word, a reporting verb, a title, a country, a nationality, a portfolio, a word with the article or a conjunction.
 */
export function foreignTailName(words: Word[], norms: string[], i: number, comma: boolean, paren: boolean): NameRun | null {
  const first = words[i];
  if (!first) return null;
  if (first.punctBefore && !(comma && /^[،,]$/.test(first.punctBefore)) && !(paren && first.punctBefore === ')')) return null;
  for (const n of [2, 3, 4]) {
    const last = i + n - 1;
    const w = words[last];
    if (!w || words.slice(i + 1, last + 1).some((x) => !!x.punctBefore)) return null;
    // (Or a Slavic or Turkic family name, listed or not, after given names the lexicon reads as words: «قربان قولي
    // بردي محمدوف» — up to four words then.)
    // (Not a noun of the language in «اف», «اعتراف»; every word before it a name the sources list or no dictionary
    // entry: «بسبب عدم اعتراف» is none.)
    const slavic = looksLikeForeignSurname(w.norm) && !isVerbAsWritten(w.norm) && !isDictionaryEntry(w.norm)
      && norms.slice(i, last).every((x) => inNameDictionaries(x) || !isDictionaryEntry(x));
    if (!(slavic || (n < 4 && isWordOfNoLanguage(w.norm) && !nameWordOf(w))) || /^([وف]|بال|كال)/.test(w.norm) || startsTitle(words, norms, last) || matchCountryName(norms, last)) continue;
    if (!endsName(words[last + 1]) || /^و/.test(norms[last + 1] ?? '') && !words[last + 1]!.punctBefore) continue;
    const okBefore = norms.slice(i, last).every((x, m) => {
      const k = i + m;
      return x.length >= 2 && !hasArticle(words[k]!) && !/^[وف]/.test(x) && !/^(لل|بال|كال)/.test(x) && !nameStops.has(x) && !isStop(words[k]!, words[k + 1])
        && !reportingVerb(x) && !isComplementizer(x) && !startsTitle(words, norms, k) && !matchNationality(norms, k) && !matchCountryName(norms, k)
        && !portfolios.match(x, norms, k) && !/(ه|ها|هم|هما|كم)$/.test(words[k]!.tok.text);
    });
    if (okBefore) return { start: i, end: last + 1, norms: norms.slice(i, last + 1), prefixLen: 0 };
  }
  return null;
}

/** A head word that is also a first name starts the name when a name follows it (see readNameAfterWords). */
function titleAsName(words: Word[], norms: string[], i: number, loose: boolean, sonOf: boolean): boolean {
  const first = words[i]!;
  return (loose || (sonOf && !/^[وف]/.test(first.norm))) && !isStop(first, words[i + 1]) && !!words[i + 1] && !words[i + 1]!.punctBefore
    && (sonOf || ((nameWordOf(first) || inNameDictionariesOf(first)) && nameWord(norms[i + 1]!) && !blocks(words, norms, i + 1)));
}

/**
 * After a full role a foreign first name may be a word too ("الرئيس التوغولي فوري غناسينغبي") when a word that is
 * no ordinary word follows it.
 */
function foreignFirst(words: Word[], norms: string[], i: number, loose: boolean): boolean {
  const first = words[i]!;
  return loose && !!words[i + 1] && !words[i + 1]!.punctBefore && unattestedWordOf(first) && !first.norm.startsWith('ال')
    && !/^[وفبلك]/.test(first.norm) && !isVerbAsWritten(first.norm) && !isOrdinaryWord(norms[i + 1]!) && !blocks(words, norms, i + 1) && !isStop(first, words[i + 1]) && !startsTitle(words, norms, i);
}

/**
 * Right after a military rank, a foreign given name that reads as a word of the language too («الجنرال ساحر شمشاد
 * ميرزا»: Sahir, also "magician"): the rank asks for a name, and a word of no language right after it says the run is a
 * foreign name. Not a verb, a stop word, a word with the article or a clitic, a title, a country or a nationality.
 */
function rankedWordGiven(words: Word[], norms: string[], i: number): boolean {
  const w = words[i], next = words[i + 1];
  if (i < 1 || !w || !next || w.punctBefore || next.punctBefore || !ranks.has(norms[i - 1]!)) return false;
  if (hasArticle(w) || /^[وفبلك]/.test(w.norm) || w.norm.length < 3 || isVerbAsWritten(w.norm) || nameStops.has(w.norm)) return false;
  if (startsTitle(words, norms, i) || matchNationality(norms, i) || matchCountryName(norms, i)) return false;
  return isForeignWord(next.norm) && !blocks(words, norms, i + 1);
}

/**
 * Right after a military rank, a given name the stop list keeps out of names as a word of the language, which the name
 * sources list as a given name too («العميد شاهد محمود أعوان»: Shahid, also "witness"), before an Arab given name — the
 * father's — and a third word with no punctuation between: the rank asks for a name and the father's name says one has
 * started. Not a verb as written no name source attests, a word with the article or a clitic, a title, a country or a
 * nationality.
 */
function rankedStopGiven(words: Word[], norms: string[], i: number): boolean {
  const w = words[i], next = words[i + 1], third = words[i + 2];
  if (i < 1 || !w || !next || !third || w.punctBefore || next.punctBefore || third.punctBefore || !ranks.has(norms[i - 1]!)) return false;
  if (!nameStops.has(w.norm) || hasArticle(w) || /^[وفبلك]/.test(w.norm) || w.norm.length < 3 || isPlainVerb(w.norm) || !nameWordOf(w) || !inNameDictionariesOf(w)) return false;
  if (startsTitle(words, norms, i) || matchNationality(norms, i) || matchCountryName(norms, i)) return false;
  return arabicNameWord(next.norm) !== undefined && nameWordOf(next) && !ordinaryWordOf(next) && !nameStops.has(next.norm) && !blocks(words, norms, i + 1);
}

/**
 * In the slot a title opens, a given name the name sources list that is also a title or a word the stop list holds
 * («سلطان», «إمام», «صباح», «أمين»), before the rest of a name with no punctuation between: an Arab given name (the
 * father's: «الفريق الركن صباح جابر الأحمد الصباح», «الرئيس إمام علي رحمان») or a family name with the article that
 * a name source lists or no dictionary reads as a word («محافظ الزرقاء سلطان الخريشا»). The title asks for a name and
 * the name after the word says one has started. A title of its own takes a complement instead («سلطان عمان», «أمين
 * عام», «إمام المسجد»), and a time word is the sentence's («صباح الخميس»).
 */
function titleWordGiven(words: Word[], norms: string[], i: number): boolean {
  const w = words[i], next = words[i + 1];
  if (i < 1 || !w || !next || w.punctBefore || next.punctBefore || hasArticle(w) || /^[وفبلك]/.test(w.norm) || w.norm.length < 3) return false;
  const office = startsTitle(words, norms, i);
  if (!inNameDictionariesOf(w) || !(isStop(w, next) || office) || timeNounPhraseAt(norms, i) || modifiers.has(norms[i - 1]!)) return false;
  if (startsTitle(words, norms, i + 1) || matchCountryName(norms, i + 1) || matchNationality(norms, i + 1) || timePhraseLength(norms, i + 1)) return false;
  if (institutionNouns.has(stripAl(next.norm)) || portfolios.match(next.norm, norms, i + 1) || /^[وفبلك]/.test(next.norm) && !nameWordOf(next)) return false;
  // (An office takes the word after it as its genitive unless that has the article and reads as a family name: «رئيس
  // أركان القوات …» is the chief of staff, «نائب نقيب المعلمين» a deputy head; a modifier before it asks for its head.)
  const fatherGiven = !office && !hasArticle(next) && nameWordOf(next) && !ordinaryWordOf(next) && !nameStops.has(next.norm) && !isVerbAsWritten(next.norm);
  const articledFamily = hasArticle(next) && !/(ين|ون|ات)$/.test(next.norm) && ((nameWordOf(next) && !isOrdinaryWord(next.norm) && !isDictionaryEntry(next.norm)) || familyShaped(next));
  return fatherGiven || articledFamily || (!office && writtenAli(words, norms, i + 1));
}

/** A word that may stand in a name set off by commas: no article, clitic, function word, title, place or pronoun. */
function apposedNameWord(words: Word[], norms: string[], k: number): boolean {
  const n = norms[k]!;
  if (n.length < 3 || hasArticle(words[k]!) || /^[وف]/.test(n) || /(ه|ها|هم|هما|كم|نا)$/.test(n) && !isNameWord(n)) return false;
  if (/^[بلك]/.test(n) && lexicalReading(n) === 'clitic' && !isNameWord(n)) return false;
  if (nameStops.has(n) || NOT_NAME_AFTER.test(n) || isStop(words[k]!, words[k + 1]) || startsTitle(words, norms, k)) return false;
  return !matchNationality(norms, k) && !matchCountryName(norms, k) && !reportingVerb(n) && !isComplementizer(n);
}

/**
 * «وزير الدفاع، أدن دوالي، نشر …»: two words set off by commas right after a full title are the holder's name, even
 * where the lexicon reads them as words of the language, when one of them is a name the sources attest or a word of
 * no language and the sentence goes on after the closing comma.
 */
function commaApposedPair(words: Word[], norms: string[], i: number): boolean {
  const a = words[i], b = words[i + 1], after = words[i + 2];
  if (!a || !b || !after || !a.punctBefore || !/^[،,]$/.test(a.punctBefore) || b.punctBefore || after.punctBefore !== '،' && after.punctBefore !== ',') return false;
  // (A word that reads as a word only with a clitic off stands beside a word of no language: «، وافولا تشيبوكاتي،».)
  // (Not «و» before a listed name, nor before an office after the pair: the next item of a list, «…، وناديا كالفينيو، النائبة …».)
  const listItem = (k: number) => /^[وف]/.test(norms[k]!) && (nameWord(norms[k]!.slice(1)) || inNameDictionaries(norms[k]!.slice(1)) || startsTitle(words, norms, i + 2));
  const cliticBeside = (k: number, other: number) => isCliticReadingBesideForeign(norms[k]!, norms[other]) && cliticPairWord(words, norms, k) && !listItem(k);
  if (!(apposedNameWord(words, norms, i) || cliticBeside(i, i + 1)) || !(apposedNameWord(words, norms, i + 1) || cliticBeside(i + 1, i))) return false;
  const attested = (k: number) => isNameWord(norms[k]!) || inNameDictionaries(norms[k]!) || isForeignWord(norms[k]!);
  return attested(i) || attested(i + 1);
}

/** A word of a foreign pair that reads as a word with a clitic off: no verb, pronoun suffix, title, place or function word. */
function cliticPairWord(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!;
  if (w.norm.length < 4 || hasArticle(w) || /^(بال|لل|كال|وال|فال)/.test(w.norm) || /(ه|ها|هم|هما|كم|نا)$/.test(w.tok.text)) return false;
  if (isVerbAsWritten(w.norm) || isPlainVerb(w.norm) || nameStops.has(w.norm) || reportingVerbOf(w) || startsTitle(words, norms, k)) return false;
  const bare = w.forms.filter((f) => f.prefix).map((f) => f.form);
  if (bare.some((f) => nameStops.has(f) || heads.has(f) || heads.has(f.replace(/ت$/, 'ه')))) return false;
  return !matchNationality(norms, k) && !matchCountryName(norms, k) && !isComplementizer(w.norm);
}

/**
 * Word i is a given name written with the article that the name sources list whole and as an Arab or Maghrebi given name
 * («الطيب», «الهادي», «الصادق», «المختار»), though it reads as an adjective too; not a title, a style, a rank or a
 * nationality («المغربي», «التركي»).
 */
function articleGiven(words: Word[], norms: string[], i: number): boolean {
  const w = norms[i]!;
  if (!isNameWord(w) || !inNameDictionaries(w) || styles.has(w) || ranks.has(w) || startsTitle(words, norms, i) || matchNationality(norms, i)) return false;
  return originsOfGivenName(w).length > 0 || arabicNameWord(stripAl(w)) !== undefined;
}

/**
 * Right after a full role, a given name with the article that no name source lists and a family nisba the sources do
 * list, the two closing at a full stop, a comma, «إن/أن/بأن», «قد» or «و» and the next office: «وسفير جمهورية العراق
 * لدى دولة الكويت المنهل الصافي ورئيس …», «السفير العراقي المنهل الصافي بأن …». A noun and its adjective after an office
 * take no family nisba, and neither word may be a title, style, rank, nationality, country, body or adjective.
 */
function articledPairBeforeClose(words: Word[], norms: string[], i: number): boolean {
  const a = words[i], b = words[i + 1], after = words[i + 2];
  if (!a || !b || b.punctBefore || !hasArticle(a) || !hasArticle(b) || nameWordOf(a)) return false;
  const closes = !after || /^[.،,]$/.test(after.punctBefore ?? '')
    || (!after.punctBefore && (isComplementizer(after.norm) || after.norm === 'قد' || (/^و/.test(after.norm) && after.norm.length > 3 && startsTitle(words, norms, i + 2))));
  if (!closes) return false;
  if (articledPairOther(words, norms, i) || articledPairOther(words, norms, i + 1)) return false;
  return /^ال.{3,}ي$/.test(b.norm) && nameWordOf(b) && inNameDictionariesOf(b);
}

/** Civil styles (normalised) that name the person they honour right after them: «السيد», «السيدة». */
const PERSON_STYLES = new Set(['السيد', 'السيده']);

/**
 * After a full role and a civil style, a given name with the article that no name source lists and a listed family name
 * without it, the two closing at a comma or a full stop: «رئيس مجلس المستشارين، السيد النعم ميارة،». The style says a
 * person's name follows; the same guards as the pair after «مع» (neither word a title, style, rank, nationality,
 * country, body or adjective; the family name no verb).
 */
function articledGivenAfterStyle(words: Word[], norms: string[], i: number): boolean {
  const a = words[i], b = words[i + 1], after = words[i + 2];
  if (i < 1 || !a || !b || a.punctBefore || b.punctBefore || !PERSON_STYLES.has(norms[i - 1]!)) return false;
  if (!hasArticle(a) || nameWordOf(a) || a.norm.length < 5 || b.norm.startsWith('ال') || isVerbAsWritten(b.norm)) return false;
  if (!after || !/^[.،,]$/.test(after.punctBefore ?? '')) return false;
  if (articledPairOther(words, norms, i) || articledPairOther(words, norms, i + 1)) return false;
  return nameWordOf(b) && inNameDictionariesOf(b);
}

/** Prepositions whose object may be a person named before an office in apposition: «مع/عن/إلى X Y، رئيس …». */
const PERSON_OBJECT_PREPOSITIONS = new Set(['مع', 'عن', 'الي']);

/**
 * After «مع», «عن» or «إلى», a given name with the article that no name source lists and a listed family name closing
 * at a comma before an office in apposition are one name: «مباحثات مع النعم ميارة، رئيس مجلس المستشارين», «التقى مع
 * المنهل الصافي، سفير …». The family name is a nisba with the article or a name word without it; neither word may be a
 * title, style, rank, nationality, country, body or adjective (the other words of the round-43 pair after an office).
 */
function articledPairAfterPreposition(words: Word[], norms: string[], i: number): boolean {
  const k = i - 2, a = words[k], b = words[i - 1];
  if (k < 1 || !a || !b || a.punctBefore || b.punctBefore || words[k - 1]!.punctBefore?.match(/[.:؛]/)) return false;
  if (!PERSON_OBJECT_PREPOSITIONS.has(norms[k - 1]!) || !hasArticle(a) || nameWordOf(a) || a.norm.length < 5) return false;
  if (articledPairOther(words, norms, k) || articledPairOther(words, norms, i - 1)) return false;
  const family = /^ال.{3,}ي$/.test(b.norm) || (!b.norm.startsWith('ال') && !isVerbAsWritten(b.norm));
  return family && nameWordOf(b) && inNameDictionariesOf(b);
}

/** A word of the pair's that is something else than a name: a style, rank, adjective, office, nationality, country, body. */
function articledPairOther(words: Word[], norms: string[], k: number): boolean {
  return styles.has(norms[k]!) || ranks.has(norms[k]!) || adjectives.has(norms[k]!) || modifiers.has(norms[k]!) || ordinals.has(norms[k]!)
    || startsTitle(words, norms, k) || !!matchNationality(norms, k) || !!matchCountryName(norms, k) || institutionNouns.has(stripAl(norms[k]!)) || !!sourceAdjective(norms[k]!) || nameStops.has(norms[k]!);
}

/**
 * «رئيس هيئة الأركان العامة الفريق سعري مكونن، …»: after a full office and a military rank, two words that close at a
 * comma, a full stop, «إن/أن» or «قد» are the holder's name when one of them is a word of no language, whatever the
 * lexicon makes of the other («سعري»: my price). The same guards as a pair set off by commas.
 */
export function rankedForeignPair(words: Word[], norms: string[], i: number): NameRun | null {
  const a = words[i], b = words[i + 1], after = words[i + 2];
  if (!a || !b || a.punctBefore || b.punctBefore) return null;
  const closes = !after || /^[،,.]$/.test(after.punctBefore ?? '') || (!after.punctBefore && (/^[إأ]ن$/.test(after.tok.text) || isComplementizer(after.norm) || after.norm === 'قد'));
  if (!closes || !apposedNameWord(words, norms, i) || !apposedNameWord(words, norms, i + 1)) return null;
  if (!isWordOfNoLanguage(norms[i]!) && !isWordOfNoLanguage(norms[i + 1]!)) return null;
  if (isVerbAsWritten(norms[i]!) || isVerbAsWritten(norms[i + 1]!)) return null;
  return { start: i, end: i + 2, norms: norms.slice(i, i + 2), prefixLen: 0 };
}

function readNameAfterWords(words: Word[], norms: string[], i: number, comma: boolean, paren = false, loose = false, conj = false): NameRun | null {
  const first = words[i];
  if (!first) return null;
  if (!conj) {
    const past = nameAfterSkippedWord(words, norms, i, loose);
    if (past) return past;
  }
  // The next name of a list that shares one title: "… بلينكن ولويد أوستن" reads "لويد أوستن".
  if (conj) return nextNameOfList(words, norms, i, comma, paren, loose);
  if (firstWordRefused(words, norms, i, comma, paren)) return null;
  const opening = openingOf(words, norms, i, comma, loose);
  if (!opening) return null;
  if (opening === 'pair') return { start: i, end: i + 2, norms: norms.slice(i, i + 2), prefixLen: 0 };
  const { pairFirst, givenAlso, givenAfterTitle } = opening;
  const { out, k, closedForeign } = closeNameWords(words, norms, i, readNameWords(words, norms, i, comma, loose));
  const plausible = out.some((w) => nameWord(w)) || (out.length >= 2 && writtenAli(words, norms, i))
    || (loose && out.length >= 2 && out.length <= 3 && out.every((w, n) => !hasArticle(words[i + n]!) && !w.endsWith('ه') && !nameStops.has(w)))
    // One name after a full role, in no dictionary and no word of the language ("وزير الخارجية الإندونيسي سوجيونو"): the
    // officials layer keeps it only when the article repeats it.
    || (loose && out.length === 1 && out[0]!.length >= 5 && !hasArticle(first) && !/^[وفبلك]/.test(out[0]!) && !lexicalReading(out[0]!) && !out[0]!.endsWith('ه'));
  // Two or three words of no language the lexicons know, with no clitic reading either ("المحافظ هوشنك بازوند"): a
  // foreign name, after a bare title too.
  const foreign = foreignRun({ start: i, end: k, norms: out, prefixLen: 0, foreignClose: closedForeign });
  if (!plausible && !foreign && !(pairFirst && out.length === 2) && !((givenAlso || givenAfterTitle) && out.length >= 2)) return null;
  return { start: i, end: k, norms: out, prefixLen: 0, ...(closedForeign ? { foreignClose: true } : {}) };
}

/** A word that may stand between the title and the name, the name read after it: the title's last word, its
 * country's epithet, a profession's style. */
function nameAfterSkippedWord(words: Word[], norms: string[], i: number, loose: boolean): NameRun | null {
  const first = words[i]!;
  // The title's last word may stand before the name, a conjoined region in the dual or plural: «وزير الدولة لشؤون أوروبا
  // والأميركيتين آلان دنكن» names Alan Duncan.
  if (titleTailBeforeName(words, norms, i)) {
    const run = readNameAfterWords(words, norms, i + 1, false, false, loose);
    if (run && run.norms.length >= 2) return run;
  }
  // The epithet of the title's country stands before the name: «وزير خارجية الجمهورية التركية الصديقة هاكان فيدان».
  if (countryEpithet(words, norms, i)) {
    const run = readNameAfterWords(words, norms, i + 1, false, false, loose);
    if (run && run.norms.length >= 2) return run;
  }
  // A profession's style without the article between a rank and the name is no name word: «الفريق مهندس كامل الوزير».
  if (BARE_PROFESSION_STYLES.has(first.norm) && !first.punctBefore && !!words[i + 1] && !words[i + 1]!.punctBefore) {
    const run = readNameAfterWords(words, norms, i + 1, false, false, loose);
    if (run && run.norms.length >= 2) return run;
  }
  return null;
}

/** «… بلينكن ولويد أوستن»: the name after the «و» that joins it to the one before, read without it. */
function nextNameOfList(words: Word[], norms: string[], i: number, comma: boolean, paren: boolean, loose: boolean): NameRun | null {
  const first = words[i]!;
  // (A first half of two letters opens a compound given name: «وعز الدين …».)
  if (!/^و/.test(first.norm) || (first.norm.length < 4 && !(compoundNameEnds.has(norms[i + 1] ?? '') && !words[i + 1]!.punctBefore))) return null;
  const bare = first.norm.slice(1);
  const shifted = norms.slice();
  shifted[i] = bare;
  const ws = words.slice();
  ws[i] = { ...first, norm: bare, forms: [{ prefix: '', form: bare }] };
  const run = readNameAfter(ws, shifted, i, comma, paren, loose);
  return run ? { ...run, prefixLen: 1 } : null;
}

/** A first word that opens no name: an unnamed source's adjective, a place's head, a word set off by punctuation,
 * the next item of a list, a preposition glued to the article, a passive participle. */
function firstWordRefused(words: Word[], norms: string[], i: number, comma: boolean, paren: boolean): boolean {
  const first = words[i]!;
  // "متحدث عسكري إسرائيلي", "مسؤول أمني كبير": adjectives of an unnamed speaker, no name.
  if (!first.punctBefore && sourceAdjective(first.norm) && isDescriptionAfter(words, norms, i + 1)) return true;
  // A compass point, a town or a province in the construct opens a place's name, not a person's: «حاكم إقليم شمال كيفو».
  if (placeHeads.has(first.norm) && !!words[i + 1] && !words[i + 1]!.punctBefore) return true;
  // A name may stand in quotation marks after its title: 'وزير خارجية النرويج، "بورج براند"'.
  const quoted = !!first.punctBefore && /^[،,]?["«“]$/.test(first.punctBefore);
  if (first.punctBefore && !quoted && !(comma && /^[،,]$/.test(first.punctBefore)) && !(paren && first.punctBefore === ')')) return true;
  // «الجابر وزير الصناعة والتكنولوجيا المتقدمة، وبهليل لاهادليا وزير الاستثمار»: after the title's comma a «و» opens the
  // next item of the list, whose own title follows its name; only a given name that is one whole word with its «و»
  // («، وليد فياض») is read here.
  if (/^[،,]$/.test(first.punctBefore ?? '') && /^و/.test(first.norm) && !nameWordOf(first) && !inNameDictionariesOf(first)) return true;
  // A preposition glued to the article («للمرة الأولى», «بالجوهرة») opens no name, in quotation marks or not.
  // (A foreign name that only begins so, «بالامانو كابودي», reads as no word of the language and stays.)
  const glued = /^(لل|بال|كال)/.test(first.norm) ? first.norm.replace(/^(لل|بال|كال)/, '') : null;
  if (glued && (isDictionaryEntry(glued) || !!lexicalReading(glued)) && !nameWordOf(first) && !inNameDictionariesOf(first)) return true;
  // «يد المحقق العدلي مكفوفة بحكم القانون»: a passive participle (مفعول, مفعولة) no name source lists is what the
  // sentence says of the office, no given name.
  if (passiveParticiple(first.norm) && !nameWordOf(first) && !inNameDictionariesOf(first)) return true;
  return false;
}

/** How the first word opens a name, after a full role or not: the kinds of first word that let a name through
 * (`pair` for two articled words before a close, the whole name), or null when it opens none. */
function openingOf(words: Word[], norms: string[], i: number, comma: boolean, loose: boolean): { pairFirst: boolean; givenAlso: boolean; givenAfterTitle: boolean } | 'pair' | null {
  const first = words[i]!;
  if (loose && articledGivenAfterStyle(words, norms, i)) return 'pair';
  // After a full role a head word that is also a first name starts the name when a name follows it:
  // "مستشار الأمن الوطني السعودي مساعد بن محمد العيبان", "وزير الخارجية سلطان بن سعد".
  // (After a style too, when بن follows: «والأمير سلطان بن سلمان».)
  const sonOf = !!words[i + 1] && /^(بن|ابن|بنت)$/.test(norms[i + 1]!);
  // (titleAsName and foreignFirst matter only for a first word that blocks a name: asked then only.)
  // Right after a full role, a given name that starts with و is the name, not the next item of a list ("وزير النقل وجيه
  // عزايزة"، "وائل …"), before a word that is no ordinary word.
  const wawFirst = loose && /^و/.test(first.norm) && first.norm.length > 3 && !!words[i + 1] && !words[i + 1]!.punctBefore && !startsTitle(words, norms, i) && !startsTitle(words, norms, i + 1)
    && !isOrdinaryWord(norms[i + 1]!) && !matchNationality(norms, i + 1) && !/^و/.test(norms[i + 1]!) && !isVerbAsWritten(norms[i + 1]!) && nameWordOf(first);
  const pairFirst = loose && foreignPairFirst(words, norms, i);
  // (A given name that is a common word too, before a family name: «النائب جميل السيد».)
  const givenAlso = !first.punctBefore || comma ? givenNameAlsoWord(words, norms, i) || (loose && givenAlsoClosedPair(words, norms, i)) : false;
  // Right after a title, a given name that reads as another word: a foreign one written with madda whose folded form is a
  // function word («آن» is Anne, not «أن»), or a title or stop word with the rest of a name after it («الرئيس إمام علي
  // رحمان»).
  const givenAfterTitle = maddaGiven(words, norms, i) || titleWordGiven(words, norms, i);
  if (!pairFirst && !wawFirst && !givenAlso && !givenAfterTitle && !rankedWordGiven(words, norms, i) && !rankedStopGiven(words, norms, i) && blocks(words, norms, i) && !titleAsName(words, norms, i, loose, sonOf) && !foreignFirst(words, norms, i, loose) && !givenBeforeFamily(words, norms, i)) return null;
  // The و that starts the next list item: "… لشؤون الكوريتين وتشوي هوي".
  // (A name that starts with ف is a name when it is one whole: "فرنسيس", "فلاديمير".)
  if (!wawFirst && /^[وف]/.test(first.norm) && first.norm.length > 2 && !(first.norm.startsWith('ف') && nameWord(first.norm))
    && (nameWord(first.norm.slice(1)) || (nameStops.has(first.norm.slice(1)) && !nameWordOf(first)))) return null;
  // After a full role a family name of the ال…ي form may come first: "الدرديري محمد أحمد" (no dictionary word).
  const nisbaFirst = loose && /^ال.{3,}ي$/.test(first.norm) && !isLexical(first.norm) && !!words[i + 1] && !words[i + 1]!.punctBefore && isNameWord(norms[i + 1]!);
  if (loose && articledPairBeforeClose(words, norms, i)) return 'pair';
  if (hasArticle(first) && !nameWordOf(first) && !nisbaFirst && !SON_OF.test(norms[i + 1] ?? '')) return null;
  // "الخبير المالي سمير العيطة": an adjective of the language with the article before a given name describes the title.
  // (Not a given name with the article that is a word too, right after a full role: «وزير التجارة الطيب زيتوني»,
  // «رئيسها الهادي إدريس».)
  if (hasArticle(first) && isLexical(first.norm) && !!words[i + 1] && !words[i + 1]!.punctBefore && !hasArticle(words[i + 1]!) && isNameWord(norms[i + 1]!)
    && !(norms[i + 1] === 'بن' || norms[i + 1] === 'ابن') && !(loose && articleGiven(words, norms, i)) && !givenBeforeOuld(words, norms, i)) return null;
  // A head in the dual construct before a country is a title of two: "سفيري ألمانيا وفرنسا" (the ambassadors of).
  if (!!dualHead(first) && !!words[i + 1] && (matchCountryName(norms, i + 1) || matchNationality(norms, i + 1))) return null;
  return { pairFirst, givenAlso, givenAfterTitle };
}

/** The name's words after its first, up to the word that closes it. */
interface NameWords { out: string[]; k: number; closedForeign: boolean }

/**
 * Word k on «و» inside a name, written with a final «ي», whose rest is a function word («ولدي»: و + لدي), between a word
 * of the name and a word of no language the lexicons know («سفير إثيوبيا تسفاي ولدي ميكائيل»): «و» + «لدي» would open
 * no next item, so the word is the name's (Wolde). Not «ولدى» as the press writes the preposition («ولدى وصوله»), not
 * before a word of the language, a title, a country or a clitic.
 */
function functionWordOnWawInName(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (!/^و/.test(w.norm) || w.norm.length < 4 || !/ي$/.test(w.tok.text)) return false;
  const rest = w.norm.slice(1);
  if (!nameStops.has(rest) || rest === 'علي' || isNameWord(rest) || isNameWord(w.norm)) return false;
  if (!next || next.punctBefore || /^(ال|[وفبلك])/.test(next.norm) || isLexical(next.norm) || startsTitle(words, norms, k + 1) || matchCountryName(norms, k + 1)) return false;
  return !nameStops.has(norms[k - 1]!);
}

/** The words of the name from its first at i, read on until a word closes it. */
function readNameWords(words: Word[], norms: string[], i: number, comma: boolean, loose: boolean): NameWords {
  const out: string[] = [words[i]!.norm];
  let k = i + 1;
  let count = 1;
  let closedForeign = false;
  while (k < words.length && (!words[k]!.punctBefore || spacedDoubleSurname(words, norms, k, count))) {
    const w = words[k]!;
    const prev = norms[k - 1]!;
    const linked = nameParticles.has(prev) || prev === 'عبد';
    // The word closing a name after a given name that is a title word too is its family name: «محمد سلطان السويدي.».
    if (k - 1 > i && count < MAX_WORDS && givenTitleWordInName(words, norms, k - 1)) { out.push(w.norm); k++; count++; break; }
    if (!linked && count >= 1 && count < MAX_WORDS - 1 && sheikhInName(words, norms, k)) {
      // («علي» after it is the name Ali, never the preposition: «حسين شيخ علي».)
      const ali = norms[k + 1] === 'علي';
      out.push(w.norm, ...(ali ? [norms[k + 1]!] : []));
      k += ali ? 2 : 1;
      count += ali ? 2 : 1;
      continue;
    }
    // A word on «و» whose rest is a function word, between a name word and a word of no language, joins nobody: it is a
    // name's own word, the Ethiopian Wolde («تسفاي ولدي ميكائيل»), and the word after it goes on the name.
    if (!linked && count < MAX_WORDS - 1 && functionWordOnWawInName(words, norms, k)) { out.push(w.norm, norms[k + 1]!); k += 2; count += 2; continue; }
    // A regnal number: "الملك عبدالله الثاني", "محمد السادس".
    if (ordinals.has(w.norm) && count <= 2 && !words[k + 1]?.forms.some((f) => heads.has(f.form))) { out.push(w.norm); k++; continue; }
    // A compound name on «الله» whose first half is a verb or a word too: "صنع الله"، "جاب الله"، "خلف الله" (not a blessing
    // on a pronoun, "حفظه الله").
    if (!linked && count >= 1 && count < MAX_WORDS && norms[k + 1] === 'الله' && !words[k + 1]!.punctBefore && w.norm.length >= 3 && !/^و|ه$/.test(w.norm) && !(/^[فبلك]/.test(w.norm) && w.norm.length > 4)
      && !startsTitle(words, norms, k)) {
      out.push(w.norm, norms[k + 1]!);
      k += 2;
      count++;
      continue;
    }
    // A noun of the language with the article before its adjective or a span of days is the verb's object: «أعلن رئيس
    // الحكومة يوسف الشاهد الحداد الوطني», «أعلن … عبد القادر بن صالح الحداد ثلاثة أيام».
    if (!linked && count >= 2 && objectBeforeAdjunct(words, norms, k)) break;
    // A time noun before the day it names closes a whole name: «سيباستيان بينييرا ليل الأحد» (Sunday night).
    if (!linked && count >= 2 && timeNounPhraseAt(norms, k)) break;
    // A country's name is never a word of a person's name: "سفيري ألمانيا وفرنسا".
    if (!linked && matchCountryName(norms, k) && !nameWordOf(w) && !inNameDictionariesOf(w)) break;
    // Nor is a capital after a whole name, before «و» and another place: the places a visit takes the person to
    // («ويزور وزير الداخلية الألماني هورست زيهوفر أثينا وأنقرة»).
    if (!linked && count >= 2 && capitalBeforeAnotherPlace(words, norms, k)) break;
    // Korean and Chinese syllables that are also pronouns ("تشوي سونغ هي") end a name only inside a clause.
    const syllable = PRONOUN_SYLLABLES.has(w.norm) && (k + 1 >= words.length || !!words[k + 1]!.punctBefore || startsTitle(words, norms, k + 1) || /^و/.test(norms[k + 1]!));
    // A family name that is also a civil style closes a name before punctuation: "اللواء فادي الحاج،", "محمد السيد.".
    // (Before a preposition too: «النائب جميل السيد في تغريدة» — a style is followed by the name it honours.)
    // (Or before «إن»/«أن» that opens what the person said: «قال النائب جميل السيد إن …».)
    const styleSurname = !linked && count >= 1 && FAMILY_STYLES.has(w.norm) && (!words[k + 1] || !!words[k + 1]!.punctBefore || /^(في|على|علي|الى|الي|من|عن)$/.test(norms[k + 1]!) || isComplementizer(norms[k + 1]!));
    // A name word that is also a stop word («صادق»: he ratified) closes a given name before a comma: «نبيل صادق،».
    const stopSurname = !linked && count === 1 && isNameWord(prev) && !nameStops.has(prev) && ((nameWordOf(w) && nameStops.has(w.norm) && !/^[وفبل]/.test(w.norm)
      && !!words[k + 1] && /^[،,]$/.test(words[k + 1]!.punctBefore ?? '')) || closingFunctionWordSurname(words, k)) || stopFamilyClosingWholeName(words, k, count);
    // A noun of the language with the article after a whole name, before «لل…» or «إلى», is what the verb gives, even
    // where some people bear it as a name: «ووجه الوزير سامح شكري الشكر للجانب الأردني», «… التحية للأطباء».
    if (!linked && count >= 2 && givenObject(words, norms, k)) break;
    // So is an ordinary word with the article after a foreign name of two words or more: «انتقد رئيس الوزراء والتر
    // مارتوس التصويت،» (the vote) — no family name of the language closes a name of another.
    if (!linked && count >= 2 && ordinaryWordAfterForeignName(words, norms, i, k)) break;
    // A family name that reads as a word, closing a name of two words after a full role: «وزير النقل كامل الوزير إن».
    // (So does it after a compound given name on «عبد»: «عضو الوفد المفاوض عبد الملك العجري.».)
    const givenEnd = k === i + 1 || (k === i + 2 && norms[i] === 'عبد');
    if (!linked && count === k - i && givenEnd && (loose || comma || titleFollows(words, norms, k + 1) || titleApposed(words, norms, k + 1)) && wordFamilyAfterGiven(words, norms, k) && !beforeOghlu(words, norms, k + 1)) { out.push(w.norm); k++; count++; break; }
    // A foreign given name the lists hold, after a full role or its comma, runs on over one or two family names no list
    // holds up to the comma or full stop that closes the item: «وكيل وزارة التجارة جونسون ويرو،», «جيمس ونجيرو كاريوكي،».
    if (!linked && count === 1 && k === i + 1 && (loose || comma)) {
      const tail = foreignFamilyRunToClose(words, norms, k) || foreignFamilyRunBeforeClause(words, norms, k);
      if (tail) { out.push(...norms.slice(k, k + tail)); k += tail; count += tail; break; }
    }
    if (!linked && count === 2 && k === i + 2 && loose && articledTitleFamilyOfThree(words, norms, i, k)) { out.push(w.norm); k++; count++; break; }
    if (!linked && count === 1 && k === i + 1 && loose && cliticFamilyAfterGiven(words, norms, k)) { out.push(w.norm); k++; count++; break; }
    if (!linked && count === 1 && k === i + 1 && cliticSurnameOfForeignGiven(words, norms, k, loose || comma)) { out.push(w.norm); k++; count++; continue; }
    if (!linked && count === 1 && k === i + 1 && shortMiddleBeforeForeignSurname(words, norms, k)) { out.push(w.norm, norms[k + 1]!); k += 2; count += 2; break; }
    if (!linked && count >= 2 && foreignClosingWord(words, norms, k)) { out.push(w.norm); k++; count++; closedForeign = true; break; }
    if (!linked && count >= 2 && faKafClosingWord(words, norms, k)) { out.push(w.norm); k++; count++; break; }
    if (!linked && count >= 2 && count + 2 <= MAX_WORDS && cliticWordBeforeForeignClose(words, norms, k)) { out.push(w.norm, norms[k + 1]!); k += 2; count += 2; break; }
    if (!linked && !syllable && !styleSurname && !stopSurname && !eastAsianSyllables(prev, w) && !familyNameAfterGiven(words, norms, k) && !nameInside(words, norms, k, count)
      && !(count === 1 && (surnameOfForeignGiven(words, norms, k) || countrySurname(words, norms, k, k - 1) || (loose && k === i + 1 && derivedSurnameOfForeignGiven(words, norms, k)))) && !titleWordInName(words, norms, k)
      && !(count === 2 && k === i + 2 && countrySurname(words, norms, k, i))
      && !(nameParticles.has(w.norm) && titleWordInName(words, norms, k - 1)) && !hadramiFamilyAfterGiven(words, k) && !maghrebiBuFamilyAfterGiven(words, norms, k) && !(count >= 2 && somaliFamilyAtClose(words, norms, k)) && !closingSurname(words, norms, k, count) && !articledFamilyEndingListItem(words, norms, i, k, count) && !compoundFamilyTail(words, norms, k, count) && !articledFamilyBeforeOffice(words, norms, k, count) && blocks(words, norms, k)) break;
    if (!linked && sentenceGoesOnAt(words, norms, i, k, count)) break;
    if (!nameParticles.has(w.norm)) count++;
    if (count > MAX_WORDS && !linked && !(count === MAX_WORDS + 1 && (RULING_HOUSES.has(w.norm) || lineageClosing(words, norms, out, k)))) break;
    out.push(w.norm);
    k++;
  }
  return { out, k, closedForeign };
}

/** Word k, after `count` words of the name from i, is where the sentence goes on: a verb, the channel, an object
 * or an adjunct, the next item of a list; the name closes before it. (The caller asks only where no particle or
 * «عبد» links word k to the one before.) */
function sentenceGoesOnAt(words: Word[], norms: string[], i: number, k: number, count: number): boolean {
  const w = words[k]!;
  // (After one name word too when the letter is ف: «أما الرئيس يون فقال إن …» — the ف of «أما … ف» opens the clause.)
  // (A Somali family name on «و» closing the name is none of these: «محمد عبدي واري،» — «واري» reads as a verb too.)
  if (count >= 2 && somaliOnlyWordBefore(words, norms, k) && somaliFamilyAtClose(words, norms, k) && !reportingVerbOf(w)) return false;
  if (conjunctionAndVerb(w) || (/^[وف]/.test(w.norm) && (count >= 2 || faVerbOfSaying(words, norms, k)) && !!reportingVerbOf(w))) return true;
  // "ذا/ذو/ذات" ("of", "having") after a name describes the person: "فرناندو حداد ذا الأصول اللبنانية".
  if (count >= 2 && /^(ذا|ذو|ذي|ذات)$/.test(w.norm)) return true;
  // The channel the person spoke to: "سامر الخطيب لفرانس برس".
  if (channelLength(norms, k)) return true;
  // A verb as written that is no well-attested name ends the name: "بورقيبة خاطب", "عباس أقام".
  if (isPlainVerb(w.norm) && !firstPersonSurname(words, norms, k) && !((firstPersonDefective(w) || nameReadAsVerb(w.norm) || beforeNextAttendee(words, norms, k)) && closingSurname(words, norms, k, count))
    && !verbReadingAfterClauseVerb(words, norms, i, k, count) && !articledFamilyEndingListItem(words, norms, i, k, count)) return true;
  // A و-word is the next item of a list ("… وأبراهام", "… والوزير") unless it is a foreign name that starts with W
  // and reads as nothing else ("مارغو والستروم").
  // (Nor is a Somali family name that starts with W, closing the name: «عبدي محمد ورسمه»، «عبد الله محمد ورفا».)
  const somaliW = somaliFamilyAtClose(words, norms, k);
  if (!somaliW && /^و/.test(w.norm) && w.norm.length > 3 && !nameWordOf(w) && (nameWord(w.norm.slice(1)) || isLexical(w.norm.slice(1)) || isLexical(w.norm) || count >= 2)) return true;
  // "عثمان صالح ويمان جبريب": a و before another name starts the next person, unless the word is an Arabic name whole
  // (وليد، وائل).
  if (!somaliW && /^و/.test(w.norm) && w.norm.length > 3 && !arabicNameWord(w.norm) && !isAlsoName(w.norm) && (count >= 2 || isNameWord(w.norm.slice(1)))) return true;
  // A preposition glued to a common noun ends the name: "ترامب لمدينة لندن", "بحفاوة".
  if (/^(بال|لل|وال|فال)/.test(w.norm) && !nameWordOf(w) && (isLexical(w.norm) || count >= 2)) return true;
  // (Not a family name on با/بو written with ة that reads as no word at all: «باعبيدة», «بوزرقة» — ة is no pronoun.)
  if (/^[بل]/.test(w.norm) && w.norm.endsWith('ه') && !nameWordOf(w) && !baBuFamilyName(w) && !closingSurname(words, norms, k, count)) return true;
  // … and so does one some name list holds, after a whole name of two words, where the word reads only as the
  // preposition on a noun: «أوهورو كينياتا بولاية ثانية», «إيمانويل ماكرون بولاية» (not an Arab name word, not a
  // known person's).
  if (count >= 2 && /^[بل]/.test(w.norm) && w.norm.length >= 4 && lexicalReading(w.norm) === 'clitic' && isDictionaryEntry(w.norm.slice(1))
    && arabicNameWord(w.norm) === undefined && !isGazetteerWord(w.norm) && !((hadramiBaFamilyName(w) || foreignFamilyAtClose(words, norms, k)) && (!words[k + 1] || !!words[k + 1]!.punctBefore))) return true;
  // (Also where the noun is a given name too, so that the lexicon gives the word no clitic reading, before the definite
  // noun it governs: «… السفير أميت نارانغ بوسام النعمان»: with the Order of al-Nu'man.)
  if (count >= 2 && /^ب/.test(w.norm) && w.norm.length >= 4 && lexicalReading(w.norm) === null && isDictionaryEntry(w.norm.slice(1)) && !nameWordOf(w)
    && !isGazetteerWord(w.norm) && !!words[k + 1] && !words[k + 1]!.punctBefore && hasArticle(words[k + 1]!)) return true;
  // So does a past verb in the feminine, its stem a verb as written, after a whole name: «هويدا الترك تفقدت موقع الغارة»
  // (never a name word: «طلعت», «مدحت», «حكمت» are names).
  if (count >= 2 && feminineVerb(w)) return true;
  // A past verb written with final ى that is no Arabic name ends the name: "الرئيس بورقيبة نادى السفير" ("called").
  if (/ى$/.test(w.tok.text) && isVerbAsWritten(w.norm) && !arabicNameWord(w.norm)) return true;
  // An indefinite object in the accusative ends the name: "الحبيب بورقيبة خطابا" ("a speech").
  if (count >= 2 && !hasArticle(w) && /^[^وفبل].{3,}ا$/.test(w.norm) && !nameWord(w.norm) && !isAlsoName(w.norm) && isDictionaryEntry(w.norm.slice(0, -1))) return true;
  // A noun with a possessive pronoun ends the name: "جان-إيف لودريان جولته الجديدة"; the dual's oblique construct too
  // («… استقالتيهما»: the two's resignations).
  if (count >= 2 && /(ته|تها|تهم|تهما|تيه|تيها|تيهم|تيهما|يهما)$/.test(w.norm) && !nameWord(w.norm)) return true;
  // So is one in the construct, before the definite noun it governs, that the lexicon lacks but whose singular it
  // knows: «بحث مع نظيره ماتيو بيانتيدوزي ملفات الهجرة».
  if (count >= 2 && constructPluralObject(words, k)) return true;
  // A sound plural with the article after a whole name is the verb's object, not a family name: «… شامداساني السلطات».
  // (Its stem has three letters at least: «الهين» and «الدين» are no plurals.)
  if (count >= 2 && hasArticle(w) && /^ال.{3,}(ين|ون|ات)$/.test(w.norm) && !nameWordOf(w) && !inNameDictionariesOf(w)) return true;
  // (Not a word of no language that closes a whole name at a full stop: «… عيسى عثمان الضو.».)
  const unknownFamily = (!!words[k + 1] && articledNoWordBeforeFullStop(w, words[k + 1]!) && closingSurname(words, norms, k, count)) || articledFamilyBeforeOffice(words, norms, k, count);
  if (hasArticle(w) && nameParticles.has(w.norm) === false && count >= 1 && !nameWordOf(w) && !isFamilyName(w.norm) && !unknownFamily) return true;
  return false;
}

/** The word a rule lets close the name after the loop stopped, and no particle left at its end. */
function closeNameWords(words: Word[], norms: string[], i: number, read: NameWords): NameWords {
  const { out } = read;
  let { k, closedForeign } = read;
  // (Also where a rule closed the name on its second word: «الدبلوماسي الكيني ألفريد موتوا نزيوكا،».)
  if (k < words.length && !words[k]!.punctBefore && out.length === k - i && foreignFamilyAtComma(words, norms, i, k)) { out.push(norms[k]!); k++; closedForeign = true; }
  // A Mauritanian name carries a forebear's style after «ولد» and his name, closing it: «محمد غلام ولد الحاج الشيخ فقال».
  if (out.length >= 3 && out[out.length - 2] === 'ولد' && k < words.length && !words[k]!.punctBefore && MAURITANIAN_STYLES.has(norms[k]!)
    && (endsName(words[k + 1]) || closesBeforeSaying(norms[k + 1] ?? '') || !!reportingVerb(norms[k + 1] ?? ''))) { out.push(norms[k]!); k++; }
  // A name does not end on a particle ("بن", "آل") — unless «ولد» stands before it: the word after «ولد» is the father's
  // name even where it is written like a particle («محمد الأمين ولد آبي»: Ould Abi).
  while (out.length > 1 && nameParticles.has(out[out.length - 1]!) && !(out.length > 2 && out[out.length - 2] === 'ولد' && fatherAfterOuld(out[out.length - 1]!))) { out.pop(); k--; }
  return { out, k, closedForeign };
}

/**
 * Word k has the article and is a word of the language that no name source lists («التصويت», «الاستفتاء»), after name
 * words from i that are all of another language (no Arab name, no word of the dictionary, no particle): the sentence
 * goes on after the name, with its object or an adjunct.
 */
function ordinaryWordAfterForeignName(words: Word[], norms: string[], i: number, k: number): boolean {
  const w = words[k]!;
  // (A regnal or generational number stays: «سيلفستر بيلو الثالث» is Silvestre Bello III.)
  if (!hasArticle(w) || lexicalReading(w.norm) !== 'word' || ordinals.has(w.norm) || nameWordOf(w) || inNameDictionariesOf(w)) return false;
  return norms.slice(i, k).every((n) => arabicNameWord(n) === undefined && !isLexical(n) && !nameParticles.has(n));
}

/**
 * A family name the foreign name lists hold, closing a name after a foreign word, that reads as a preposition on a noun
 * too («إبراهيما سوري بالدي.» is Ibrahima Sory Baldé): where the name closes there is no noun phrase for «ب» to open.
 */
function foreignFamilyAtClose(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!;
  const prev = norms[k - 1]!;
  return foreignNameWord(w.norm) !== undefined && !hasArticle(w) && !/[ةه]$/.test(w.norm)
    && (foreignNameWord(prev) !== undefined || isWordOfNoLanguage(prev)) && arabicNameWord(prev) === undefined;
}

/**
 * The second half of a foreign double surname written with a spaced hyphen, after a given name and the first half:
 * «ماريا لفوفا - بيلوفا». Both halves read as foreign family names and nothing else; the hyphen stands alone between them.
 */
function spacedDoubleSurname(words: Word[], norms: string[], k: number, count: number): boolean {
  return count >= 2 && spacedHyphenPair(words, norms, k);
}

/** Word k and the word before it are the two halves of such a surname, the hyphen alone between them. */
function spacedHyphenPair(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, prev = words[k - 1];
  if (!prev || w.punctBefore !== '-' || w.tok.start - prev.tok.end !== 3) return false;
  const foreignSurname = (n: string) => looksLikeForeignSurname(n) || isForeignWord(n);
  return foreignSurname(norms[k - 1]!) && foreignSurname(norms[k]!);
}

const DAY_COUNTS = /^(ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|[0-9]+)$/;
const DAY_UNITS = /^(ايام|يوما|اسابيع|اشهر)$/;
/**
 * A noun of the language with the article (no nisba, title or nationality) that an adjective with the article or a
 * count of days follows: what the verb declares or gives, no family name.
 */
function objectBeforeAdjunct(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (!next || next.punctBefore || !hasArticle(w) || /ي$/.test(w.norm) || !isDictionaryEntry(w.norm)) return false;
  if (startsTitle(words, norms, k) || matchNationality(norms, k)) return false;
  const adjective = hasArticle(next) && adjectives.has(next.norm);
  const days = DAY_COUNTS.test(next.norm) && DAY_UNITS.test(norms[k + 2] ?? '');
  return adjective || days;
}

/**
 * A family name that reads as a word of the language, right after an Arab given name that follows a full role, where
 * the name ends with it: an office or a style («كامل الوزير», «خالد الأمير», «أحمد السيد»), a nationality nisba («محمد
 * السوداني», «سالم الكندي») or a common noun («عزمي محافظة», «إسماعيل شرقي», «ياسين خان»). A role already stands
 * before the given name, so an office or a nationality after it is no second title of the same person; a common
 * noun with the article must be a nisba, an office or no dictionary entry («افتتح وزير الصحة خالد المستشفى،» is the
 * object). Not a verb, a function or time word, a country, a portfolio, an institution, a word with a clitic, a
 * pronoun or the accusative ending; and the name must end there: punctuation, إن/أن/قد, a verb — or a preposition
 * after a word that is no office (a transitive verb's object with its complement: «استقبل … محمد السفير في مكتبه»).
 */
function wordFamilyAfterGiven(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1], prev = norms[k - 1]!;
  // (A compound given name on «عبد» is one given name whatever its second half reads as: «عبد الملك العجري.».)
  const compound = k >= 2 && norms[k - 2] === 'عبد' && !words[k - 1]!.punctBefore;
  const given = compound || (!prev.startsWith('ال') && (arabicNameWord(prev) !== undefined || isArabicRuleSpelled(prev) || (isAlsoName(prev) && isNameWord(prev))));
  if (w.punctBefore || !given || (!compound && (isOrdinaryWord(prev) || nameStops.has(prev) || /^[وفبلك]/.test(prev) && !isNameWord(prev)))) return false;
  if (isStop(w, next) || nameParticles.has(w.norm) || w.norm === 'عبد' || compoundNameEnds.has(w.norm) || w.norm.length < 3 || /^[وفبلك]/.test(w.norm) || /(ه|ها|هم|هما|كم)$/.test(w.tok.text) || (/ا$/.test(w.norm) && isLexical(w.norm))) return false;
  if (isVerbAsWritten(w.norm) && !isAlsoName(w.norm)) return false;
  if (matchCountryName(norms, k) || portfolios.match(w.norm, norms, k) || (hasArticle(w) && institutionNouns.has(stripAl(w.norm))) || reportingVerbOf(w)) return false;
  const nat = matchNationality(norms, k);
  if (nat && nat.length > 1) return false;
  const office = startsTitle(words, norms, k);
  if (hasArticle(w) && !office && !nat && !/ي$/.test(w.norm) && isDictionaryEntry(w.norm)) return false;
  if (hasArticle(w) && /(ين|ون|ات)$/.test(w.norm)) return false;
  // (The next item of a list with its own office ends the name too: «… عزمي محافظة ووزيرة السياحة …».)
  // (An office word that is a name too, closing the sentence, is the family name after this one: «… نزار سالم قاضي.».)
  if (!next || next.punctBefore || (titleFollows(words, norms, k + 1) && !namedEndAt(words, k + 1) && !bareOfficeBeforeNextAttendee(words, norms, k + 1)) || (/^و/.test(next.norm) && startsTitle(words, norms, k + 1))) return true;
  // (An office word before «أن» or a verb is the object of a verb of telling: «وأبلغ الملك عبدالله الرئيس أن …»; before
  // «إن», which opens what was said, it closes the speaker's name.)
  // (A feminine noun with a possessive pronoun after it is the verb's object, and the name has ended: «… سلمى الخطيب
  // استقالتها».)
  if (/(ته|تها|تهم|تهما|تيه|تيها|تيهم|تيهما)$/.test(next.tok.text) && !nameWordOf(next) && !/^[وف]/.test(next.norm)) return true;
  if (office) return next.tok.text === 'إن';
  // (Not a family name after it that reads as a verb too, closing an attendee's name: «… حمد محمد الهين، وسفير …».)
  // (Nor a Somali family name on «و» after a Somali given name: «محمد عبدي واري،».)
  if (isComplementizer(next.norm) || next.norm === 'قد' || (isPlainVerb(next.norm) && !nameWordOf(next) && !firstPersonDefective(next) && !articledFamilyEndingListItem(words, norms, k - 1, k + 1, 2)
    && !somaliFamilyAtClose(words, norms, k + 1))) return true;
  return !office && !nat && /^(في|من|الي|عن|مع|خلال|لدي|بعد|قبل)$/.test(next.norm) && !/^على$/.test(next.tok.text);
}

/**
 * Word k is the object of a verb of giving or expressing after its subject's name, with the one it goes to after it:
 * a dictionary noun with the article that is no office, no nationality and no nisba, then «لل…» (a definite noun, no
 * name) or «إلى».
 */
function givenObject(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (!next || next.punctBefore || w.punctBefore || !hasArticle(w) || /ي$/.test(w.norm) || !isDictionaryEntry(w.norm)) return false;
  if (startsTitle(words, norms, k) || matchNationality(norms, k) || hasFamilyNameShape(w.norm) && !isAlsoName(w.norm)) return false;
  return (/^لل.{3,}/.test(next.norm) && !nameWordOf(next) && !isNameWord('ال' + next.norm.slice(2))) || /^(الي)$/.test(next.norm) && /^إلى$/.test(next.tok.text);
}

/**
 * A surname the name sources list that reads as a verb only in the first person («لاسن», «آمون»: أ + the present stem),
 * after a given name and closing the name: news prose does not say "I" outside a quotation, so the word is the name.
 */
function firstPersonSurname(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, prev = norms[k - 1]!;
  // (Or any verb the name sources list as a surname after a foreign given name: «كريستينا لاسن».)
  const foreignGiven = (originsOfGivenName(prev).length > 0 || foreignNameWord(prev) !== undefined) && arabicNameWord(prev) === undefined && !isLexical(prev) && !reportingVerbOf(w);
  if (!(/^[أاآ]/.test(w.tok.text) || foreignGiven) || w.norm.length < 4 || !inNameDictionariesOf(w) || nameStops.has(w.norm) || !nameWord(prev) || nameParticles.has(prev)) return false;
  return endsName(words[k + 1]) && !startsTitle(words, norms, k);
}

/**
 * A surname the name sources list that is a country's name too, after a given name of a foreign origin (at `given`),
 * closing the name («سيلسو كوريا،», «… كوريا الذي»): a Portuguese or Spanish given name is followed by its family name, not a country.
 */
function countrySurname(words: Word[], norms: string[], k: number, given: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (given < k - 1 && !foreignSurnamesBefore(words, norms, given, k)) return false;
  if (given === k - 1 && (originsOfGivenName(norms[given]!).length === 0 || arabicNameWord(norms[given]!) !== undefined || isLexical(norms[given]!))) return false;
  if (w.punctBefore || !inNameDictionariesOf(w)) return false;
  if (hasArticle(w) || /^[وف]/.test(w.norm) || matchCountryName(norms, k)?.length !== 1) return false;
  return endsName(next) || (!!next && /^(الذي|التي)$/.test(next.norm));
}

/**
 * A foreign given name the name lists spell in a foreign language and no word of the language, then family names of no
 * list of Arabic names, with no article, before the country word at k: a Portuguese name's two family names
 * («نونو ألفيش كوريا،»: Nuno Alves Correia). The country word must be a foreign surname the lists hold too.
 */
function foreignSurnamesBefore(words: Word[], norms: string[], given: number, k: number): boolean {
  if (!foreignNameWord(norms[given]!) || isLexical(norms[given]!) || !foreignNameWord(norms[k]!)) return false;
  for (let j = given + 1; j < k; j++) if (arabicNameWord(norms[j]!) !== undefined || hasArticle(words[j]!) || words[j]!.punctBefore) return false;
  return true;
}

/** A title in apposition after a comma starts at word k («المهندس طلعت السويدي، رئيس لجنة …»). */
function titleApposed(words: Word[], norms: string[], k: number): boolean {
  const w = words[k];
  return !!w && /^[،,]$/.test(w.punctBefore ?? '') && !/^[وف]/.test(w.norm) && startsTitle(words, norms, k) && !FAMILY_STYLES.has(w.norm);
}

/** A title of the person in apposition starts at word k, with no punctuation before it («… وزير النقل»). */
function titleFollows(words: Word[], norms: string[], k: number): boolean {
  const w = words[k];
  return !!w && !w.punctBefore && !hasArticle(w) && !/^[وف]/.test(w.norm) && startsTitle(words, norms, k) && !FAMILY_STYLES.has(w.norm);
}

/**
 * After a full role, a first name that reads as a word only with a clitic off («ورقنه» as و + رقنه) when a word of no
 * language follows and closes the name («وزير الخارجية ورقنه جبيهو،»): the pair is a foreign name. Not a possessed
 * office or kinship noun («ونظيره», «ومستشاره»), nor a verb, a country or a portfolio.
 */
function foreignPairFirst(words: Word[], norms: string[], i: number): boolean {
  const w = words[i]!, next = words[i + 1];
  if (!next || next.punctBefore || !/[^ا]$/.test(next.norm)) return false;
  if (!(isCliticReadingBesideForeign(w.norm, next.norm) && !nameWordOf(next)) && !wordReadingBesideForeign(w, next)) return false;
  const after = words[i + 2];
  // (The pair closes before punctuation, a title, the next item — or what the person said or did: «… وافولا تشيبوكاتي إن»,
  // «… فرأى».)
  // (A pair whose first word reads as a word as written may close before a preposition too: «… أولغ سوكولوف إلى».)
  const wordPair = lexicalReading(w.norm) === 'word';
  if (after && !after.punctBefore && !startsTitle(words, norms, i + 2) && !/^و/.test(norms[i + 2]!) && !closesBeforeSaying(norms[i + 2]!)
    && !(wordPair && /^(في|من|الي|عن|مع|خلال|لدي|بعد|قبل)$/.test(norms[i + 2]!))) return false;
  if ((w.norm.length < 4 && lexicalReading(w.norm) === 'clitic') || hasArticle(w) || (isVerbAsWritten(w.norm) && lexicalReading(w.norm) === 'clitic') || startsTitle(words, norms, i) || isStop(w, next)) return false;
  // (The word with its clitic off is no office, kinship or function word, with a pronoun or without.)
  const bare = w.forms.filter((f) => f.prefix).map((f) => f.form);
  if (bare.some((f) => nameStops.has(f) || heads.has(f) || heads.has(f.replace(/(ه|ها|هم)$/, '')) || heads.has(f.replace(/(ه|ها|هم)$/, '').replace(/ت$/, 'ه')))) return false;
  return !matchCountryName(norms, i) && !matchNationality(norms, i) && !portfolios.match(w.norm, norms, i);
}

/**
 * A foreign given name that the lexicon reads as a word as written («أولغ»: a rare verb, he lapped), before a word
 * of no language with a foreign surname's ending or shape («بانكراتوف», «أوجوانغ»): the pair is a name. Only a short
 * word of the past tense's bare shapes (no article, no clitic, no present or derived-stem prefix: not «التقى»,
 * «يبحث», «استقبل») and no reporting verb, so that a role followed by what it did to someone named by the family name
 * alone still ends the name.
 */
function wordReadingBesideForeign(w: Word, next: Word): boolean {
  const norm = w.norm;
  if (lexicalReading(norm) !== 'word' || norm.length < 3 || norm.length > 5 || /^(ال|لل|[وفبلكيتنس]|است|ان|ات)/.test(norm) || /[ةه]$/.test(norm)) return false;
  if (reportingVerb(norm) || nameStops.has(norm) || isAlsoName(norm)) return false;
  return looksLikeForeignSurname(next.norm) && !lexicalReading(next.norm) && arabicNameWord(next.norm) === undefined;
}

/** A foreign given name: a word some name source lists as foreign, or one of no language, never an Arab name. */
function foreignGivenWord(norm: string): boolean {
  return arabicNameWord(norm) === undefined && (foreignNameWord(norm) !== undefined || isWordOfNoLanguage(norm) || listedForeignOnly(norm));
}

/**
 * After two or three given names that name sources list, one of them foreign (no Arab name: a listed foreign word or
 * one of no language), the word right before the comma or full stop that closes the item is the family name, even a
 * word of the language a name source lists:
 * «النائبة روسا ماريا بارتا،», «ماري نتومبا نزيزا،», «خوان كارلوس ديل أغيلا،». A foreign name is seldom said without
 * its family name, and a clause does not close on a bare verb or noun after a name. Not a word with the article or «و»,
 * a function or time word, a title, a country, a nationality, a portfolio, a verb of saying or a possessive.
 */
function foreignFamilyAtComma(words: Word[], norms: string[], i: number, k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  const given = norms.slice(i, k);
  if (k - i < 2 || k - i > 3 || !given.every((x) => inNameDictionaries(x) || foreignGivenWord(x)) || !given.some(foreignGivenWord)) return false;
  // (A word of the language that no name source lists is what the sentence says of the person: «مجددا», «رسميا».)
  if ((isLexical(w.norm) || isPlainVerb(w.norm)) && !inNameDictionaries(w.norm)) return false;
  if (!next || !/^[،,.]$/.test(next.punctBefore ?? '')) return false;
  if (hasArticle(w) || /^[وف]/.test(w.norm) || w.norm.length < 3 || /[ةه]$/.test(w.tok.text) || nameStops.has(w.norm) || isStop(w, next)) return false;
  if (timePhraseLength(norms, k) || !!reportingVerbOf(w) || isComplementizer(w.norm) || startsTitle(words, norms, k)) return false;
  if (matchCountryName(norms, k) || matchNationality(norms, k) || portfolios.match(w.norm, norms, k) || institutionNouns.has(w.norm)) return false;
  return !/(ها|هم|هما|كم)$/.test(w.tok.text);
}

/** Prepositions that open an adjunct of the clause right after its subject («… رادمان في موسكو», «… عن النص»). */
const ADJUNCT_AFTER_NAME = new Set(['في', 'عن', 'على', 'خلال', 'امام', 'من', 'الى']);

/**
 * The last word of a foreign name of three that the lexicon happens to read as a word or a clitic and a word («فانتا»،
 * «فيخو»), after a word of no language and before the name's close (punctuation, a title, what the person said or did):
 * «رئيس مكتب التحقيق أمديي أيالو فانتا،» is Amdye Ayalew Fanta, «ألبيرتو نونييث فيخو إن» Alberto Núñez Feijóo.
 */
function foreignClosingWord(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  // (Or, where the name closes at punctuation, a word of no language itself after a word only a name source lists, no
  // Arab name and no word of the language: «ماريا فرناندا إسبينوزا بالاريس.» — not «… كاماو بالإصلاحات.», «مورو ثالثاً.».)
  const before = isWordOfNoLanguage(norms[k - 1]!)
    || (listedForeignOnly(norms[k - 1]!) && isWordOfNoLanguage(w.norm) && (!next || /^[،,.:؛]/.test(next.punctBefore ?? '')));
  // (No entry of the dictionary itself, only a reading of its letters: «بينيرا إرسال» is Piñera and a sending.)
  if (!before || hasArticle(w) || /^و/.test(w.norm) || w.norm.length < 3 || /[ةه]$/.test(w.norm) || isDictionaryEntry(w.norm)) return false;
  // (Nor a preposition on a noun: «نيكوس ديندياس بحضور نائبة الوزير» — in the presence of; a word the lexicon gives no
  // reading at all only begins like one: «بالاريس».)
  if (!isWordOfNoLanguage(w.norm) && w.forms.some((f) => /[بلك]$/.test(f.prefix) && isDictionaryEntry(f.form))) return false;
  if (isStop(w, next) || startsTitle(words, norms, k) || isPlainVerb(w.norm) || !!reportingVerbOf(w) || isComplementizer(w.norm)) return false;
  if (matchCountryName(norms, k) || matchNationality(norms, k) || portfolios.match(w.norm, norms, k) || channelLength(norms, k)) return false;
  return !next || !!next.punctBefore || startsTitle(words, norms, k + 1) || closesBeforeSaying(norms[k + 1]!) || ADJUNCT_AFTER_NAME.has(norms[k + 1]!);
}

/**
 * The two last words of a name of four, after two name words: one that reads as a word only behind a preposition
 * («بابر» as ب + ابر) and a word of no language that closes the name (punctuation, a title, what the person said or did):
 * «قائد القوات الجوية المارشال ظهير أحمد بابر سيدهو،». «ب/ل/ك + noun» before a word no language knows opens no phrase
 * the sentence could go on with; a place or a country after it would be the preposition's («… بمقر كيغالي»), as would
 * a place noun or an office behind the clitic. Not و, which opens the next item of a list.
 */
function cliticWordBeforeForeignClose(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (!next || next.punctBefore || !/^[بلكف]/.test(w.norm) || w.norm.length < 4 || /[ةه]$/.test(w.norm) || hasArticle(w)) return false;
  if (lexicalReading(w.norm) !== 'clitic' || isDictionaryEntry(w.norm) || nameWordOf(w) || isPlainVerb(w.norm) || !!reportingVerbOf(w)) return false;
  // (ف and ل go before a verb too, «فقال», «ليقول»; ب and ك never do: «بابر» is no ب + أبر.)
  const bare = w.forms.filter((f) => f.prefix);
  if (bare.some(({ prefix, form: f }) => nameStops.has(f) || heads.has(f) || placeHeads.has(f) || institutionNouns.has(stripAl(f)) || places.has(f) || (/[فل]/.test(prefix) && isVerbAsWritten(f)))) return false;
  if (!isWordOfNoLanguage(next.norm) || places.has(next.norm) || matchCountryName(norms, k + 1) || matchNationality(norms, k + 1)) return false;
  if (isStop(w, next) || startsTitle(words, norms, k) || startsTitle(words, norms, k + 1)) return false;
  const after = words[k + 2];
  return !after || !!after.punctBefore || startsTitle(words, norms, k + 2) || closesBeforeSaying(norms[k + 2]!);
}

/**
 * The last word of a name of three or more that reads as a word only behind ف or ك («كهر» as ك + هر, «فلفول»), where the
 * name closes with it (punctuation, a title, what the person said or did, or «و» and the next item): glued to a whole
 * name, «ف/ك + noun» goes on with no clause, so the word is the family name: «حنا رباني كهر والمبعوث …» is Hina Rabbani
 * Khar, «نبيهة البرصالي فلفول وعن الجانب …» Nabiha Borsali Falfoul. Not ف before a verb («فأكد», «فدعا») or a function
 * word («فقط», «كذلك», «فهو»).
 */
function faKafClosingWord(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (w.punctBefore || !/^[فك]/.test(w.norm) || w.norm.length < 3 || /[ةها]$/.test(w.norm) || lexicalReading(w.norm) !== 'clitic' || isDictionaryEntry(w.norm)) return false;
  const bare = w.norm.slice(1);
  // (ك never stands before a verb, so a bare form that reads as one leaves the word a name: «كهر».)
  if ((w.norm[0] === 'ف' && isVerbAsWritten(bare)) || heads.has(bare) || nameStops.has(bare) || nameStops.has(w.norm) || isComplementizer(bare) || !!reportingVerbOf(w) || isPlainVerb(w.norm)) return false;
  if (isStop(w, next) || startsTitle(words, norms, k) || matchCountryName(norms, k) || matchNationality(norms, k) || portfolios.match(w.norm, norms, k) || channelLength(norms, k)) return false;
  return !next || !!next.punctBefore || startsTitle(words, norms, k + 1) || closesBeforeSaying(norms[k + 1]!) || (/^و/.test(norms[k + 1]!) && norms[k + 1]!.length > 2);
}

/**
 * A name word that is also a stop word («صادق»: he ratified), closing a name of two words or more where the name
 * closes (the sentence ends, a comma, or «و» and the next item with the article: «سردار أياز صادق والوفد المرافق له»
 * is Sardar Ayaz Sadiq): the verb reading needs what it governs after it. No article, no clitic, no adverb in ا.
 */
function stopFamilyClosingWholeName(words: Word[], k: number, count: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (count < 2 || w.punctBefore || !nameStops.has(w.norm) || !nameWordOf(w) || hasArticle(w) || /^[وفبل]/.test(w.norm) || /ا$/.test(w.norm)) return false;
  return !next || /^[،,.]$/.test(next.punctBefore ?? '') || (!next.punctBefore && /^وال/.test(next.norm));
}

/**
 * A family name with the article that is an office word too («السلطان», «الأمير»), third after an Arab given name and a
 * father's name, where the name closes with it (the end, punctuation, «و» and an office): «محافظ نينوى نوفل حمادي
 * السلطان ونائبيه» is Nawfal Hammadi al-Sultan — no office stands after a whole name with nothing of its own.
 */
function articledTitleFamilyOfThree(words: Word[], norms: string[], i: number, k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (w.punctBefore || !hasArticle(w) || arabicNameWord(norms[i]!) === undefined || hasArticle(words[i + 1]!) || !isNameWord(norms[i + 1]!) || isOrdinaryWord(norms[i + 1]!)) return false;
  if (!(isGazetteerWord(w.norm) || isAlsoName(w.norm)) || !startsTitle(words, norms, k) || matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w.norm, norms, k) || ordinals.has(w.norm)) return false;
  // (… or his own office: «ونائبه», «ونائبيه».)
  const ownOffice = /^و/.test(next?.norm ?? '') && heads.has(next!.norm.slice(1).replace(/(يه|يها|ه|ها)$/, ''));
  return !next || !!next.punctBefore || (/^و/.test(next.norm) && startsTitle(words, norms, k + 1)) || ownOffice;
}

/** A word that opens what a person said or did right after the name: إن/أن/قد, or a verb (with ف/و before it: «فرأى»). */
function closesBeforeSaying(norm: string): boolean {
  if (isComplementizer(norm) || norm === 'قد') return true;
  const bare = /^[وف]/.test(norm) && norm.length > 3 ? norm.slice(1) : norm;
  return (isPlainVerb(norm) || isPlainVerb(bare) || !!reportingVerb(norm)) && !isNameWord(norm);
}

/**
 * A family name that reads as a word only with a preposition glued on («بطيش» as ب + طيش, «لبيب» aside: a name word),
 * right after an Arab given name that follows a full role, where the name ends with it before what the person said or
 * did («وزير الاقتصاد منصور بطيش إن …», «… فرأى») or before a comma: the family name, not «ب + noun» of manner
 * («استقبل الوزير خالد بحفاوة.»). Not «بال…», a pronoun-suffixed word, a word with a reading of its own.
 */
function cliticFamilyAfterGiven(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1], prev = norms[k - 1]!;
  if (w.punctBefore || !/^[بلك]/.test(w.norm) || w.norm.length < 4 || /^(بال|لل|كال)/.test(w.norm) || lexicalReading(w.norm) !== 'clitic') return false;
  if (/(ه|ها|هم|هما|كم|ا)$/.test(w.tok.text) || nameStops.has(w.norm) || isVerbAsWritten(w.norm) || matchCountryName(norms, k)) return false;
  const given = arabicNameWord(prev) !== undefined || isArabicRuleSpelled(prev) || (isAlsoName(prev) && isNameWord(prev));
  if (prev.startsWith('ال') || !given || isOrdinaryWord(prev) || nameStops.has(prev) || /^[وفبلك]/.test(prev) && !isNameWord(prev)) return false;
  if (!next) return false;
  // (After a comma, an office in apposition or what was said: «منى بكداش، وزيرة …», «…، أن»; not «بحرارة، مؤكدا».)
  if (/^[،,]$/.test(next.punctBefore ?? '')) return (startsTitle(words, norms, k + 1) && !/^[وف]/.test(next.norm)) || isComplementizer(next.norm);
  return !next.punctBefore && closesBeforeSaying(next.norm);
}

/**
 * A family name that reads as a word only with a clitic off («ويبس» as و + يبس), right after a foreign given name of no
 * language or of a foreign list only («سورانجل ويبس»): the pair is a foreign name, as «ورقنه جبيهو» is the other way
 * round, where the name closes after it — at punctuation, before what the person said or did, or before «الابن» or an
 * office in apposition. After a full role or its comma; else only before the office in apposition («فخامة الرئيس
 * سورانجل ويبس الابن رئيس جمهورية بالاو»). Not a verb as written, a pronoun-suffixed word, the article glued to a
 * preposition, a title, a country or a nationality, nor a word whose bare form is an office, kinship or function word.
 */
function cliticSurnameOfForeignGiven(words: Word[], norms: string[], k: number, fullRole: boolean): boolean {
  const w = words[k]!, prev = norms[k - 1]!;
  if (w.punctBefore || w.norm.length < 4 || lexicalReading(w.norm) !== 'clitic' || hasArticle(w) || /^(بال|لل|كال|وال|فال)/.test(w.norm)) return false;
  const foreignGiven = isWordOfNoLanguage(prev) || (foreignNameWord(prev) !== undefined && !isLexical(prev) && !inNameDictionaries(prev));
  if (!foreignGiven || arabicNameWord(prev) !== undefined || prev.startsWith('ال')) return false;
  if (/(ه|ها|هم|هما|كم|نا)$/.test(w.tok.text) || isVerbAsWritten(w.norm) || isPlainVerb(w.norm) || nameStops.has(w.norm) || reportingVerbOf(w) || isStop(w, words[k + 1])) return false;
  if (startsTitle(words, norms, k) || matchCountryName(norms, k) || matchNationality(norms, k) || portfolios.match(w.norm, norms, k)) return false;
  const bare = w.forms.filter((f) => f.prefix).map((f) => f.form);
  if (bare.some((f) => nameStops.has(f) || heads.has(f) || heads.has(f.replace(/ت$/, 'ه')))) return false;
  const jr = norms[k + 1] === 'الابن' && !words[k + 1]!.punctBefore ? 1 : 0;
  const next = words[k + 1 + jr];
  const apposedOffice = !!next && !next.punctBefore && !/^[وف]/.test(next.norm) && startsTitle(words, norms, k + 1 + jr);
  if (apposedOffice) return true;
  if (!fullRole) return false;
  return !next || /^[،,.:؛]$/.test(next.punctBefore ?? '') || (!next.punctBefore && closesBeforeSaying(next.norm));
}

/**
 * A word inside a name that reads as a word too, between a given name and a family name that closes the name: a given
 * name that is also a time word ("نوري صباح الدليمي") or a word no name source lists ("سالم غصاب الزمانان").
 */
function nameInside(words: Word[], norms: string[], k: number, count: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (count < 1 || count > 2 || !next || next.punctBefore || hasArticle(w) || /^[وفبل]/.test(w.norm) || isVerbAsWritten(w.norm)) return false;
  if (!isNameWord(norms[k - 1]!) || !!foreignNameWord(norms[k - 1]!) || !hasFamilyNameShape(next.norm)) return false;
  const closes = !words[k + 2] || !!words[k + 2]!.punctBefore || /^و/.test(norms[k + 2]!);
  return closes && (inNameDictionariesOf(w) || unattestedWordOf(w)) && !startsTitle(words, norms, k);
}

/**
 * A head word that is a name too, inside a name: "محمد الأمين ولد آبي" (Mohamed Lemine), where a name particle or an
 * Arab name word follows it and a given name stands before it.
 */
export function titleWordInName(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (givenTitleWordInName(words, norms, k) || articleGivenInName(words, norms, k)) return true;
  if (!next || next.punctBefore || !startsTitle(words, norms, k) || isStop(w, next) || !inNameDictionariesOf(w) || !isNameWord(norms[k - 1]!)) return false;
  return (nameParticles.has(next.norm) && next.norm !== 'ال') || (nameWordOf(next) && !hasArticle(next) && !startsTitle(words, norms, k + 1) && arabicNameWord(norms[k - 1]!) !== undefined);
}

/**
 * A title word with the article that is a given name too («الأمين»), between an Arab given name and the rest of the
 * name, with no punctuation: «محمد الأمين ولد آبي», «محمد الأمين بوعلام», «محمد الأمين الصالح». Bare, the title would
 * name no one there: an office after a name is set off by a comma or takes a complement («محمد الأمين العام» does not
 * qualify: «العام» is a word of the language). Not a style (الأمير، الشيخ), which honours the name after it.
 */
export function articleGivenInName(words: Word[], norms: string[], k: number): boolean {
  const w = words[k], next = words[k + 1];
  if (k < 1 || !w || !next || w.punctBefore || next.punctBefore || !w.norm.startsWith('ال') || !startsTitle(words, norms, k)) return false;
  if (styles.has(w.norm) || ranks.has(w.norm) || !(originsOfGivenName(w.norm).length > 0 || arabicNameWord(stripAl(w.norm)) !== undefined)) return false;
  const prev = norms[k - 1]!.replace(/^[وف](?=..)/, '');
  if (arabicNameWord(prev) === undefined || !isNameWord(prev) || startsTitle(words, norms, k - 1)) return false;
  const n = next.norm;
  if (startsTitle(words, norms, k + 1) || matchNationality(norms, k + 1) || matchCountryName(norms, k + 1) || nameStops.has(n)) return false;
  const family = n.startsWith('ال') ? !isOrdinaryWord(n) && inNameDictionaries(n) : isNameWord(n) || isWordOfNoLanguage(n);
  return (nameParticles.has(n) && n !== 'ال') || family;
}

/**
 * A title word without the article that is a given name too («سلطان», «شيخ»), between a name word and one last word
 * that closes the name at punctuation or the text's end («محمد سلطان السويدي.», «ريزان شيخ دلير،»): a title word
 * without the article opens a construct with a body or a country, never a family name alone.
 */
function givenTitleWordInName(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1], close = words[k + 2];
  if (!next || next.punctBefore || (close && !close.punctBefore) || /^(ال|[وفبلك])/.test(w.norm) || !startsTitle(words, norms, k)) return false;
  if (!(arabicNameWord(w.norm) !== undefined || originsOfGivenName(w.norm).length > 0) || nameStops.has(w.norm)) return false;
  if (!(isNameWord(norms[k - 1]!) || isForeignWord(norms[k - 1]!)) || isStop(next, close) || startsTitle(words, norms, k + 1) || matchCountryName(norms, k + 1)) return false;
  return !institutionNouns.has(stripAl(next.norm)) && !isVerbAsWritten(next.norm);
}

/**
 * Word k is a Somali family name that starts with W (the given-name table's Somali names: ورسمي/ورسمه Warsame, ورفا
 * Warfa), the last word of the name: punctuation, the text's end or a word that is no name word follows. Somali names
 * are the father's and grandfather's given names, so such a word closes a name of two or three words where the «و» of
 * a list would open the next person («عبدي محمد ورسمه.»، «عبد الله محمد ورفا "استُدعي…"»).
 */
export function somaliFamilyAtClose(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (!/^و/.test(w.norm) || w.punctBefore || !(originsOfGivenName(w.norm).includes('somali') || somaliOnlyWordBefore(words, norms, k))) return false;
  return !next || !!next.punctBefore || !isNameWord(norms[k + 1]!);
}

/**
 * Word k on «و», closing a name right after a given name only Somalis bear («عبدي»), where the rest after «و» is no
 * Arab name and no common given name of any origin: the family name of the same origin, not «و» and the next person
 * («السفير محمد عبدي واري،»: Ware; «محمد عبدي وأحمد» stays two people).
 */
function somaliOnlyWordBefore(words: Word[], norms: string[], k: number): boolean {
  const before = originsOfGivenName(norms[k - 1] ?? '');
  const next = words[k + 1];
  if (before.length !== 1 || before[0] !== 'somali' || (next && !next.punctBefore)) return false;
  const rest = norms[k]!.slice(1);
  return rest.length >= 3 && arabicNameWord(rest) === undefined && originsOfGivenName(rest).length === 0 && arabicNameWord(norms[k]!) === undefined
    && !startsTitle(words, norms, k);
}

/**
 * The last word of a name that is a word of the language too («محمد طاهر سيالة،», «نوفل حمادي السلطان،»): after two
 * name words, right before punctuation or the text's end, a word that is no verb, no function word, no description
 * (adjective, nationality, modifier) closes the name.
 */
function closingSurname(words: Word[], norms: string[], k: number, count: number): boolean {
  const w = words[k]!, next = words[k + 1];
  // (ك is "as, like" only before a word of the language: «كرئيس»; «كناكرية» is a family name.)
  // (Or right before «إن»/«أن» that opens what the person said, the verb having come before the subject: «وقال المتحدث
  // باسم الحزب كريم عادل زمام إن …» — a word of the language there is no object, the clause starts after it.)
  // (Or before «قد» that opens the subject's pluperfect verb: «وكان وزير المالية … قد أعلن».)
  const saying = !!next && !next.punctBefore && (/^[إأ]ن$/.test(next.tok.text) || (next.tok.text === 'قد' && isVerbAsWritten(norms[k + 2] ?? '')));
  // (Or before «و» and a title, the next person of a list of attendees: «… نبيلة عبدالله الملا وسفير الكويت …».)
  const listNext = !!next && !next.punctBefore && /^و/.test(next.norm) && next.norm.length > 3 && startsTitle(words, norms, k + 1);
  if (count < 2 || (next && !next.punctBefore && !saying && !listNext) || (/^[وفبل]/.test(w.norm) && !(saying && /^[بل]/.test(w.norm) && lexicalReading(w.norm) === 'word') && !hadramiBaFamilyName(w)) || (w.norm.startsWith('ك') && isDictionaryEntry(w.norm.slice(1))) || (isStop(w, next) && !namedEndAt(words, k)) || w.norm.length < 3) return false;
  // (علي shares its written form with the preposition على: after a name word it is the name Ali.)
  // (A word of no language the lexicons know is a name word too before a comma: «محمد أبوكر إسلو،», «أمديي أيالو فانتا،».)
  const foreignBefore = (n: string) => !!next && /^[،,]/.test(next.punctBefore ?? '') && isForeignWord(n);
  // (Two words back it opens a compound given name the name already holds: «علي رضا مرحمتي إن», «علي أكبر …»; or a
  // particle of descent after a name word: «محمد أحمد ولد محمد الأمين،».)
  if (!(isNameWord(norms[k - 1]!) || foreignBefore(norms[k - 1]!) || (norms[k - 1] === 'علي' && (listNext || namedEndAt(words, k)))) || !(isNameWord(norms[k - 2]!) || foreignBefore(norms[k - 2]!) || norms[k - 2] === 'علي' || particleAfterName(norms, k - 2)) || nameParticles.has(norms[k - 1]!)) return false;
  // (A name word as written — no article, pronoun or accusative ending — closes a whole name before a comma, a full stop
  // or the text's end even where it reads as a verb, a preposition or an office too: «… قحطان طه خلف.», «… سجاد قاضي.».)
  const namedEnd = namedEndAt(words, k);
  if ((isVerbAsWritten(w.norm) && !firstPersonDefective(w) && !namedEnd && !beforeNextAttendee(words, norms, k)) || modifiers.has(w.norm) || adjectives.has(w.norm) || matchNationality(norms, k) || matchCountryName(norms, k)) return false;
  // (A name word is no plural for its ending: «الأمين», «الحسين».)
  if ((/^ال.+(ون|ين|ات)$/.test(w.norm) && !nameWordOf(w) && !isAlsoName(w.norm)) || sourceAdjective(w.norm)) return false;
  if (!next) return namedEnd || hadramiBaFamilyName(w);
  // (Not the relayed speaker's verbal noun of saying: «نقلت الوكالة عن … جمال خاشقجي قوله إن».)
  if (saying) return !hasArticle(w) && !/^[كس]/.test(w.norm) && !isOwnedSaying(w.norm) && !firstPersonDefective(w);
  // (There a name word or a family nisba, no office with the article: «… محمد أحمد السفير ووزير …» and «… خالد سعيد
  // المستشفى ووزير التعليم المدرسة» are the verb's objects. A bare head there governs nothing, so it is no office but the
  // family name: «… أحمد سليم قاضي وسفير …».)
  if (listNext) return !/^[كس]/.test(w.norm) && (nameWordOf(w) || (/ي$/.test(w.tok.text) && hasFamilyNameShape(w.norm))) && !(hasArticle(w) && heads.match(stripAl(w.norm), norms, k));
  return /^[،,]/.test(next.punctBefore ?? '') || namedEnd || bareBeforeFullStop(w, next) || articledNoWordBeforeFullStop(w, next);
}

/**
 * A family name with the article closing a given name and a father's, right before the bearer's own office with no
 * comma between («النائبة الدكتورة مريم صالح الظاعن رئيسة لجنة …», «العميد سالم بن حمد بن عقيل النابت رئيس أركان …»): the office, bare and in the construct with its
 * complement, can only open the apposition, so the word before it is no object of a verb but the last of the name.
 * Not a title, a nationality, an adjective, an institution, a time word or a plural.
 */
function articledFamilyBeforeOffice(words: Word[], norms: string[], k: number, count: number): boolean {
  const w = words[k]!;
  if (count < 2 || count > 3 || w.punctBefore || !hasArticle(w) || w.norm.length < 5 || !titleFollows(words, norms, k + 1) || !heads.match(norms[k + 1]!, norms, k + 1) || !words[k + 2] || words[k + 2]!.punctBefore) return false;
  if (!lineageBefore(words, norms, k, count)) return false;
  if (startsTitle(words, norms, k) || matchNationality(norms, k) || adjectives.has(w.norm) || modifiers.has(w.norm) || institutionNouns.has(stripAl(w.norm)) || timePhraseLength(norms, k)) return false;
  return !/(ون|ين|ات)$/.test(w.norm) && !isVerbAsWritten(w.norm) && !sourceAdjective(w.norm);
}

/**
 * The given name and forebears that a family name at k closes, read back: a given name and a father's («مريم صالح»), or a
 * lineage with «بن» of three names («سالم بن حمد بن عقيل»). The given name is an Arabic one (listed or spelt right by the rules); a forebear's name
 * is a name word, or one the name lists hold that reads as a word too («عجلان»: hasty), never a verb, an article or a
 * particle. Null when the words before k are no such name.
 */
function lineageBefore(words: Word[], norms: string[], k: number, count: number): string[] | null {
  const names: string[] = [];
  let sonOf = false;
  for (let j = k - 1; j >= 0 && names.length < count; j--) {
    if (/^(بن|ابن)$/.test(norms[j]!)) {
      if (names.length === 0 || norms[j + 1] === undefined || /^(بن|ابن)$/.test(norms[j + 1]!)) return null;
      sonOf = true;
      continue;
    }
    names.unshift(norms[j]!);
    if (hasArticle(words[j]!) || nameParticles.has(norms[j]!)) return null;
  }
  if (names.length !== count || (count === 3 && !sonOf) || (arabicNameWord(names[0]!) === undefined && !isArabicRuleSpelled(names[0]!))) return null;
  const forebear = (n: string) => isNameWord(n) || (inNameDictionaries(n) && !isVerbAsWritten(n) && !nameStops.has(n));
  return names.slice(1).every(forebear) ? names : null;
}

/**
 * A sound feminine plural without the article in the construct (the next word a definite noun), whose singular is a word
 * of the language though the lexicon lacks the plural: «ملفات» (ملف), «زيارات» (زيارة). No name list holds it.
 */
function constructPluralObject(words: Word[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (!next || next.punctBefore || !hasArticle(next) || hasArticle(w) || !/^.{3,}ات$/.test(w.norm) || inNameDictionariesOf(w) || nameWordOf(w)) return false;
  const stem = w.norm.slice(0, -2);
  return isDictionaryEntry(stem) || isDictionaryEntry(stem + 'ه');
}

/** A past verb in the feminine («تفقدت», «زارت»): ت on a stem that is a verb as written, the word itself no name word. */
function feminineVerb(w: Word): boolean {
  const n = w.norm;
  return /^[^وفبل].{2,}ت$/.test(n) && !hasArticle(w) && isVerbAsWritten(n.slice(0, -1)) && !isNameWord(n) && !inNameDictionaries(n) && !arabicNameWord(n) && lexicalReading(n) === null;
}

/**
 * A word with the article that reads as nothing of the language — no dictionary entry as written, no reading with a clitic or
 * an ending cut off — before a full stop, closing a whole name: a family name («… السفير عيسى عثمان الضو.»). The verb's
 * object there would be a word of the language.
 */
function articledNoWordBeforeFullStop(w: Word, next: Word): boolean {
  return /^\.$/.test(next.punctBefore ?? '') && hasArticle(w) && w.norm.length >= 4 && !isDictionaryEntry(w.norm)
    && lexicalReading(w.norm) === null && !isVerbAsWritten(w.norm);
}

/**
 * The second half of a family name in the construct, a noun of the language with the article after a noun of the
 * language that is no given name («عبد الرؤوف بيت المال», «محمد حسين بحر العلوم», «كاشف الغطاء»), closing a name of two
 * words or more where a clause can only go on: before «إن»/«أن» that opens what the person said, or «و» and the next
 * attendee's title. (Before a comma it may be the verb's object: «التقى … الوفد،».)
 */
function compoundFamilyTail(words: Word[], norms: string[], k: number, count: number): boolean {
  const w = words[k]!, head = words[k - 1]!, next = words[k + 1];
  if (count < 2 || !next || next.punctBefore || !hasArticle(w) || w.norm.length < 5 || hasArticle(head) || nameParticles.has(norms[k - 2] ?? '')) return false;
  if (!isDictionaryEntry(head.norm) || lexicalReading(head.norm) !== 'word' || arabicNameWord(head.norm) !== undefined || originsOfGivenName(head.norm).length > 0) return false;
  const saying = /^[إأ]ن$/.test(next.tok.text);
  const listNext = /^و/.test(next.norm) && next.norm.length > 3 && startsTitle(words, norms, k + 1);
  if (!saying && !listNext) return false;
  if (startsTitle(words, norms, k) || matchNationality(norms, k) || matchCountryName(norms, k) || timePhraseLength(norms, k) > 0) return false;
  return !adjectives.has(w.norm) && !modifiers.has(w.norm) && !/^ال.+(ون|ين|ات|ي)$/.test(w.norm) && !isVerbAsWritten(w.norm);
}

/**
 * Word k stands before «، و» (or a bare «و») and the next attendee's title, where no verb can stand: «ووزير الإعلام
 * عطاء الله تارر، وسفير …», «… أحمد سليم قاضي وسفير …» — a past verb takes no title joined by «و» after it.
 */
function beforeNextAttendee(words: Word[], norms: string[], k: number): boolean {
  const next = words[k + 1];
  return !!next && (!next.punctBefore || /^[،,]$/.test(next.punctBefore)) && /^و/.test(next.norm) && next.norm.length > 3 && startsTitle(words, norms, k + 1);
}

/**
 * An office word without the article that is a name word too, right before «و» and the next attendee's title
 * («… محمد سجاد قاضي وسفير …»): a bare office takes a complement or a name, so governing nothing there it is the last
 * word of the name before it.
 */
function bareOfficeBeforeNextAttendee(words: Word[], norms: string[], k: number): boolean {
  const w = words[k], next = words[k + 1];
  return !!w && !!next && !next.punctBefore && !hasArticle(w) && !/(ه|ها|هم|هما|ا)$/.test(w.tok.text) && nameWordOf(w) && beforeNextAttendee(words, norms, k);
}

/** A particle of descent («بن», «ولد») at k after a name word: the name goes on through it. */
function particleAfterName(norms: string[], k: number): boolean {
  return k >= 1 && nameParticles.has(norms[k]!) && /^(بن|ولد|بنت)$/.test(norms[k]!) && isNameWord(norms[k - 1]!);
}

/**
 * The last word of a whole name that reads as a verb too («نور أحمد إسلام جار أن», «أنيل بورا إينان،»), where the
 * clause already has its verb: the name is the subject after a verb of saying («وأعلن والي هرات …») or an item of a
 * list of attendees («، وسفير تركيا لدى بغداد …»). A second finite verb cannot follow such a subject before a comma
 * or before «إن»/«أن» that opens what was said, so the word closes the name. Not a present verb (ي/ت), a clitic, a
 * verb of saying or a word the name stops list.
 */
function verbReadingAfterClauseVerb(words: Word[], norms: string[], i: number, k: number, count: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (count < 2 || w.punctBefore || !next || /^[وفبلكسيت]/.test(w.norm) || w.norm.length < 3) return false;
  if (reportingVerbOf(w) || nameStops.has(w.norm) || isComplementizer(w.norm) || NOT_NAME_AFTER.test(w.norm)) return false;
  const closes = /^[،,.]$/.test(next.punctBefore ?? '') || (!next.punctBefore && /^[إأ]ن$/.test(next.tok.text));
  return closes && clauseVerbBefore(words, norms, i, /^[إأ]ن$/.test(next.tok.text) ? 'saying' : 'any');
}

/**
 * The clause of the name at i has its verb before the title: a verb of saying (not for `list`), or (not for `saying`)
 * the name is an item of a list, its title opening with «و» after a comma.
 */
function clauseVerbBefore(words: Word[], norms: string[], i: number, mode: 'saying' | 'list' | 'any'): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
    if (mode !== 'list' && reportingVerb(norms[j]!)) return true;
    const gap = words[j]!.punctBefore;
    if (mode !== 'saying' && gap && /^[،,]$/.test(gap) && /^و/.test(norms[j]!) && startsTitle(words, norms, j)) return true;
    if (gap) return false;
  }
  return false;
}

/**
 * A family name with the article that is a word of the language too, closing an item of a list of attendees at the
 * sentence's end («، ومدير إدارة الشؤون الآسيوية بالوزارة فاطمة عبد الله الظاعن.») or before «، و» and the next
 * attendee's title: a list item's name has no object after it. Not a nationality, a country, a description or a plural
 * (a sound plural's stem has three letters at least: «الهين», «الدين» are none).
 */
function articledFamilyEndingListItem(words: Word[], norms: string[], i: number, k: number, count: number): boolean {
  const w = words[k]!, next = words[k + 1];
  const closes = !next || /^\.$/.test(next.punctBefore ?? '') || (!!next.punctBefore && beforeNextAttendee(words, norms, k));
  if (count < 2 || w.punctBefore || !hasArticle(w) || !closes) return false;
  if (nameParticles.has(norms[k - 1]!) || modifiers.has(w.norm) || adjectives.has(w.norm) || matchNationality(norms, k) || matchCountryName(norms, k)) return false;
  if (/^ال.{3,}(ون|ين|ات)$/.test(w.norm) || sourceAdjective(w.norm) || nameStops.has(w.norm) || timePhraseLength(norms, k)) return false;
  return clauseVerbBefore(words, norms, i, 'list');
}

/**
 * A bare noun before a full stop that closes a whole name: no article, pronoun, accusative or feminine ending, no verb
 * and no time word («… الفريق أول أحمد إبراهيم مفضل.»): an object of the verb would carry one of those.
 */
function bareBeforeFullStop(w: Word, next: Word): boolean {
  return /^\.$/.test(next.punctBefore ?? '') && !hasArticle(w) && !/(ه|ها|هم|هما|ا|ة|ى)$/.test(w.tok.text) && !isPlainVerb(w.norm) && !isVerbAsWritten(w.norm)
    && !NOT_NAME_AFTER.test(w.norm) && w.norm.length >= 4;
}

/** An Arab name that the lexicon reads as a word too («خلف», «قاضي»). */
function nameReadAsVerb(norm: string): boolean {
  return arabicNameWord(norm) !== undefined || (isNameWord(norm) && isAlsoName(norm));
}

/** Word k is such a name as written, before a comma, a full stop or the text's end. */
function namedEndAt(words: Word[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  return (!next || /^[.،,؛]/.test(next.punctBefore ?? '')) && !hasArticle(w) && !/(ه|ها|هم|هما|ا)$/.test(w.tok.text) && nameReadAsVerb(w.norm);
}

/**
 * A family name of the Hadrami «با…» or the Maghrebi «بو…» kind, written with ة («بامخرمة», «بوزرقة»): the final letter
 * is no pronoun and the word reads as nothing of the language, not even as ب on a noun.
 */
/**
 * «شيخ» without the article between a given name and a name word, as Somali names carry it: «حسين شيخ علي», «حسن شيخ
 * محمود», «شريف شيخ أحمد» — the name goes on through it (a sheikh's style opens a name with the article, «الشيخ»).
 */
export function sheikhInName(words: Word[], norms: string[], k: number): boolean {
  const next = words[k + 1];
  if (norms[k] !== 'شيخ' || !next || next.punctBefore || hasArticle(next) || !isNameWord(norms[k - 1]!) || nameStops.has(norms[k - 1]!)) return false;
  return (nameWordOf(next) || (next.norm === 'علي' && next.tok.text.endsWith('ي'))) && !startsTitle(words, norms, k + 1) && !/^[وفبل]/.test(next.norm);
}

/**
 * A Hadrami family name in «با» written with a bare alef («باعلال», «باعلي»): ب on a noun that opens with a hamza
 * («إعلال», «أعلى») would carry it as written («بإعلال»), so a bare alef after ب reads as no clitic; nouns that open with
 * the joining alef («باستمرار», «بانتظار», «باعتبار», «باتجاه») are kept out.
 */
function hadramiBaFamilyName(w: Word): boolean {
  const text = w.tok.text.replace(/[\u064B-\u0652]/g, '');
  return /^با/.test(text) && !/^بال/.test(text) && !/^با(ست|ن|ت|[^ا]ت)/.test(text) && w.norm.length >= 5
    && !isDictionaryEntry(w.norm) && lexicalReading(w.norm) !== 'word';
}

/** Word k is such a «با» family name right after a given name, closing the name before punctuation or the text's end. */
function hadramiFamilyAfterGiven(words: Word[], k: number): boolean {
  const next = words[k + 1];
  return k >= 1 && nameWordOf(words[k - 1]!) && !nameStops.has(words[k - 1]!.norm) && (!next || !!next.punctBefore) && hadramiBaFamilyName(words[k]!);
}

/**
 * A Maghrebi family name on «بو» right after an Arab given name, closing the name before punctuation or the text's
 * end: «رئيس المجلس الشعبي الوطني إبراهيم بوغالي،», «… عمر بوشاح.». The lexicon reads such a name as ب and a
 * word («بوشاح»: with a scarf), but a preposition's phrase does not stand between a given name and a comma. Not a word
 * of the language as a whole, a pronoun's ending, a country or a place («سيدي بوزيد»).
 */
function maghrebiBuFamilyAfterGiven(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (k < 1 || w.punctBefore || !arabicNameWord(norms[k - 1]!) || nameStops.has(norms[k - 1]!) || !/^بو/.test(w.tok.text) || w.norm.length < 5) return false;
  if (next && !next.punctBefore) return false;
  return lexicalReading(w.norm) !== 'word' && !/(ه|ها|هم|هما)$/.test(w.tok.text) && !matchCountryName(norms, k) && !places.has(w.norm);
}

function baBuFamilyName(w: Word): boolean {
  return /^ب[او].{3,}ة$/.test(w.tok.text.replace(/[\u064B-\u0652]/g, '')) && lexicalReading(w.norm) === null && !isDictionaryEntry(w.norm.slice(1));
}

/**
 * A word whose only verb reading is the first person of a defective present («أدعو», «أرجو», «أسلو»: I call, I hope):
 * news prose says no "I" outside a quotation, so after a whole name, closing it, the word is a family name («إسلو»).
 * (A past verb never ends in a bare و as written.)
 */
function firstPersonDefective(w: Word): boolean {
  return /^[أإ][^و]{2,3}و$/.test(w.tok.text) && !reportingVerbOf(w);
}

/** A surname after a given name of a foreign origin only ("برونو فوشيه"): a word without the article before the name ends. */
function surnameOfForeignGiven(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, prev = norms[k - 1]!;
  // (A given name of no language at all — no dictionary, no reading — is foreign too: «ريباز حملان،»; its surname is then
  // a bare noun, no clitic, pronoun, accusative or plural ending.)
  // (A final ة is no pronoun: the surname may end so where no dictionary holds it as written, «تمسغن طرونة،».)
  const feminineEnd = /ة$/.test(w.tok.text) && !isDictionaryEntry(w.norm);
  const unknownGiven = isForeignWord(prev) && !/^[وفبلك]/.test(w.norm) && (!/(ه|ا|ات|ين|ون)$/.test(w.norm) || feminineEnd) && w.norm.length >= 4;
  // (A و/ف before a name word starts the next person: "… برونو وجان".)
  if (hasArticle(w) || (/^[وف]/.test(w.norm) && isNameWord(w.norm.slice(1))) || !(foreignNameWord(prev) || unknownGiven) || arabicNameWord(prev) || isStop(w, words[k + 1])) return false;
  if (startsTitle(words, norms, k) || isVerbAsWritten(w.norm) || isPlainVerb(w.norm)) return false;
  // (The given name is no word of the language — "كوري" is Korean too — and the name ends with the surname.)
  return !isLexical(prev) && endsName(words[k + 1]);
}

/**
 * A short word (three letters at most) between a foreign given name that is no word of the language at all and a
 * family name a foreign name list holds is the name's middle word, whatever it reads as alone: «نظيره الأوروغوياني
 * رودولفو نين نوفوا» (Rodolfo Nin Novoa; «نين» reads as a verb). Not a function word, reporting verb, title, country or
 * nationality; no clitic or article on either word; the family name (four letters at least) is no Arab name, no
 * function word or complementizer: «ستانيسلاف زاس أن …» keeps Zas and his «أن».
 */
function shortMiddleBeforeForeignSurname(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1], prev = norms[k - 1]!;
  if (!next || next.punctBefore || w.punctBefore || w.norm.length > 3 || w.norm.length < 2) return false;
  if (!foreignNameWord(prev) || arabicNameWord(prev) !== undefined || lexicalReading(prev) !== null || isDictionaryEntry(prev)) return false;
  if (/^[وفبلك]/.test(w.norm) || nameStops.has(w.norm) || reportingVerbOf(w) || isComplementizer(w.norm) || startsTitle(words, norms, k)) return false;
  if (matchCountryName(norms, k) || matchNationality(norms, k) || arabicNameWord(w.norm) !== undefined) return false;
  const n = next.norm;
  return n.length >= 4 && foreignNameWord(n) !== undefined && arabicNameWord(n) === undefined && !hasArticle(next) && !/^[وفبلك]/.test(n) && !reportingVerbOf(next)
    && !nameStops.has(n) && !isComplementizer(n) && !isStop(next, words[k + 2])
    && !startsTitle(words, norms, k + 1) && !matchCountryName(norms, k + 1) && !matchNationality(norms, k + 1);
}

/**
 * After a full role, a foreign given name («جيمس», «أوين»: a name source's foreign word, no Arab one) and a surname
 * that the lexicon reads as a word only once a suffix is cut off («نكوبي» as نكوب + ي, «همايونبور»): the family
 * name, whatever follows it — an object the verb before the subject governs («… نكوبي حركة المعارضة …») as well as
 * punctuation. Not a dictionary entry as written, a verb, a word with a clitic, a pronoun, the article or a plural
 * ending; a construct plural before a definite noun («ممثلي الحكومة») is the object, and a word in «ا» (the
 * accusative) counts only where the name ends at once.
 */
function derivedSurnameOfForeignGiven(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, prev = norms[k - 1]!, next = words[k + 1];
  if (w.punctBefore || !(foreignNameWord(prev) || originsOfGivenName(prev).length) || arabicNameWord(prev) !== undefined || isOrdinaryWord(prev) || prev.startsWith('ال')) return false;
  const n = w.norm;
  if (n.length < 4 || /^(ال|[وفبلكس])/.test(n) || /(ه|ها|هم|هما|كم|ين|ون|ات|ة)$/.test(w.tok.text) || lexicalReading(n) !== 'word' || isDictionaryEntry(n) || isVerbAsWritten(n)) return false;
  if (nameStops.has(n) || reportingVerb(n) || isComplementizer(n) || startsTitle(words, norms, k) || matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(n, norms, k)) return false;
  if (/ي$/.test(n) && next && !next.punctBefore && hasArticle(next)) return false;
  if (/ا$/.test(n) && !endsName(next)) return false;
  return true;
}

/**
 * How many words (one or two) after the foreign given name at k - 1 are its family names up to a comma or full stop:
 * the given name is a foreign list's, no Arab name and no word of the language; each word after it has no article, no
 * pronoun or plural ending, opens no title, country, nationality, portfolio or time phrase, is no function word,
 * reporting verb or complementizer, and a «و» on it does not open another given name (the next item of a list).
 * 0 where the item does not close there.
 */
function foreignFamilyRunToClose(words: Word[], norms: string[], k: number): number {
  const given = norms[k - 1]!;
  if (!foreignNameWord(given) || arabicNameWord(given) !== undefined || isLexical(given) || isOrdinaryWord(given)) return 0;
  for (let n = 1; n <= 2; n++) {
    const w = words[k + n - 1];
    if (!w || w.punctBefore || !familyWordAfterForeignGiven(words, norms, k + n - 1)) return 0;
    const next = words[k + n];
    if (!next || (!!next.punctBefore && /[،,.]/.test(next.punctBefore) && !/[(«"“]/.test(next.punctBefore))) return n;
  }
  return 0;
}

/**
 * The same family name with no comma after it, where it is no word of the language (no dictionary entry as written,
 * or a foreign list's surname; no verb, place or Arab name, no ة, no word behind a proclitic: «باستقلال») and what follows closes the name: punctuation, a
 * verb, a preposition, or a dictionary entry without the article that the verb before the subject governs («وتلا …
 * القاضي هيلي بوتاني ملخص الحكم»). A word that is a dictionary entry and no foreign surname («جون خبير …») stays out:
 * it may be the object itself. (A nationality's nisba without the article cannot describe a named person, who is
 * definite: «بوتاني» there is the family name, not "Bhutanese".)
 */
function foreignFamilyRunBeforeClause(words: Word[], norms: string[], k: number): number {
  const given = norms[k - 1]!, w = words[k]!, next = words[k + 1];
  if (!foreignNameWord(given) || arabicNameWord(given) !== undefined || isLexical(given) || isOrdinaryWord(given)) return 0;
  if (w.punctBefore || !familyWordAfterForeignGiven(words, norms, k, true) || w.norm.length < 4 || /ة$/.test(w.tok.text)) return 0;
  if ((isDictionaryEntry(w.norm) && !foreignNameWord(w.norm)) || lexicalReading(w.norm) === 'clitic' || isPlainVerb(w.norm) || isGazetteerWord(w.norm)) return 0;
  // (Not before a dash: it may join a double surname, «بوريسينكو - ميخائيلوف».)
  if (next?.punctBefore && /[-–—]/.test(next.punctBefore)) return 0;
  const closes = endsName(next) || (isDictionaryEntry(next!.norm) && isOrdinaryWord(next!.norm) && !nameWordOf(next!) && !hasArticle(next!) && !startsTitle(words, norms, k + 1));
  return closes ? 1 : 0;
}

function familyWordAfterForeignGiven(words: Word[], norms: string[], k: number, nisbaAsName = false): boolean {
  const w = words[k]!, n = w.norm;
  if (n.length < 3 || hasArticle(w) || /^(وال|فال|بال|لل)/.test(n) || /(ه|ها|هم|هما|كم|نا|ين|ون|ات)$/.test(n)) return false;
  if (/^و/.test(n) && (nameWord(n.slice(1)) || nameStops.has(n.slice(1)))) return false;
  // (An indefinite accusative of an ordinary noun is the verb's object or an adverb: «وفدا», «حاليا»; not «كويتا».)
  if (/ا$/.test(n) && isOrdinaryWord(n.slice(0, -1))) return false;
  if (isStop(w, words[k + 1]) || startsTitle(words, norms, k) || matchCountryName(norms, k) || (!nisbaAsName && matchNationality(norms, k)) || portfolios.match(n, norms, k)) return false;
  return !reportingVerbOf(w) && !isComplementizer(n) && !timeNounPhraseAt(norms, k) && !arabicNameWord(n);
}

/**
 * Two syllables of one Chinese or Korean name ("لي باو دونغ"): the second goes on the name where only a clitic
 * reading makes it a function word ("باو" as ب + "او").
 */
function eastAsianSyllables(prev: string, w: Word): boolean {
  const norm = w.norm;
  if (nameStops.has(norm) || !w.forms.some((f) => f.prefix !== '' && nameStops.has(f.form))) return false;
  return (!!chineseSyllable(prev) && !!chineseSyllable(norm)) || ((!!koreanSurname(prev) || !!koreanSyllable(prev)) && !!koreanSyllable(norm));
}

/**
 * A family name with the article that closes a name after an Arabic given name ("محمد العزابي،", "فتحي الشاوش"):
 * a word the lexicon only derives (no dictionary entry of its own) or a nisba (ال…ي) that is no adjective of titles,
 * institutions or nationality, and the name ends with it.
 */
function familyNameAfterGiven(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!;
  // (A final ى is no nisba where the word is one of the language: "الجرحى" is the wounded. Egyptian print writes the
  // ي of a nisba as ى, «القصبى».)
  // (The father's name after بن is a name word whatever the lists hold: «عيد بن عواض الشلوي».)
  const fathers = /^(بن|ابن|بنت)$/.test(norms[k - 2] ?? '');
  if (!(isNameWord(norms[k - 1]!) || fathers || secondGivenName(words, norms, k - 1)) || (/ى$/.test(w.tok.text) && isDictionaryEntry(w.norm)) || !hasFamilyNameShape(w.norm)) return false;
  const next = words[k + 1];
  // (The name ends there: punctuation, a verb, the next item of a list, a preposition, or the office the person is
  // named to in the accusative: «تعيين الفريق الركن عيد بن عواض الشلوي قائداً للقيادة».)
  if (!endsName(next) && !definiteObject(next!) && !(fathers && accusativeOffice(next!))) return false;
  // (A nationality's nisba after a father's name is the family's: «صالح بن علي التركي» is Al-Turki; not a Gulf state's,
  // which may describe the person: «فيصل بن فرحان السعودي».)
  const nationality = matchNationality(norms, k);
  if (nationality && !(fathers && nationality.length === 1 && !GULF_STATES.has(nationality.country))) return false;
  return !portfolios.match(w.norm, norms, k) && !startsTitle(words, norms, k);
}

/**
 * «عادل كريم الساعدي»، «عادل عبد الكريم الساعدي»: a father's or second given name that is an adjective too («كريم»,
 * «جميل», «الكريم» after «عبد»), which no list holds as a name word alone, after a given name that is one: the family
 * nisba may follow it as it follows any given name.
 */
function secondGivenName(words: Word[], norms: string[], j: number): boolean {
  if (j < 1 || words[j]!.punctBefore || !inNameDictionaries(norms[j]!)) return false;
  return norms[j - 1] === 'عبد' || isNameWord(norms[j - 1]!);
}

const GULF_STATES = new Set(['SA', 'AE', 'QA', 'KW', 'BH', 'OM']);

/** An indefinite noun in the accusative, no name word (قائداً، سفيراً، رئيساً): what the person is made. */
function accusativeOffice(w: Word | undefined): boolean {
  return !!w && !w.punctBefore && /^[^وفبل].{2,}ا$/.test(w.norm) && !hasArticle(w) && !nameWord(w.norm) && heads.has(w.norm.slice(0, -1));
}

/**
 * After a name, what shows it has ended: punctuation, a verb, the next item of a list, a preposition, إن/أن, قد, or whom
 * the person spoke to («… لمراسل الجوهرة», «… للصحفيين», «… لوكالة الأنباء»).
 */
function endsName(next: Word | undefined): boolean {
  return !next || !!next.punctBefore || isPlainVerb(next.norm) || /^و/.test(next.norm) || /^(في|من|الي|علي|عن|مع|خلال|لدي|بعد|قبل|ان|قد)$/.test(next.norm)
    || (/^ل/.test(next.norm) && channelLength([next.norm], 0) > 0);
}

/**
 * A common noun with the article right after a name is the object of a verb that came before its subject
 * ("وزار الوزير سامر العيداني المستشفى", "افتتح المحافظ X المعرض"): no name word, a dictionary entry, no nisba.
 */
function definiteObject(w: Word): boolean {
  return hasArticle(w) && !nameWordOf(w) && isDictionaryEntry(w.norm) && !/ي$/.test(w.tok.text) && !matchNationality([w.norm], 0);
}

/** The article and a word the lexicon only derives (no entry of its own), or a nisba that is no adjective of titles or institutions. */
export function hasFamilyNameShape(norm: string): boolean {
  if (!/^ال.{3,}/.test(norm) || nameStops.has(norm) || sourceAdjective(norm)) return false;
  // (A sound plural is the object of the sentence: "المصابين", "المتظاهرات".)
  if (/(ين|ون|ات)$/.test(norm)) return false;
  return !isDictionaryEntry(norm) || (/ي$/.test(norm) && !modifiers.has(norm) && !adjectives.has(norm));
}

/**
 * ف + a verb of saying after a name of one word, as after «أما»: in the past whatever follows («باتريك كي فأكد»), or
 * before what is said: «أما الرئيس يون فقال إن …», «أما الوزير شكري فأكد أن …» (no Arab name opens so).
 */
function faVerbOfSaying(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, next = words[k + 1];
  if (faPastReportingVerb(w.norm)) return true;
  if (w.norm[0] !== 'ف' || arabicNameWord(w.norm) !== undefined || !next) return false;
  const verb = reportingVerbOf(w);
  if (!verb) return false;
  if (/^[:：]$/.test(next.punctBefore ?? '')) return true;
  if (next.punctBefore) return false;
  return isComplementizer(next.norm) || (!!verb.prep && next.norm === verb.prep && !!words[k + 2] && !words[k + 2]!.punctBefore && isComplementizer(words[k + 2]!.norm));
}

/**
 * و or ف and a verb, as the spelling shows (a final ى or a hamza after the first letter): "ويرى", "فرأت" — a new clause
 * ("ويرى محمد بنحمو…", "أما النائبة ديما طهبوب فرأت أن…"), not the names "ويري" and "فرات" they fold into.
 */
function conjunctionAndVerb(w: Word): boolean {
  const text = w.tok.text;
  return /^[وف]/.test(text) && (/ى$/.test(text) || /^.[^\s]*[أإؤئ]/.test(text.slice(1))) && isVerbAsWritten(w.norm.slice(1));
}

/**
 * A head word that is a given name too, before a family name with the article that no office takes as its
 * complement: "الرئيس التنفيذي أمين الناصر" (not "أمين العاصمة", "أمين الصندوق": words of the language).
 */
function givenBeforeFamily(words: Word[], norms: string[], i: number): boolean {
  const first = words[i]!, next = words[i + 1];
  return !first.punctBefore && !!next && !next.punctBefore && !/^[وفبل]/.test(first.norm) && startsTitle(words, norms, i)
    && (nameWordOf(first) || inNameDictionariesOf(first)) && hasArticle(next) && !/ي$/.test(norms[i + 1]!)
    && (hasFamilyNameShape(norms[i + 1]!) || isNameWord(norms[i + 1]!.slice(2)))
    && !matchNationality(norms, i + 1) && !portfolios.match(norms[i + 1]!, norms, i + 1) && !startsTitle(words, norms, i + 1);
}

/**
 * A given name that is a common word too («كريم», «جميل», «أمين», «شريف») opening a name at word i: the word as written
 * (no clitic), and right after it a family name — with the article, a name word or of that shape («جميل السيد»,
 * «أمين الحافظ») — or a name word no dictionary reads as a word, or a word of no language («كريم بقرادوني»). Not
 * a title, a nationality, a country or a portfolio after it («أمين عام الحزب», «أمين العاصمة» are offices).
 */
export function givenNameAlsoWord(words: Word[], norms: string[], i: number): boolean {
  const w = words[i], next = words[i + 1];
  if (!w || !next || next.punctBefore || !isGivenNameAlsoWord(w.norm) || (startsTitle(words, norms, i + 1) && !FAMILY_STYLES.has(next.norm))) return false;
  const n = next.norm;
  if (matchNationality(norms, i + 1) || matchCountryName(norms, i + 1) || portfolios.match(n, norms, i + 1) || nameStops.has(n)) return false;
  if (hasArticle(next)) return (isNameWord(n) || hasFamilyNameShape(n) || FAMILY_STYLES.has(n)) && !institutionNouns.has(stripAl(n));
  return !/^[وفبل]/.test(n) && ((isNameWord(n) && !isLexical(n)) || isForeignWord(n) || looksLikeForeignSurname(n));
}

/**
 * Right after a full role, a given name that is a common word too and a family name that is one too («وزير الاقتصاد
 * أمين سلام، …», «… كريم نور إن …»): two name words that close at punctuation, the text's end or «إن/أن» are the name.
 */
function givenAlsoClosedPair(words: Word[], norms: string[], i: number): boolean {
  const w = words[i], next = words[i + 1];
  if (!w || !next || next.punctBefore || !isGivenNameAlsoWord(w.norm) || /^[وفبل]/.test(next.norm) || hasArticle(next)) return false;
  const n = next.norm;
  if (!(isNameWord(n) || isAlsoName(n)) || nameStops.has(n) || startsTitle(words, norms, i + 1) || matchNationality(norms, i + 1) || matchCountryName(norms, i + 1) || portfolios.match(n, norms, i + 1)) return false;
  const after = words[i + 2];
  return !after || !!after.punctBefore || isComplementizer(after.norm);
}

/** A word of no language the lexicons know: no ordinary word, no name word, no reading with clitics. */
export function isForeignWord(norm: string): boolean {
  // (No reading with clitics either: "بوهاري" starts with ب and reads as nothing.)
  // (ل + the article opens no name: «للتو».)
  return norm.length >= 4 && !norm.startsWith('ال') && !norm.startsWith('لل') && !lexicalReading(norm) && !inNameDictionaries(norm) && !isNameWord(norm);
}

/** Word k closes a name after two given names with nothing between: no title, country, nationality or stop word. */
function surnameAfterGivenNames(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!;
  if (w.punctBefore || words[k - 1]!.punctBefore || /^[وف]/.test(w.norm) || w.norm.startsWith('ال') || nameStops.has(w.norm)) return false;
  if (startsTitle(words, norms, k) || matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w.norm, norms, k)) return false;
  // (علي shares its written form with the preposition على: between name words it is the name Ali.)
  const given = (n: string) => isNameWord(n) || n === 'علي';
  return given(norms[k - 1]!) && given(norms[k - 2]!) && (isNameWord(norms[k - 1]!) || isNameWord(norms[k - 2]!));
}

/** What follows a source adjective ends an unnamed description: another such adjective, a nationality, or nothing. */
function isDescriptionAfter(words: Word[], norms: string[], k: number): boolean {
  const w = words[k];
  if (!w || w.punctBefore) return true;
  return !!sourceAdjective(w.norm) || !!matchNationality(norms, k) || (!w.norm.startsWith('ال') && !!matchNationality(['ال' + w.norm], 0));
}

/** A name word; hyphenated Korean names count when every part does ("يونغ-هو"). */
function nameWord(norm: string): boolean {
  // Korean syllables that are also pronouns or particles alone ("هو", "هي") count inside a hyphenated name.
  return isNameWord(norm) || (norm.includes('-') && norm.split('-').every((p) => p && (isNameWord(p) || !!koreanSyllable(p))));
}

/** Slavic, Caucasian and Turkic surname endings, spelled in Arabic. */
const SURNAME_ENDINGS = /(وف|يف|اف|وفا|يفا|سكي|سكايا|فيتش|يتش|اوغلو|زاده|يان|ينكو|شفيلي)$/;
/** Greek surnames (كاريديس، تسيبراس، كوتزياس، بابادوبولوس): endings Arabic words do not have, checked against the lexicon. */
const GREEK_ENDINGS = /(بولوس|يديس|اكيس|يس|اس|وس)$/;
export function looksLikeForeignSurname(norm: string): boolean {
  if (norm.length < 5 || nameStops.has(norm) || norm.startsWith('ال')) return false;
  return SURNAME_ENDINGS.test(norm) || (GREEK_ENDINGS.test(norm) && !isLexical(norm));
}

/** An Arabic family name with its article (الجبير، العطية): the article plus a word that is not a known common word. */
function isFamilyName(norm: string): boolean {
  return norm.length >= 5 && !nameStops.has(norm);
}

/**
 * A family nisba with the article (الكندري، العنزي) at word k right after a given name, that is no nationality, no
 * adjective or modifier of the vocabulary and not itself a title: the close of a name before a comma and a full title.
 */
function familyNisbaAt(words: Word[], norms: string[], k: number): boolean {
  const w = norms[k]!;
  return /^ال.{3,}ي$/.test(w) && !words[k]!.punctBefore && hasFamilyNameShape(w) && !matchNationality(norms, k) && (!startsTitle(words, norms, k) || bareOfficeFamily(words, norms, k))
    && !portfolios.match(w, norms, k) && !institutionNouns.has(stripAl(w))
    // (The given name may open the next item of a list with «و»: «…، وسمير العذاري وزير …».)
    && ((!/^ال/.test(norms[k - 1]!) && (nameWord(norms[k - 1]!) || (/^و/.test(norms[k - 1]!) && nameWord(norms[k - 1]!.slice(1)))))
      // (… or be a compound of «عبد» and a divine name with its article: «عبد اللطيف الجواهري، والي …».)
      || (k >= 2 && /^[وف]?عبد$/.test(norms[k - 2]!) && /^ال.{3,}$/.test(norms[k - 1]!) && !words[k - 1]!.punctBefore && nameWord(`عبد${norms[k - 1]!}`)));
}

/**
 * An office word that is a family name too («القاضي»: the judge, and the Qadi family), bare right before the comma of an
 * office in apposition: «عمرو القاضي، الرئيس التنفيذي للهيئة …». An office there would need its complement or its
 * holder's name after it, and a rank («القاضي» is one too) the name of the one who holds it; a style («السيد») is left to the
 * readers of styles.
 */
function bareOfficeFamily(words: Word[], norms: string[], k: number): boolean {
  const w = norms[k]!;
  return /^[،,]$/.test(words[k + 1]?.punctBefore ?? '') && inNameDictionaries(w) && !styles.has(w) && !FAMILY_STYLES.has(w);
}

/**
 * Word k closes a name as a Maghrebi family name of بن، بل or بو and a word (بلفقيه، بنشماش، بوعلام) right after a given
 * name: written as one word, no word of the language as a whole, no title, nationality or country.
 */
/**
 * Word k is a family name that reads as a word of the language too («ملال», «عباسي»), right after an Arab given name
 * that is no word of the language («محمد ملال، رئيس اللجنة»): the caller has a comma and a full title after it, so the
 * two words are the name. Never a verb, a function word, a time word, a nationality, a country or a portfolio.
 */
function surnameAfterArabGiven(words: Word[], norms: string[], k: number): boolean {
  const w = norms[k]!;
  // (The given name may open the next item of a list with «، و»: «…، وسلمى X، مديرة …».)
  const listed = /^و/.test(norms[k - 1]!) && /^[،,]$/.test(words[k - 1]!.punctBefore ?? '') && arabicNameWord(norms[k - 1]!.slice(1)) !== undefined && !isNameWord(norms[k - 1]!);
  const given = listed ? norms[k - 1]!.slice(1) : norms[k - 1]!;
  // (A stop word written with hamza below, where the stop word has hamza above, is the name it spells: «إمام» is no «أمام».)
  const hamzaName = /^إ/.test(words[k]!.tok.text) && arabicNameWord(w) !== undefined;
  // (So is «علي» with its dotted ي in an article that writes the preposition «على» with ى: «محمد علي، وزير …».)
  const ali = words[k]!.tok.text === 'علي' && writesAlaWithYa(words);
  // (Between a list item's given name and a comma before an office no verb stands: «…، وسلمى أبكر، مديرة …».)
  const verbOk = ali || listed;
  if (words[k]!.punctBefore || /^[وفبلك]/.test(w) && !isNameWord(w) || w.startsWith('ال') || w.length < 3 || (nameStops.has(w) && !hamzaName && !ali) || (isVerbAsWritten(w) && !verbOk) || (isPlainVerb(w) && !listed)) return false;
  if (reportingVerb(w) || isComplementizer(w) || timePhraseLength(norms, k) || sourceAdjective(w)) return false;
  // (A head word that is an Arab name too, bare right before the comma, closes the name: «أحمد إمام، وزير …», «محمد سلطان،
  // رئيس …» — an office there would need its complement.)
  const titleName = startsTitle(words, norms, k) && (arabicNameWord(w) !== undefined || originsOfGivenName(w).length > 0) && !styles.has(w) && !ranks.has(w);
  if ((startsTitle(words, norms, k) && !titleName) || matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w, norms, k)) return false;
  // (An Arab given name that is a verb as written too opens the pair all the same: «أحمد سلطان،», «حسن علي،» — no verb
  // stands bare before a name word, a comma and an office.)
  const verbGiven = arabicNameWord(given) !== undefined && isNameWord(given);
  return (arabicNameWord(given) !== undefined || isNameWord(given)) && (!isOrdinaryWord(given) || isGivenNameAlsoWord(given) || verbGiven) && (!isVerbAsWritten(given) || verbGiven) && !given.startsWith('ال') && (!/^[وف]/.test(given) || arabicNameWord(given) !== undefined) && !nameStops.has(given);
}

function maghrebiSurnameAt(words: Word[], norms: string[], k: number): boolean {
  const w = norms[k]!;
  if (!/^(بن|بل|بو).{3,}$/.test(w) || words[k]!.punctBefore || lexicalReading(w) === 'word' || nameStops.has(w) || isVerbAsWritten(w)) return false;
  if (startsTitle(words, norms, k) || matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w, norms, k)) return false;
  return nameWord(norms[k - 1]!) && !norms[k - 1]!.startsWith('ال');
}

/**
 * Word k is a particle of a European name (لو، لا، دي، فان، دير) between name words, before the end of the name at i:
 * the word before it a name word or of no language, the word after it a name word, a foreign word, or another particle.
 */
function foreignParticleAt(words: Word[], norms: string[], k: number, i: number): boolean {
  if (k < 1 || k + 1 >= i || !foreignNameParticles.has(norms[k]!) || words[k]!.punctBefore || words[k + 1]!.punctBefore) return false;
  const nameish = (n: string) => nameWord(n) || isForeignWord(n) || looksLikeForeignSurname(n);
  const next = norms[k + 1]!;
  const prev = norms[k - 1]!;
  return (nameish(next) || (foreignNameParticles.has(next) && k + 2 < i && nameish(norms[k + 2]!)))
    && (nameish(prev) || foreignNameParticles.has(prev)) && !startsTitle(words, norms, k - 1);
}

/**
 * Word i ends the title rather than opening the name: «و» and the article on a dual or plural no name has (والأميركيتين,
 * والكوريتين), before a word with no punctuation between.
 */
function titleTailBeforeName(words: Word[], norms: string[], i: number): boolean {
  const w = norms[i]!;
  // (The spelling first: it is asked of nearly every word of a name, and few words start with «وال».)
  if (!/^وال.{3,}(تين|يين|ين|ات|ون)$/.test(w) || !words[i + 1] || words[i + 1]!.punctBefore) return false;
  return !isNameWord(w) && !inNameDictionaries(w);
}

/**
 * Word i is «الشقيقة»/«الصديقة» (sisterly, friendly) after a country's name or its adjective, before a name with no
 * punctuation between: the epithet official prose gives the title's country, not a name word (Al-Sadiqa).
 */
function countryEpithet(words: Word[], norms: string[], i: number): boolean {
  if (i < 1 || !/^ال(شقيق|صديق)ه?$/.test(norms[i]!) || words[i]!.punctBefore || !words[i + 1] || words[i + 1]!.punctBefore) return false;
  return !!matchNationality(norms, i - 1) || !!matchCountryName(norms, i - 1);
}

/**
 * Word i is «الشقيقة»/«الصديقة» right after a country's name (up to three words long) or its adjective: the epithet
 * closing a title («رئيس جمهورية غانا الصديقة»), never a name alone («Al-Sadiqa» would take the title from the name before it).
 * (Not the masculine singular: «الصديق» is a given name too, «الصديق الكبير».)
 */
function epithetAfterCountry(words: Word[], norms: string[], i: number): boolean {
  if (i < 1 || words[i]!.punctBefore || !/^ال(شقيق|صديق)(ه|ين|تين|ان|تان)$/.test(norms[i]!)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const country = matchCountryName(norms, j);
    if (country && j + country.length === i) return true;
    if (words[j]!.punctBefore) break;
  }
  return !!matchNationality(norms, i - 1);
}

/** Word k is a capital whose name is followed by «و» and another place's. */
function capitalBeforeAnotherPlace(words: Word[], norms: string[], k: number): boolean {
  const capital = places.match(norms[k]!, norms, k);
  if (!capital || !capitals.has(capital.value)) return false;
  const j = k + capital.length;
  const next = norms[j];
  if (!next || words[j]!.punctBefore || !/^و../.test(next)) return false;
  const bare = next.slice(1);
  return !!places.match(bare, [...norms.slice(0, j), bare, ...norms.slice(j + 1)], j) || matchCountryName([bare, ...norms.slice(j + 1)], 0) !== null;
}

/**
 * A foreign name word that opens with ف (a V: «فارهيلي», «فيليوتي») and reads as nothing with or without it: the letter
 * is the name's own, not a conjunction. (Not و: «وتسيبراس» after a name is «and Tsipras» as often as not.) Read so only
 * as the surname, after a given name (or a foreign word) and before a comma and a full title: «أوليفر فارهيلي، المفوض الأوروبي».
 */
function foreignOpeningWithFa(norm: string): boolean {
  if (!norm.startsWith('ف')) return false;
  const bare = norm.slice(1);
  return isForeignWord(norm) && bare.length >= 3 && !nameWord(bare) && !inNameDictionaries(bare) && !isVerbAsWritten(bare);
}

/**
 * A family name with the article that is also a word describing someone with no office («الخطيب»: the preacher,
 * «الطبيب»: the doctor, «الشاعر»), right after an Arab given name and right before an office, with no punctuation
 * between: «حسن الخطيب وزير الاستثمار». A description does not stand bare before an office; the name sources list it as
 * a family name.
 */
export function describingWordSurname(words: Word[], norms: string[], k: number, i: number): boolean {
  const w = words[k], title = words[i];
  if (k < 1 || !w || !title || title.punctBefore || w.punctBefore || !hasArticle(w) || !inNameDictionariesOf(w)) return false;
  const description = heads.match(stripAl(w.norm), norms, k);
  if (description?.value.person !== true || description.length !== 1 || !opensOffice(title, norms, i)) return false;
  const given = norms[k - 1]!.replace(/^[وف](?=..)/, '');
  return arabicNameWord(given) !== undefined && isNameWord(given) && !startsTitle(words, norms, k - 1);
}

/**
 * Word k stands right after a speech verb, with no punctuation between, and is no verb itself: there a «و» or «ف» that
 * opens it joins nothing — the verb has no subject yet — and is the name's own letter: «وقال فريديريكو سانتوس، نائب …», «وصرح ويريما كوناتي، سفير …».
 */
function afterVerb(words: Word[], norms: string[], k: number): boolean {
  const prev = words[k - 1];
  if (!prev || words[k]!.punctBefore) return false;
  const w = words[k]!;
  return !!reportingVerbOf(prev) && !reportingVerbOf(w) && !conjunctionAndVerb(w);
}

/** The name that ends right before word i (Gulf apposition "أنور قرقاش وزير الدولة…"): two words or more. */
export function readNameBefore(words: Word[], norms: string[], i: number, surnameMayBeWord = false, appointed = false): NameRun | null {
  if (i - 1 < 0) return null;
  if (words[i]!.punctBefore && !/^[،,]$/.test(words[i]!.punctBefore!)) return null;
  const vouched = surnameMayBeWord && /^[،,]$/.test(words[i]?.punctBefore ?? '');
  if (vouched && articledPairAfterPreposition(words, norms, i)) return { start: i - 2, end: i, norms: norms.slice(i - 2, i), prefixLen: 0 };
  const v = surnameVouchers(words, norms, i, surnameMayBeWord, appointed);
  const walk = walkNameBack(words, norms, i, v);
  const start = walk.k + 1;
  const run = norms.slice(start, i);
  if (walk.conjStart) run[0] = run[0]!.slice(1);
  const r: BackRun = { words, norms, i, start, run, conjStart: walk.conjStart, v };
  if (!runOpensName(r)) return null;
  if (!walk.foreignPair && !run.every((w, n) => runWordFits(r, w, n)) && !foreignPairBySurname(r)) return null;
  return { start, end: i, norms: run, prefixLen: walk.conjStart ? 1 : 0 };
}

/**
 * What readNameBefore may take as the last word of the name before word i though it reads as a word too; `vouched`:
 * the caller says a full title follows (surnameMayBeWord) and a comma stands before it.
 */
interface SurnameVouchers {
  surnameMayBeWord: boolean;
  vouched: boolean;
  wordSurname: boolean;
  nisbaLast: boolean;
  maghrebiLast: boolean;
  arabGivenLast: boolean;
  foreignGivenLast: boolean;
  describingSurname: boolean;
  listItemLast: boolean;
  appointedLast: boolean;
  /** The caller reads the name an office in the accusative is given to (appointedBefore). */
  appointed: boolean;
}

function surnameVouchers(words: Word[], norms: string[], i: number, surnameMayBeWord: boolean, appointed = false): SurnameVouchers {
  const k = i - 1;
  const comma = /^[،,]$/.test(words[i]?.punctBefore ?? '');
  const vouched = surnameMayBeWord && comma;
  // Before a comma and a full title in apposition, the last of three name words may be an ordinary word too
  // ("مختار حسين أفرح، نائب عمدة مقديشو"): two given names before it and the comma say it is a surname.
  const wordSurname = vouched && k >= 2 && surnameAfterGivenNames(words, norms, k);
  // (… and so may a family nisba with the article after a given name: «أحمد الكندري، رئيس …».)
  // (Before a full title with no comma too, when the name sources list the nisba as a family name: «وسمير العذاري
  // وزير التنمية».)
  const nisbaLast = (comma || (surnameMayBeWord && !!words[i] && !words[i]!.punctBefore && inNameDictionaries(norms[k] ?? '')))
    && k >= 1 && familyNisbaAt(words, norms, k);
  // (… and so may a Maghrebi family name of بن/بل/بو and a word after a given name: «محمد بلفقيه، رئيس …».)
  const maghrebiLast = vouched && k >= 1 && maghrebiSurnameAt(words, norms, k);
  // (… and so may a word of the language after an Arab given name: «محمد ملال، رئيس اللجنة».)
  const arabGivenLast = vouched && k >= 1 && !maghrebiLast && surnameAfterArabGiven(words, norms, k);
  // (… and so may the surname after a given name of a foreign origin only: «جاكوب أولانيا، نائب رئيس البرلمان».)
  const foreignGivenLast = vouched && k >= 1 && !words[k]!.punctBefore && surnameOfForeignGiven(words, norms, k);
  // (… and so may a family name that is a word describing someone, «الخطيب», «الطبيب», after an Arab given name and right
  // before an office: «المهندس حسن الخطيب وزير الاستثمار».)
  const describingSurname = k >= 1 && describingWordSurname(words, norms, k, i);
  // (… and so may the word after a given name that opens the next item of a list with «، و», right before a full title:
  // «…، وأجيت جوبتي سفير الهند».)
  const listItemLast = surnameMayBeWord && !words[i]!.punctBefore && surnameOfListItem(words, norms, k);
  // (… and so may a surname opening with «و» or «ف» of its own right before an office given in the accusative:
  // «عيّن عبد الرحمن عبد الشكور ورسمي مبعوثا …», «خوسيه أنطونيو كيسبي وامان سفيرًا لجمهورية بيرو».)
  const appointedLast = appointed && k >= 1 && ownLetterBeforeAppointment(words, norms, k);
  return { surnameMayBeWord, vouched, wordSurname, nisbaLast, maghrebiLast, arabGivenLast, foreignGivenLast, describingSurname, listItemLast, appointedLast, appointed };
}

/**
 * The last word of a name right before a singular office in the accusative (appointedBefore), opening with «و» or «ف»:
 * there the letter is the name's own, no conjunction — two people appointed would take the office in the dual. After a
 * name word or a word of no language; not a title, a name word after the letter («وأحمد») nor a verb.
 */
function ownLetterBeforeAppointment(words: Word[], norms: string[], k: number): boolean {
  const w = words[k]!, bare = w.norm.slice(1);
  // (After an Arab name word a name word after the letter may still be a second person, «… وأحمد»; after a foreign one,
  // «كيسبي وامان», it is the surname's own syllable.)
  if (!/^[وف]/.test(w.norm) || w.punctBefore || bare.length < 3 || (nameWord(bare) && !isForeignWord(norms[k - 1]!)) || hasArticle(w) || /^ال/.test(bare)) return false;
  if (startsTitle(words, norms, k) || isVerbAsWritten(w.norm) || isPlainVerb(w.norm) || nameStops.has(w.norm)) return false;
  return nameWord(norms[k - 1]!) || isForeignWord(norms[k - 1]!);
}

/**
 * A word that opens with «و» or «ف» right after a verb, where no conjunction can stand, and is no word of the language
 * as written: the letter is the name's own, «وقال فسها أماري، مسؤول …», «وقال وافولا ماتيانغي، وزير …».
 */
function ownLetterAfterVerb(words: Word[], norms: string[], k: number, i: number): boolean {
  return k < i - 1 && /^[وف]/.test(norms[k]!) && afterVerb(words, norms, k) && lexicalReading(norms[k]!) !== 'word' && !nameStops.has(norms[k]!) && !isStopWord(norms[k]!);
}

/** Where the walk back from word i stopped (the name starts at k + 1), and whether a conjunction opens it. */
interface NameWalk { k: number; conjStart: boolean; foreignPair: boolean }

/** readNameBefore's walk back from word i over the name's words, until a word that is none of them. */
function walkNameBack(words: Word[], norms: string[], i: number, v: SurnameVouchers): NameWalk {
  let k = i - 1;
  let count = 0;
  let conjStart = false;
  let foreignPair = false;
  while (k >= 0) {
    const w = words[k]!;
    const linkedNext = k + 1 < i && (nameParticles.has(w.norm) || (v.vouched && foreignParticleAt(words, norms, k, i)));
    const conjName = (v.listItemLast && k === i - 2) || conjunctionOpensName(words, norms, k, i, count);
    const foreignItem = foreignListItem(words, norms, k, i, count, v.surnameMayBeWord);
    if (foreignItem) foreignPair = true;
    if (conjName || foreignItem) { conjStart = true; count++; k--; break; }
    if (walkStopsAt(words, norms, k, i, count, linkedNext, v)) break;
    if (!nameParticles.has(w.norm) && !linkedNext) count++;
    if (count > MAX_WORDS && !(count === MAX_WORDS + 1 && lineageOpening(words, norms, k, i))) break;
    // (The second half of a spaced double surname goes on to the first: «ماريا لفوفا - بيلوفا، مفوضة …».)
    if (w.punctBefore && !(k === i - 1 && k >= 2 && !words[k - 1]!.punctBefore && spacedHyphenPair(words, norms, k))) { k--; break; }
    k--;
  }
  return { k, conjStart, foreignPair };
}

/**
 * "وتشوي هوي نائب رئيس الحزب", "ولي يونغ-هو وزير الخارجية": the name starts after the conjunction of word k — read before
 * the word is judged whole (و + لي reads as a particle).
 */
function conjunctionOpensName(words: Word[], norms: string[], k: number, i: number, count: number): boolean {
  const w = words[k]!;
  return /^[وف]/.test(w.norm) && !nameWordOf(w) && count >= 1 && !w.punctBefore?.match(/[.:]/) && !conjunctionAndVerb(w)
    && !afterVerb(words, norms, k)
    && (nameWord(w.norm.slice(1)) || (inNameDictionaries(w.norm.slice(1)) && norms[k + 1]!.includes('-')) || (count === 1 && looksLikeForeignSurname(norms[i - 1]!)));
}

/**
 * A list item after «، و» of two words of no language before a full title is a foreign name: «…، وبهليل لاهادليا وزير
 * الاستثمار الإندونيسي».
 */
function foreignListItem(words: Word[], norms: string[], k: number, i: number, count: number, surnameMayBeWord: boolean): boolean {
  const w = words[k]!;
  return surnameMayBeWord && count === 1 && k === i - 2 && /^[،,]$/.test(w.punctBefore ?? '') && /^و/.test(w.norm) && !words[i - 1]!.punctBefore
    && isForeignWord(w.norm.slice(1)) && isForeignWord(norms[i - 1]!);
}

/** Word k is no word of the name before word i: a word that blocks it, a conjunction, an article word inside it. */
function walkStopsAt(words: Word[], norms: string[], k: number, i: number, count: number, linkedNext: boolean, v: SurnameVouchers): boolean {
  const w = words[k]!;
  const givenInside = k < i - 1 && articleGivenInName(words, norms, k);
  const ownLetter = count >= 1 && ownLetterAfterVerb(words, norms, k, i);
  if (!linkedNext && !(vouchedLast(v) && k === i - 1) && !givenHead(words, norms, k, i) && !givenInside && blocks(words, norms, k) && !(k < i - 1 && givenNameAlsoWord(words, norms, k)) && !ownLetter) return true;
  if (/^[وف]/.test(w.norm) && (!nameWordOf(w) || conjunctionAndVerb(w)) && !foreignSurnameWithFa(words, norms, k, i, v) && !ownLetter && !(v.appointedLast && k === i - 1)) return true;
  return w.norm.startsWith('ال') && k < i - 1 && !nameParticles.has(norms[k - 1] ?? '') && !nameWordOf(w) && !givenInside;
}

/** Something vouches for the last word as a surname though it reads as a word too. */
function vouchedLast(v: SurnameVouchers): boolean {
  return v.wordSurname || v.nisbaLast || v.maghrebiLast || v.arabGivenLast || v.foreignGivenLast || v.describingSurname || v.listItemLast || v.appointedLast;
}

/** (A head word that is an Arab given name opens the name: «أمينة بنخضرا، المديرة العامة …».) */
function givenHead(words: Word[], norms: string[], k: number, i: number): boolean {
  const w = words[k]!;
  return k < i - 1 && arabicNameWord(w.norm) !== undefined && startsTitle(words, norms, k) && !isStop(w, words[k + 1]) && !w.punctBefore?.match(/[.:]/);
}

/** The last word, opening with a ف that is its own, after a name word and before a comma and a full title (foreignOpeningWithFa). */
function foreignSurnameWithFa(words: Word[], norms: string[], k: number, i: number, v: SurnameVouchers): boolean {
  return k === i - 1 && v.vouched && k > 0 && (nameWord(norms[k - 1]!) || isForeignWord(norms[k - 1]!)) && !words[k]!.punctBefore && foreignOpeningWithFa(words[k]!.norm);
}

/** The run readNameBefore walked back over: its words from `start` to word i, the conjunction of its first left out. */
interface BackRun { words: Word[]; norms: string[]; i: number; start: number; run: string[]; conjStart: boolean; v: SurnameVouchers }

/** The run opens as a name: no bare particle, two name words or more, no title right before that owns it. */
function runOpensName(r: BackRun): boolean {
  const { words, norms, start, run, conjStart } = r;
  // (A compound given name opens with «عبد»: «عبد الحكيم بنشماش، رئيس …».)
  const abd = run[0] === 'عبد' && run.length >= 3 && !words[start + 1]!.punctBefore;
  // (… and before a comma and a full office, so does a kunya of «أبو» and a given name: «أبو بكر X، نائب …».)
  const kunya = r.v.vouched && !conjStart && run[0] === 'ابو' && run.length >= 3 && !words[start + 1]!.punctBefore && nameWord(run[1]!);
  if (nameParticles.has(run[0]!) && !abd && !kunya) return false;
  if (run.filter((w, n) => !nameParticles.has(w) || (abd && n === 0)).length < (abd ? 3 : 2)) return false;
  // A title right before the run owns it ("مطار الملك خالد الدولي الرئيس الصيني"): no apposition to the title after.
  // (Not a style or description before the name an office is given to: «وعينت الطبيب X وزيرا جديدا للصحة».)
  return r.v.appointed || !(!conjStart && start > 0 && !words[start]!.punctBefore && startsTitle(words, norms, start - 1));
}

/** Before a title, only words that are all plausible name words (a family name with ال may close the name). */
function runWordFits(r: BackRun, w: string, n: number): boolean {
  const { run, v } = r;
  const last = n === run.length - 1 && n > 0;
  // (Before a comma and a full title, a family nisba with the article after a given name closes the name even when the
  // lexicon reads it as a word too: «أحمد الكندري، رئيس …», «سلوى البغدادي، مديرة …» — not a nationality.)
  const vouchedSurname = last && (v.maghrebiLast || v.arabGivenLast || v.nisbaLast || v.appointedLast);
  const particle = v.vouched && n > 0 && n < run.length - 1 && foreignParticleAt(r.words, r.norms, r.start + n, r.i);
  const articleAfterCompound = n > 0 && (run[n - 1] === 'عبد' || (v.vouched && run[n - 1] === 'ابو')) && w.startsWith('ال');
  const inside = n > 0 && n < run.length - 1 && nameWord(run[n - 1]!) && nameWord(run[n + 1]!);
  // (Before a full title, a given name and two words of no language: «كريستين شرانر بورغنر».)
  const foreignAfterGiven = v.surnameMayBeWord && run.length === 3 && n > 0 && nameWord(run[0]!) && isForeignWord(w);
  return nameParticles.has(w) || vouchedSurname || particle || maddaGivenOpening(r, w, n) || nameWord(w) || articleAfterCompound || looksLikeForeignSurname(w)
    || inside || lastWordFits(r, w, n) || strangeWordFits(r, w) || foreignAfterGiven || givenFirst(r, n);
}

/** (Or, before a full title, a foreign surname in no dictionary and no word of the language: "موسى هاروانا، مدير …".) */
function lastWordFits(r: BackRun, w: string, n: number): boolean {
  const { run, v } = r;
  return n === run.length - 1 && (v.wordSurname || (v.foreignGivenLast && n === 1) || (v.listItemLast && n === 1 && r.conjStart) || (w.startsWith('ال') && !nameStops.has(w) && !isOrdinaryWord(w))
    || (v.surnameMayBeWord && n > 0 && nameWord(run[0]!) && (isForeignWord(w) || (inNameDictionaries(w) && !w.startsWith('ال') && !isVerbAsWritten(w) && !nameStops.has(w)))));
}

/**
 * (Before a comma and a full title, a two- or three-word name with a foreign name word in it — one of no reading in the
 * lexicon — may hold a word of no language («مايكانتي بارو، المدير العام …») or a word the name sources list that reads
 * as a word too («غاربا شيهو، المتحدث باسم …»).)
 */
function strangeWordFits(r: BackRun, w: string): boolean {
  const { words, norms, i, start, run } = r;
  const apposed = r.v.surnameMayBeWord && /^[،,]$/.test(words[i]?.punctBefore ?? '') && run.length <= 3 && !r.conjStart;
  const foreignName = (x: string) => nameWord(x) && !x.startsWith('ال') && lexicalReading(x) === null;
  return apposed && !w.startsWith('ال') && !isVerbAsWritten(w) && !nameStops.has(w)
    && (isForeignWord(w) ? run.some((x) => x !== w && nameWord(x)) || run.every((x, n) => isForeignWord(x) || (n === 0 && ownLetterAfterVerb(words, norms, start, i))) : inNameDictionaries(w) && run.some((x) => x !== w && foreignName(x)));
}

/** (… or the foreign given name whose surname vouched for the pair: «تمسغن طرونة، المدير العام …».) */
function givenFirst(r: BackRun, n: number): boolean {
  const { words, norms, i, start, v } = r;
  return n === 0 && !r.conjStart && (givenNameAlsoWord(words, norms, start) || (v.vouched && ownLetterAfterVerb(words, norms, start, i)) || (v.foreignGivenLast && r.run.length === 2));
}

/**
 * (A given name the article writes with madda, which normalising folds into a word — «آنا» is no «أنا», «آلان» no
 * «الآن» — opens the name before a comma and an office, when the name sources list it.)
 */
function maddaGivenOpening(r: BackRun, w: string, n: number): boolean {
  return r.v.vouched && n === 0 && !r.conjStart && r.run.length >= 2 && /^آ/.test(r.words[r.start]!.tok.text) && inNameDictionaries(w) && !nameStops.has(w);
}

/** A foreign name outside the dictionaries still counts when its last word has a surname ending ("ماغمد داؤدوف"). */
function foreignPairBySurname(r: BackRun): boolean {
  const { run } = r;
  const firstHasArticle = run[0]!.startsWith('ال') && !/^[أإآ]/.test(r.words[r.start]!.tok.text.slice(r.conjStart ? 1 : 0));
  return run.length === 2 && looksLikeForeignSurname(run[1]!) && !firstHasArticle && !run[0]!.endsWith('ه');
}

/**
 * Word k, after a given name with the «و» of a list and a comma before it, is that item's family name: no article, no
 * verb, function word, title, country, nationality or portfolio, no pronoun ending («…، وأجيت جوبتي سفير …»).
 */
function surnameOfListItem(words: Word[], norms: string[], k: number): boolean {
  if (k < 1) return false;
  const w = words[k]!, given = words[k - 1]!;
  if (w.punctBefore || !/^[،,]$/.test(given.punctBefore ?? '') || !/^و/.test(given.norm) || !nameWord(given.norm.slice(1))) return false;
  if (hasArticle(w) || w.norm.length < 3 || /^[وفبلك]/.test(w.norm) && !nameWord(w.norm)) return false;
  if (isVerbAsWritten(w.norm) && !isAlsoName(w.norm) || isStop(w, words[k + 1]) || startsTitle(words, norms, k) || reportingVerbOf(w) || isComplementizer(w.norm)) return false;
  if (matchNationality(norms, k) || matchCountryName(norms, k) || portfolios.match(w.norm, norms, k)) return false;
  return !(/(ه|ها|هم|ون|ين|ات)$/.test(w.norm) && !nameWord(w.norm));
}

/**
 * One word of no language between an address style of the Gulf agencies and a full office, with no comma: «معالي
 * براتيكنو وزير سكرتارية الدولة». Many Indonesians bear one name alone; the style says a name starts, the office that
 * it has ended.
 */
function mononymAfterStyle(words: Word[], norms: string[], i: number): NameRun | null {
  const s = i - 1;
  if (s < 1 || words[s]!.punctBefore || words[i]!.punctBefore) return null;
  const style = words[s - 1]!;
  if (!style.forms.some((f) => /^(معالي|سعاده|فخامه)$/.test(f.form) && (f.prefix === '' || /^[وف]$/.test(f.prefix)))) return null;
  const w = norms[s]!;
  if (w.length < 4 || w.startsWith('ال') || !isForeignWord(w) || nameStops.has(w) || startsTitle(words, norms, s)) return null;
  if (matchNationality(norms, s) || matchCountryName(norms, s) || portfolios.match(w, norms, s)) return null;
  return { start: s, end: i, norms: [w], prefixLen: 0 };
}

/** Styles that honour a civilian and are followed by the bearer's name: «السيد», «السيدة», «سعادة», «معالي», «الدكتور». */
/** (Normalised as the word forms are: «سعادة» is «سعاده».) */
const CIVIL_STYLES = new Set(['السيد', 'السيده', 'سعاده', 'معالي', 'الدكتور', 'الدكتوره', 'المهندس', 'المهندسه', 'الاستاذ', 'الاستاذه', 'البروفيسور', 'السير', 'السيناتور']);

/** Word k is a civil style, bare or after «و»/«ف». */
function civilStyleAt(words: Word[], k: number): boolean {
  return words[k]!.forms.some((f) => CIVIL_STYLES.has(f.form) && (f.prefix === '' || /^[وف]$/.test(f.prefix)));
}

/**
 * The side of a meeting right before word s, with no punctuation: «من الجانب النرويجي X Y وزير …», «وعن الجانب القطري
 * …». Like a style, the side says the name of an attendee starts there.
 */
function sideBefore(words: Word[], norms: string[], s: number): boolean {
  if (s < 2 || words[s]!.punctBefore || words[s - 1]!.punctBefore) return false;
  const nat = matchNationality(norms, s - 1);
  return !!nat && nat.length === 1 && SIDE_NOUN.test(norms[s - 2]!) && /^ال/.test(norms[s - 2]!);
}

/**
 * A name of two to four words between a civil style (or a meeting's side) and a full title with no comma between them:
 * «وقال السيد X Y رئيس مكتب المنظمة …», «والسيدة X Y Z الملحقة العمالية …», «ومن الجانب النرويجي X Y وزير الدولة …».
 * The style says a name starts, the office right after says it has ended, so the last word is the family name even
 * where the lexicon reads it as a word (a foreign surname, «… بور», «… يا», «… واثق») or a family name with the article
 * the name sources list («الدكتور أيمن السيد رئيس …»). The first word must be a name word or of no language, the words
 * between name words, particles of descent or of no language; the last no verb, function word, common noun with the
 * article, country, nationality or portfolio. Four words only with a particle of descent among them («… ولد محمد الأمين»).
 */
export function styledNameBefore(words: Word[], norms: string[], i: number): NameRun | null {
  const mononym = mononymAfterStyle(words, norms, i);
  if (mononym) return mononym;
  for (const n of [2, 3, 4]) {
    const s = i - n;
    if (s < 1) continue;
    if (!civilStyleAt(words, s - 1) && !sideBefore(words, norms, s)) continue;
    if (words.slice(s, i + 1).some((w) => !!w.punctBefore)) return null;
    return bracketedName(words, norms, s, i, norms.slice(s, i));
  }
  return null;
}

/**
 * A name of two or three words opening right after a comma (or «، و» of a list) and closing right before a full office
 * with no comma: «…، مساء أمس، روخيليو مايتا وزير خارجية بوليفيا», «…، وتران توان آنه وزير الصناعة والتجارة». The
 * comma says a new phrase starts, the office right after that the name has ended: the words between are read as
 * `styledNameBefore` reads them after a style. The caller asks it only before an office of a country or a named body.
 */
export function commaOpenedNameBefore(words: Word[], norms: string[], i: number): NameRun | null {
  for (const n of [2, 3]) {
    const s = i - n;
    if (s < 1) continue;
    if (!/^[،,]$/.test(words[s]!.punctBefore ?? '')) continue;
    if (words.slice(s + 1, i + 1).some((w) => !!w.punctBefore)) return null;
    const first = norms[s]!;
    // (The «و» of a list item is no letter of the name when the word without it is a name word or of no language.)
    const listed = /^و/.test(first) && !nameWord(first) && !inNameDictionaries(first) && (nameWord(first.slice(1)) || isForeignWord(first.slice(1)));
    const run = [listed ? first.slice(1) : first, ...norms.slice(s + 1, i)];
    // (At least one word of no language or one given name the name lists hold says it is a foreign name at all.)
    if (!run.some((w) => isForeignWord(w) || nameWord(w))) return null;
    const name = bracketedName(words, norms, s, i, run);
    return name && { ...name, prefixLen: listed ? 1 : 0 };
  }
  return null;
}

/**
 * The words s..i-1 (their forms `run`) as a name between an opening (a style, a meeting's side, a comma) and an office
 * right after: see `styledNameBefore`.
 */
function bracketedName(words: Word[], norms: string[], s: number, i: number, run: string[]): NameRun | null {
  const n = run.length;
  const particles = run.slice(1, -1).filter((w) => DESCENT.has(w)).length;
  if (n === 4 && !particles) return null;
  if (maddaSyllableClosing(words[i - 1]!, run)) return { start: s, end: i, norms: run, prefixLen: 0 };
  const last = run[run.length - 1]!;
  // (A family name with the article closes it when the name sources list it and it is no office: «أيمن السيد».)
  // (After a particle of descent any such family name closes the lineage: «أحمد ولد محمد الأمين».)
  const articledFamily = (w: string, m: number) => m === run.length - 1 && m > 0 && w.startsWith('ال') && w.length >= 5
    && (inNameDictionaries(w) || (particles > 0 && lineageNisba(w)))
    && (particles > 0 || (!nameStops.has(w) && !adjectives.has(w) && !institutionNouns.has(stripAl(w)) && !/(ون|ين|ات)$/.test(w)));
  const ok = (w: string, m: number) => (!w.startsWith('ال') || articledFamily(w, m)) && !/^[0-9A-Za-z]/.test(w) && w.length >= 2;
  if (!run.every(ok)) return null;
  if (run.some((_, m) => (isStop(words[s + m]!, words[s + m + 1]) && !DESCENT.has(run[m]!)) || (startsTitle(words, norms, s + m) && !articledFamily(run[m]!, m) && !(m > 0 && m < n - 1 && bareGivenInStyledName(words, norms, s + m))) || !!matchNationality(norms, s + m) || !!matchCountryName(norms, s + m) || !!portfolios.match(norms[s + m]!, norms, s + m))) return null;
  const first = run[0]!;
  if (!(nameWord(first) || inNameDictionaries(first) || isForeignWord(first))) return null;
  if (!run.slice(1, -1).every((w) => nameWord(w) || inNameDictionaries(w) || isForeignWord(w) || DESCENT.has(w))) return null;
  if (DESCENT.has(last)) return null;
  // (After a given name, a last word that reads as a verb is the family name: «السيد X واثق رئيس …», «… هوت وزير …»;
  // so is one whose «و» or «ف» is its own first letter, the word whole as written: «واثق», «فاضل».)
  const procliticLast = /^[وفبلك]/.test(last) && !nameWord(last) && !(/^[وف]/.test(last) && last.length >= 4 && nameWord(first) && lexicalReading(last) === 'word');
  if (procliticLast || (isPlainVerb(last) && !(nameWord(first) && !/^[يتنا]/.test(last))) || reportingVerb(last) || isComplementizer(last) || /(ه|ها|هم|ون|ين|ات)$/.test(last) && !nameWord(last) && !isForeignWord(last) && !articledFamily(last, run.length - 1) || last.length < 3) return null;
  return { start: s, end: i, norms: run, prefixLen: 0 };
}

/**
 * After a particle of descent, a family name of the nisba shape with the article that no dictionary holds as a word
 * (a dictionary entry) closes the lineage though the name sources miss it: «ناصر بن خميس الجشمي مدير عام …» (the particle
 * says a lineage is named, the office right after it that it has ended).
 */
export function lineageNisba(w: string): boolean {
  return /^ال.{3,}ي$/.test(w) && !isDictionaryEntry(w) && !nameStops.has(w) && !adjectives.has(w) && !institutionNouns.has(stripAl(w));
}

/**
 * A Vietnamese name whose last syllable is written with a madda, «تران توان آنه» (Anh): the madda marks a transcribed
 * syllable, never the complementizer «أنه» its letters would otherwise read as, so a run that is a Vietnamese family
 * name and syllables closes on it.
 */
function maddaSyllableClosing(last: Word, run: string[]): boolean {
  return /^[وف]?آ/.test(last.tok.text) && run.length >= 2 && vietnameseNameLength(run, 0, () => true, true) === run.length;
}

/**
 * Word i is a title word without the article that is a given name too («أمين», «سلطان», «أمير») in the middle of a name
 * a civil style opens: «سعادة خايمي أمين هيرنانديز سفير …», «سعادة محمد سلطان X سفير …». After a style and a given
 * name, a title word without the article opens no construct of its own («أمين عام», «أمير قطر» never follow a name
 * directly): a name word after it (no title, country or nationality) says the name goes on through it.
 */
export function bareGivenInStyledName(words: Word[], norms: string[], i: number): boolean {
  const w = words[i], prev = words[i - 1], next = words[i + 1];
  if (i < 2 || !w || !prev || !next || w.punctBefore || prev.punctBefore || next.punctBefore) return false;
  if (/^(ال|[وفبلك])/.test(w.norm) || nameStops.has(w.norm) || !startsTitle(words, norms, i)) return false;
  if (arabicNameWord(w.norm) === undefined && originsOfGivenName(w.norm).length === 0 && !isGivenNameAlsoWord(w.norm)) return false;
  if (!civilStyleAt(words, i - 2) || !(nameWord(prev.norm) || isForeignWord(prev.norm)) || startsTitle(words, norms, i - 1)) return false;
  const n = next.norm;
  if (startsTitle(words, norms, i + 1) || matchNationality(norms, i + 1) || matchCountryName(norms, i + 1) || isStop(next, words[i + 2])) return false;
  return n.startsWith('ال') ? inNameDictionaries(n) : nameWord(n) || isForeignWord(n);
}

/** Particles of descent inside a name: «بن», «بنت», «ولد». */
const DESCENT = new Set(['بن', 'بنت', 'ولد']);

/** «بن»، «ابن» and the Tuareg «أغ» (son of): the word before them is a given name, even with the article («الغباس أغ انتالا»). */
const SON_OF = /^(?:بن|ابن|اغ)$/;

/** A place with a preposition glued to it: «بليما» (in Lima), «لتونس»; no name starts with it. */
export function placeWithPreposition(w: Word): boolean {
  return w.forms.some((f) => /^[بل]$/.test(f.prefix) && (places.has(f.form) || !!matchCountryName([f.form], 0)));
}
