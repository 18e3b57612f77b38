/** Nationality adjectives (nisba) and country names in Arabic. (Stub: the data layer builds assets/nationalities.json.) */
export interface NationalityMatch {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** English adjective, e.g. "Russian", "North Korean". */
  adjective_en: string;
  /** How many tokens the adjective spans ("الكوري الشمالي" = 2). */
  length: number;
}

/** The nationality adjective starting at token i of a run of normalised words, if any. */
export function matchNationality(_norms: readonly string[], _i: number): NationalityMatch | null {
  return null;
}

/** The country whose Arabic name (normalised, with or without ال) starts at token i, if any. */
export function matchCountryName(_norms: readonly string[], _i: number): { country: string; length: number } | null {
  return null;
}
