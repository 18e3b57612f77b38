/**
 * Who said it: an official named after the verb (وقال وزير الخارجية الروسي …) or before it (لافروف قال),
 * an institution or anonymous source (وقالت وزارة الخارجية، مصدر مسؤول), or, for a verb with no subject
 * of its own (وأضاف، مضيفا، وتابع), the previous speaker.
 */
import { normalize } from '../arabic/normalize';
import { institutionToEnglish } from '../english/roles';
import type { Official } from '../types';
import { matchNationality } from '../vocab/nationalities';
import { isComplementizer, isSpeechNoun, reportingVerb } from '../vocab/reporting';
import { isSkippableAfterVerb, matchSpeakerHead } from '../vocab/speakers';
import { gapBefore, type TextContext } from './context';

export interface Speaker {
  ar: string;
  en: string | null;
  official: Official | null;
}

export function officialSpeaker(official: Official): Speaker {
  return { ar: official.name_ar, en: official.name_en, official };
}

// Words that end a speaker's noun phrase: prepositions of the circumstances ("في بيان", "خلال مؤتمر", "على حسابه").
const NP_STOP = new Set(['علي', 'عن', 'الي', 'عبر', 'خلال', 'مع', 'عقب', 'بعد', 'قبل', 'امام', 'اثناء', 'حول', 'بشان', 'قد', 'الذي', 'التي', 'منذ']);

/** The end (inclusive token index) of a speaker noun phrase that starts at token i, at most `limit`. */
function nounPhraseEnd(ctx: TextContext, i: number, limit: number): number {
  let last = i;
  for (let j = i + 1; j <= limit && j < ctx.tokens.length && j < i + 9; j++) {
    const norm = ctx.norms[j]!;
    const gap = gapBefore(ctx, j);
    if (ctx.sentence[j] !== ctx.sentence[i] || ctx.quotationOf[j] !== -1 || /[،,:؛;(]/.test(gap)) break;
    if (NP_STOP.has(norm) || isComplementizer(norm) || isSkippableAfterVerb(norm) || reportingVerb(norm)) break;
    if (norm === 'في' && isSpeechNoun(ctx.norms[j + 1] ?? '')) break;
    if (norm === 'ل' || /^لل?(وكال|صحيف|قنا|برنامج|موقع|تلفزيون|اذاع|صحفي)/.test(norm)) break; // "لوكالة الأنباء"
    if (/^ل(?!دي)/.test(norm) && isSpeechNoun(norm.slice(1))) break;
    if (/^(في|من)$/.test(norm) && !ctx.norms[j + 1]) break;
    last = j;
  }
  return last;
}

const textOf = (ctx: TextContext, first: number, last: number) =>
  ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);

/** An institution or source speaker whose head starts at token i. */
function institutionSpeaker(ctx: TextContext, i: number, limit: number): { speaker: Speaker; last: number } | null {
  const head = matchSpeakerHead(ctx.norms, i);
  if (!head) return null;
  const last = head.kind === 'capital' ? i + head.words.length - 1 : Math.max(i + head.words.length - 1, nounPhraseEnd(ctx, i, limit));
  let ar = textOf(ctx, i, last);
  if (/^و/.test(ctx.norms[i]!) && !/^و/.test(head.words[0]!)) ar = ar.slice(1);
  let en = institutionToEnglish(ar);
  if (!en) {
    const nat = matchNationality(ctx.norms, i + head.words.length);
    en = nat && head.kind !== 'capital' ? `${nat.adjective_en} ${head.en}` : head.en;
  }
  return { speaker: { ar, en, official: null }, last };
}

/** The official whose mention starts within the first words of tokens [from, to]. */
function officialIn(ctx: TextContext, from: number, to: number, reach: number): Official | null {
  for (let j = from; j <= to && j <= from + reach; j++) {
    if (ctx.sentence[j] !== ctx.sentence[from] || ctx.quotationOf[j] !== -1) return null;
    const m = ctx.mention[j];
    if (m) return m.official;
    if (isComplementizer(ctx.norms[j]!)) return null;
  }
  return null;
}

/** The speaker named right after the verb, in the subject range [from, to] (to < from: unknown range). */
export function subjectAfter(ctx: TextContext, from: number, to: number): Speaker | null {
  if (from >= ctx.tokens.length) return null;
  const bounded = to >= from;
  const official = officialIn(ctx, from, bounded ? to : from + 3, bounded ? 8 : 3);
  if (official) return officialSpeaker(official);
  const inst = institutionSpeaker(ctx, from, bounded ? to : from + 8);
  if (inst) return inst.speaker;
  if (!bounded) return null;
  // A subject we have no word for (a person not in office, a group): the noun phrase as written.
  const norm = ctx.norms[from]!;
  if (NP_STOP.has(norm) || norm === 'في' || norm === 'من' || norm === 'ل' || /^ل/.test(norm) || isComplementizer(norm)) return null;
  const last = nounPhraseEnd(ctx, from, to);
  return { ar: textOf(ctx, from, last), en: null, official: null };
}

/** The speaker named just before the verb at token i ("لافروف قال", "أما الوزير … فقال", "السفارة … قد أعربت"). */
export function subjectBefore(ctx: TextContext, i: number): Speaker | null {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (ctx.sentence[j] !== ctx.sentence[i] || ctx.quotationOf[j] !== -1) return null;
    const m = ctx.mention[j];
    if (m) return officialSpeaker(m.official);
    if (reportingVerb(ctx.norms[j]!) || isComplementizer(ctx.norms[j]!)) return null;
  }
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    if (ctx.sentence[j] !== ctx.sentence[i] || ctx.quotationOf[j] !== -1) return null;
    if (reportingVerb(ctx.norms[j]!) || isComplementizer(ctx.norms[j]!)) return null;
    const inst = institutionSpeaker(ctx, j, i - 1);
    if (inst && inst.last >= i - 4) return inst.speaker;
  }
  return null;
}

/** The speaker of a headline prefix "كيري: …", "وزارة الخارجية: …". */
export function prefixSpeaker(ctx: TextContext, first: number, last: number): Speaker | null {
  for (let j = first; j <= last; j++) if (ctx.mention[j]) return officialSpeaker(ctx.mention[j]!.official);
  const inst = institutionSpeaker(ctx, first, last);
  if (inst) return inst.speaker;
  return { ar: textOf(ctx, first, last), en: null, official: null };
}

export const speakerKey = (s: Speaker) => (s.official ? s.official.id : normalize(s.ar));
