// Lines that credit the people who made a story (its writers, editors, photographers) or date it with its place,
// in the shapes the finder's older rules miss: two writers in one byline, a wire's bracketed editors' credit, a caption
// signed by its photographer in brackets, a place and a date alone under the title.
import { normalize } from '../arabic/normalize';
import { isGivenName } from '../vocab/article-names';
import { boilerplate as vocab, isSiteOrAgency, phraseKey } from '../vocab/boilerplate';
import { isDateToken } from './date-token';

const NAME_WORD = /^[\p{L}\p{M}]+$/u;

/** A writer's name as words: letters only, the first a given name a name list holds (not a word with «ال»). */
export function isWriterWords(words: readonly string[]): boolean {
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  const first = normalize(words[0]!);
  return !first.startsWith('ال') && isGivenName(first);
}

/** A writer's name in a list of writers: two to four words. */
const isListedWriter = (part: string) => {
  const words = part.trim().split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 4 && isWriterWords(words);
};

/** The writers of one byline: at most this many. */
const BYLINE_WRITERS_MAX = 4;
/**
 * «كتب - محمد عبد الحميد ومروة السيد», «بقلم: خالد يوسف، وأحمد حسن»: the byline's word, perhaps a colon or a dash, then two
 * writers or more, joined by «و» or commas, each a first name a name list holds and one to three words.
 * («محمد وليد العلي» splits at «وليد» into no writer: the line is left to the rules for one writer.)
 */
export function isMultiWriterByline(text: string): boolean {
  const m = text.trim().match(/^(\S+)\s*[:：\-–—]?\s*(.+)$/u);
  if (!m || !vocab.bylinePrefixes.includes(phraseKey(m[1]!))) return false;
  const writers = m[2]!.split(/\s*[،,]\s*(?:و\s*)?|\s+و(?=\S)/u);
  return writers.length >= 2 && writers.length <= BYLINE_WRITERS_MAX && writers.every(isListedWriter);
}

/**
 * The labels of a wire's credit in brackets: «تحرير», «إعداد», «تغطية صحفية», «شارك في التغطية», «ترجمة», «مراجعة».
 * As phrase keys.
 */
const EDITORS_CREDIT_LABELS = ['تحرير', 'اعداد', 'تغطيه صحفيه', 'تغطيه', 'شارك في التغطيه', 'ترجمه', 'مراجعه', 'كتابه', 'تصوير'];
/** What may follow the name in such a credit: «للنشرة العربية», «لنشرة العربية». */
const CREDIT_NAME_TAIL = /\s+(?:لل|ل)نشر[ةه](?:\s+\S+)?$/u;
/**
 * «(تحرير سامي عمارة)», «(إعداد محمد علي للنشرة العربية)», «(تغطية صحفية فلان - تحرير فلان)»: a wire's credit of its
 * reporters and editors, the whole line in brackets, every part a label and a writer's name.
 */
export function isBracketedEditorsCredit(text: string): boolean {
  const inner = text.trim().match(/^\((.+)\)\.?$/u)?.[1];
  if (!inner) return false;
  return inner.split(/\s+[-–—]\s+|\s*[،,؛]\s*/u).every((part) => {
    const key = phraseKey(part.replace(CREDIT_NAME_TAIL, ''));
    const label = EDITORS_CREDIT_LABELS.find((l) => key.startsWith(l + ' '));
    if (!label) return false;
    const names = part.replace(CREDIT_NAME_TAIL, '').trim().split(/\s+/).slice(label.split(' ').length);
    // «تحرير أحمد حسن وسامي عمارة»: two editors joined by «و».
    return names.join(' ').split(/\s+و(?=\S)/u).every(isListedWriter) || isListedWriter(names.join(' '));
  });
}

/** A caption signed by its photographer: at most this many words. */
const SIGNED_CAPTION_MAX_WORDS = 18;
/** Words of a sentence, not a caption: what it reports, or its conjunctions of clauses. */
const SENTENCE_WORDS = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'قائلا', 'مؤكدا', 'مشيرا', 'مضيفا', 'قال', 'قالت', 'الذي', 'التي', 'الذين']);
/**
 * «ميقاتي مستقبلا خريستودوليدس في السرايا (نبيل إسماعيل).»: a photo's caption with its photographer's name in brackets at its
 * end (a first name a name list holds, then one or two words; not an agency, whose credit other rules judge). No quotation
 * marks, no colon, no word of reported speech or of a relative clause: a sentence names a person in brackets only with them.
 */
export function isPhotographerSignedCaption(text: string): boolean {
  const m = text.trim().match(/^([^()«»"“”:：]+?)\s*\(([^()]+)\)\s*\.?$/u);
  if (!m) return false;
  // «(عنب بلدي/ فلان الفلاني)»: the site or agency, a slash, then the photographer.
  const credited = m[2]!.match(/^([^/]{2,30}?)\s*\/\s*([^/]+)$/u);
  if (credited && !isSiteOrAgency(credited[1]!)) return false;
  const photographer = (credited ? credited[2]! : m[2]!).trim().split(/\s+/);
  if (photographer.length < 2 || photographer.length > 3 || !isWriterWords(photographer)) return false;
  const words = phraseKey(m[1]!).split(' ').filter(Boolean);
  if (words.length < 3 || words.length > SIGNED_CAPTION_MAX_WORDS) return false;
  return !words.some((w) => SENTENCE_WORDS.has(w) || /^[وف]?(?:قال|اكد|اضاف|اوضح|اشار)/.test(w));
}

/** The place before a date: at most this many words. */
const DATED_PLACE_MAX_WORDS = 2;
/**
 * «بيروت - 8 تشرين الأول 2024», «الرباط في 3 أكتوبر 2024», «القاهرة، الثلاثاء 8 أكتوبر», «طنطا | الخميس 12-10-2023 10:05», «بيروت | 21-09-2022 | 16:05»: under the title, the place the
 * story is written from and its date, alone on a line (a year and a date word among them). A place is one or two
 * words with no digit that open with no conjunction.
 */
export function isPlaceAndDateLine(text: string): boolean {
  const m = text.trim().match(/^([^\d()«»"“”:：.،,\-–—|｜]+?)\s*(?:\s[-–—]\s*|[-–—]|[،,|｜]|\sفي\s)\s*([^()«»"“”]+)$/u);
  if (!m) return false;
  const place = phraseKey(m[1]!).split(' ').filter(Boolean);
  if (!place.length || place.length > DATED_PLACE_MAX_WORDS || place.some((w) => isDateToken(w))) return false;
  if (/^[وف]/.test(place[0]!) && !vocab.wawFaWords.includes(place[0]!)) return false;
  const date = phraseKey(m[2]!).split(' ').filter(Boolean);
  // The year too («الانتخابات المقبلة في 3 أكتوبر» is a subheading), and a date word or a date all in numbers («21-09-2022»).
  const numericDate = /(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d)/.test(m[2]!);
  return date.some((w) => /^\d{4}/.test(w)) && (numericDate || date.some((w) => !/^\d+$/.test(w))) && date.every(isDateToken);
}
