/**
 * One normalisation of Arabic for matching. Offsets always stay on the original text:
 * `normalizeWithMap` returns, for every character of the normalised string, its index in the original.
 */
const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ھ': 'ه', 'ە': 'ه', 'ہ': 'ه',
  'ک': 'ك', 'ؤ': 'و', 'ئ': 'ي',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

export function isDropped(ch: string): boolean {
  return DROP.test(ch);
}

export function foldChar(ch: string): string {
  return FOLD[ch] ?? ch;
}

/** Normalised form of a string: drop diacritics, tatweel and invisible marks; fold letter variants. */
export function normalize(s: string): string {
  let out = '';
  for (const ch of s) if (!DROP.test(ch)) out += FOLD[ch] ?? ch;
  return out;
}

export interface NormalizedText {
  text: string;
  /** map[i] = index in the original of normalised char i; map[text.length] = original length. */
  map: number[];
}

export function normalizeWithMap(s: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (DROP.test(ch)) continue;
    text += FOLD[ch] ?? ch;
    map.push(i);
  }
  map.push(s.length);
  return { text, map };
}
