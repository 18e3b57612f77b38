import data from '../../assets/boilerplate.json';
import { normalize } from '../arabic/normalize';

/** Site boilerplate vocabulary (assets/boilerplate.json), with the Arabic phrases pre-normalised for matching. */
export interface BoilerplateVocabulary {
  /** A block or line that is only one of these opens a list of links (most read, read also, tags…). */
  sectionHeadings: Set<string>;
  linePrefixes: string[];
  /** A byline starts with one of these words and a name ("كتب محمد علي"); judged on very short lines only. */
  bylinePrefixes: string[];
  /** …or with one of these labels and a colon or dash ("حوار: …", "المصدر: وكالات", "آخر تحديث: …"). */
  bylineLabels: string[];
  lineContains: string[];
  stripPrefixes: string[];
  relatedMarkers: string[];
  weekdays: string[];
  /** Words of a date line (months of every calendar in use, weekdays, "نشر في"…): a block of only these and digits is a date. */
  dateWords: Set<string>;
  classNegativeTokens: Set<string>;
  classNegativeSubstrings: string[];
  classPositiveSubstrings: string[];
  hiddenClasses: Set<string>;
}

/** The key used to compare a phrase with a line: normalised, punctuation and extra spaces dropped. */
export function phraseKey(s: string): string {
  return normalize(s)
    .replace(/[^\p{L}\p{N}©]+/gu, ' ')
    .trim()
    .toLowerCase();
}

const keys = (list: string[]) => [...new Set(list.map(phraseKey).filter(Boolean))];

export const boilerplate: BoilerplateVocabulary = {
  sectionHeadings: new Set(keys(data.section_headings)),
  linePrefixes: keys(data.line_prefixes),
  bylinePrefixes: keys(data.byline_prefixes),
  bylineLabels: keys(data.byline_labels),
  lineContains: keys(data.line_contains),
  stripPrefixes: data.strip_prefixes,
  relatedMarkers: keys(data.related_markers),
  weekdays: keys(data.weekdays),
  dateWords: new Set(keys(data.date_words).flatMap((k) => k.split(' '))),
  classNegativeTokens: new Set(data.class_negative_tokens),
  classNegativeSubstrings: data.class_negative_substrings,
  classPositiveSubstrings: data.class_positive_substrings,
  hiddenClasses: new Set(data.hidden_classes),
};
