import type { ArticleText } from '../types';
import { phraseKey } from '../vocab/boilerplate';
import { wordsUpTo } from './words';
import { isBoilerplateText, isHeadlineLike, keepArticleUnits, openingDatelineLength, stripBoilerplatePrefix, stripEndMark } from './boilerplate';
import { openingSiteDatelineLength } from './site-dateline';

/** A paragraph, not a header's line: at least this many words. */
const PARAGRAPH_MIN_WORDS = 8;
/** A title is at most this many words. */
const TITLE_MAX_WORDS = 25;

/**
 * The article in a plain-text file: paragraphs (one per line) joined by "\n\n", site boilerplate left out
 * (subscription calls, share prompts, "الأكثر قراءة" and the headlines under it, related links, ledes of
 * other stories appended at the end). The first line is the title when it reads like a headline; it stays in
 * the text too, since headlines carry quotes and names the analysis must see.
 */
export function articleFromPlainText(raw: string): ArticleText {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => stripEndMark(stripBoilerplatePrefix(l.trim()).trim()))
    .filter(Boolean);
  const keep = keepArticleUnits(lines, { firstIsTitle: true });
  // A wire's dateline opening a paragraph («الكويت - 12 - 3 (كونا) -- …») is cut off what stays (judged with it).
  const kept = lines.filter((_, i) => keep[i]).map((l) => l.slice(openingDatelineLength(l)));
  // The headline printed again as the story's first line (or lower down, over a photo): the first one stays as the title.
  for (let i = kept.length - 1; i > 0; i--) if (kept[0] !== undefined && sameLine(kept[i]!, kept[0])) kept.splice(i, 1);
  const first = kept[0];
  const title =
    first !== undefined && kept.length > 1 && isHeadlineLike(first) && first.split(/\s+/).length <= TITLE_MAX_WORDS && !isBoilerplateText(first)
      ? first
      : null;
  // The site's own dateline opening the first paragraph («دكار- …», «بوينس آيرس، الأرجنتين (CNN)-- …») is cut off it too.
  // (Not on a page: a page's article text is read as the site prints it, its dateline with it.)
  const opening = kept.findIndex((l, i) => (i > 0 || title === null) && wordsUpTo(l, PARAGRAPH_MIN_WORDS) >= PARAGRAPH_MIN_WORDS);
  if (opening >= 0) kept[opening] = kept[opening]!.slice(openingSiteDatelineLength(kept[opening]!));
  return { title, text: kept.join('\n\n') };
}

/** Two lines with the same words (punctuation, diacritics and spacing aside). */
const sameLine = (a: string, b: string) => {
  const ka = phraseKey(a);
  return ka.length > 0 && ka === phraseKey(b);
};
