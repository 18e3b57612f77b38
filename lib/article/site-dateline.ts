// The site's own dateline opening a story's first paragraph, in a text file: «بوينس آيرس، الأرجنتين (CNN)-- شلّ …»,
// «تونس – «القدس العربي»: أدى …», «لندن- “القدس العربي”: …», «القاهرة - بوابة الأهرام: …», «موسكو - سبوتنيك: …», «دكار- قتل …»,
// the site alone and its dash («عربي21- …», «عنب بلدي – …») or between dashes after the place («بيروت - الديار - …»). A wire's dateline
// with its date or between dashes («الكويت - 12 - 3 (كونا) -- …») is boilerplate.ts's `openingDatelineLength`.
// A place and a dash glued to it («دكار- قتل …», Al Jazeera's house style) is its signature too; a place and a dash with
// spaces on both sides («طهران - تمسكت …») stays: cutting that found people and quotes no annotator had marked. A tatweel
// standing alone between spaces is the dash of Al Quds Al Arabi's typing («تونس ـ «القدس العربي»: أعلنت …»).
import { normalize } from '../arabic/normalize';
import { boilerplate as vocab, isSiteOrAgency, phraseKey } from '../vocab/boilerplate';
import { wordsUpTo } from './words';

/** The place: at most this many words (six with a country after a comma). */
const PLACE_MAX_WORDS = 3;
const PLACE_WITH_COUNTRY_MAX_WORDS = 6;
/** The paragraph after the dateline: at least this many words. */
const REST_MIN_WORDS = 4;

/**
 * The place, then the site in brackets and its dashes, or the site (in guillemets or not) after a dash and its colon;
 * then the paragraph.
 */
const SITE_DATELINE = /^([^()/«»"“”.!؟?؛:\-–—\d]{2,50}?)(?:\s*\(([^()]{2,30})\)\s*[-–—]+|\s*[-–—]+\s*(?:«([^«»]{2,30})»|[“"]([^“”"]{2,30})[”"]|([^()«»"“”:：\-–—\d]{2,30}?))\s*[:：])\s+(?=\S)/u;

/**
 * The site alone, perhaps after a place and its dash, then its own dash: «عربي21- …», «عنب بلدي – …», «بيروت - الديار - …»,
 * «“القدس العربي” - …», «(الجزيرة نت) - …» (the site in quotation marks or brackets, or bare).
 */
const SITE_DASH = /^(?:([^()/«»"“”.!؟?؛:\-–—\d،,]{2,40}?)\s*[-–—]\s*)?[(«“"]?([^()«»"“”:：\-–—.،,!؟?]{2,30}?)[)»”"]?\s*[-–—]+\s+(?=\S)/u;

/** A tatweel that is a word of its own, the dash it stands for. */
const SPACED_TATWEEL = /(?<=^|\s)ـ+(?=\s)/gu;

/** The place, a dash glued to its last letter, a space, then the paragraph. */
const GLUED_DASH_DATELINE = /^([^()/«»"“”.!؟?؛:\-–—\d،,]{2,40}?\p{L})[-–—]+\s+(?=\S)/u;

/**
 * How many characters of a paragraph's start are the dateline a news site signs its own story with (0 when none): the
 * place (three words at most, six with a country after a comma) and the site, or the place and the dash glued to it.
 */
export function openingSiteDatelineLength(text: string): number {
  // One character for one: the lengths found are the text's own.
  const start = text.slice(0, 120).replace(SPACED_TATWEEL, (t) => '-'.repeat(t.length));
  const m = SITE_DATELINE.exec(start);
  if (m && (m[5] !== undefined ? isSiteOrAgency(m[5]) : vocab.siteDatelines.includes(phraseKey((m[2] ?? m[3] ?? m[4])!)))) return placeAndRest(text, m[1]!, m[0].length);
  const site = SITE_DASH.exec(start);
  // The place before the site, when there is one, must read as a place.
  if (site && vocab.siteDatelines.includes(phraseKey(site[2]!)) && (site[1] === undefined || placeAndRest(text, site[1], site[0].length))) {
    return wordsUpTo(text.slice(site[0].length), REST_MIN_WORDS) >= REST_MIN_WORDS ? site[0].length : 0;
  }
  const glued = GLUED_DASH_DATELINE.exec(start);
  return glued ? placeAndRest(text, glued[1]!, glued[0].length) : 0;
}

/** `length` when `head` reads as a dateline's place and a paragraph follows it, else 0. */
function placeAndRest(text: string, head: string, length: number): number {
  const words = normalize(head).split(/[\s،,]+/).filter(Boolean);
  if (!words.length || words.length > (/[،,]/.test(head) ? PLACE_WITH_COUNTRY_MAX_WORDS : PLACE_MAX_WORDS)) return 0;
  // «وقال الوزير (CNN) --»: a sentence's conjunction, not a place («واشنطن», «فيينا» are places).
  if (/^[وف]/.test(words[0]!) && !vocab.wawFaWords.includes(words[0]!)) return 0;
  return wordsUpTo(text.slice(length), REST_MIN_WORDS) >= REST_MIN_WORDS ? length : 0;
}
