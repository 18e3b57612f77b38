/**
 * The text as the quote finder reads it: tokens, the quotation each token is in, sentences that do not
 * end inside a quotation, the punctuation between tokens, and which official each token mentions.
 */
import { tokenize, type Token } from '../arabic/tokens';
import type { Official } from '../types';
import { findQuotedSpans, outerSpans, type QuotedSpan } from './marks';

export interface TextContext {
  text: string;
  tokens: Token[];
  norms: string[];
  /** The outermost quotations, in text order. */
  quotations: QuotedSpan[];
  /** Every quotation, nested ones included. */
  allQuotations: QuotedSpan[];
  /** Index into `quotations` of the quotation token i is in, or -1. */
  quotationOf: Int32Array;
  /** Sentence number of token i: sentences end at . ! ? ؟ or a line break outside quotation marks. */
  sentence: Int32Array;
  /** Paragraph number of token i. */
  paragraph: Int32Array;
  /** The official token i is part of a mention of, and where that mention starts and ends (token indices). */
  mention: (MentionRef | null)[];
  /** gaps[i]: the punctuation and spaces before token i; gaps[n]: after the last token. */
  gaps: string[];
  officials: readonly Official[];
}

export interface MentionRef {
  official: Official;
  first: number;
  last: number;
}

/** The text between token i-1 and token i (for i = 0, from the start of the text; for i = n, to its end). */
export function gapBefore(ctx: TextContext, i: number): string {
  return ctx.gaps[Math.min(i, ctx.tokens.length)]!;
}

const BREAKS = /[\n.!?؟]/;

export function buildContext(text: string, officials: readonly Official[]): TextContext {
  const tokens = tokenize(text);
  const n = tokens.length;
  const allQuotations = findQuotedSpans(text);
  const quotations = outerSpans(allQuotations);

  const quotationOf = new Int32Array(n).fill(-1);
  let q = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    while (q < quotations.length && quotations[q]!.end <= t.start) q++;
    if (q < quotations.length && quotations[q]!.start < t.start && t.end <= quotations[q]!.end) quotationOf[i] = q;
  }

  const sentence = new Int32Array(n);
  const paragraph = new Int32Array(n);
  const gaps: string[] = new Array(n + 1);
  gaps[0] = text.slice(0, n ? tokens[0]!.start : text.length);
  let s = 0, p = 0;
  q = 0;
  for (let i = 1; i < n; i++) {
    const from = tokens[i - 1]!.end, to = tokens[i]!.start;
    const gap = (gaps[i] = text.slice(from, to));
    let boundary = false;
    // Most gaps are a single space: only those with a line break or a full stop can end a sentence.
    if (gap !== ' ' && BREAKS.test(gap)) {
      for (let c = from; c < to; c++) {
        const ch = text[c]!;
        if (ch === '\n') {
          if (c > from && text[c - 1] === '\n') continue;
          p++;
          // A quotation that runs on over paragraphs keeps its sentence going.
          while (q < quotations.length && quotations[q]!.end <= c) q++;
          if (!(q < quotations.length && quotations[q]!.start < c && c < quotations[q]!.end)) boundary = true;
          continue;
        }
        if (ch === '.' || ch === '!' || ch === '?' || ch === '؟') {
          while (q < quotations.length && quotations[q]!.end <= c) q++;
          const inside = q < quotations.length && quotations[q]!.start < c && c < quotations[q]!.end;
          const decimal = ch === '.' && to - from === 1 && /\d/.test(text[from - 1]!) && /\d/.test(text[to]!);
          // "ر. غ. كابور": a single letter and its full stop are an initial of a name, no sentence end.
          const initial = ch === '.' && c === from && /^[\u0621-\u064A]$/.test(tokens[i - 1]!.text);
          if (!inside && !decimal && !initial) boundary = true;
        }
      }
    }
    if (boundary) s++;
    sentence[i] = s;
    paragraph[i] = p;
  }
  if (n) gaps[n] = text.slice(tokens[n - 1]!.end);

  const mention: (MentionRef | null)[] = new Array(n).fill(null);
  for (const official of officials) {
    for (const [start, end] of official.mentions) {
      // Token range covered by the mention (a mention may begin inside a token that carries a clitic).
      const first = firstTokenEndingAfter(tokens, start);
      let last = first - 1;
      while (last + 1 < n && tokens[last + 1]!.start < end) last++;
      if (last < first) continue;
      for (let i = first; i <= last; i++) if (!mention[i]) mention[i] = { official, first, last };
    }
  }
  return { text, tokens, norms: tokens.map((t) => t.norm), quotations, allQuotations, quotationOf, sentence, paragraph, mention, gaps, officials };
}

function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
