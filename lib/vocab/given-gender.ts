/**
 * A woman's given name as written: the name dictionaries carry no gender, but an Arabic given name written with the
 * feminine ending ة is a woman's (عائشة، فاطمة، نادية) except for a closed set of men's names (حمزة، أسامة، جمعة).
 */
import { normalize } from '../arabic/normalize';
import { arabicNameWord } from './names';

/** Men's given names written with ة (classical, Egyptian and Maghrebi usage). */
const MASCULINE_WITH_TA_MARBUTA = new Set([
  'حمزة', 'أسامة', 'طلحة', 'عبيدة', 'معاوية', 'خليفة', 'عطية', 'قتيبة', 'عروة', 'جمعة', 'بوجمعة', 'عكرمة', 'حذيفة',
  'عبادة', 'عمارة', 'رفاعة', 'قدامة', 'ربيعة', 'سلامة', 'مسلمة', 'شيبة', 'ضمرة', 'حارثة', 'ثعلبة', 'عنترة', 'جبلة',
  'حمادة', 'شحاتة', 'عرفة', 'طعمة', 'ميسرة', 'حيدرة', 'سمرة', 'زرعة', 'عتبة', 'ساعدة', 'عبدة', 'عطوة', 'حسونة',
  'بركة', 'أبوزيدة', 'ناصيفة', 'غنيمة', 'نعمة', 'فضالة', 'وهبة', 'جبارة', 'عقبة', 'خزيمة', 'زائدة', 'كنانة',
].map(normalize));

/** Whether the first word of a person's name (as written) is a woman's given name. */
export function isWomansGivenName(nameAr: string): boolean {
  const first = nameAr.trim().split(/\s+/)[0] ?? '';
  if (!/.{2}ة$/.test(first)) return false;
  const norm = normalize(first);
  return !MASCULINE_WITH_TA_MARBUTA.has(norm) && arabicNameWord(norm) !== undefined;
}
