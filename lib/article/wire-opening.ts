// A wire's tag opening a paragraph with no date and no brackets round it, the shapes `openingDatelineLength`'s pattern
// leaves: the agency alone and its dash («وطنية - استقبل …», «واس - …», «(واس) - …»), or a place, a dash and the agency
// with its colon, dash, full stop or nothing after it («دمشق-سانا استقبل …», «صنعاء - سبأ: …», «موسكو - نوفوستي. …»).
import { normalize } from '../arabic/normalize';
import { boilerplate as vocab, phraseKey } from '../vocab/boilerplate';
import { wordsUpTo } from './words';

/** The place before the agency: at most this many words. */
const PLACE_MAX_WORDS = 3;
/** The agency's name: at most this many words («أ ش أ», «وكالة الأنباء الفرنسية»). */
const AGENCY_MAX_WORDS = 4;
/** The paragraph after the tag: at least this many words. */
const REST_MIN_WORDS = 4;

/** The place and its dash (glued or spaced). */
const PLACE_DASH = /^([^()/«»"“”.!؟?؛:\-–—\d]{2,40}?)\s*[-–—]\s*/u;
/** The agency in brackets, then its dash or colon. */
const BRACKETED = /^\(([^()]{2,30})\)\s*[-–—:]+\s*/u;

const isAgency = (name: string) => {
  const key = phraseKey(name);
  return vocab.textCredits.includes(key) || vocab.photoCredits.includes(key);
};

/** The agency of 1…AGENCY_MAX_WORDS words at a text's start, and what separates it from the paragraph (index n − 1). */
const AGENCY_OF_WORDS = Array.from(
  { length: AGENCY_MAX_WORDS },
  (_, k) => new RegExp(`^((?:[^\\s()«»"“”/]+\\s+){${k}}[^\\s()«»"“”/:.\\-–—]+)(\\s*[-–—:.]+\\s*|\\s+)(?=\\S)`, 'u'),
);

/** How many characters after `start` are the agency and its separator (0 when none); a bare space only after a place. */
function agencyLength(text: string, start: number, placed: boolean): number {
  const rest = text.slice(start);
  const bracketed = BRACKETED.exec(rest);
  if (bracketed) return isAgency(bracketed[1]!) ? bracketed[0].length : 0;
  for (let n = 1; n <= AGENCY_MAX_WORDS; n++) {
    const m = rest.match(AGENCY_OF_WORDS[n - 1]!);
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
