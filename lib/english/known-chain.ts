/**
 * A known royal's English name as long as the chain of «بن» (a woman's «بنت») the article writes. The gazetteer keeps the short form
 * a prince goes by (Faisal bin Farhan); an official release that writes «فيصل بن فرحان بن عبدالله» names him in
 * English as it writes him (Faisal bin Farhan bin Abdullah), and so do the readers' references. Only for names that
 * are a bare chain or the gazetteer's own chain closed by the ruling house the text writes («شهاب بن طارق آل سعيد»,
 * Shihab bin Tariq Al Said); a family name after one link more than the gazetteer's form takes that link before it
 * («خالد بن عبدالعزيز الفالح», Khalid bin Abdulaziz al-Falih). Never for a sitting ruler, crown prince, head of state or
 * of government, whom the world's press names by the short form whatever the release writes (Mohammed bin Salman).
 */
import { normalize } from '../arabic/normalize';
import type { KnownPerson } from '../gazetteer';

// A link of the chain: son of (بن, bin) or, in a woman's name, daughter of (بنت, bint) — «ريما بنت بندر بن سلطان».
const LINK_EN = /^bint?$/;
const LINK_AR = /^بنت?$/;

const RULER_OFFICE = /^(Crown Prince|King|Emir|Sultan|Ruler of|Prime Minister)\b/;

/** A sitting ruler, crown prince, head of government or head of state (a president of a body, COP28's, is none). */
function rules(known: KnownPerson): boolean {
  return known.roles.some((r) => !r.to && (RULER_OFFICE.test(r.role_en) || r.office === 'president'));
}

/** A ruler's short name stays as the world knows it, and so does any sitting president's chain of «بن». */
function goesByShortForm(known: KnownPerson): boolean {
  return rules(known) || known.roles.some((r) => !r.to && /^President\b/.test(r.role_en));
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

/**
 * The house a ruling family's member is named by, «آل سعيد», where the written name closes with it after a chain of «بن»
 * and the English name has no house of its own: Oman's releases write «شهاب بن طارق آل سعيد», named so in English
 * (Shihab bin Tarik Al Said) where the gazetteer keeps Shihab bin Tariq.
 */
function extraHouse(nameEn: string, nameAr: string): string | null {
  if (/\bAl\b|\bAl-/.test(nameEn)) return null;
  const written = nameAr.trim().split(/\s+/);
  const norms = written.map(normalize);
  const n = norms.length;
  if (n < 4 || norms[n - 2] !== 'ال' || !LINK_AR.test(norms[n - 4]!)) return null;
  // (Only the house after the chain the English name holds: a link it lacks before the house leaves the name to the
  // gazetteer, «هلا بنت خالد بن فيصل آل سعود» staying Hala bint Khalid.)
  const links = (words: string[], link: RegExp) => words.filter((w) => link.test(w)).length;
  if (links(norms, LINK_AR) !== links(nameEn.split(/\s+/), LINK_EN)) return null;
  return written.slice(n - 2).join(' ');
}

/** An English family name after the given name and its links: one word (Gargash, al-Jubeir) or «Al» and one (Al Jaber). */
const FAMILY_EN = /^(?:[^\s]+|(?:Al|El) [^\s]+)$/;

/**
 * The one link a family-named known person's English name lacks, in Arabic («بن أحمد»), where the text writes him as
 * the Gulf's releases do, given name, father and family name («سلطان بن أحمد الجابر», «محمد بن عبدالعزيز بن صالح
 * الخليفي»), one link more than the gazetteer's form: readers name him so (Sultan bin Ahmed Al Jaber, Mohammed bin
 * Abdulaziz bin Saleh Al-Khulaifi). A longer lineage («بدر بن حمد بن حمود البوسعيدي») is left to the gazetteer's form,
 * as readers leave it; so is an English name of another shape (Zeid Ra'ad Al Hussein) and a Maghreb family name that
 * opens with «بن» (أيمن بن عبد الرحمن, Benabderrahmane).
 */
function linkBeforeFamily(nameEn: string, nameAr: string): { at: number; link: string } | null {
  const written = nameAr.trim().split(/\s+/);
  const norms = written.map(normalize);
  const n = norms.length;
  const familyAr = norms[n - 2] === 'ال' ? 2 : 1;
  if (n < 4 || LINK_AR.test(norms[0]!) || /^(بنت?|عبد)$/.test(norms[n - familyAr - 1]!)) return null;
  const chain = norms.slice(1, n - familyAr).join(' ');
  if (!/^بنت? (عبد )?[^ ]+( بنت? (عبد )?[^ ]+)*$/.test(chain)) return null;
  const linksAr = norms.slice(1, n - familyAr).filter((w) => LINK_AR.test(w)).length;
  const en = nameEn.split(/\s+/);
  const linksEn = en.filter((w) => LINK_EN.test(w)).length;
  if (linksAr !== linksEn + 1) return null;
  // The English name is the given name, its links («bin Abdulaziz») and the family name, nothing else.
  const at = 1 + 2 * linksEn;
  if (!en.slice(1, at).every((w, i) => (i % 2 === 0) === LINK_EN.test(w)) || !FAMILY_EN.test(en.slice(at).join(' '))) return null;
  const links = norms.reduce<number[]>((acc, w, i) => (LINK_AR.test(w) ? [...acc, i] : acc), []);
  const from = links[linksEn]!;
  const to = links[linksEn + 1] ?? n - familyAr;
  return { at, link: written.slice(from, to).join(' ') };
}

/**
 * The known person's English name, lengthened to the chain of «بن» the text writes, and to the house that closes it,
 * where that is how they are named.
 */
export function knownNameAsWritten(known: KnownPerson, nameAr: string, transliterate: (ar: string) => string): string {
  // (A ruler keeps the short form here too, Hamdan bin Mohammed Al Maktoum; a president of a body is no ruler, Sultan
  // bin Ahmed Al Jaber as President of COP28.)
  const middle = rules(known) ? null : linkBeforeFamily(known.name_en, nameAr);
  if (middle) {
    const en = known.name_en.split(/\s+/);
    return [...en.slice(0, middle.at), transliterate(middle.link).replace(/^Bin(t?)\b/, 'bin$1'), ...en.slice(middle.at)].join(' ');
  }
  if (goesByShortForm(known)) return known.name_en;
  const extra = extraLinks(known.name_en, nameAr);
  const chained = extra ? `${known.name_en} ${transliterate(extra).replace(/^Bin(t?)\b/, 'bin$1')}` : known.name_en;
  const house = extraHouse(chained, nameAr);
  return house ? `${chained} ${transliterate(house)}` : chained;
}
