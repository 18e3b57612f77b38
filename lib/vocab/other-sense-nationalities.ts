/**
 * Country adjectives and names that the nationality vocabulary leaves out (scripts/data/nationalities-extra.json,
 * excludeForms and excludeCountries) because the word has a second sense: «المالي» is financial as often as Malian,
 * «المجري» is a watercourse, «القمري» lunar, «مالي» financial. Where the context can only mean a state — an office of
 * a state, a counterpart, a delegation — the callers admit them through these look-ups.
 */
import { adjectiveOf, type NationalityMatch } from './nationalities';

const ADJECTIVES: Record<string, string> = {
  المالي: 'ML', الماليه: 'ML', الماليون: 'ML', الماليين: 'ML',
  المجري: 'HU',
  القمري: 'KM',
};

const COUNTRIES: Record<string, string> = { مالي: 'ML' };

/** (Every form of Mali's adjective is left out, so the vocabulary has no English adjective for it.) */
const ENGLISH: Record<string, string> = { ML: 'Malian' };

/** The left-out definite nationality adjective the normalised word is, if any. */
export function otherSenseNationality(norm: string | undefined): NationalityMatch | null {
  const country = norm ? ADJECTIVES[norm] : undefined;
  const adjective_en = country ? ENGLISH[country] ?? adjectiveOf(country) : null;
  return country && adjective_en ? { country, adjective_en, length: 1 } : null;
}

/** The left-out country the normalised word names as written (no clitic), if any. */
export function otherSenseCountry(norm: string | undefined): { country: string; length: number } | null {
  const country = norm ? COUNTRIES[norm] : undefined;
  return country ? { country, length: 1 } : null;
}
