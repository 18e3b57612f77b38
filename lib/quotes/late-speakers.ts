/**
 * Speakers read again once the story's officials are all known. The quotes layer reads speakers before the later
 * passes have found everyone: an attendance list read last (people/lists) seats «ومن الجانب التنزاني … جانواري
 * ماكامبا وزير الخارجية» after «وأكد ماكامبا» was attributed; a named person becomes an official (people/office); a
 * seat gives the Sudanese minister his country only after «فيما أكد الوزير السوداني» found no Sudanese minister. The
 * same reading of the same quotes against the final officials gives such a quote its speaker:
 * - a quote left with no speaker, or only the words of a title («الوزير السوداني», «الرئيس ويبس»), takes the
 *   official the second reading finds;
 * - a quote given to someone else takes an official the first reading could not know of (one added after it).
 * Quotes the first reading gave to a body, a source, a capital or a described person keep them.
 */
import { normalize } from '../arabic/normalize';
import { tokenize } from '../arabic/tokens';
import { isOrdinaryWord } from '../people/evidence';
import type { Official, Quote, Span } from '../types';
import { findQuotes } from './index';
import { isTitleWord } from './titled';

/** A word after a family name that makes the name another's: «ويبس الابن» is the son, «ويبس» the father. */
const GENERATION = /^(الابن|الاب|الاكبر|الاصغر)$/;
const FAMILY_MIN = 3;

const spanKey = (q: Quote) => `${q.start}:${q.end}`;

/** The official a second reading gives the quote, when it should replace what the first reading gave. */
function lateSpeaker(q: Quote, again: Official | undefined, known: ReadonlySet<string>): Official | null {
  if (!again || again.id === q.speaker_id) return null;
  if (!q.speaker_id) return q.speaker_kind ? null : again;
  return known.has(again.name_ar) ? null : again;
}

/** The family name of a name of two words or more: its last word, the one before a generation's mark. */
function familyName(name: string): string | null {
  const words = normalize(name).split(' ');
  while (words.length > 2 && GENERATION.test(words.at(-1)!)) words.pop();
  const family = words.length > 1 ? words.at(-1)! : null;
  return family && family.length >= FAMILY_MIN ? family : null;
}

/**
 * The speakers with their family name alone wherever the text writes it outside a mention of anyone («أكد ماكامبا»
 * after an attendance list named «جانواري ماكامبا»): the officials layer links a short name only to those it found
 * itself. A family name that is a word of another speaker's name too stays unlinked.
 */
function withFamilyNames(text: string, speakers: readonly Official[]): Official[] {
  const covered = (at: number) => speakers.some((o) => o.mentions.some(([s, e]) => s <= at && at < e));
  const owners = new Map<string, Official | null>();
  for (const o of speakers) for (const w of new Set(normalize(o.name_ar).split(' '))) owners.set(w, owners.has(w) ? null : o);
  const added = new Map<Official, Span[]>();
  for (const o of speakers) {
    const family = familyName(o.name_ar);
    if (family && owners.get(family) === o) added.set(o, []);
  }
  if (!added.size) return [...speakers];
  const tokens = tokenize(text);
  tokens.forEach((t, k) => {
    // (The word as written, else without a conjunction: «ويبس» is no «و» before «يبس».)
    const word = owners.has(t.norm) ? t.norm : t.norm.replace(/^[وف](?=...)/, '');
    const o = owners.get(word);
    const spans = o ? added.get(o) : undefined;
    if (!spans || familyName(o!.name_ar) !== word || covered(t.start)) return;
    // (A family name that is a word of the language too, «ويبس», only after a title: «الرئيس ويبس».)
    if (isOrdinaryWord(word) && !(k > 0 && isTitleWord(tokens[k - 1]!.norm))) return;
    spans.push([t.start, t.end]);
  });
  return speakers.map((o) => (added.get(o)?.length ? { ...o, mentions: [...o.mentions, ...added.get(o)!] } : o));
}

const isOfficialId = (id: string) => id.startsWith('o');

/**
 * Whether the second reading can change any quote (see lateSpeaker), so that a story whose quotes all have their
 * speakers and whose officials were all known to the first reading is not read twice.
 */
function mayTakeLateSpeaker(quotes: readonly Quote[], speakers: readonly Official[], known: ReadonlySet<string>): boolean {
  if (!quotes.length) return false;
  return quotes.some((q) => !q.speaker_id && !q.speaker_kind) || speakers.some((o) => isOfficialId(o.id) && !known.has(o.name_ar));
}

/**
 * Re-reads the speakers of `quotes` against the final `speakers` (officials, then people as speakers); `known` holds
 * the names of those the first reading had (a person made an official since is no stranger to it).
 */
export function resolveLateSpeakers(text: string, quotes: Quote[], speakers: Official[], known: ReadonlySet<string>): void {
  if (!mayTakeLateSpeaker(quotes, speakers, known)) return;
  const again = new Map(findQuotes(text, withFamilyNames(text, speakers)).map((q) => [spanKey(q), q]));
  const byId = new Map(speakers.map((o) => [o.id, o]));
  const official = (q: Quote | undefined) => (q?.speaker_id && isOfficialId(q.speaker_id) ? byId.get(q.speaker_id) : undefined);
  for (const q of quotes) {
    const o = lateSpeaker(q, official(again.get(spanKey(q))), known);
    if (!o) continue;
    delete q.co_speaker_ids;
    Object.assign(q, { speaker_id: o.id, speaker_ar: o.name_ar, speaker_en: o.name_en, speaker_kind: null, speaker_span: null, speaker_description_ar: null, speaker_description_en: null });
  }
}
