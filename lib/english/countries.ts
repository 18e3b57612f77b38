import places from '../../assets/places.json';
import { matchCountryName } from '../vocab/nationalities';

/** Codes outside ISO 3166-1 proper that the nationality vocabulary uses. */
const SPECIAL: Record<string, string> = { EU: 'European Union', SU: 'Soviet Union', UN: 'United Nations', XK: 'Kosovo' };

/** English name of a country from its ISO code ("KP" → "North Korea"). */
export function countryNameEn(code: string): string {
  if (SPECIAL[code]) return SPECIAL[code]!;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const placeTable = new Map(Object.entries(places as Record<string, string>));

/**
 * English name of a place a role names, from its normalised Arabic (one or more words, no clitics):
 * a capital or city ("بيونغ يانغ" → "Pyongyang", "الرياض" → "Riyadh"), else a country ("روسيا" → "Russia").
 */
export function placeNameEn(norm: string): string | null {
  const key = norm.replace(/\s+/g, ' ').trim();
  const city = placeTable.get(key);
  if (city) return city;
  const words = key.split(' ');
  const country = matchCountryName(words, 0);
  return country && country.length === words.length ? countryNameEn(country.country) : null;
}
