/**
 * Offices given rather than held: the accusative of appointment ("تعيين الأمير فيصل بن نواف أميراً لمنطقة الجوف",
 * "حلت بتوزير حسن مراد وزيراً للدولة") and a ministry taken over ("تسلمت ندى البستاني وزارة الطاقة والمياه").
 * Cabinet lists and royal decrees name most of their people this way.
 */
import { countryName } from '../english/roles';
import { heads } from '../vocab/titles';
import { stripAl } from '../arabic/article';
import { parseTitle, type Title } from './titles';
import type { Word } from './words';

/** A title word in the accusative ("وزيراً", "أميرا"): its bare form when that is a head. */
function accusativeHead(w: Word): string | null {
  if (w.norm.startsWith('ال') || !/^.{3,}ا$/.test(w.norm)) return null;
  const bare = w.norm.slice(0, -1);
  return heads.match(stripAl(bare), [bare], 0) ? bare : null;
}

/** Words i… with word i read as `form` (no clitics). */
function readAs(words: Word[], norms: string[], i: number, form: string): { words: Word[]; norms: string[] } {
  const ws = words.slice();
  const ns = norms.slice();
  ws[i] = { ...words[i]!, norm: form, forms: [{ prefix: '', form }] };
  ns[i] = form;
  return { words: ws, norms: ns };
}

/**
 * The title of appointment at word i: a head in the accusative with its complement ("أميراً لمنطقة الجوف",
 * "رئيساً لمجلس إدارة الهيئة العامة للترفيه"). A bare accusative head ("وزيراً") says too little.
 */
export function accusativeTitle(words: Word[], norms: string[], i: number): Title | null {
  const w = words[i];
  if (!w) return null;
  const bare = accusativeHead(w);
  if (!bare) return null;
  const read = readAs(words, norms, i, bare);
  const t = parseTitle(read.words, i, countryName, read.norms, false);
  if (!t || !t.roles[0]!.complement) return null;
  return t;
}

/** Verbs of taking over an office (تسلم، تولى، استلم) and of giving one (أسند، منح), as written with their clitics. */
const TAKES_OVER = /^[وف]?(تسلم|تسلمت|تولي|تولت|استلم|استلمت|تقلد|تقلدت|اسندت|اسند|منح|منحت|نال|نالت|حصل|حصلت)$/;
const MINISTRY = /^(وزاره|حقيبه)$/;

/**
 * "تسلمت ندى البستاني وزارة الطاقة والمياه، ومي شدياق وزارة الدولة لشؤون التنمية الإدارية": after a verb of taking
 * over (earlier in the sentence), a name and a ministry as its object — the person is that ministry's minister.
 * Returns the title (read from «وزير» in place of «وزارة») when word i is such a ministry.
 */
export function takenMinistry(words: Word[], norms: string[], i: number): Title | null {
  const w = words[i];
  if (!w || w.punctBefore || !MINISTRY.test(w.norm)) return null;
  if (!tookOverBefore(words, norms, i)) return null;
  const read = readAs(words, norms, i, 'وزير');
  const t = parseTitle(read.words, i, countryName, read.norms, false);
  if (!t || !t.roles[0]!.complement) return null;
  return t;
}

/** A verb of taking over in the same sentence, at most twelve words before word i. */
function tookOverBefore(words: Word[], norms: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    if (TAKES_OVER.test(norms[k]!)) return true;
    if (/[.؛:!?؟]/.test(words[k]!.punctBefore ?? '')) return false;
  }
  return false;
}
