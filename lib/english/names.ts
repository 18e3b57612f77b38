/**
 * An Arabic-script personal name in English letters, for people not in the gazetteer: name-word
 * dictionaries by origin, then letter rules. (Stub: the names layer fills this in.)
 */
export function nameToEnglish(nameAr: string, _hint: { country?: string | null } = {}): string {
  return nameAr;
}
