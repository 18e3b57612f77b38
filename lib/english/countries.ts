import places from '../../assets/places.json';
import { matchCountryName } from '../vocab/nationalities';
import { countryNameEn } from './country-name';

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
