/**
 * Reporting verbs in the text and the statement each introduces: from after the verb, its subject and
 * its أن/إن (or a colon, or an opening quotation mark) to the end of the sentence, or to the next
 * reporting verb joined by a comma or و ("…، مضيفا أن …", "… وقالت …").
 */
import { announcerLength, isComplementizer, isSayingNoun, isSourcePreposition, isSpeechNoun, reportingVerb, type ReportingVerb } from '../vocab/reporting';
import { isSkippableAfterVerb } from '../vocab/speakers';
import { gapBefore, type TextContext } from './context';

export interface Trigger {
  /** Token index of the reporting verb (or of the first word of "جاء فيه"). */
  at: number;
  verb: ReportingVerb | null;
  /** How the statement start was found: after أن/إن, after a colon, at a quotation mark, after the verb's preposition, or plainly after the verb. */
  opening: 'complementizer' | 'colon' | 'quotation' | 'preposition' | 'plain';
  /** Token index where the statement starts and the last token of it. */
  first: number;
  last: number;
  /** Tokens between the verb and the statement (the subject and adjuncts), as a token range; empty when last < first. */
  subjectFirst: number;
  subjectLast: number;
}

const WINDOW = 28;
const CLAUSE_BREAKERS = new Set(['اما', 'بينما', 'فيما']);
const STANDALONE_PREPS = new Set(['الي', 'علي', 'عن', 'من', 'ب']);

const hasComma = (gap: string) => /[،,؛;]/.test(gap);
const hasColon = (gap: string) => gap.includes(':');

/** A reporting verb at token i that really reports (a participle needs a comma before it or a clause after it). */
export function triggerVerb(ctx: TextContext, i: number): ReportingVerb | null {
  if (ctx.quotationOf[i] !== -1) return null;
  const verb = reportingVerb(ctx.norms[i]!);
  if (!verb) return null;
  if (verb.form === 'participle' && !ctx.norms[i]!.endsWith('ا')) {
    const before = gapBefore(ctx, i);
    const next = ctx.norms[i + 1] ?? '';
    const ok = hasComma(before) || /["»”]/.test(before) || isComplementizer(next) || next === verb.prep || hasColon(gapBefore(ctx, i + 1));
    if (!ok) return null;
  }
  return verb;
}

/** True when token i starts a new reported clause that ends the statement before it. */
function breaksStatement(ctx: TextContext, i: number): boolean {
  if (ctx.quotationOf[i] !== -1) return false;
  const norm = ctx.norms[i]!;
  const gap = gapBefore(ctx, i);
  if (CLAUSE_BREAKERS.has(norm) && (hasComma(gap) || norm === 'اما')) return true;
  if (hasComma(gap) && (isSourcePreposition(norm) || norm === 'حسبما')) return true;
  const verb = triggerVerb(ctx, i);
  if (!verb) return false;
  if (verb.form === 'participle') return true;
  return hasComma(gap) || norm[0] === 'و' || norm[0] === 'ف' || /["»”]/.test(gap);
}

/** The last token of the statement that starts at token `first`. */
export function statementEnd(ctx: TextContext, first: number): number {
  const n = ctx.tokens.length;
  let last = first;
  for (let j = first + 1; j < n; j++) {
    if (ctx.sentence[j] !== ctx.sentence[first]) break;
    if (breaksStatement(ctx, j)) break;
    last = j;
  }
  return last;
}

/** The statement a reporting verb at token i introduces, or null when it introduces none. */
export function statementAfter(ctx: TextContext, i: number, verb: ReportingVerb | null): Trigger | null {
  const n = ctx.tokens.length;
  let first = -1;
  let opening: Trigger['opening'] = 'plain';
  let prepAt = -1;
  let k = i + 1;
  if (verb) while (k < n && (isSkippableAfterVerb(ctx.norms[k]!) || isSayingNoun(ctx.norms[k]!)) && ctx.sentence[k] === ctx.sentence[i]) k++;
  for (let j = i + 1; j < n && j <= i + WINDOW; j++) {
    if (ctx.sentence[j] !== ctx.sentence[i]) break;
    if (hasColon(gapBefore(ctx, j))) { first = j; opening = 'colon'; break; }
    if (ctx.quotationOf[j] !== -1) { first = j; opening = 'quotation'; break; }
    const norm = ctx.norms[j]!;
    if (isComplementizer(norm)) { first = j + 1; opening = 'complementizer'; break; }
    if (j > i + 1 && breaksStatement(ctx, j)) break;
    if (j > i + 1 && triggerVerb(ctx, j)) break;
    if (prepAt < 0 && verb?.prep && STANDALONE_PREPS.has(norm) && norm === verb.prep) prepAt = j;
  }
  if (first < 0 && prepAt >= 0 && prepAt <= i + 14) { first = prepAt + 1; opening = 'preposition'; }
  if (first < 0) {
    if (!verb || verb.strength === 'weak') return null;
    first = k;
  }
  if (first >= n || ctx.sentence[first] !== ctx.sentence[i]) return null;
  const last = statementEnd(ctx, first);
  return { at: i, verb, opening, first, last, subjectFirst: k, subjectLast: opening === 'plain' ? k - 1 : first - (opening === 'complementizer' || opening === 'preposition' ? 2 : 1) };
}

/** "جاء فيه" style announcers and reporting verbs, each with its statement, in text order. */
export function findTriggers(ctx: TextContext): Trigger[] {
  const out: Trigger[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (i <= coveredUntil) continue;
    const ann = ctx.quotationOf[i] === -1 ? announcerLength(ctx.norms, i) : 0;
    const verb = ann ? null : triggerVerb(ctx, i);
    if (!ann && !verb) continue;
    const t = statementAfter(ctx, ann ? i + ann - 1 : i, verb);
    if (!t) continue;
    t.at = i;
    if (t.last - t.first + 1 < 2 && ctx.quotationOf[t.first] === -1) continue;
    out.push(t);
    coveredUntil = t.last;
  }
  return out;
}

export { isSpeechNoun };
