/**
 * The abbreviated style «د.» (Dr.) before a name: «وزير المالية د. جبريل إبراهيم محمد». Its full stop ends no
 * sentence; the layers read «.» between two words as one, and so lost the name after the title. The stop becomes a
 * space, so that every offset into the text stands. Only a lone «د» (no letter or digit just before it, so not a word's
 * last letter nor «45 د.», minutes) with a letter of Arabic right after the stop.
 */
const ABBREVIATED_DR = /(?<![\p{L}\p{N}\p{M}.])(?<!\p{N}\s)د\.(?=\s?[\u0621-\u064A])/gu;

export function withAbbreviatedStylesOpen(text: string): string {
  if (!text.includes('د.')) return text;
  return text.replace(ABBREVIATED_DR, 'د ');
}
