import { normalize } from './normalize';

/** A word of the text with its offsets on the original string and its normalised form. */
export interface Token {
  /** The word as written. */
  text: string;
  /** normalize(text). */
  norm: string;
  start: number;
  end: number;
}

// A word: Arabic letters (with diacritics, tatweel, and zero-width joiners inside), Latin letters, or digits.
// Hyphenated Korean-style names (جونغ-أون) stay one token only when written without spaces around the hyphen.
// WORD = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFFA-Za-z0-9\u200C\u200D]+(?:-[\u0621-\u064AA-Za-z0-9]+)*/g;

/** Normalised form per written word: every layer tokenises the same article, and news repeats its words. */
const normCache = new Map<string, string>();

// The sets of WORD, by code unit: a scan over codes costs far less than a regex match and a split per word.
function isWordCode(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff)
    || (c >= 0xfe70 && c <= 0xfeff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x200c || c === 0x200d;
}

function isHyphenPartCode(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function isPunctCode(c: number): boolean {
  return c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4;
}

// The layers tokenise the same article one after the other: the last few texts keep their tokens.
const recent: { text: string; tokens: Token[] }[] = [];

/** The words of the text. Callers get their own token objects (a layer may shift offsets in place). */
export function tokenize(text: string): Token[] {
  return copy(cachedTokens(text), 0);
}

/**
 * The words of the text from `offset` on, their offsets on the whole text: the same tokens as tokenize(text.slice(offset))
 * shifted by offset, when no word runs across offset (text[offset] is a space or offset is the text's end), without
 * scanning the text again when its tokens are at hand.
 */
export function tokenizeFrom(text: string, offset: number): Token[] {
  const all = cachedTokens(text);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return copy(all, lo);
}

function copy(tokens: Token[], from: number): Token[] {
  const out: Token[] = new Array(tokens.length - from);
  for (let i = 0; i < out.length; i++) {
    const t = tokens[from + i]!;
    out[i] = { text: t.text, norm: t.norm, start: t.start, end: t.end };
  }
  return out;
}

function cachedTokens(text: string): Token[] {
  const at = recent.findIndex((r) => r.text === text);
  if (at >= 0) {
    const hit = recent[at]!;
    // (Most recently used first: the small phrases the layers tokenise must not push the article out.)
    if (at > 0) { recent.splice(at, 1); recent.unshift(hit); }
    return hit.tokens;
  }
  const tokens = prefixTokens(text) ?? scan(text);
  recent.unshift({ text, tokens });
  if (recent.length > 8) recent.pop();
  return tokens;
}

/**
 * A prefix of a text whose tokens are at hand (the opening of the article), cut where no word runs on: its tokens are
 * that text's tokens before the cut.
 */
function prefixTokens(text: string): Token[] | null {
  const n = text.length;
  for (const r of recent) {
    if (r.text.length <= n) continue;
    const c = r.text.charCodeAt(n);
    if (isWordCode(c) || c === 0x2d || (n > 0 && text.charCodeAt(n - 1) === 0x2d) || !r.text.startsWith(text)) continue;
    let k = 0;
    while (k < r.tokens.length && r.tokens[k]!.start < n) k++;
    return r.tokens.slice(0, k);
  }
  return null;
}

function push(tokens: Token[], text: string, start: number, end: number): void {
  const part = text.slice(start, end);
  let norm = normCache.get(part);
  if (norm === undefined) {
    norm = normalize(part);
    if (normCache.size > 50000) normCache.clear();
    normCache.set(part, norm);
  }
  if (norm) tokens.push({ text: part, norm, start, end });
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // The run of word characters; Arabic punctuation inside it splits it into parts.
    let partStart = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (isPunctCode(c)) {
        if (i > partStart) push(tokens, text, partStart, i);
        partStart = i + 1;
      }
      i++;
    }
    // Hyphenated continuations (no Arabic punctuation can occur in them).
    while (i + 1 < n && text.charCodeAt(i) === 0x2d && isHyphenPartCode(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isHyphenPartCode(text.charCodeAt(i))) i++;
    }
    if (i > partStart) push(tokens, text, partStart, i);
  }
  return tokens;
}
