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

// Offices whose holder the world names by the short form whatever the text writes (the gazetteer's office codes).
const RULING_OFFICES = new Set(['king', 'emir', 'sultan', 'crown_prince', 'deputy_crown_prince', 'president', 'prime_minister', 'supreme_leader']);

/** A sitting ruler, crown prince or head of state or government, by the gazetteer's office code. */
function rules(known: KnownPerson): boolean {
  return known.roles.some((r) => !r.to && !!r.office && RULING_OFFICES.has(r.office));
}

/**
 * The links of the chain the text writes between the given name and the family name and the English name leaves out,
 * in Arabic, with where they go in the English: «سلطان بن أحمد الجابر» adds «بن أحمد» after Sultan (Sultan Al Jaber),
 * «محمد بن عبدالعزيز بن صالح الخليفي» adds «بن صالح» after bin Abdulaziz. Null unless the written name is a given name,
 * links («بن X», «بن عبد X») and a family name of its own after them, with more links than the English has.
 */
function middleLinks(nameEn: string, nameAr: string): { links: string; at: number } | null {
  const en = nameEn.split(/\s+/);
  const enLinks = en.reduce<number[]>((acc, w, i) => (LINK_EN.test(w.toLowerCase()) ? [...acc, i] : acc), []);
  const written = nameAr.trim().split(/\s+/);
  const norms = written.map(normalize);
  const given = norms[0] === 'عبد' ? 2 : 1;
  let k = given;
  const at: number[] = [];
  while (LINK_AR.test(norms[k] ?? '')) {
    at.push(k);
    k += norms[k + 1] === 'عبد' ? 3 : 2;
  }
  // (A family name must follow the links: «عبدالقادر بن صالح» is a Maghrebi family name, no chain.)
  if (!at.length || at.length <= enLinks.length || k >= norms.length || norms.slice(k).some((w) => LINK_AR.test(w))) return null;
  // (The English keeps its own links first and a family name after them.)
  const after = enLinks.length ? enLinks[enLinks.length - 1]! + 2 : 1;
  if (after >= en.length || enLinks.some((i, n) => i !== 1 + 2 * n)) return null;
  return { links: written.slice(at[enLinks.length]!, k).join(' '), at: after };
}

/**
 * The known person's English name, lengthened to the chain of «بن» the text writes where that is how they are named:
 * at the end of a royal's bare chain, or between the given name and the family name of an official the gazetteer
 * names short (Sultan bin Ahmed Al Jaber: releases and the readers' references write the chain the text gives).
 */
export function knownNameAsWritten(known: KnownPerson, nameAr: string, transliterate: (ar: string) => string): string {
  const spell = (ar: string) => transliterate(ar).replace(/\bBin(t?)\b/g, 'bin$1');
  if (!rules(known)) {
    const middle = middleLinks(known.name_en, nameAr);
    if (middle) {
      const en = known.name_en.split(/\s+/);
      return [...en.slice(0, middle.at), spell(middle.links), ...en.slice(middle.at)].join(' ');
    }
  }
  if (goesByShortForm(known)) return known.name_en;
  const extra = extraLinks(known.name_en, nameAr);
  if (!extra) return known.name_en;
  return `${known.name_en} ${spell(extra)}`;
}
