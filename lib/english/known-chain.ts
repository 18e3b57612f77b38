/**
 * A known royal's English name as long as the chain of «بن» (a woman's «بنت») the article writes. The gazetteer keeps the short form
 * a prince goes by (Faisal bin Farhan); an official release that writes «فيصل بن فرحان بن عبدالله» names him in
 * English as it writes him (Faisal bin Farhan bin Abdullah), and so do the readers' references. Only for names that
 * are a bare chain (no family name: «آل سعود» or «الفالح» are left to the gazetteer), and never for a sitting ruler,
 * crown prince or head of government, whom the world's press names by the short form whatever the release writes
 * (Mohammed bin Salman).
 */
import { normalize } from '../arabic/normalize';
import type { KnownPerson } from '../gazetteer';

// A link of the chain: son of (بن, bin) or, in a woman's name, daughter of (بنت, bint) — «ريما بنت بندر بن سلطان».
const LINK_EN = /^bint?$/;
const LINK_AR = /^بنت?$/;

const SHORT_FORM_OFFICE = /^(Crown Prince|King|Emir|Sultan|Prime Minister|President)\b/;

/** The sitting ruler's, crown prince's or head of government's short name stays as the world knows it. */
function goesByShortForm(known: KnownPerson): boolean {
  return known.roles.some((r) => !r.to && SHORT_FORM_OFFICE.test(r.role_en));
}

/**
 * The links of the chain the English name lacks, in Arabic («بن عبدالله»), or null when the written name is no longer
 * a chain than the English one or ends in anything but links («بن X», «بن عبد X»).
 */
function extraLinks(nameEn: string, nameAr: string): string | null {
  const en = nameEn.split(/\s+/);
  if (en.length < 3 || !LINK_EN.test(en[en.length - 2]!)) return null;
  const links = en.filter((w) => LINK_EN.test(w)).length;
  const written = nameAr.trim().split(/\s+/);
  const norms = written.map(normalize);
  const at = norms.reduce<number[]>((acc, w, i) => (LINK_AR.test(w) ? [...acc, i] : acc), []);
  if (at.length <= links) return null;
  const from = at[links]!;
  const rest = norms.slice(from).join(' ');
  if (!/^بنت? (عبد )?[^ ]+( بنت? (عبد )?[^ ]+)*$/.test(rest)) return null;
  return written.slice(from).join(' ');
}

/** The known person's English name, lengthened to the chain of «بن» the text writes where that is how they are named. */
export function knownNameAsWritten(known: KnownPerson, nameAr: string, transliterate: (ar: string) => string): string {
  if (goesByShortForm(known)) return known.name_en;
  const extra = extraLinks(known.name_en, nameAr);
  if (!extra) return known.name_en;
  return `${known.name_en} ${transliterate(extra).replace(/^Bin(t?)\b/, 'bin$1')}`;
}
