/**
 * Offices given rather than held: the accusative of appointment ("تعيين الأمير فيصل بن نواف أميراً لمنطقة الجوف",
 * "حلت بتوزير حسن مراد وزيراً للدولة") and a ministry taken over ("تسلمت ندى البستاني وزارة الطاقة والمياه").
 * Cabinet lists and royal decrees name most of their people this way.
 */
import { countryName } from '../english/roles';
import { heads, modifiers } from '../vocab/titles';
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
  // (Its modifiers agree in the accusative too and stand before the complement: «مبعوثا رئاسيا خاصا لشؤون الجفاف»,
  // «وزيرا جديدا للصحة»; the title is read without them, and they are put back.)
  const mods = accusativeModifiers(words, i + 1);
  const skip = <T>(xs: readonly T[]): T[] => [...xs.slice(0, i + 1), ...xs.slice(i + 1 + mods.length)];
  const t = parseTitle(skip(read.words), i, countryName, skip(read.norms), false);
  // (With a modifier of its own a tail says enough too: «مبعوثا خاصا لشؤون الجفاف».)
  const english = mods.filter((m): m is string => m !== null);
  if (!t || !(t.roles[0]!.complement || (english.length && t.roles[0]!.tails.length))) return null;
  if (!mods.length) return t;
  if (t.roles.length !== 1) return null;
  const n = mods.length, role = t.roles[0]!;
  return { ...t, end: t.end + n, roles: [{ ...role, mods: [...english].reverse().concat(role.mods), end: role.end + n }] };
}

/** «جديدا» (new) goes with any office and says nothing of it: skipped, no English modifier. */
const NEW_ACCUSATIVE = /^(جديدا|جديده)$/;

/**
 * The modifiers in the accusative right after an accusative head from word j on («رئاسيا خاصا», «جديدا»): each one's
 * English modifier (the one of its form with the article, «الخاص» → Special), or null for «جديدا». At most two.
 */
function accusativeModifiers(words: Word[], j: number): (string | null)[] {
  const out: (string | null)[] = [];
  for (let k = j; k < j + 2 && words[k] && !words[k]!.punctBefore; k++) {
    const n = words[k]!.norm;
    if (NEW_ACCUSATIVE.test(n)) { out.push(null); continue; }
    const m = /^[^ا].{2,}ا$/.test(n) ? modifiers.get('ال' + n.slice(0, -1)) : undefined;
    if (!m) break;
    out.push(m);
  }
  return out;
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
  // (A ministry of state is one by its affairs: «وزارة الدولة لشؤون التنمية الإدارية».)
  if (!t || !(t.roles[0]!.complement || t.roles[0]!.tails.length)) return null;
  return t;
}

/**
 * A verb of taking over in the same sentence, at most twelve words before word i — or further when the words between
 * are a list of the verb's objects («تسلمت X وزارة …، وY وزارة …، وZ وزارة …»): twelve words past each «، و».
 */
function tookOverBefore(words: Word[], norms: string[], i: number): boolean {
  let limit = i - 12;
  for (let k = i - 1; k >= 0 && k >= limit; k--) {
    if (/^[،,]$/.test(words[k]!.punctBefore ?? '') && /^و/.test(norms[k]!) && k - 12 < limit && k > i - 40) limit = k - 12;
    if (TAKES_OVER.test(norms[k]!)) return true;
    if (/[.؛:!?؟]/.test(words[k]!.punctBefore ?? '')) return false;
  }
  return false;
}

/** A verb of taking over with the office as a pronoun, as written: «وتولاها», «فتسلمها», «واستلمها». */
const TAKES_IT_OVER = /^[وف]?(تولا|تولت|تسلم|تسلمت|استلم|استلمت|تقلد|تقلدت)(ها|ه)$/;

/**
 * «ذهبت وزارة الصحة إلى حزب الله، وتولاها جميل جبق»: the name after a verb of taking «it» over holds the ministry the
 * sentence named before (at most twenty words back). Returns the ministry's title read from «وزير», or null.
 */
export function ministryTakenBack(words: Word[], norms: string[], i: number): Title | null {
  const w = words[i];
  if (!w || !TAKES_IT_OVER.test(w.norm)) return null;
  for (let k = i - 1; k >= 0 && k >= i - 20; k--) {
    if (MINISTRY.test(norms[k]!) && norms[k] === 'وزاره' && !words[k + 1]?.punctBefore) {
      const read = readAs(words, norms, k, 'وزير');
      const t = parseTitle(read.words, k, countryName, read.norms, false);
      if (t && t.roles[0]!.complement && t.end <= i) return t;
    }
    if (/[.؛:!?؟]/.test(words[k]!.punctBefore ?? '')) return null;
  }
  return null;
}

/** A verb or noun of appointing, as written with its clitics: «تعيين», «بتعيين», «وعين», «عينت», «تسمية». */
const APPOINTS = /^[وف]?ب?(تعيين|عين|عينت|يعين|تعين|تسميه|سمي|سمت)$/;

/**
 * A word of appointing right before the name at `start`, or before one describing word with the article there
 * («وعينت الطبيب X»): where an office in the accusative follows the name after a comma, «وعينت الطبيب سيزار فاسكيث،
 * وزيرا جديدا للصحة», it is still the office given.
 */
export function appointingBefore(words: Word[], norms: string[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 2; k--) {
    if (APPOINTS.test(norms[k]!)) return true;
    if (words[k + 1]!.punctBefore || !norms[k]!.startsWith('ال')) return false;
  }
  return false;
}

/**
 * «أعلن الأمين العام تعيين X Y مبعوثة خاصة لهذه الأزمة»: after a word of appointing (at most six words back), a name and
 * an office without the article — the feminine accusative shows no alif — with a modifier or complement of its own
 * («خاصة», «للأمم المتحدة»). Returns that title when word i opens it.
 */
export function appointedIndefinite(words: Word[], norms: string[], i: number): Title | null {
  const w = words[i];
  if (!w || w.punctBefore || w.norm.startsWith('ال') || !/ه$/.test(w.norm) || !heads.match(w.norm, norms, i)) return null;
  let appointed = false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (APPOINTS.test(norms[k]!)) { appointed = true; break; }
    if (/[.؛:!?؟]/.test(words[k]!.punctBefore ?? '')) break;
  }
  if (!appointed) return null;
  const t = parseTitle(words, i, countryName, norms, false);
  if (!t || t.roles.length !== 1) return null;
  const role = { ...t.roles[0]!, mods: [...t.roles[0]!.mods] };
  let j = t.end;
  // (Its modifiers agree without the article: «مبعوثة خاصة», «ممثلة دائمة».)
  while (words[j] && !words[j]!.punctBefore && !norms[j]!.startsWith('ال') && modifiers.get('ال' + norms[j]!)) { role.mods.push(modifiers.get('ال' + norms[j]!)!); j++; }
  if (!role.complement && !role.mods.length && !role.tails.length && !role.nat) return null;
  role.end = j;
  return { ...t, roles: [role], end: j };
}
