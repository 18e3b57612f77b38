import type { Analysis } from '../types';

/** One highlight to draw, in offsets of `analysis.article.text`, already widened to whole words. */
export interface HighlightRange {
  start: number;
  end: number;
  kind: 'official' | 'person' | 'quote';
  officialId?: string;
  /** A quoted or named person who is not an official (`Analysis.people`). */
  personId?: string;
  /** Index of the mention in the official's or person's `mentions`. */
  mention?: number;
  quoteId?: string;
}

/** Letters, combining marks (harakat), digits, tatweel and zero-width joiners belong to a word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640\u200c\u200d]/u;

/**
 * Widen a span to whole words: cutting an Arabic word in the middle breaks its letter joining,
 * so a mention "بوتين" inside "وبوتين" is highlighted as the whole word.
 */
export function toWordBoundaries(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s > 0 && WORD_CHAR.test(text[s - 1]!) && WORD_CHAR.test(text[s]! ?? '')) s--;
  while (e < text.length && e > 0 && WORD_CHAR.test(text[e]!) && WORD_CHAR.test(text[e - 1]!)) e++;
  // Never start or end on white space.
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Every highlight of an analysis: quotes, officials' and other people's mentions, whole words, empty spans
 * dropped. A person's mention that overlaps an official's is dropped: names of two kinds never nest.
 */
export function highlightRanges(analysis: Analysis): { quotes: HighlightRange[]; officials: HighlightRange[]; people: HighlightRange[] } {
  const text = analysis.article.text;
  const quotes: HighlightRange[] = [];
  for (const q of analysis.quotes) {
    const [start, end] = toWordBoundaries(text, q.start, q.end);
    if (end > start) quotes.push({ start, end, kind: 'quote', quoteId: q.id });
  }
  const officials: HighlightRange[] = [];
  for (const o of analysis.officials) {
    o.mentions.forEach(([ms, me], mention) => {
      const [start, end] = toWordBoundaries(text, ms, me);
      if (end > start) officials.push({ start, end, kind: 'official', officialId: o.id, mention });
    });
  }
  const people: HighlightRange[] = [];
  for (const p of analysis.people ?? []) {
    p.mentions.forEach(([ms, me], mention) => {
      const [start, end] = toWordBoundaries(text, ms, me);
      if (end > start) people.push({ start, end, kind: 'person', personId: p.id, mention });
    });
  }
  const keptOfficials = dropOverlaps(officials);
  const overlapsOfficial = (r: HighlightRange) => keptOfficials.some((o) => r.start < o.end && o.start < r.end);
  return { quotes: dropOverlaps(quotes), officials: keptOfficials, people: dropOverlaps(people.filter((r) => !overlapsOfficial(r))) };
}

/** Within one kind, highlights must not overlap (mark.js would skip them silently); keep the earlier, longer one. */
function dropOverlaps(ranges: HighlightRange[]): HighlightRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HighlightRange[] = [];
  let last = -1;
  for (const r of sorted) {
    if (r.start >= last) {
      out.push(r);
      last = r.end;
    }
  }
  return out;
}
