/** Roles and institutions in English, composed from the parse. (Stub: the officials layer fills this in.) */
export function roleToEnglish(roleAr: string): string | null {
  return roleAr ? null : null;
}

/** An institution named in Arabic ("وزارة الخارجية الروسية") in English ("Russian Ministry of Foreign Affairs"). */
export function institutionToEnglish(_institutionAr: string): string | null {
  return null;
}
