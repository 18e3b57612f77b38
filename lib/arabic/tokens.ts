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
const WORD = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFFA-Za-z0-9\u200C\u200D]+(?:-[\u0621-\u064AA-Za-z0-9]+)*/g;

/** Normalised form per written word: every layer tokenises the same article, and news repeats its words. */
const normCache = new Map<string, string>();

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    // Arabic punctuation (، ؛ ؟) lives in the Arabic block: split it off.
    const parts = word.split(/([\u060C\u061B\u061F\u066A-\u066D\u06D4])/);
    let offset = m.index!;
    for (const part of parts) {
      if (part && !/^[\u060C\u061B\u061F\u066A-\u066D\u06D4]$/.test(part)) {
        let norm = normCache.get(part);
        if (norm === undefined) {
          norm = normalize(part);
          if (normCache.size > 50000) normCache.clear();
          normCache.set(part, norm);
        }
        if (norm) tokens.push({ text: part, norm, start: offset, end: offset + part.length });
      }
      offset += part.length;
    }
  }
  return tokens;
}
