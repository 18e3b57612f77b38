import { FIRST_PART_CHARS, analysedPart, firstPart } from '@/lib/extension/messages';
import type { ArticleInPage } from './article';

/** A first part is never cut shorter than this (a screen showing little more than a headline and a photo). */
const MIN_FIRST_PART = 800;

/**
 * The part of a long article the reader sees first, analysed and highlighted before the rest: from the first
 * paragraph on the screen to the paragraph end after the screen's bottom edge, at most about `size` characters
 * (the article's beginning when the page is at its top). Offsets in `article.text`; null when that part would be
 * most of the analysed text anyway (one analysis is then enough).
 */
export function readerPart(article: ArticleInPage, analysedLength: number, size = FIRST_PART_CHARS): { start: number; end: number } | null {
  const length = Math.min(analysedLength, article.text.length);
  return partFor(article, length, size, onScreen(article, length));
}

/** Paragraphs of a preview after the part: the finder judges a paragraph with the next two in view (a related headline). */
const PREVIEW_PARAGRAPHS_AFTER = 3;

/**
 * The part the reader sees in the finder's preview of a long article's beginning (lib/article/find.ts): what
 * `readerPart` says of the preview, when the screen's bottom edge falls in it and a few paragraphs follow the part
 * there (the finder judges the last ones of a preview without what comes after them); null otherwise.
 */
export function readerPartOfPreview(preview: ArticleInPage, size = FIRST_PART_CHARS): { start: number; end: number } | null {
  const length = analysedPart(preview.text).length;
  const screen = onScreen(preview, length);
  if (!screen.inside) return null;
  // The article goes on after its preview: never "most of the analysed text".
  const part = partFor(preview, length, size, screen, Infinity);
  if (!part) return null;
  let after = 0;
  for (let at = preview.text.indexOf('\n\n', part.end); at >= 0 && after < PREVIEW_PARAGRAPHS_AFTER; at = preview.text.indexOf('\n\n', at + 2)) after++;
  return after >= PREVIEW_PARAGRAPHS_AFTER ? part : null;
}

function partFor(
  article: ArticleInPage, analysedLength: number, size: number, screen: Screen, wholeLength = Math.min(analysedLength, article.text.length),
): { start: number; end: number } | null {
  const text = article.text.slice(0, analysedLength);
  // Close to the beginning: start there, with the headline.
  const start = screen.top < size / 4 ? 0 : paragraphStart(text, screen.top);
  const part = firstPart(text.slice(start), Math.min(size, Math.max(MIN_FIRST_PART, screen.bottom - start)));
  if (!part) return start === 0 ? null : { start, end: text.length };
  const end = start + part.length;
  return start === 0 && end > wholeLength * 0.75 ? null : { start, end };
}

/** Offsets of the first article text not scrolled past and of the first text below the screen (`inside`: both found). */
interface Screen { top: number; bottom: number; inside: boolean }

function onScreen(article: ArticleInPage, length: number): Screen {
  let top = -1;
  const rects = new Map<Element, DOMRect>();
  for (const seg of article.segments) {
    if (seg.start >= length) break;
    const el = seg.node.parentElement;
    if (!el) continue;
    let r = rects.get(el);
    if (!r) rects.set(el, (r = el.getBoundingClientRect()));
    if (r.width === 0 && r.height === 0) continue;
    if (top < 0) {
      if (r.bottom > 0) top = seg.start;
    } else if (r.top >= innerHeight) return { top, bottom: seg.start, inside: true };
  }
  // None of it on the screen (scrolled past the article): its beginning.
  return top < 0 ? { top: 0, bottom: 0, inside: false } : { top, bottom: length, inside: false };
}

function paragraphStart(text: string, offset: number): number {
  const at = text.lastIndexOf('\n\n', offset);
  return at < 0 ? 0 : at + 2;
}
