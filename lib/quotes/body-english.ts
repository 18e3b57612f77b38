/**
 * A body that speaks, in the English the news writes it: a nation's foreign, interior or defence ministry is the
 * "Moroccan Interior Ministry", not the "Moroccan Ministry of Interior", and a body's spokesperson is the "US State
 * Department spokesperson", not the "Spokesperson for the US State Department".
 */

/** Portfolios the news names before "Ministry" once a nation is named ("Russian Foreign Ministry", "British Defence Ministry"). */
const NATIONAL_MINISTRY = /^(.+) Ministry of (?:the )?(Foreign Affairs|Interior|Defen[cs]e)$/;

/** "Moroccan Ministry of Interior" → "Moroccan Interior Ministry"; a ministry with no nation named before it is left as it is. */
export function nationalMinistry(en: string): string {
  return en.replace(NATIONAL_MINISTRY, (_, nation: string, what: string) => `${nation} ${what === 'Foreign Affairs' ? 'Foreign' : what} Ministry`);
}

const SPOKESPERSON_FOR = /^((?:Deputy )?Spokes(?:person|man|woman)) for the (.+)$/i;

/**
 * The English of a body as a quote's speaker. A spokesperson's body goes before them unless its own name has an "of"
 * ("Spokesperson for the Office of the Prime Minister" stays as it is).
 */
export function bodySpeakerEnglish(en: string): string {
  const spokesperson = SPOKESPERSON_FOR.exec(en);
  if (spokesperson) {
    const body = nationalMinistry(spokesperson[2]!);
    return /\bof\b/i.test(body) ? en : `${body} ${spokesperson[1]!.toLowerCase()}`;
  }
  return nationalMinistry(en);
}
