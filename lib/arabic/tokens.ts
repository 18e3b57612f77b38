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
  let hit = recent.find((r) => r.text === text);
  if (!hit) {
    hit = { text, tokens: scan(text) };
    recent.unshift(hit);
    if (recent.length > 4) recent.pop();
  }
  const out: Token[] = new Array(hit.tokens.length);
  for (let i = 0; i < out.length; i++) {
    const t = hit.tokens[i]!;
    out[i] = { text: t.text, norm: t.norm, start: t.start, end: t.end };
  }
  return out;
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
