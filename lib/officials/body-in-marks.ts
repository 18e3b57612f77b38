/**
 * A body the article names only in quotation marks, right after the office that heads it: «رئيس "آفاد" محمد غوللو
 * أوغلو», «مدير وكالة تشجيع الصادرات "بروتشيلي" إغناسيو فرنانديث». The marks hold the body's own short name, which the
 * title grammar cannot read (an acronym, a brand), and the holder's name comes after the closing mark.
 */
import { nameToEnglish } from '../english/names';
import { readNameAfter } from './names';
import type { Scan } from './scan';
import type { Title } from './titles';

/** The index of the word after a closing quotation mark that ends a one- or two-word quoted name opening at j, or null. */
export function quotedShortNameEnd(s: Scan, j: number): number | null {
  const { words } = s;
  if (!/^["«“]$/.test(words[j]?.punctBefore ?? '')) return null;
  for (let k = j + 1; k <= j + 2 && k < words.length; k++) {
    const p = words[k]!.punctBefore;
    if (p) return /^["»”]$/.test(p) && k + 1 < words.length && !words[k + 1]!.punctBefore ? k : null;
  }
  return null;
}

/**
 * The title read on over a quoted short name at j that names the body its last office heads, when a holder's name of
 * two words or more follows the closing mark; null otherwise. Two shapes only: a head in the construct with nothing
 * after it (no article, complement, nationality or tail: «رئيس "آفاد"»), whose body the marks name (Head of Afad); or
 * an office of a body the grammar read without a state («مدير وكالة تشجيع الصادرات "بروتشيلي"»), whose short name
 * the marks give (the role stays the read one). A state's body with its short name is read where the title is.
 */
export function titleOverBodyInMarks(s: Scan, t: Title, j: number): Title | null {
  const { words, norms } = s;
  if (j !== t.end) return null;
  const close = quotedShortNameEnd(s, j);
  if (close === null) return null;
  const last = t.roles[t.roles.length - 1]!;
  if (last.end !== t.end || last.nat || last.tails.length) return null;
  const c = last.complement;
  const headAlone = !c && last.end - last.start === 1 && !/^[وفبلك]?(ال|لل)/.test(norms[t.end - 1]!) && !('owned' in last.head);
  const bodyRead = c?.kind === 'inst' && !c.inst.nat && !c.inst.country && !c.inst.possessed;
  if (!headAlone && !bodyRead) return null;
  const cleared = words.map((w, k) => (k === close ? { ...w, punctBefore: null } : w));
  const holder = readNameAfter(cleared, norms, close, false, false, true);
  if (!holder || holder.start !== close || holder.norms.length < 2) return null;
  const marks = words.slice(j, close).map((w) => w.tok.text).join(' ');
  const role = headAlone
    ? { ...last, complement: { kind: 'inst' as const, inst: { en: nameToEnglish(marks), adjectives: [], nat: null, of: null, country: null, noArticle: true } }, end: close }
    : { ...last, end: close };
  return { ...t, roles: [...t.roles.slice(0, -1), role], end: close };
}
