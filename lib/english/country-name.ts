/** Codes outside ISO 3166-1 proper that the nationality vocabulary uses. */
const SPECIAL: Record<string, string> = { EU: 'European Union', SU: 'Soviet Union', UN: 'United Nations', XK: 'Kosovo' };

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
