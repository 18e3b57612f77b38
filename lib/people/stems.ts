/**
 * The dictionary stems a written word may stand for: proclitics (و ف ب ل ك ال لل) off, then one suffix at a time.
 * Shared by the lexicon's build and its run-time look-up, so both cut words the same way. Input and output are
 * normalised (ة→ه, ى→ي, أ→ا). Verbs are keyed apart ("~" + stem): a plural or nisba ending never follows a verb
 * stem, so "مارتان" is not "مارت" + ان.
 */
import { readings } from '../arabic/clitics';

export const VERB = '~';

/** Endings of nouns and adjectives (plural, dual, nisba, ta marbuta, accusative alif): the stem left is a noun. */
const NOMINAL = ['يون', 'يين', 'ات', 'ان', 'ين', 'ون', 'يه', 'ي', 'ا'];
/** Possessive and object pronouns, and ه (pronoun or ta marbuta): after a noun or a verb. */
/** (The dual's: استقالتهما, and in the oblique construct استقالتيهما, لقائيهما: the resignations, meeting of the two.) */
const PRONOUN = ['اتهما', 'تيهما', 'تهما', 'يهما', 'اتهم', 'اتها', 'تهم', 'تها', 'هما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ته', 'تي', 'ه'];

/**
 * `clitics`: also the readings with a conjunction or preposition removed ("بتدبير" → "تدبير"); without, only the word
 * and its article-less form, so that "بوتين" is not read as ب + "وتين".
 */
export function stemCandidates(norm: string, clitics = true): string[] {
  const out = new Set<string>();
  const own = norm.startsWith('ال') && norm.length > 4 ? [norm, norm.slice(2)] : [norm];
  // A preposition (ب، ل، ك) stands before nouns only: "بيكلي" is no ب + a verb.
  const bases = clitics ? [...own.map((stem) => ({ stem, verbs: true })), ...readings(norm).map((r) => ({ stem: r.stem, verbs: !/[بلك]/.test(r.prefix) }))] : own.map((stem) => ({ stem, verbs: true }));
  for (const { stem: base, verbs } of bases) {
    if (base.length < 2) continue;
    out.add(base);
    if (verbs) out.add(VERB + base);
    for (const s of NOMINAL) {
      // Plural and dual endings leave a stem of four letters or more: "دوبون" is no plural of a three-letter word.
      const min = s.length >= 2 && s !== 'يه' ? 4 : 3;
      if (base.endsWith(s) && base.length - s.length >= min) out.add(base.slice(0, -s.length));
    }
    for (const s of PRONOUN) {
      if (!base.endsWith(s) || base.length - s.length < 3) continue;
      const stem = base.slice(0, -s.length);
      out.add(stem);
      if (verbs) out.add(VERB + stem);
      // محادثاتها → محادثه, قيادته → قياده: the singular the dictionary lists.
      if (s.startsWith('ات') || s.startsWith('ت')) out.add(stem + 'ه');
    }
    // (A plural of five letters only as written, the article aside: هجمات → هجمه, but فريحات is no ف + ريحات.)
    if (base.endsWith('ات') && (base.length >= 6 || (base.length === 5 && own.includes(base)))) out.add(base.slice(0, -2) + 'ه'); // محادثات → محادثه
    if (verbs && base.endsWith('وا') && base.length >= 5) out.add(VERB + base.slice(0, -2)); // رافقوا → رافق
  }
  return [...out];
}
