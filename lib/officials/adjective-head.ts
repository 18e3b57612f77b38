// A title head that is also an adjective: «قيادي» heads a role (القيادي في الحركة X, a movement's leading member) but
// qualifies the noun before it as «leading» (المجلس القيادي الرئاسي، الدور القيادي); so does «دبلوماسي»
// (علاقاتها الدبلوماسية), but only there.
import { stripAl } from '../arabic/article';
import { heads } from '../vocab/titles';
import type { Word, WordForm } from './words';

/**
 * The head at word i, read as written (no clitic before it), is one of the heads that are also adjectives and starts
 * no title: right after a definite word (with the article or a possessive pronoun) with nothing between it qualifies
 * that word; right after a comma it describes the person named before the comma («X Y، القيادي بالجماعة وعضو مجلس الشعب»), as a description, not an office.
 */
export function adjectiveHead(words: Word[], norms: string[], i: number, f: WordForm, forNames = false): boolean {
  if (f.prefix || !f.form.startsWith('ال') || i < 1) return false;
  const p = words[i]?.punctBefore;
  if (p ? !/^[،,]$/.test(p) : !definiteBefore(words, norms, i)) return false;
  const adjective = heads.match(stripAl(f.form), norms, i)?.value.adjective;
  // «حزب فريليمو الحاكم X», «لمنافسه المحافظ X»: a qualifier agrees with the noun before it as written (its «ه» may
  // be a pronoun), and is no name word either, so for the names layer (forNames) it still ends the name before it.
  // (Only with the name right after it: «في الائتلاف الحاكم، X» closes a description before a name in apposition
  // to an office given earlier, and there the word stays the office the name is found by.)
  if (adjective === 'qualifier') return !forNames && !p && !words[i + 1]?.punctBefore && feminineAsWritten(words[i - 1]!) === feminineAsWritten(words[i]!);
  // («مدير حملته، الدبلوماسي السابق X»: a diplomat after a comma is an office in apposition, with its name; and so is
  // one after a feminine noun it does not agree with, «فريق الوساطة الدبلوماسي الكيني X».)
  if (adjective === 'attributive') return !p && agrees(norms[i - 1]!, f.form);
  return !!adjective;
}

/**
 * The word before i is definite: with the article, a noun with a possessive pronoun («علاقاتها الدبلوماسية»), or the
 * proper name of a party after its noun («حزب فريليمو الحاكم», the ruling Frelimo party).
 */
function definiteBefore(words: Word[], norms: string[], i: number): boolean {
  // (A noun with «ه» is one after a preposition, «لمنافسه المحافظ»: bare, «استقبله» is as likely a verb and its object.)
  const prev = words[i - 1]!.tok.text;
  return norms[i - 1]!.startsWith('ال') || /^\S{3,}(ها|هم|هما)$/.test(prev) || /^[لب]\S{3,}ه$/.test(prev) || partyNamedBefore(words, i);
}

/** «حزب X» right before i, nothing between: X is the party's name (a party's noun, not a holder's office). */
function partyNamedBefore(words: Word[], i: number): boolean {
  if (i < 2 || words[i - 1]!.punctBefore) return false;
  return words[i - 2]!.forms.some((f) => f.form === 'حزب');
}

/** A masculine adjective does not follow a feminine noun (ة, or a plural in ات), with or without its pronoun. */
function agrees(noun: string, adjective: string): boolean {
  const bare = noun.replace(/(ها|هم|هما)$/, '');
  return /يه$/.test(adjective) || !/(ه|ات)$/.test(bare);
}

/** A feminine word as written (ة, or a plural in ات), its possessive pronoun aside: «الجبهة», not «لمنافسه». */
function feminineAsWritten(w: Word): boolean {
  return /(ة|ات)$/.test(w.tok.text.replace(/(ها|هم|هما)$/, ''));
}
