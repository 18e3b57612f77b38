import type { Analysis } from '../types';
import type { CompanionRequest } from './companion';

/** What the background knows about one tab. */
export type TabStatus = 'pending' | 'done' | 'no-article' | 'error' | 'disabled';

export interface TabState {
  status: TabStatus;
  /** The page's host name, reported by the content script (no `tabs` permission needed). */
  host: string | null;
  analysis: Analysis | null;
  error: string | null;
  /** Highlights currently shown in the page. */
  highlightsVisible: boolean;
  /** Only the beginning of a very long article was analysed. */
  truncated?: boolean;
  /** With `truncated`: characters analysed, of the article's total. */
  analysedChars?: number;
  totalChars?: number;
}

/**
 * Longer article texts are analysed up to a paragraph end near this length: the engine runs synchronously in the
 * background (about 100 characters per ms here), so this keeps one analysis near half a second and the background
 * free for other tabs and the popup; the popup says when only the first part was analysed.
 */
export const MAX_ANALYSED_CHARS = 50_000;

/** The part of an article text that is analysed: all of it, or its first paragraphs up to the limit. */
export function analysedPart(text: string, max = MAX_ANALYSED_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n\n', max);
  return text.slice(0, cut > 0 ? cut : max);
}

/**
 * A longer article is first analysed up to a paragraph end near this length (what fills the first screens),
 * so its first highlights appear after a short analysis; the whole analysed part then replaces them.
 */
export const FIRST_PART_CHARS = 4_000;

/** The first paragraphs of `text` up to about `size` characters, or null when the text is not much longer. */
export function firstPart(text: string, size = FIRST_PART_CHARS): string | null {
  if (text.length <= size) return null;
  const cut = text.indexOf('\n\n', size);
  const end = cut > 0 && cut <= size + 1_000 ? cut : text.lastIndexOf('\n\n', size);
  return end > 0 ? text.slice(0, end) : null;
}

/** Content script → background. */
export type ToBackground =
  /** The page looks Arabic (sent as it starts to load): get the engine ready. */
  | { type: 'warm' }
  | { type: 'analyze'; text: string; title: string | null; host: string; truncated?: boolean; totalChars?: number }
  | { type: 'no-article'; host: string }
  | { type: 'disabled'; host: string }
  | { type: 'error'; host: string; message: string }
  /** A failure in the card or another UI handler: recorded, the analysis stays. */
  | { type: 'ui-error'; message: string }
  | { type: 'highlights-visible'; visible: boolean }
  /** Popup → background. */
  | { type: 'get-tab'; tabId: number }
  /** The card's look-ups (reading memory, flags): lib/extension/companion.ts. */
  | CompanionRequest;

/** Popup / background → content script. */
export type ToContent =
  | { type: 'scroll-to'; officialId?: string; personId?: string; quoteId?: string; mention?: number }
  | { type: 'set-highlights'; visible?: boolean }
  | { type: 'reanalyse' }
  | { type: 'ping' };

export function emptyTabState(): TabState {
  return { status: 'pending', host: null, analysis: null, error: null, highlightsVisible: true };
}
