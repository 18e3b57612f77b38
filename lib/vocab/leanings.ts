/**
 * The political leanings the press writes between a member's bare title and the name: «النائب اليساري X», «السيناتور
 * الديمقراطي X», «النائبة الجمهورية X». Each describes the member's party or camp, not an office of its own, so the
 * title goes on past it to the name. Definite masculine singular, normalised; the feminine is read with ة (ه).
 */
const LEANINGS = [
  'الديمقراطي', 'الجمهوري', 'اليساري', 'اليميني', 'الاشتراكي', 'الليبرالي', 'الشيوعي', 'العمالي',
  'المستقل', 'المعارض', 'الاصلاحي', 'الاصولي',
];

const FORMS = new Set(LEANINGS.flatMap((a) => [a, `${a}ه`]));

/** A normalised word is a leaning's adjective with the article («اليساري», «الديمقراطيه»). */
export function isLeaning(norm: string): boolean {
  return FORMS.has(norm);
}
