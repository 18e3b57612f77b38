/** The naming tradition a country's officials' names follow, which decides how their Arabic spelling is read back. */
export type Origin = 'arab' | 'russian' | 'northKorean' | 'southKorean' | 'chinese' | 'persian' | 'turkish' | 'western';

const ARAB = new Set('SA AE QA KW BH OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM'.split(' '));
const RUSSIAN = new Set('RU BY UA KZ KG TJ UZ TM MD SU'.split(' '));
const PERSIAN = new Set('IR AF'.split(' '));
const TURKISH = new Set('TR AZ'.split(' '));
const CHINESE = new Set('CN TW HK MO SG'.split(' '));

export function originOf(country: string | null | undefined): Origin | null {
  if (!country) return null;
  const c = country.toUpperCase();
  if (ARAB.has(c)) return 'arab';
  if (RUSSIAN.has(c)) return 'russian';
  if (c === 'KP') return 'northKorean';
  if (c === 'KR') return 'southKorean';
  if (CHINESE.has(c)) return 'chinese';
  if (PERSIAN.has(c)) return 'persian';
  if (TURKISH.has(c)) return 'turkish';
  return 'western';
}
