// A wire's tag opening a paragraph with no date and no brackets round it, the shapes `openingDatelineLength`'s pattern
// leaves: the agency alone and its dash («وطنية - استقبل …», «واس - …», «(واس) - …»), or a place, a dash or a slash (and
// after a slash perhaps the writer and another slash: «أنقرة/ الأناضول بحث …», «إسطنبول/ فلان الفلاني/ الأناضول …») and the agency
// with its colon, dash, full stop or nothing after it («دمشق-سانا استقبل …», «صنعاء - سبأ: …», «موسكو - نوفوستي. …»);
// and a place and a date, then the agency bare or in brackets with a dash or nothing after it («بكين 12 فبراير 2024
// (شينخوا) ذكرت …», «رام الله 12-2-2024 وفا- …», «الرياض 02 شعبان 1445 هـ الموافق 12 فبراير 2024 م واس …»).
import { normalize } from '../arabic/normalize';
import { boilerplate as vocab, phraseKey } from '../vocab/boilerplate';
import { isDateToken } from './date-token';
import { wordsUpTo } from './words';

/** The place before the agency: at most this many words. */
const PLACE_MAX_WORDS = 3;
/** The agency's name: at most this many words («أ ش أ», «وكالة الأنباء الفرنسية»). */
const AGENCY_MAX_WORDS = 4;
/** The paragraph after the tag: at least this many words. */
const REST_MIN_WORDS = 4;

/** The place and its dash (glued or spaced), or its slash («أنقرة/ الأناضول», as Anadolu tags its wires). */
const PLACE_DASH = /^([^()/«»"“”.!؟?؛:\-–—\d]{2,40}?)\s*([-–—/])\s*/u;
/**
 * After a place and its slash, the writer's name (two to five words: «عبد الرزاق بن عبد الله») and a slash before the agency:
 * «أنقرة/ فلان الفلاني/ الأناضول».
 */
const WRITER_SLASH = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){1,4})\s*\/\s*/u;
/** The agency in brackets, then its dash or colon. */
const BRACKETED = /^\(([^()]{2,30})\)\s*[-–—:]+\s*/u;

const isAgency = (name: string) => {
  const key = phraseKey(name);
  return vocab.textCredits.includes(key) || vocab.photoCredits.includes(key);
};

/**
 * The agency of n words (1…AGENCY_MAX_WORDS) at a text's start, and what separates it from the paragraph; each built
 * at its first use, not while the content script loads on every page.
 */
const agencyOfWords: RegExp[] = [];
const agencyOf = (n: number): RegExp =>
  (agencyOfWords[n - 1] ??= new RegExp(`^((?:[^\\s()«»"“”/]+\\s+){${n - 1}}[^\\s()«»"“”/:.\\-–—]+)(\\s*[-–—:.]+\\s*|\\s+)(?=\\S)`, 'u'));

/** How many characters after `start` are the agency and its separator (0 when none); a bare space only after a place. */
function agencyLength(text: string, start: number, placed: boolean): number {
  const rest = text.slice(start);
  const bracketed = BRACKETED.exec(rest);
  if (bracketed) return isAgency(bracketed[1]!) ? bracketed[0].length : 0;
  for (let n = 1; n <= AGENCY_MAX_WORDS; n++) {
    const m = rest.match(agencyOf(n));
    if (!m) return 0;
    if (isAgency(m[1]!) && (placed || /[-–—:]/.test(m[2]!))) return m[0].length;
  }
  return 0;
}

/**
 * How many characters of a paragraph's start are a wire's tag in these shapes (0 when none): the agency a credits
 * vocabulary holds, perhaps after a place of three words at most, before a paragraph of four words at least.
 */
export function openingAgencyLength(text: string): number {
  const head = text.slice(0, 120);
  const place = PLACE_DASH.exec(head);
  let length = 0;
  if (place && isPlace(place[1]!)) {
    const agency = agencyLength(head, place[0].length, true);
    if (agency) length = place[0].length + agency;
    const writer = !agency && place[2] === '/' ? WRITER_SLASH.exec(head.slice(place[0].length)) : null;
    if (writer && !isAgency(writer[1]!)) {
      const start = place[0].length + writer[0].length;
      const credited = agencyLength(head, start, true);
      if (credited) length = start + credited;
    }
  }
  if (!length) length = agencyLength(head, 0, false);
  return length && wordsUpTo(text.slice(length), REST_MIN_WORDS) >= REST_MIN_WORDS ? length : 0;
}

/** A dateline's place: a few words, no conjunction opening a sentence («وقال الوزير - …»), no agency itself. */
function isPlace(head: string): boolean {
  const words = normalize(head).split(/\s+/).filter(Boolean);
  if (!words.length || words.length > PLACE_MAX_WORDS || isAgency(head)) return false;
  return !/^[وف]/.test(words[0]!) || vocab.wawFaWords.includes(words[0]!);
}

/** The date after the place: at most this many words («02 شعبان 1445 هـ الموافق 12 فبراير 2024 م»). */
const DATE_MAX_WORDS = 12;
/** A word of a place: letters only (a comma may follow it). */
const PLACE_WORD = /^[\p{L}\p{M}]+[،,]?$/u;
/** A year, or a date in figures («12-2-2024», «12/2»): a date for sure, unlike a lone number («3 مواقع»). */
const SURE_DATE = /^(?:(?:19|20|14)\d\d|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?)$/u;

/** A raw word of a date: every word of its key a date's (a number, a month, «الموافق»…); «-» between them too. */
function isDateWord(raw: string): boolean {
  const key = phraseKey(raw);
  // A month in both calendars across a spaced slash («12 مارس / آذار») has the slash as a word of its own.
  return key === '' ? /^[-–—،,/]+$/u.test(raw) : key.split(' ').every(isDateToken);
}

/**
 * How many characters of a paragraph's start are a wire's dated tag without a dash before the agency (0 when none):
 * the place (three words at most, «في» perhaps after it), the date (a year, a date in figures, or a number and a month),
 * then the agency a credits vocabulary holds, bare or in brackets or slashes, with its dash or nothing after it, before a
 * paragraph of four words at least.
 */
export function openingDatedAgencyLength(text: string): number {
  const head = text.slice(0, 160);
  if (!/\d/.test(head.slice(0, 60))) return 0;
  const tokens = [...head.matchAll(/\S+/gu)].map((m) => ({ raw: m[0], end: m.index + m[0].length }));
  let place = 0;
  while (place < tokens.length && place <= PLACE_MAX_WORDS && PLACE_WORD.test(tokens[place]!.raw)) place++;
  let placeWords = place;
  while (placeWords > 0 && ['في', 'فى'].includes(tokens[placeWords - 1]!.raw)) placeWords--;
  if (!placeWords || !isPlace(tokens.slice(0, placeWords).map((t) => t.raw).join(' ').replace(/[،,]/g, ''))) return 0;
  let date = place;
  while (date < tokens.length && date - place < DATE_MAX_WORDS && isDateWord(tokens[date]!.raw)) date++;
  const dateWords = tokens.slice(place, date).map((t) => t.raw);
  if (!dateWords.some((w) => /\d/.test(w)) || !(dateWords.length >= 2 || SURE_DATE.test(dateWords[0]!))) return 0;
  // The longest name first: «وكالات الأنباء», not «وكالات».
  for (let c = Math.min(AGENCY_MAX_WORDS, tokens.length - date); c >= 1; c--) {
    const raw = tokens.slice(date, date + c).map((t) => t.raw).join(' ');
    const name = raw.replace(/[-–—:]+$/u, '').replace(/^\((.+)\)$/u, '$1').replace(/^\/\s*(.+?)\s*\/$/u, '$1');
    if (/\d/.test(name) || !isAgency(name)) continue;
    let end = tokens[date + c - 1]!.end;
    if (date + c < tokens.length && /^[-–—:]+$/u.test(tokens[date + c]!.raw)) end = tokens[date + c]!.end;
    const length = end + /^\s*/u.exec(text.slice(end))![0].length;
    return wordsUpTo(text.slice(length), REST_MIN_WORDS) >= REST_MIN_WORDS ? length : 0;
  }
  return 0;
}
