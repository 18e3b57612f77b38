/**
 * Vietnamese personal names as the Arabic press spells them, one syllable a word: family names first, then the
 * syllables of middle and given names, each with the spelling the Vietnamese press uses without diacritics. The
 * "marks" are syllables no Arabic, Chinese or Korean reading shares (…ينه, ثي, نغوين): a name that holds one is
 * Vietnamese. Spellings are normalised (ة → ه, ى → ي, أإآ → ا).
 */
import { normalize } from '../arabic/normalize';

const FAMILY: Record<string, string> = {
  نغوين: 'Nguyen', نجوين: 'Nguyen', نغويين: 'Nguyen', تران: 'Tran', فام: 'Pham', هوانغ: 'Hoang', هوانج: 'Hoang',
  هوينه: 'Huynh', فان: 'Phan', فو: 'Vu', فوو: 'Vo', دانغ: 'Dang', دانج: 'Dang', بوي: 'Bui', دو: 'Do', هو: 'Ho', نغو: 'Ngo',
  دوونغ: 'Duong', ترونغ: 'Truong', دينه: 'Dinh', لي: 'Le', لى: 'Le', تو: 'To', ماي: 'Mai', لام: 'Lam', فونغ: 'Vuong',
  ترينه: 'Trinh', لوونغ: 'Luong', كاو: 'Cao', دوان: 'Doan',
};

const GIVEN: Record<string, string> = {
  فان: 'Van', ثي: 'Thi', تي: 'Thi', ثى: 'Thi', تى: 'Thi', مينه: 'Minh', تشينه: 'Chinh', شينه: 'Chinh', بينه: 'Binh',
  ثانه: 'Thanh', تانه: 'Thanh', كيم: 'Kim', ثوا: 'Thoa', لام: 'Lam', فوك: 'Phuc', شوان: 'Xuan', فو: 'Phu', ترونغ: 'Trong', ترونج: 'Trung',
  دونغ: 'Dung', هونغ: 'Hung', هونج: 'Hung', كوانغ: 'Quang', كوانج: 'Quang', دوك: 'Duc', هاي: 'Hai', لونغ: 'Long',
  سون: 'Son', توان: 'Tuan', هيو: 'Hieu', هوا: 'Hoa', نغوك: 'Ngoc', انه: 'Anh', تام: 'Tam', تيان: 'Tien',
  نام: 'Nam', دينه: 'Dinh', كوونغ: 'Cuong', هانغ: 'Hang', ثوي: 'Thuy', لينه: 'Linh', خانه: 'Khanh', فونغ: 'Phong',
  ثانغ: 'Thang', ثانج: 'Thang', فينه: 'Vinh', جياب: 'Giap', ها: 'Ha', ثو: 'Tho', ثاو: 'Thao', كونغ: 'Cong', كونج: 'Cong',
  تو: 'To', هوي: 'Hue', فيت: 'Viet', نهان: 'Nhan', ثين: 'Thien', هين: 'Hien', ثاي: 'Thai', لوك: 'Loc', دات: 'Dat',
  // (Lưu, Khải, Hữu, Quốc, Mạnh, Phương, Trang, Thuận, Gia: middle and given syllables as common as those above.)
  لو: 'Luu', خاي: 'Khai', هوو: 'Huu', كووك: 'Quoc', مانه: 'Manh', فوونغ: 'Phuong', ترانغ: 'Trang', ثوان: 'Thuan', جيا: 'Gia',
};

/** Syllables that only a Vietnamese name holds. */
const MARKS = /^(نغوين|نجوين|نغويين|فام|هوينه|ثي|ثى|تى|.{1,3}ينه|ثانه|تانه|خانه|ثوا|نغوك|ثانغ|ثانج|كوونغ|دوونغ)$/;

const family = new Map(Object.entries(FAMILY).map(([k, v]) => [normalize(k), v]));
const given = new Map(Object.entries(GIVEN).map(([k, v]) => [normalize(k), v]));

/**
 * A syllable no list holds, read by the letters the Arabic press gives Vietnamese ones: an onset (نغ Ng, نه Nh, تر Tr, ث Th,
 * خ Kh, كو before a vowel Qu, ز the northern D) and a rhyme of the closed set the press writes alike (ينه inh, انه anh,
 * انغ ang, ونغ ung, وان oan, ات at, ان an, اي ai, وك oc): نهات Nhat, نجان Ngan, كوانج Quang, هوان Hoan, زونغ Dung. A word
 * of two letters, or of another shape, is none (an Arabic word after the name).
 */
const ONSETS: [string, string][] = [
  ['نغ', 'Ng'], ['نج', 'Ng'], ['نه', 'Nh'], ['تر', 'Tr'], ['تش', 'Ch'], ['ث', 'Th'], ['خ', 'Kh'], ['كو', 'Qu'], ['ز', 'D'], ['د', 'D'],
  ['ه', 'H'], ['ل', 'L'], ['م', 'M'], ['ن', 'N'], ['ت', 'T'], ['س', 'S'], ['ف', 'Ph'], ['ب', 'B'],
];
const RHYMES: Record<string, string> = {
  'ينه': 'inh', 'انه': 'anh', 'انغ': 'ang', 'انج': 'ang', 'ونغ': 'ung', 'ونج': 'ung', 'وان': 'oan', 'ات': 'at', 'ان': 'an', 'اي': 'ai', 'وك': 'oc',
};
export function vietnameseSyllableByRule(norm: string): string | undefined {
  if (norm.length < 3) return undefined;
  for (const [onset, english] of ONSETS) {
    if (!norm.startsWith(onset)) continue;
    const rhyme = RHYMES[norm.slice(onset.length)];
    // (Qu takes the و of كو into itself: كووك Quoc, كوانج Quang.)
    if (rhyme) return english + (english === 'Qu' && rhyme === 'oan' ? 'an' : rhyme);
    if (english === 'Qu' && RHYMES['و' + norm.slice(2)]) return 'Qu' + RHYMES['و' + norm.slice(2)]!.slice(1);
  }
  return undefined;
}

export const vietnameseFamilyName = (norm: string): string | undefined => family.get(norm);
export const vietnameseSyllable = (norm: string): string | undefined => given.get(norm);
export const isVietnameseMark = (norm: string): boolean => MARKS.test(norm) && (family.has(norm) || given.has(norm));

/**
 * The words from `i` that make a Vietnamese name: a family name, then one to three syllables, one of them at least
 * (or the family name) a mark; the count of words, or 0.
 */
export function vietnameseNameLength(norms: readonly string[], i: number, joined: (k: number) => boolean, vietnamese = false): number {
  if (!family.has(norms[i] ?? '')) return 0;
  let k = i + 1;
  // (A syllable read by its letters, where the name has said it is Vietnamese by a mark before it or the article has.)
  const told = (k: number) => vietnamese || norms.slice(i, k).some(isVietnameseMark);
  while (k < norms.length && k < i + 4 && joined(k) && (given.has(norms[k]!) || (told(k) && vietnameseSyllableByRule(norms[k]!) !== undefined))) k++;
  const n = k - i;
  // (Where the article has said the holder is Vietnamese, a name of two plain syllables needs no mark: «تو لام».)
  return n >= 2 && (vietnamese || norms.slice(i, k).some(isVietnameseMark)) ? n : 0;
}

/** A Vietnamese name in English, each syllable as the Vietnamese press writes it; null where it is none. */
export function vietnameseNameEnglish(norms: readonly string[], vietnamese = false): string | null {
  if (vietnameseNameLength(norms, 0, () => true, vietnamese) !== norms.length) return null;
  return [family.get(norms[0]!)!, ...norms.slice(1).map((n) => given.get(n) ?? vietnameseSyllableByRule(n)!)].join(' ');
}
