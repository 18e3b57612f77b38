/** Codes outside ISO 3166-1 proper that the nationality vocabulary uses. */
/**
 * Also the names the press uses where Intl's differ: Turkey (not "Türkiye"), Palestine (not "Palestinian
 * Territories"), DR Congo (not "Congo - Kinshasa"), Myanmar (not "Myanmar (Burma)")…
 */
const SPECIAL: Record<string, string> = {
  EU: 'European Union', SU: 'Soviet Union', UN: 'United Nations', XK: 'Kosovo', TR: 'Turkey', PS: 'Palestine',
  CD: 'DR Congo', CG: 'Republic of the Congo', MM: 'Myanmar', CZ: 'Czech Republic', HK: 'Hong Kong', MO: 'Macau',
};

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
