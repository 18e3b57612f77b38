import type { Analysis, Official, Person, Quote } from '../types';
import type { HighlightRange } from './ranges';

/** Who a highlight or a quote is about: an official, another person (analyst, witness, unnamed source), or only a name. */
export type Subject =
  | { kind: 'official'; official: Official }
  | { kind: 'person'; person: Person }
  | { kind: 'speaker'; ar: string | null; en: string | null };

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** How a person is called in English: the name, or for an unnamed source its description ("A diplomatic source"). */
export function personTitle(p: Person): string {
  return p.named ? p.name_en : capitalise(p.name_en || p.description_en || 'Unnamed source');
}

/** What the article says the person is, in English, when it adds to the title ("political analyst"). */
export function personDescription(p: Person): string | null {
  const d = p.description_en?.trim();
  if (!d) return null;
  return p.named || d.toLowerCase() !== p.name_en.trim().toLowerCase() ? d : null;
}

/** The official or person with this id ("o3", "p1"), if any. */
export function subjectById(analysis: Analysis, id: string | null | undefined): Subject | null {
  if (!id) return null;
  const official = analysis.officials.find((o) => o.id === id);
  if (official) return { kind: 'official', official };
  const person = (analysis.people ?? []).find((p) => p.id === id);
  return person ? { kind: 'person', person } : null;
}

/** The speaker of a quote: the official or person it is attributed to, else the words the article uses. */
export function speakerOf(analysis: Analysis, quote: Quote): Subject {
  return subjectById(analysis, quote.speaker_id) ?? { kind: 'speaker', ar: quote.speaker_ar, en: quote.speaker_en };
}

export function subjectTitle(s: Subject): string {
  if (s.kind === 'official') return s.official.name_en;
  if (s.kind === 'person') return personTitle(s.person);
  return s.en ?? s.ar ?? 'Unknown speaker';
}

/** The line under the name: an official's role, a person's description. */
export function subjectDetail(s: Subject): string | null {
  if (s.kind === 'official') return s.official.role_en;
  if (s.kind === 'person') return personDescription(s.person);
  return null;
}

export function subjectId(s: Subject): string | null {
  return s.kind === 'official' ? s.official.id : s.kind === 'person' ? s.person.id : null;
}

export interface SpeakerGroup {
  key: string;
  speaker: Subject;
  /** Who said these together with the speaker ("X and Y" in a joint statement). */
  with: Subject[];
  quotes: Quote[];
}

/** Whether the quote is this official's or person's: said by them alone or together with others. */
export function isSaidBy(quote: Quote, id: string): boolean {
  return quote.speaker_id === id || !!quote.co_speaker_ids?.includes(id);
}

/** The title of a group of quotes: "Boris Johnson and Penny Mordaunt" for a joint statement. */
export function groupTitle(g: SpeakerGroup): string {
  return [g.speaker, ...g.with].map(subjectTitle).join(' and ');
}

/** Quotes grouped by speaker (one group per official or person, whatever words name them), in order of first quote. */
export function groupQuotesBySpeaker(analysis: Analysis): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of analysis.quotes) {
    const speaker = speakerOf(analysis, q);
    const others = (q.co_speaker_ids ?? []).map((id) => subjectById(analysis, id)).filter((s): s is Subject => !!s);
    const key = [subjectId(speaker) ?? `name:${subjectTitle(speaker)}`, ...others.map(subjectId)].join('+');
    const group = groups.get(key);
    if (group) group.quotes.push(q);
    else groups.set(key, { key, speaker, with: others, quotes: [q] });
  }
  return [...groups.values()];
}

/** The people of an analysis who are quoted, in order of first mention, then those only named. */
export function peopleByQuotes(analysis: Analysis): { quoted: Person[]; named: Person[] } {
  const speakers = new Set(analysis.quotes.flatMap((q) => [q.speaker_id, ...(q.co_speaker_ids ?? [])]));
  const people = analysis.people ?? [];
  return { quoted: people.filter((p) => speakers.has(p.id)), named: people.filter((p) => !speakers.has(p.id)) };
}

/** The accessible label of a highlight, and the role shown inline after an official's first mention. */
export function highlightLabel(analysis: Analysis | null, r: Pick<HighlightRange, 'officialId' | 'personId' | 'quoteId'>): { aria: string; role?: string | null } {
  if (r.officialId) {
    const o = analysis?.officials.find((x) => x.id === r.officialId);
    return { aria: o ? `${o.name_en}${o.role_en ? `, ${o.role_en}` : ''}: show details` : 'Official: show details', role: o?.role_en };
  }
  if (r.personId) {
    const p = analysis?.people?.find((x) => x.id === r.personId);
    if (!p) return { aria: 'Person: show details' };
    const d = personDescription(p);
    return { aria: `${personTitle(p)}${d ? `, ${d}` : ''}: show details` };
  }
  const q = analysis?.quotes.find((x) => x.id === r.quoteId);
  const speaker = q && analysis ? speakerOf(analysis, q) : null;
  const by = !speaker || (speaker.kind === 'speaker' && !speaker.en) ? null
    : speaker.kind === 'person' && !speaker.person.named ? speaker.person.name_en : subjectTitle(speaker);
  return { aria: `Quote${by ? ` by ${by}` : ''}: show details` };
}
