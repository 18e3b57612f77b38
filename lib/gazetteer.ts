/** Known officials: English spelling as the world writes it, country, dated roles. (Stub: the gazetteer layer fills this in.) */
export interface KnownRole {
  role_en: string;
  /** ISO dates (YYYY or YYYY-MM), open ends allowed. */
  from?: string;
  to?: string;
}

export interface KnownPerson {
  id: string;
  name_en: string;
  /** Common Arabic spellings, fullest first. */
  names_ar: string[];
  country: string | null;
  roles: KnownRole[];
}

/** The known person an Arabic name (full or a distinctive part, e.g. a surname) refers to, if any. */
export function findKnownPerson(_nameAr: string): KnownPerson | null {
  return null;
}
