// Counting words the way `s.trim().split(/\s+/).filter(Boolean).length` does, without splitting the text: the
// finder counts the words of every paragraph of a page, and its rules need the count only up to some limit.

/** White space as /\s/ has it, by code unit. */
export const isSpace = (c: number) =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The number of words of a text (as split on /\s+/), counting no further than `max + 1`. */
export function wordsUpTo(s: string, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > max) return words;
    }
  }
  return words;
}
