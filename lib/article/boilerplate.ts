// Which lines (of a text file) or blocks (of a page) are site boilerplate rather than the article.
import { normalize } from '../arabic/normalize';
import { boilerplate as vocab, phraseKey } from '../vocab/boilerplate';

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Short prompts (subscribe, share, follow us, read also: …) are judged by their start; longer blocks are article text. */
const PREFIX_MAX_WORDS = 30;
/** A byline ("حوار: آسيا …", "كتب محمد …") is a line of a few words. */
const BYLINE_MAX_WORDS = 6;
/** Policy notices (comments, copyright, cookies) are judged anywhere in a block of at most this many words. */
const CONTAINS_MAX_WORDS = 70;
/** A headline under "most read" or a related link: a short line. */
const HEADLINE_MAX_WORDS = 16;

const startsWithPhrase = (key: string, phrase: string) =>
  key === phrase || key.startsWith(phrase + ' ') || (phrase.endsWith(' ') && key.startsWith(phrase));

/** A line or block that is only a section heading of link lists ("الأكثر قراءة", "اقرأ أيضا", "الوسوم"). */
export function isSectionHeading(text: string): boolean {
  return vocab.sectionHeadings.has(phraseKey(text));
}

/** "كتب محمد علي", "حوار: آسيا العتروس", "المصدر: وكالات" (a label needs its colon: "تقرير أممي يحذر" is a subheading). */
function isByline(text: string, key: string): boolean {
  if (vocab.bylinePrefixes.some((p) => startsWithPhrase(key, p))) return true;
  const label = normalize(text).match(/^\s*([^:：\-–—]+?)\s*[:：\-–—]/)?.[1];
  return !!label && vocab.bylineLabels.includes(phraseKey(label));
}

/** A date or time line ("20 يونيو/ حزيران 2024", "نشر في: 08 مايو 2024 02:15 م"): digits and date words only. */
export function isDateLine(text: string): boolean {
  if (!/\d/.test(text) || wordCount(text) > 12) return false;
  const words = phraseKey(text).split(' ').filter(Boolean);
  return words.every((w) => /^\d+$/.test(w) || vocab.dateWords.has(w));
}

/** A prompt or notice that is never article text (subscription call, share prompt, comment policy, copyright…). */
export function isBoilerplateText(text: string): boolean {
  const key = phraseKey(text);
  if (!key) return false;
  if (vocab.sectionHeadings.has(key) || isDateLine(text)) return true;
  const words = wordCount(text);
  if (words <= BYLINE_MAX_WORDS && isByline(text, key)) return true;
  if (words <= PREFIX_MAX_WORDS && vocab.linePrefixes.some((p) => startsWithPhrase(key, p))) return true;
  if (words <= CONTAINS_MAX_WORDS && vocab.lineContains.some((p) => (' ' + key + ' ').includes(' ' + p + ' '))) return true;
  return false;
}

/** Ends like a sentence (a headline usually does not). */
const endsSentence = (s: string) => /[.!…。]["”»']?\s*$/.test(s.trim());

/** A short line that reads like a headline: few words, no full stop at the end. */
export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const words = wordCount(t);
  return words >= 2 && words <= HEADLINE_MAX_WORDS && !endsSentence(t);
}

/** Remove leading markers that are navigation glued to a dateline ("Next Previous عين اليوم – واس"). */
export function stripBoilerplatePrefix(text: string): string {
  for (const p of vocab.stripPrefixes) {
    const i = text.indexOf(p);
    if (i >= 0 && text.slice(0, i).trim() === '') return text.slice(i + p.length).replace(/^[\s:–-]+/, '');
  }
  return text;
}

/**
 * A related-story link left inside a text dump (BBC Arabic and others interleave them between paragraphs):
 * a short headline-like line that quotes, asks or announces ("نبذة عن…", "صور…"), not a subheading,
 * which states a topic plainly. Lines opening with a conjunction continue the article.
 */
function isRelatedHeadline(text: string): boolean {
  const t = text.trim();
  if (!isHeadlineLike(t) || /^[وف]/.test(t)) return false;
  const key = phraseKey(t);
  if (vocab.relatedMarkers.some((m) => startsWithPhrase(key, m) || key.startsWith(m))) return true;
  // A colon is not enough: "العطية: الاجتماع … بناء" is a subheading quoting a speaker.
  return /["“”«»]/.test(t) || /[؟?]\s*$/.test(t);
}

/**
 * A lede of another story, as news sites append them after the article ("related stories" ledes):
 * it opens with a verb or noun, not a conjunction, and names the weekday right after its subject
 * ("قال الرئيس الأمريكي، دونالد ترامب، الأربعاء، إن…").
 */
function isForeignLede(text: string): boolean {
  const t = text.trim();
  if (/^[وف]|^(كما|ثم|أما|اما|لكن|غير أن)\s/.test(t) || wordCount(t) < 12) return false;
  const head = phraseKey(t.slice(0, 160));
  return vocab.weekdays.some((d) => new RegExp(`(^| )(يوم )?${d} `).test(head)) && /،\s*(يوم\s+)?\S+،/.test(t.slice(0, 160));
}

export interface UnitFilterOptions {
  /** The first unit is the title: never treat it as a related headline. */
  firstIsTitle?: boolean;
  /** Text dumps only: drop related headlines between paragraphs and the ledes of other stories at the end. */
  textDump?: boolean;
}

/**
 * For each unit (a line or a block), whether it belongs to the article. A section heading drops itself and
 * the run of short headline-like units after it (the list of links under "الأكثر قراءة").
 */
export function keepArticleUnits(units: readonly string[], options: UnitFilterOptions = {}): boolean[] {
  const keep = units.map(() => true);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (isSectionHeading(u)) {
      keep[i] = false;
      let j = i + 1;
      while (j < units.length && (isHeadlineLike(units[j]!) || isBoilerplateText(units[j]!))) keep[j++] = false;
      i = j - 1;
      continue;
    }
    if (isBoilerplateText(u)) keep[i] = false;
    else if (options.textDump && (i > 0 || !options.firstIsTitle) && isRelatedHeadline(u)) keep[i] = false;
  }
  if (options.textDump) {
    // Ledes of other stories at the end: a run of at least two, leaving the article before them.
    let j = units.length;
    while (j > 0 && (!keep[j - 1] || isForeignLede(units[j - 1]!))) j--;
    const run = units.slice(j).filter((u, k) => keep[j + k] && isForeignLede(u)).length;
    if (run >= 2 && j >= 2) for (let k = j; k < units.length; k++) keep[k] = false;
  }
  return keep;
}
