import { FIRST_PART_CHARS, firstPart } from '@/lib/extension/messages';
import type { ArticleInPage } from './article';

/**
 * The part of a long article the reader sees first, analysed and highlighted before the rest: from the first
 * paragraph that reaches into the screen, about `size` characters cut at a paragraph end (the article's
 * beginning when the page is at its top or none of the article is on the screen). Offsets in `article.text`;
 * null when the analysed text is short enough to be analysed at once.
 */
export function readerPart(article: ArticleInPage, analysedLength: number, size = FIRST_PART_CHARS): { start: number; end: number } | null {
  const text = article.text.slice(0, analysedLength);
  const start = firstParagraphOnScreen(article, text);
  if (start === 0) {
    const part = firstPart(text, size);
    return part ? { start: 0, end: part.length } : null;
  }
  const rest = firstPart(text.slice(start), size);
  return { start, end: rest ? start + rest.length : text.length };
}

/** Offset of the paragraph holding the first article text not scrolled past (0 when that is the first paragraph). */
function firstParagraphOnScreen(article: ArticleInPage, text: string): number {
  for (const seg of article.segments) {
    if (seg.start >= text.length) break;
    const r = seg.node.parentElement?.getBoundingClientRect();
    if (!r || (r.width === 0 && r.height === 0) || r.bottom <= 0) continue;
    // Too close to the beginning to be worth a different first part.
    if (seg.start < FIRST_PART_CHARS / 4) return 0;
    const paragraph = text.lastIndexOf('\n\n', seg.start);
    return paragraph < 0 ? 0 : paragraph + 2;
  }
  return 0;
}
