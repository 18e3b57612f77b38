// The site's own dateline opening a story's first paragraph, in a text file: «بوينس آيرس، الأرجنتين (CNN)-- شلّ …»,
// «تونس – «القدس العربي»: أدى …». A wire's dateline (credited to an agency) is boilerplate.ts's `openingDatelineLength`.
// A place and a bare dash («طهران - تمسكت …») stays: cutting it found people and quotes no annotator had marked.
import { normalize } from '../arabic/normalize';
import { boilerplate as vocab, phraseKey } from '../vocab/boilerplate';
import { wordsUpTo } from './words';

/** The place: at most this many words (six with a country after a comma). */
const PLACE_MAX_WORDS = 3;
const PLACE_WITH_COUNTRY_MAX_WORDS = 6;
/** The paragraph after the dateline: at least this many words. */
const REST_MIN_WORDS = 4;

/** The place, then the site in brackets and its dashes, or the site in guillemets after a dash and its colon; then the paragraph. */
const SITE_DATELINE = /^([^()/«»"“”.!؟?؛:\-–—\d]{2,50}?)(?:\s*\(([^()]{2,30})\)\s*[-–—]+|\s*[-–—]+\s*«([^«»]{2,30})»\s*[:：])\s+(?=\S)/u;

/**
 * How many characters of a paragraph's start are the dateline a news site signs its own story with (0 when none): the
 * place (three words at most, six with a country after a comma) and the site.
 */
export function openingSiteDatelineLength(text: string): number {
  const m = SITE_DATELINE.exec(text.slice(0, 120));
  if (!m) return 0;
  if (!vocab.siteDatelines.includes(phraseKey((m[2] ?? m[3])!))) return 0;
  const head = m[1]!;
  const words = normalize(head).split(/[\s،,]+/).filter(Boolean);
  if (!words.length || words.length > (/[،,]/.test(head) ? PLACE_WITH_COUNTRY_MAX_WORDS : PLACE_MAX_WORDS)) return 0;
  // «وقال الوزير (CNN) --»: a sentence's conjunction, not a place («واشنطن», «فيينا» are places).
  if (/^[وف]/.test(words[0]!) && !vocab.wawFaWords.includes(words[0]!)) return 0;
  return wordsUpTo(text.slice(m[0].length), REST_MIN_WORDS) >= REST_MIN_WORDS ? m[0].length : 0;
}
