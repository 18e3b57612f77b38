/**
 * The words a quote gives a named person of no office as its speaker where the text introduces them by what they are
 * («قال الخبير الاقتصادي مدحت نافع إن …», «قال محمد عبد الرحمن، صاحب شركة …»): the noun that says what they are,
 * with its adjective, before the name («الخبير الاقتصادي مدحت نافع», «المحلل السياسي أوسكار بايردو», «أستاذ محمد
 * الفيلي»), as readers cite a commentator. The rest of the description (the university, the affairs of a
 * researcher) stays on the person's card. Only at the mention that carries the description: a later quote by the
 * surname or a pronoun keeps the name alone. Only a noun the titles know as a person's of no office (expert, analyst,
 * researcher, professor, doctor, lawyer): no office holder, no unknown first word.
 */
import { normalize } from '../arabic/normalize';
import { heads } from '../vocab/titles';
import type { Person, Quote } from '../types';

/** A sentence ends between the mention and the quote: the description was given for another statement. */
const SENTENCE_END = /[.!?؟\n]/;
/** How far the description may stand from the name it describes: a style («الدكتور») or a comma between them. */
const SLACK = 25;

export function describeNamedSpeakers(quotes: Quote[], people: readonly Person[], text: string): void {
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const q of quotes) {
    const p = q.speaker_id ? byId.get(q.speaker_id) : undefined;
    if (!p?.named || !p.description_ar || q.speaker_ar !== p.name_ar) continue;
    if (!introducedAt(p, q, text)) continue;
    const noun = personNoun(p.description_ar);
    if (noun) q.speaker_ar = `${noun} ${p.name_ar}`;
  }
}

/** The last mention of the person before the quote, in the quote's sentence, stands beside the description. */
function introducedAt(p: Person, q: Quote, text: string): boolean {
  const before = p.mentions.filter(([start]) => start < q.start && !SENTENCE_END.test(text.slice(start, q.start)));
  const last = before[before.length - 1];
  if (!last) return false;
  const around = text.slice(Math.max(0, last[0] - p.description_ar!.length - SLACK), last[1] + p.description_ar!.length + SLACK);
  return around.includes(p.description_ar!);
}

/**
 * The description's head noun as written, when the titles know it as a person's of no office, with the adjective
 * that follows a definite head («الخبير الاقتصادي», «المحلل السياسي», «الخبير العسكري»); a head in construct keeps
 * no complement («أستاذ القانون الدستوري» → «أستاذ»), nor a head before a preposition («الباحث في الشؤون» → «الباحث»).
 */
export function personNoun(description: string): string | null {
  const written = description.trim().split(/\s+/);
  const norms = normalize(description).split(' ').filter(Boolean);
  if (written.length !== norms.length || !norms.length) return null;
  const definite = norms[0]!.startsWith('ال');
  const bare = definite ? norms[0]!.slice(2) : norms[0]!;
  const head = heads.match(bare, [bare, ...norms.slice(1)], 0);
  if (!head?.value.person) return null;
  let length = head.length;
  const next = norms[length];
  const adjective = definite && length === 1 && !!next && /^ال.{2,}(ي|يه)$/.test(next) && !/[،,]$/.test(written[0]!);
  if (adjective) length++;
  return written.slice(0, length).join(' ').replace(/[،,]$/, '');
}
