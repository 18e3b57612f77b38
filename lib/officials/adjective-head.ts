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
export function adjectiveHead(words: Word[], norms: string[], i: number, f: WordForm): boolean {
  if (f.prefix || !f.form.startsWith('ال') || i < 1) return false;
  const p = words[i]?.punctBefore;
  if (p ? !/^[،,]$/.test(p) : !definiteBefore(words, norms, i)) return false;
  const adjective = heads.match(stripAl(f.form), norms, i)?.value.adjective;
  // («مدير حملته، الدبلوماسي السابق X»: a diplomat after a comma is an office in apposition, with its name; and so is
  // one after a feminine noun it does not agree with, «فريق الوساطة الدبلوماسي الكيني X».)
  if (adjective === 'attributive') return !p && agrees(norms[i - 1]!, f.form);
  return !!adjective;
}

/** The word before i is definite: with the article, or a noun with a possessive pronoun («علاقاتها الدبلوماسية»). */
function definiteBefore(words: Word[], norms: string[], i: number): boolean {
  return norms[i - 1]!.startsWith('ال') || /^\S{3,}(ها|هم|هما)$/.test(words[i - 1]!.tok.text);
}

/** A masculine adjective does not follow a feminine noun (ة, or a plural in ات), with or without its pronoun. */
function agrees(noun: string, adjective: string): boolean {
  const bare = noun.replace(/(ها|هم|هما)$/, '');
  return /يه$/.test(adjective) || !/(ه|ات)$/.test(bare);
}
