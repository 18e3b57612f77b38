/**
 * The text as the quote finder reads it: tokens, the quotation each token is in, sentences that do not
 * end inside a quotation, the punctuation between tokens, and which official each token mentions.
 */
import { normalize } from '../arabic/normalize';
import { tokenize, type Token } from '../arabic/tokens';
import type { Official } from '../types';
import { isKinshipNoun } from '../vocab/speakers';
import { findQuotedSpans, outerSpans, type QuotedSpan } from './marks';
import { latinLetterNamed } from '../vocab/latin-letters';

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
  /** Each relative named after someone of the same family name (a son, a brother) → that someone. */
  kin: ReadonlyMap<Official, Official>;
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
          const initial = ch === '.' && c === from && (/^[\u0621-\u064A]$/.test(tokens[i - 1]!.text) || latinInitial(text, tokens, i - 1));
          // "للعربية.نت إن": a full stop with a letter right on both sides is inside a web outlet's name, no sentence end.
          const address = ch === '.' && to - from === 1 && /\p{L}/u.test(text[from - 1]!) && /\p{L}/u.test(text[to]!);
          if (!inside && !decimal && !initial && !address) boundary = true;
        }
      }
    }
    if (boundary) s++;
    sentence[i] = s;
    paragraph[i] = p;
  }
  if (n) gaps[n] = text.slice(tokens[n - 1]!.end);

  const mention: (MentionRef | null)[] = new Array(n).fill(null);
  const kin = kinOwners(officials);
  for (const official of officials) {
    for (const [start, end] of official.mentions) {
      // Token range covered by the mention (a mention may begin inside a token that carries a clitic).
      const first = firstTokenEndingAfter(tokens, start);
      let last = first - 1;
      while (last + 1 < n && tokens[last + 1]!.start < end) last++;
      if (last < first) continue;
      // (The preposition «على», written with its ى, is no mention of one whose name ends in «علي», "آبي أحمد علي".)
      if (first === last && tokens[first]!.text === 'على' && normalize(official.name_ar).includes(' ')) continue;
      const owner = kin.get(official);
      const who = owner && familyNameAlone(official, tokens.slice(first, last + 1).map((t) => t.norm), tokens[last + 1]?.norm ?? '') ? owner : official;
      for (let i = first; i <= last; i++) if (!mention[i]) mention[i] = { official: who, first, last };
    }
  }
  return { text, tokens, norms: tokens.map((t) => t.norm), quotations, allQuotations, quotationOf, sentence, paragraph, mention, gaps, officials, kin };
}

/**
 * "فارس سلال، نجل رئيس الوزراء الأسبق عبد المالك سلال"، "ونجله يوسف العلوي": a relative named after someone of the
 * same family name, described by the kinship (son, brother, wife, …). The family name alone, later, is the one the
 * relative is named after (the article says "X الابن" or the full name for the relative): each such relative mapped
 * to the one person of their family name the text describes otherwise, the earliest named when several are.
 */
function kinOwners(officials: readonly Official[]): Map<Official, Official> {
  const out = new Map<Official, Official>();
  const family = (o: Official) => normalize(o.name_ar).split(' ').at(-1)!;
  const isKin = (o: Official) => {
    const head = normalize(o.role_ar ?? '').split(' ')[0]!.replace(/^[وف](?=...)/, '');
    return !!head && (isKinshipNoun(head) || isKinshipNoun(head.replace(/(ه|ها|هم|هما)$/, '')));
  };
  const firstAt = (o: Official) => Math.min(...o.mentions.map(([s]) => s));
  for (const r of officials) {
    if (!isKin(r) || normalize(r.name_ar).split(' ').length < 2) continue;
    let owner: Official | null = null;
    for (const o of officials) {
      if (o === r || !o.mentions.length || family(o) !== family(r) || isKin(o)) continue;
      if (!owner || firstAt(o) < firstAt(owner)) owner = o;
    }
    if (owner) out.set(r, owner);
  }
  return out;
}

/** A mention of `o` that is their family name alone ("سلال", "بن عيسى"), not followed by what marks the relative ("سلال الابن"). */
function familyNameAlone(o: Official, norms: readonly string[], next: string): boolean {
  const name = normalize(o.name_ar).split(' ');
  const words = norms.map((w, k) => (k === 0 ? w.replace(/^[وفبل](?=...)/, '') : w));
  if (!words.length || words.length >= name.length || words[0] === name[0]) return false;
  if (words.some((w, k) => w !== name[name.length - words.length + k])) return false;
  return !/^(الابن|النجل|الابنه|النجله|الحفيد|الشقيق|الاخ|الصغير|الاصغر)$/.test(next);
}

/** The index of the token that starts at `offset`, or -1 (a binary search: the tokens are in text order). */
export function tokenStartingAt(ctx: TextContext, offset: number): number {
  const i = firstTokenEndingAfter(ctx.tokens, offset);
  return ctx.tokens[i]?.start === offset ? i : -1;
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

/** A Latin letter's name as Arabic spells it («آر», «إم», «إيه»): initials of a South Asian name. */
const latinLetter = (word: string | undefined) => !!word && latinLetterNamed(word.replace(/[أإآ]/g, 'ا')) !== undefined;

/**
 * Token k is a Latin letter with its full stop inside a run of initials: the next token is one too, or the one before
 * is one with its own full stop (a lone «سي.» may end "بي بي سي.").
 */
function latinInitial(text: string, tokens: readonly { text: string; start: number; end: number }[], k: number): boolean {
  if (!latinLetter(tokens[k]?.text)) return false;
  const next = tokens[k + 1], prev = tokens[k - 1];
  if (next && latinLetter(next.text) && text.slice(tokens[k]!.end, next.start) === '. ') return true;
  return !!prev && latinLetter(prev.text) && text.slice(prev.end, tokens[k]!.start) === '. ';
}

/** The first token of the sentence of token i. */
export function sentenceStart(ctx: TextContext, i: number): number {
  let from = i;
  while (from > 0 && ctx.sentence[from - 1] === ctx.sentence[i]) from--;
  return from;
}

/** The most words a headline or a crosshead runs to. */
const HEADING_WORDS = 25;

/**
 * A headline or a crosshead: a line of its own, short, that no full stop or colon ends ("المالكي يستقبل وفدا برلمانيا
 * ويدعو إلى …"); the story's sentences end with one.
 */
export function isHeadingLine(ctx: TextContext, i: number): boolean {
  const p = ctx.paragraph[i]!;
  let first = i;
  let last = i;
  while (first > 0 && ctx.paragraph[first - 1] === p) first--;
  while (last + 1 < ctx.tokens.length && ctx.paragraph[last + 1] === p) last++;
  if (last - first + 1 > HEADING_WORDS || last + 1 >= ctx.tokens.length) return false;
  const end = gapBefore(ctx, last + 1).split('\n')[0]!;
  return !/[.!?؟:؛]/.test(end);
}
