// A title head that is also an adjective: «قيادي» heads a role (القيادي في الحركة X, a movement's leading member) but
// qualifies the noun before it as «leading» (المجلس القيادي الرئاسي، الدور القيادي).
import { stripAl } from '../arabic/article';
import { heads } from '../vocab/titles';
import type { Word, WordForm } from './words';

/**
 * The head at word i, read as written (no clitic before it), is one of the heads that are also adjectives and starts
 * no title: right after a definite word with nothing between it qualifies that word; right after a comma it describes
 * the person named before the comma («X Y، القيادي بالجماعة وعضو مجلس الشعب»), as a description, not an office.
 */
export function adjectiveHead(words: Word[], norms: string[], i: number, f: WordForm): boolean {
  if (f.prefix || !f.form.startsWith('ال') || i < 1) return false;
  const p = words[i]?.punctBefore;
  if (p ? !/^[،,]$/.test(p) : !norms[i - 1]!.startsWith('ال')) return false;
  return !!heads.match(stripAl(f.form), norms, i)?.value.adjective;
}
