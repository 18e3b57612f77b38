/**
 * Country adjectives and names that the nationality vocabulary leaves out (scripts/data/nationalities-extra.json,
 * excludeForms and excludeCountries) because the word has a second sense: «المالي» is financial as often as Malian,
 * «المجري» is a watercourse, «القمري» lunar, «مالي» financial. The one table of them; each caller admits them only in
 * a context that can mean nothing but a state (an office of a state, a counterpart, a delegation, a side's frame).
 */
import { adjectiveOf, matchNationality, type NationalityMatch } from './nationalities';

interface OtherSense {
  /** The definite adjective, masculine singular, normalised; it takes the endings of ENDINGS. */
  adjective: string;
  country: string;
  /** The second sense describes a person's office as well («المدير المالي», «المستشار المالي»). */
  officeSense: boolean;
}

const OTHER_SENSE: readonly OtherSense[] = [
  { adjective: 'المالي', country: 'ML', officeSense: true },
  { adjective: 'المجري', country: 'HU', officeSense: false },
  { adjective: 'القمري', country: 'KM', officeSense: false },
];

/** Feminine, dual, plural. */
const ENDINGS = ['', 'ه', 'ان', 'ين', 'ون'];

const ADJECTIVES = new Map<string, OtherSense>(OTHER_SENSE.flatMap((o) => ENDINGS.map((e) => [o.adjective + e, o] as const)));

const COUNTRIES: Record<string, string> = { مالي: 'ML' };

/** (Every form of Mali's adjective is left out, so the vocabulary has no English adjective for it.) */
const ENGLISH: Record<string, string> = { ML: 'Malian' };

/**
 * The left-out definite nationality adjective the normalised word is, if any. After any title of a person
 * (`afterAnyTitle`), an adjective whose second sense describes an office too («المسؤول المالي») is not one.
 */
export function otherSenseNationality(norm: string | undefined, afterAnyTitle = false): NationalityMatch | null {
  const found = norm ? ADJECTIVES.get(norm) : undefined;
  if (!found || (afterAnyTitle && found.officeSense)) return null;
  const adjective_en = ENGLISH[found.country] ?? adjectiveOf(found.country);
  return adjective_en ? { country: found.country, adjective_en, length: 1 } : null;
}

/** The left-out country the normalised word names as written (no clitic), if any. */
export function otherSenseCountry(norm: string | undefined): { country: string; length: number } | null {
  const country = norm ? COUNTRIES[norm] : undefined;
  return country ? { country, length: 1 } : null;
}

/** «الوفد»، «نظيره»، «الرئيس»، «رئيس الوزراء»، «الجيش»: nouns a nationality follows to name whose they are. */
const SIDE_FRAME = /^[وف]?(?:الوفد|الوفود|نظير|نظيره|نظيرها|نظيرته|نظيرتها|نظيريه|نظراءه|نظرائه|الرئيس|الرئاسه|الوزراء|الجيش|الجانب)$/;

/**
 * The country of a left-out adjective (with or without و) at token i when it stands in a side's frame: after «الوفد»،
 * «نظيره»، «الرئيس»، «رئيس الوزراء» or another nationality («التقارب التركي المالي»، «الروسي والمالي»); «الجانب» only
 * when no genitive follows («الجانب المالي للحملة» is the financial side of a campaign).
 */
export function framedNationality(norms: readonly string[], i: number): string | null {
  const word = norms[i];
  const code = word ? ADJECTIVES.get(word.replace(/^و/, ''))?.country : undefined;
  if (!code) return null;
  const before = norms[i - 1] ?? '';
  if (SIDE_FRAME.test(before)) return /الجانب$/.test(before) && /^ل/.test(norms[i + 1] ?? '') ? null : code;
  const prior = matchNationality(norms, i - 1);
  return prior && prior.length === 1 && prior.country !== code ? code : null;
}
