/**
 * The Bible's names in East and Southern Africa, whose Christians carry them in their English form (Moses Wetang'ula,
 * Esau Chulu) where the Arabic press writes the Arabic Bible's موسى or the English letters إيسو: the table is
 * assets/names-by-origin.json `given.africanBiblical`. A Muslim of the region carries the Arabic name (Musa, Ishaq)
 * with other Arabic names beside it.
 */
import { arabicNameWord, givenNameOf, isArabicRuleSpelled } from '../vocab/names';

/** The words of an Arabic nasab. */
const NASAB = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ام']);

/** English-speaking East and Southern Africa (not Nigeria and Ghana, whose Hausa table reads موسى Musa). */
const BIBLICAL_HOMES = new Set(['KE', 'UG', 'TZ', 'ZM', 'MW', 'ZW', 'ZA', 'BW', 'NA', 'LS', 'SZ', 'RW', 'SS']);

/** The English form of a first name, in normalised Arabic, when no other word of the name is an Arabic one. */
export function biblicalGivenName(norms: string[], i: number, country: string | null): string | undefined {
  if (i !== 0 || norms.length < 2 || !country || !BIBLICAL_HOMES.has(country)) return undefined;
  const english = givenNameOf('africanBiblical', norms[0]!);
  if (!english) return undefined;
  const arabicBeside = norms.slice(1).some((n) => NASAB.has(n) || n.startsWith('ال') || n.startsWith('عبد') || arabicNameWord(n) !== undefined || isArabicRuleSpelled(n));
  return arabicBeside ? undefined : english;
}
