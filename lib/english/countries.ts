import places from '../../assets/places.json';
import { matchCountryName } from '../vocab/nationalities';
import { countryNameEn } from './country-name';
import { nameToEnglish } from './names';

export { countryNameEn };

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

/**
 * A place no vocabulary lists, in English letters by the conventions of place names rather than of persons': the
 * ك that opens it is a K (Kwango, Kivu, Katanga), where a person's name may keep a French or Latin C or a Romanian Ch.
 */
export function placeToEnglish(textAr: string): string {
  const bare = textAr.replace(/[\u064B-\u0652]/g, '');
  let en = nameToEnglish(bare);
  if (/^ك/.test(bare)) en = en.replace(/^Ch?/, 'K');
  return en;
}
