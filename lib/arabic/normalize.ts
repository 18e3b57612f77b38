/**
 * One normalisation of Arabic for matching. Offsets always stay on the original text:
 * `normalizeWithMap` returns, for every character of the normalised string, its index in the original.
 */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ھ': 'ه', 'ە': 'ه', 'ہ': 'ه',
  'ک': 'ك', 'ؤ': 'و', 'ئ': 'ي',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

/** Same set as DROP, by code unit: the hot path of tokenising avoids a regex test per character. */
function droppedCode(c: number): boolean {
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640
    || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

export function isDropped(ch: string): boolean {
  return droppedCode(ch.charCodeAt(0));
}

export function foldChar(ch: string): string {
  return FOLD[ch] ?? ch;
}

/** Normalised form of a string: drop diacritics, tatweel and invisible marks; fold letter variants. */
/** Egypt's «شئون» is the «شؤون» (affairs) of the rest: the ئ between ش and و folds as ؤ does. */
function foldAt(s: string, i: number, out: string): string {
  const ch = s[i]!;
  if (ch === 'ئ' && s[i + 1] === 'و' && out.endsWith('ش')) return 'و';
  return FOLD[ch] ?? ch;
}

// FOLD by code unit (all its keys lie in U+0600–U+06FF): whether a character folds, without a property look-up.
const FOLDS = new Uint8Array(0x100);
for (const ch of Object.keys(FOLD)) FOLDS[ch.charCodeAt(0) - 0x600] = 1;
const folds = (c: number) => c >= 0x600 && c <= 0x6ff && FOLDS[c - 0x600] === 1;

export function normalize(s: string): string {
  // Most words have nothing to drop or fold: they are their own normal form (the same string, not a copy built
  // a character at a time). Otherwise the runs of unchanged characters are copied whole.
  let i = 0;
  while (i < s.length && !droppedCode(s.charCodeAt(i)) && !folds(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  let run = -1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!droppedCode(c) && !folds(c)) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) { out += s.slice(run, i); run = -1; }
    if (droppedCode(c)) continue;
    out += foldAt(s, i, out);
  }
  if (run >= 0) out += s.slice(run);
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
    if (droppedCode(ch.charCodeAt(0))) continue;
    text += foldAt(s, i, text);
    map.push(i);
  }
  map.push(s.length);
  return { text, map };
}
