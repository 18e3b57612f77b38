/**
 * The words that open an attendance list («وحضر اللقاء …»، «بحضور …»، «يرافقه …»، «وضم الجانب الصيني …») and the side
 * words that may stand between the opener and the list's first title. Shared by the list reader (people/lists) and
 * the officials layer, which must know that a title right after them opens a list item.
 */

/** The verb or noun of presence, of company, of welcome, of membership, of taking part (normalised, with «و»/«ف» glued or not). */
export const PRESENCE = /^[وف]?(?:حضر|حضره|حضرها|يحضر|بحضور|حضور|يرافقه|يرافقها|ترافقه|رافقه|رافقها|ضم|يضم|تضم|ضمت|استقباله|استقبالها|وداعه|وداعها|بمشاركه|ومشاركه|شارك|يشارك|تشارك|شاركت)$/;

/** Words that may stand between an opener and the side it names («وحضر اللقاء من الجانب …»، «وضم الوفد المرافق …»). */
export const SIDE_LEAD = /^(?:اللقاء|الاجتماع|المباحثات|المحادثات|الجلسه|المراسم|التوقيع|المقابله|الاستقبال|المشاورات|القمه|الاجتماعات|اللقاءات|[وف]?من|[وف]?عن)$/;
/** The side's noun. */
export const SIDE_NOUN = /^(?:ال)?(?:جانب|وفد)$/;
/** The side's own words after its noun: its nationality, «المرافق», «الرسمي», «كلا من». */
export const SIDE_WORD = /^(?:ال\S+يه?|المرافق|الرسمي|كل|كلا|من)$/;

/** How many words may stand between an opener and the list's first title. */
const OPENER_REACH = 6;

/**
 * Word `k` is the first of an attendance list: right after its opener, or after the opener and the words that name the
 * meeting or the side («وحضر اللقاء من الجانب الجزائري …»، «وضم الجانب الروسي في المحادثات …»), no punctuation between.
 */
export function opensAttendanceList(norms: readonly string[], punctBefore: (k: number) => boolean, k: number): boolean {
  for (let p = k - 1; p >= 0 && k - p <= OPENER_REACH; p--) {
    if (punctBefore(p + 1)) return false;
    const n = norms[p]!;
    if (PRESENCE.test(n)) return true;
    if (!(SIDE_LEAD.test(n) || SIDE_NOUN.test(n) || SIDE_WORD.test(n) || n === 'في')) return false;
  }
  return false;
}
