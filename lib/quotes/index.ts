/**
 * Reported statements and who made them. Three sources of statements: reporting verbs and their clause
 * (statement.ts), headline statements "X: …" (headline.ts), and long quotations with no verb before them,
 * which continue the last speaker. A statement mixing indirect speech and quoted words is one "direct" quote.
 */
import type { Official, Quote, QuoteKind } from '../types';
import { buildContext, gapBefore, type TextContext } from './context';
import { findHeadlines } from './headline';
import { prefixSpeaker, subjectAfter, subjectBefore, type Speaker } from './speaker';
import { findTriggers, type Trigger } from './statement';
import { normalize } from '../arabic/normalize';

interface Candidate {
  first: number;
  last: number;
  /** Resolves the speaker given the previous one; called in text order. */
  speaker: (previous: Speaker | null) => Speaker | null;
}

// A quotation right after one of these words is a name or a label, not a statement.
const LABEL_BEFORE = new Set(['عنوان', 'بعنوان', 'شعار', 'بشعار', 'تحت', 'صحيفه', 'كتاب', 'فيلم', 'برنامج', 'وسم', 'هاشتاغ', 'مقال', 'اسم', 'باسم', 'عمليه', 'مسمي', 'لقب', 'قناه', 'وكاله', 'موقع', 'مجله', 'حزب', 'حركه', 'منظمه', 'جماعه', 'تنظيم', 'ما يسمي', 'يسمي', 'تسميه']);
const MIN_STANDALONE_WORDS = 4;

function triggerSpeaker(ctx: TextContext, t: Trigger): (previous: Speaker | null) => Speaker | null {
  return (previous) => {
    if (t.verb?.form === 'participle') return previous;
    if (t.verb) {
      const after = subjectAfter(ctx, t.subjectFirst, t.subjectLast);
      if (after) return after;
    }
    return subjectBefore(ctx, t.at) ?? previous;
  };
}

function standaloneQuotations(ctx: TextContext, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  const n = ctx.tokens.length;
  while (i < n) {
    const q = ctx.quotationOf[i]!;
    if (q === -1) { i++; continue; }
    let last = i;
    while (last + 1 < n && ctx.quotationOf[last + 1] === q) last++;
    const first = i;
    i = last + 1;
    if (last - first + 1 < MIN_STANDALONE_WORDS) continue;
    let free = true;
    for (let k = first; k <= last; k++) if (taken(k)) free = false;
    if (!free) continue;
    const before = first > 0 ? normalize(ctx.norms[first - 1]!).replace(/^(و|ف)?(ب|ل)?(ال)?/, '') : '';
    if (first > 0 && (LABEL_BEFORE.has(before) || LABEL_BEFORE.has(ctx.norms[first - 1]!)) && !/[،,:]/.test(gapBefore(ctx, first))) continue;
    out.push({ first, last, speaker: (previous) => previous });
  }
  return out;
}

export function findQuotes(text: string, officials: Official[]): Quote[] {
  const ctx = buildContext(text, officials);
  const n = ctx.tokens.length;
  const takenBy = new Uint8Array(n);
  const candidates: Candidate[] = [];
  const claim = (first: number, last: number) => {
    for (let k = first; k <= last; k++) if (takenBy[k]) return false;
    for (let k = first; k <= last; k++) takenBy[k] = 1;
    return true;
  };
  for (const h of findHeadlines(ctx)) {
    if (claim(h.first, h.last)) candidates.push({ first: h.first, last: h.last, speaker: () => prefixSpeaker(ctx, h.prefixFirst, h.prefixLast) });
  }
  for (const t of findTriggers(ctx)) {
    if (claim(t.first, t.last)) candidates.push({ first: t.first, last: t.last, speaker: triggerSpeaker(ctx, t) });
  }
  for (const c of standaloneQuotations(ctx, (k) => takenBy[k] === 1)) {
    if (claim(c.first, c.last)) candidates.push(c);
  }
  candidates.sort((a, b) => a.first - b.first);

  const quotes: Quote[] = [];
  let previous: Speaker | null = null;
  for (const c of candidates) {
    const speaker = c.speaker(previous);
    if (speaker) previous = speaker;
    const { start, end } = charSpan(ctx, c.first, c.last);
    quotes.push({
      id: `q${quotes.length + 1}`,
      text: text.slice(start, end),
      kind: kindOf(ctx, start, end),
      speaker_ar: speaker?.ar ?? null,
      speaker_en: speaker?.en ?? null,
      speaker_id: speaker?.official?.id ?? null,
      start,
      end,
    });
  }
  return quotes;
}

/** Character span of tokens [first, last], widened to the quotation marks a quotation starts or ends with. */
function charSpan(ctx: TextContext, first: number, last: number): { start: number; end: number } {
  let start = ctx.tokens[first]!.start;
  let end = ctx.tokens[last]!.end;
  const qf = ctx.quotationOf[first]!;
  if (qf !== -1 && (first === 0 || ctx.quotationOf[first - 1] !== qf)) start = ctx.quotations[qf]!.start;
  const ql = ctx.quotationOf[last]!;
  if (ql !== -1 && (last + 1 >= ctx.tokens.length || ctx.quotationOf[last + 1] !== ql)) end = Math.max(end, ctx.quotations[ql]!.end);
  return { start, end };
}

function kindOf(ctx: TextContext, start: number, end: number): QuoteKind {
  return ctx.quotations.some((q) => q.start >= start && q.end <= end && q.innerEnd > q.innerStart + 1) ? 'direct' : 'indirect';
}
