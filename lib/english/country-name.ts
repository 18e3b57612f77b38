/** Codes outside ISO 3166-1 proper that the nationality vocabulary uses. */
/** Also Turkey: the spelling the press (and Intl before ICU 72) uses, rather than Intl's "Türkiye". */
const SPECIAL: Record<string, string> = { EU: 'European Union', SU: 'Soviet Union', UN: 'United Nations', XK: 'Kosovo', TR: 'Turkey' };

/**
 * English name of a country from its ISO code ("KP" → "North Korea"). Kept apart from ./countries (places and
 * nationality tables) so the content script's card can use it without bundling those vocabularies.
 */
export function countryNameEn(code: string): string {
  if (SPECIAL[code]) return SPECIAL[code]!;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
