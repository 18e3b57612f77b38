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

/**
 * The part the reader sees in the finder's preview of a long article's beginning (lib/article/find.ts): what
 * `readerPart` says of the preview, when the screen's bottom edge falls in it with room to spare (the part then
 * ends well before the preview's end, which the rest of the article may still change); null otherwise.
 */
export function readerPartOfPreview(preview: ArticleInPage, size = FIRST_PART_CHARS): { start: number; end: number } | null {
  const length = analysedPart(preview.text).length;
  const screen = onScreen(preview, length);
  if (!screen.inside) return null;
  const part = partFor(preview, length, size, screen);
  return part && part.end <= preview.text.length / 2 ? part : null;
}

function partFor(article: ArticleInPage, analysedLength: number, size: number, screen: Screen): { start: number; end: number } | null {
  const text = article.text.slice(0, analysedLength);
  // Close to the beginning: start there, with the headline.
  const start = screen.top < size / 4 ? 0 : paragraphStart(text, screen.top);
  const part = firstPart(text.slice(start), Math.min(size, Math.max(MIN_FIRST_PART, screen.bottom - start)));
  if (!part) return start === 0 ? null : { start, end: text.length };
  const end = start + part.length;
  return start === 0 && end > text.length * 0.75 ? null : { start, end };
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
