/**
 * «كما زار الوزير الإسباني رئيس مجلس النواب نبيه بري», «استقبل السفير الياباني وزير الخارجية X»: after a verb of
 * meeting, a bare title with its nationality is the verb's subject, someone the article named before; the title after
 * it, with the name, is the object's. The name holds the second title alone.
 */
import { meetingVerbs } from '../vocab/meetings';
import type { Title } from './titles';

const PAST_MEETING_KINDS = new Set(['host', 'meet', 'visit']);

function isPastMeetingVerb(norm: string | undefined): boolean {
  if (!norm) return false;
  const w = norm.replace(/^[وف]/, '');
  // (The past only: a present tense verb, «يلتقي الوزير الإسباني …», opens a headline's clause as well.)
  if (/^[يت]/.test(w) && !/^(تباحث|تحادث)/.test(w)) return false;
  const kind = meetingVerbs.get(w);
  return !!kind && PAST_MEETING_KINDS.has(kind);
}

export function withoutSubjectTitle(title: Title, norms: readonly string[], punctBefore: (i: number) => boolean): Title {
  const [first, second] = title.roles;
  if (!first || !second || title.roles.length !== 2) return title;
  if (!first.nat || first.complement || first.tails.length || first.mods.length || (!second.complement && second.end - second.start < 2)) return title;
  if (!isPastMeetingVerb(norms[first.start - 1]) || punctBefore(first.start) || punctBefore(second.start)) return title;
  return { ...title, roles: [second], start: second.start };
}
