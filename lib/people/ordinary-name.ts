/**
 * Runs of ordinary words read as a person's name («إحدى الطالبات», «كلفة كبيرة», «أسفرت»; see isNoPersonName): a
 * speaker so named is an unnamed described speaker or nobody, a person so named is no person. A style before the run
 * («الدكتور عايد المناع») says a name follows, whatever its words.
 */
import { normalize } from '../arabic/normalize';
import { styles } from '../vocab/titles';
import { isNoPersonName } from './evidence';
import type { Person, Quote } from '../types';

/** Words of a description that stand before the speaker's words as one phrase («والدة» + «إحدى الطالبات»). */
const MAX_DESCRIPTION = 2;

/** The description closes with a style («… الدكتور»): a style is written before a name only, so a name follows it. */
function closesWithStyle(desc: string | null | undefined): boolean {
  const last = desc?.trim().split(/\s+/).pop();
  return !!last && styles.has(normalize(last));
}

/**
 * A speaker the quotes layer took for a named person whose every word is a word of the language («إحدى الطالبات»:
 * one of the students) is no named person — unless a style stands before it («الدكتور عايد المناع»): with the short
 * description the text gives before it («والدة», the mother) it is an unnamed described speaker, «والدة إحدى
 * الطالبات»; otherwise it is nobody («أسفرت»: it resulted), and a report it alone introduced is no quote. Whether
 * the quote stays is returned.
 */
export function unnameOrdinarySpeaker(q: Quote): boolean {
  if (q.speaker_kind !== 'person' || !q.speaker_ar || closesWithStyle(q.speaker_description_ar)) return true;
  if (!isNoPersonName(normalize(q.speaker_ar).split(' '))) return true;
  const desc = q.speaker_description_ar;
  const described = !!desc && desc.split(/\s+/).length <= MAX_DESCRIPTION && !/[،,.:]/.test(desc);
  q.speaker_ar = described ? `${desc} ${q.speaker_ar}` : null;
  q.speaker_en = described ? q.speaker_description_en ?? q.speaker_en : null;
  q.speaker_kind = described ? 'source' : null;
  if (!described) q.speaker_span = null;
  q.speaker_description_ar = null;
  q.speaker_description_en = null;
  return described || q.kind !== 'indirect';
}

/**
 * People of no office the name readers found whose name is no name (heldout30 3123: «والمواطن تحمل كلفة كبيرة», the
 * citizen bore a great cost): dropped, the others numbered again in order (no quote refers to them yet).
 */
export function dropOrdinaryNamedPeople(people: Person[]): void {
  const kept = people.filter((p) => !p.named || closesWithStyle(p.description_ar) || !isNoPersonName(normalize(p.name_ar).split(/\s+/)));
  if (kept.length === people.length) return;
  kept.forEach((p, k) => { p.id = `p${k + 1}`; });
  people.splice(0, people.length, ...kept);
}
