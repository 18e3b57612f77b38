/** Nationality adjectives (nisba) and country names in Arabic, from assets/nationalities.json (npm run build:data). */
import data from '../../assets/nationalities.json';
import { withoutParticles } from '../arabic/clitics';
import { inNameDictionaries } from './names';
import { isDictionaryEntry } from '../people/lexicon';

export interface NationalityMatch {
  /** ISO 3166-1 alpha-2 code (EU, SU and UN for the European Union, the Soviet Union and the United Nations). */
  country: string;
  /** English adjective, e.g. "Russian", "North Korean". */
  adjective_en: string;
  /** How many tokens the adjective spans ("الكوري الشمالي" = 2). */
  length: number;
}

interface Entry<T> { rest: string[]; value: T }

/** Phrases keyed by their first word; each key's entries longest first, so the longest phrase wins. */
class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const [first, ...rest] = phrase.split(' ');
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ rest, value });
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.byFirst.set(first, list);
  }

  /** Longest phrase starting at token i; the first token may carry و/ف/ب/ل/ك (and لل for ال), unless `strict`. */
  match(norms: readonly string[], i: number, strict = false): { value: T; length: number } | null {
    const word = norms[i];
    if (!word) return null;
    const m = this.matchFirst(word, norms, i);
    if (m || strict) return m;
    for (const first of withoutParticles(word)) {
      const r = this.matchFirst(first, norms, i);
      if (r) return r;
    }
    return null;
  }

  /** Whether some phrase starts with the word or, unless `strict`, with its form without particles. */
  mayStart(word: string, strict = false): boolean {
    if (this.byFirst.has(word)) return true;
    if (!strict) for (const first of withoutParticles(word)) if (this.byFirst.has(first)) return true;
    return false;
  }

  private matchFirst(first: string, norms: readonly string[], i: number): { value: T; length: number } | null {
    const entries = this.byFirst.get(first);
    if (!entries) return null;
    for (const e of entries) {
      if (e.rest.every((w, k) => norms[i + 1 + k] === w)) return { value: e.value, length: 1 + e.rest.length };
    }
    return null;
  }
}

const adjectives = new PhraseIndex<{ country: string; adjective_en: string }>();
for (const [country, adjective_en, forms] of data.adjectives as [string, string, string[]][]) {
  for (const form of forms) adjectives.add(form, { country, adjective_en });
}
const adjectiveByCode = new Map<string, string>();
for (const [country, adjective_en] of data.adjectives as [string, string, string[]][]) {
  if (!adjectiveByCode.has(country)) adjectiveByCode.set(country, adjective_en);
}
const countries = new PhraseIndex<string>();
for (const [country, names] of data.countries as [string, string[]][]) {
  for (const name of names) countries.add(name, country);
}
// The press drops «جمهورية» from an official name («وزير خارجية الكونغو الديمقراطية», «أفريقيا الوسطى»): the rest
// answers too when it is two words or more (not «مالي», a word too) and no country's name already.
const ownNames = new Set((data.countries as [string, string[]][]).flatMap(([, names]) => names));
for (const [country, names] of data.countries as [string, string[]][]) {
  for (const name of names) {
    const rest = name.startsWith('جمهوريه ') ? name.slice('جمهوريه '.length) : '';
    if (rest.includes(' ') && !ownNames.has(rest)) { ownNames.add(rest); countries.add(rest, country); }
  }
}

/**
 * The nationality adjective starting at token i of a run of normalised words, if any; unless `asWritten`, its first word
 * may carry و/ف/ب/ل/ك.
 */
export function matchNationality(norms: readonly string[], i: number, asWritten = false): NationalityMatch | null {
  const word = norms[i];
  if (!word || !mayStartNationality(word)) return null;
  const m = adjectives.match(norms, i, asWritten);
  if (m) return { ...m.value, length: m.length };
  const variant = spellingVariant(norms[i]);
  return variant ? { ...variant, length: 1 } : null;
}

// Whether a word can start a nationality (an adjective's first word, or a variant spelling of one) or a country's
// name: most words of an article start neither, and the grammar and storyCountry ask at every word. Per word, shared
// across analyses, cleared when large.
const startsNationality = new Map<string, boolean>();
export function mayStartNationality(word: string): boolean {
  let v = startsNationality.get(word);
  if (v === undefined) {
    v = adjectives.mayStart(word) || spellingVariant(word) !== null;
    if (startsNationality.size > 50_000) startsNationality.clear();
    startsNationality.set(word, v);
  }
  return v;
}
const startsCountry = new Map<string, boolean>();
export function mayStartCountry(word: string): boolean {
  let v = startsCountry.get(word);
  if (v === undefined) {
    v = countries.mayStart(word) || STATE_FORMS.has(word) || withoutParticles(word).some((w) => STATE_FORMS.has(w));
    if (startsCountry.size > 50_000) startsCountry.clear();
    startsCountry.set(word, v);
  }
  return v;
}

const variants = new Map<string, { country: string; adjective_en: string } | null>();
/**
 * A definite nisba spelled with one letter more than the listed form ("التوغولي" for "التوغوي", after the French
 * "togolais"): the press spells foreign nationalities several ways.
 */
function spellingVariant(word: string | undefined): { country: string; adjective_en: string } | null {
  if (!word || word.length < 7 || !word.startsWith('ال') || !/(ي|يه|يون|يين)$/.test(word)) return null;
  // A family name the name sources list is that name, not a misspelt nationality ("التريكي" is Triki, not Turkish);
  // and the nisba of a noun of the language is that noun's ("المصرفي", of مصرف, is banking, not Egyptian).
  if (inNameDictionaries(word)) return null;
  let v = variants.get(word);
  if (v === undefined) {
    // (A country's own name is a noun of the language too: its nisba is read before that test.)
    v = nisbaOfCountryName(word) ?? (isNounsNisba(word) ? null : oneLetterMore(word));
    variants.set(word, v);
  }
  return v;
}

/**
 * Whether a definite nisba is a noun's of the language: of the noun itself ("المصرفي", of مصرف) or of the noun with the
 * suffix «ان» ("العلماني", secular, of علم; "العملاني", operational, of عمل), which the one-letter test would otherwise
 * read as "العماني" (Omani) with one «ل» more.
 */
function isNounsNisba(word: string): boolean {
  const stem = word.slice(2).replace(/(ي|يه|يون|يين)$/, '');
  return isDictionaryEntry(stem) || (stem.length >= 5 && stem.endsWith('ان') && isDictionaryEntry(stem.slice(0, -2)));
}

/** The listed adjective the word is with one consonant fewer. */
function oneLetterMore(word: string): { country: string; adjective_en: string } | null {
  // (The extra letter is a consonant: a long vowel more makes another word — "الموانئ", ports, is not "الماني".)
  for (let k = 3; k < word.length - 1; k++) {
    const v = /[اوي]/.test(word[k]!) ? null : adjectives.match([word.slice(0, k) + word.slice(k + 1)], 0)?.value;
    if (v) return v;
  }
  return null;
}

/**
 * A definite nisba the press forms from a country's own name where the sources give another ("الباراغوايي" of
 * «باراغواي», the sources' "البارغواياني"; "الأوغندي" of «أوغندا»): ال, the name (its final ا dropped), ي.
 */
function nisbaOfCountryName(word: string): { country: string; adjective_en: string } | null {
  const stem = word.slice(2).replace(/(?:ي|يه|يون|يين)$/, '');
  if (stem.length < 4) return null;
  for (const name of [stem, stem + 'ا', 'ال' + stem]) {
    const m = countries.match([name], 0, true);
    const adjective_en = m && m.length === 1 ? adjectiveByCode.get(m.value) : undefined;
    if (m && adjective_en) return { country: m.value, adjective_en };
  }
  return null;
}

/**
 * The country whose Arabic name (normalised, with or without ال) starts at token i, if any; unless `asWritten`, its
 * first word may carry و/ف/ب/ل/ك.
 */
export function matchCountryName(norms: readonly string[], i: number, asWritten = false): { country: string; length: number } | null {
  const first = norms[i];
  if (!first || !mayStartCountry(first)) return null;
  const m = countries.match(norms, i, asWritten);
  // A state named with the noun of its form, which the country list spells for some states only: «جمهورية صربيا»,
  // «سلطنة بروناي», «مملكة ليسوتو», «دولة الإمارات العربية المتحدة» (the country itself, not a body named after it).
  const word = norms[i];
  if (word && (STATE_FORMS.has(word) || (!asWritten && withoutParticles(word).some((w) => STATE_FORMS.has(w))))) {
    const after = countries.match(norms, i + 1, true);
    if (after && (!m || m.length < after.length + 1)) return { country: after.value, length: after.length + 1 };
  }
  // «وزير خارجية الجمهورية اليونانية», «الجمهورية المصرية»: a republic named by its nationality (definite, feminine),
  // as the list names some only («الجمهورية الفرنسية»). (Not the presidency's own republic, «رئاسة الجمهورية المصرية»:
  // the Presidency of the Egyptian Republic.)
  if (!m && word && REPUBLIC.test(word) && /^ال.*[هة]$/.test(norms[i + 1] ?? '') && !presidencyBefore(norms, i)) {
    const nat = matchNationality(norms, i + 1, true);
    if (nat && nat.length === 1 && !NOT_A_STATE.has(nat.country)) return { country: nat.country, length: 2 };
  }
  return m ? { country: m.value, length: m.length } : null;
}
/** Whether «رئاسة» or «رئيس» comes right before `i`: the republic is then the head's or the presidency's. */
function presidencyBefore(norms: readonly string[], i: number): boolean {
  const before = i > 0 ? norms[i - 1]! : '';
  return withoutParticles(before).some((w) => PRESIDENCY.has(w)) || PRESIDENCY.has(before);
}
const PRESIDENCY = new Set(['رياسه', 'رييس', 'رييسه']);

/** «الجمهورية», with the particles a country's name may take. */
const REPUBLIC = /^(و|ف)?(ب|ل)?الجمهوريه$|^(و|ف)?للجمهوريه$/;
/** Codes of nationalities that name no state: the EU's, the UN's, the Soviet Union's. */
const NOT_A_STATE = new Set(['EU', 'UN', 'SU']);
const STATE_FORMS = new Set(['جمهوريه', 'مملكه', 'سلطنه', 'اماره', 'دوله']);

/** Whether a country's name starts at token i as written, its first letters no conjunction («فرنسا», «فنزويلا»). */
export function countryAsWritten(norms: readonly string[], i: number): boolean {
  return !!countries.match(norms, i, true) || (!!norms[i] && STATE_FORMS.has(norms[i]!) && !!countries.match(norms, i + 1, true));
}

/** English adjective of a country code ("RU" → "Russian"), if the vocabulary has one. */
export function adjectiveOf(code: string): string | null {
  return adjectiveByCode.get(code) ?? null;
}

/** States the press names by their initials before an office or a body, not by their adjective: "US Secretary of State",
 * "UAE Minister of State", the "UAE Armed Forces" (not "American", "Emirati"). */
const INITIALS_BEFORE: Readonly<Record<string, string>> = { US: 'US', AE: 'UAE' };

/** The word the press puts before an office or a body of the state `code` whose adjective is `adjective`. */
export function pressAdjective(code: string, adjective: string): string {
  return INITIALS_BEFORE[code] ?? adjective;
}
