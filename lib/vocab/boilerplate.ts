import data from '../../assets/boilerplate.json';
import { normalize } from '../arabic/normalize';

/** Site boilerplate vocabulary (assets/boilerplate.json), with the Arabic phrases pre-normalised for matching. */
export interface BoilerplateVocabulary {
  /** A block or line that is only one of these opens a list of links (most read, read also, tags…). */
  sectionHeadings: Set<string>;
  /** The section headings that open a list of other stories ("اقرأ أيضا", "قد يهمك", "مواضيع ذات صلة"). */
  relatedSectionHeadings: Set<string>;
  linePrefixes: string[];
  /** A byline starts with one of these words and a name ("كتب محمد علي"); judged on very short lines only. */
  bylinePrefixes: string[];
  /** …or with one of these labels and a colon or dash ("حوار: …", "المصدر: وكالات", "آخر تحديث: …"). */
  bylineLabels: string[];
  lineContains: string[];
  stripPrefixes: string[];
  relatedMarkers: string[];
  weekdays: string[];
  /** Openers that continue the text before them ("كما", "من جهته", "إلى ذلك"), as phrase keys. */
  continuationOpeners: string[];
  /** Words that begin with و or ف as a letter of the word, not a conjunction ("وزير", "فلسطين"), normalised. */
  wawFaWords: string[];
  /** Past reporting verbs that open a subheading summing up a statement ("أكد ضرورة …"); headlines use the present. */
  statementOpeners: Set<string>;
  /** Words that open a line of a letter's address or of a name with its honorific ("صاحب الجلالة …"), never a headline. */
  addressOpeners: Set<string>;
  /** Agencies and photo libraries credited at the end of a caption ("… (رويترز)", "… - Getty Images"), as phrase keys. */
  photoCredits: string[];
  /** News sites that sign their own stories in a dateline under the title ("دبي - العربية.نت"), as phrase keys. */
  siteDatelines: string[];
  /** Wire agencies and "وكالات" credited for a story's text in a line under it, as phrase keys. */
  textCredits: string[];
  /** A line that is only one of these labels ("التعليق على الصورة،") has the photo's caption in the line after it. */
  captionLabels: Set<string>;
  /** Words too common in news to tell one story's topic from another's (normalised, with and without ال). */
  genericWords: Set<string>;
  /** Words of a date line (months of every calendar in use, weekdays, "نشر في"…): a block of only these and digits is a date. */
  dateWords: Set<string>;
  /** A line of at most five words ending with one of these (perhaps then «أيضا») heads a list of other stories ("أخبار قد تهمك"), as phrase keys. */
  relatedHeadingTails: string[];
  /** The line prefixes written with a colon ("الصورة:", "الوسوم:"): a label, matched only with a separator after it, as phrase keys. */
  labelPrefixes: Set<string>;
  /** Words of a share or tool bar ("شارك", "طباعة", "فيسبوك"), and words that only join them ("عبر", "هذا"), as phrase keys. */
  shareWords: Set<string>;
  shareFillerWords: Set<string>;
  /** The first word of a prompt to follow the site, subscribe or install its app, and the platforms and channels it names, as phrase keys. */
  followOpeners: Set<string>;
  followPlatforms: string[];
  /** The openers that are also a past verb ("تابع" he went on): the prompt must not end as a sentence. */
  followOpenersAlsoPast: Set<string>;
  /** A line of only one of these is the site's chrome wherever it stands (an advert's label, «أبلغ عن خطأ», «التالي»), as phrase keys. */
  furnitureLines: Set<string>;
  /** Words of a reading or view counter or a reading time ("عدد القراءات", "دقائق"), as phrase keys. */
  counterWords: Set<string>;
  /** The first words of a line crediting a photo ("مصدر الصورة"), as phrase keys. */
  photoSourceLabels: string[];
  /** Words that label a photo before its credit or photographer ("صورة: رويترز", "بعدسة فلان"), as phrase keys. */
  photoLabels: Set<string>;
  /** Words that stand beside a photo's label in a credit line of its own ("مصدر الصورة", "صورة تعبيرية"), as phrase keys. */
  photoLabelQualifiers: Set<string>;
  /** The first word of a photo's caption of an event ("صاحب السمو …", "وزيرة …"), and the words placing them in it ("خلال", "لدى"), as phrase keys. */
  captionSubjectOpeners: Set<string>;
  captionEventWords: Set<string>;
  /** Labels of a line crediting the story's sources ("المصدر"), as phrase keys. */
  sourceLabels: string[];
  /** Section headings over tags ("كلمات مفتاحية"), as phrase keys. */
  tagHeadings: Set<string>;
  /** A line of only one of these labels the story under its title ("خاص", "متابعات"), as phrase keys. */
  headerLabels: Set<string>;
  /** The first words of a correspondent's signature under the title ("مراسل الجزيرة نت - مسقط"), as phrase keys. */
  correspondentOpeners: string[];
  /** A notice under the text about what the site publishes opens with one of these («الأخبار المنشورة على …») and names one of `noticeOutlets`, as phrase keys. */
  noticeSubjects: Set<string>;
  noticeOutlets: Set<string>;
  /** A «Name: phrase» profile link's phrase opens with one of these («سيرة», «بطاقة تعريف»), as phrase keys. */
  profileOpeners: string[];
  /** …or with a noun for a person («رئيس», «المرأة»; phrase keys, without ال) that one of `profileRelatives` follows. */
  profileHeads: Set<string>;
  profileRelatives: Set<string>;
  /** The first word of an institution's press office credited in brackets under a photo («الرئاسة», «مجلس»), as phrase keys. */
  captionInstitutionHeads: Set<string>;
  /** The first word of the writer's description under an opinion piece ("كاتب", "باحث", "أستاذ"), as phrase keys. */
  writerBioOpeners: Set<string>;
  classNegativeTokens: Set<string>;
  classNegativeSubstrings: string[];
  classPositiveSubstrings: string[];
  hiddenClasses: Set<string>;
}

const KEY_CHAR = /^[\p{L}\p{N}©]$/u;
const UNKNOWN = 0;
const DROP = 1;
const KEEP = 2;
const FOLD = 3;
const SEPARATOR = 4;
/** What the key does with each UTF-16 code unit, filled in on first sight (this runs on every paragraph of a page). */
const charClass = new Uint8Array(0x10000);
const folded = new Map<number, string>();
function classOf(c: number): number {
  let k = charClass[c]!;
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(c);
  const n = normalize(ch);
  if (!n) k = DROP;
  else if (c >= 0xd800 && c <= 0xdfff) k = SEPARATOR; // pairs are read whole below; a lone surrogate is no letter
  else if (!KEY_CHAR.test(n)) k = SEPARATOR;
  else if (n === ch) k = KEEP;
  else {
    k = FOLD;
    folded.set(c, n);
  }
  charClass[c] = k;
  return k;
}

/**
 * The key used to compare a phrase with a line: normalised, punctuation and extra spaces dropped. One pass over
 * the text, the same result as `normalize(s).replace(/[^\p{L}\p{N}©]+/gu, ' ').trim().toLowerCase()`.
 */
export function phraseKey(s: string): string {
  let out = '';
  let run = -1; // start of a stretch of characters copied as they are
  let space = false; // a separator since the last key character
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let k = c < 0x80 ? ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? KEEP : SEPARATOR) : charClass[c] || classOf(c);
    let width = 1;
    let pair = '';
    if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair, perhaps with dropped marks between its halves (normalising joins them).
      let j = i + 1;
      while (j < n && classOf(s.charCodeAt(j)) === DROP) j++;
      const d = j < n ? s.charCodeAt(j) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = j - i + 1;
        pair = String.fromCharCode(c, d);
        k = KEY_CHAR.test(pair) ? (width === 2 ? KEEP : FOLD) : SEPARATOR;
      }
    }
    if (k === KEEP) {
      if (run < 0) {
        if (space && out) out += ' ';
        space = false;
        run = i;
      }
      i += width - 1;
      continue;
    }
    if (run >= 0) {
      out += s.slice(run, i);
      run = -1;
    }
    if (k === FOLD) {
      if (space && out) out += ' ';
      space = false;
      out += pair || folded.get(c)!;
    } else if (k === SEPARATOR) space = true;
    i += width - 1;
  }
  if (run >= 0) out += s.slice(run);
  return out.toLowerCase();
}

/** The reference definition of phraseKey (tests compare the two). */
export const phraseKeySlow = (s: string) => normalize(s).replace(/[^\p{L}\p{N}©]+/gu, ' ').trim().toLowerCase();

/**
 * The start of `phraseKey(s)` without normalising all of a long text: `{ key, complete: true }` is the whole key;
 * otherwise `key` is a prefix of the whole key of at least `min` characters, ending where a word ends (the whole
 * key goes on with a space). Exact because the key is built character by character: the key of a prefix of `s`
 * is a prefix of the key of `s`, except perhaps its last character (a cut surrogate pair, a final sigma).
 */
export function phraseKeyHead(s: string, min: number): { key: string; complete: boolean } {
  for (let n = Math.max(64, 2 * min); ; n *= 4) {
    if (n >= s.length) return { key: phraseKey(s), complete: true };
    const head = phraseKey(s.slice(0, n));
    const cut = head.lastIndexOf(' ');
    if (cut >= min && cut > 0) return { key: head.slice(0, cut), complete: false };
  }
}

const keys = (list: string[]) => [...new Set(list.map(phraseKey).filter(Boolean))];

/**
 * The vocabulary, each list keyed at its first use: this module is part of the content script, evaluated on every
 * page, and keying every phrase there was most of that script's first task.
 */
class LazyBoilerplate implements BoilerplateVocabulary {
  private built: Partial<BoilerplateVocabulary> = {};

  get sectionHeadings() {
    return (this.built.sectionHeadings ??= new Set(keys(data.section_headings)));
  }
  get relatedSectionHeadings() {
    return (this.built.relatedSectionHeadings ??= new Set(keys(data.related_section_headings)));
  }
  get linePrefixes() {
    return (this.built.linePrefixes ??= keys(data.line_prefixes));
  }
  get bylinePrefixes() {
    return (this.built.bylinePrefixes ??= keys(data.byline_prefixes));
  }
  get bylineLabels() {
    return (this.built.bylineLabels ??= keys(data.byline_labels));
  }
  get lineContains() {
    return (this.built.lineContains ??= keys(data.line_contains));
  }
  get stripPrefixes() {
    return data.strip_prefixes;
  }
  get relatedMarkers() {
    return (this.built.relatedMarkers ??= keys(data.related_markers));
  }
  get weekdays() {
    return (this.built.weekdays ??= keys(data.weekdays));
  }
  get continuationOpeners() {
    return (this.built.continuationOpeners ??= keys(data.continuation_openers));
  }
  get wawFaWords() {
    return (this.built.wawFaWords ??= data.words_opening_with_waw_fa.map((w) => normalize(w)));
  }
  get statementOpeners() {
    return (this.built.statementOpeners ??= new Set(keys(data.statement_subheading_openers)));
  }
  get addressOpeners() {
    return (this.built.addressOpeners ??= new Set(keys(data.address_openers)));
  }
  get photoCredits() {
    return (this.built.photoCredits ??= keys(data.photo_credits));
  }
  get siteDatelines() {
    return (this.built.siteDatelines ??= keys(data.site_datelines));
  }
  get textCredits() {
    return (this.built.textCredits ??= keys(data.text_credits));
  }
  get captionLabels() {
    return (this.built.captionLabels ??= new Set(keys(data.caption_labels)));
  }
  get genericWords() {
    return (this.built.genericWords ??= new Set(
      data.generic_words.map((w) => normalize(w)).flatMap((w) => (w.startsWith('ال') && w.length > 4 ? [w, w.slice(2)] : [w])),
    ));
  }
  get dateWords() {
    return (this.built.dateWords ??= new Set(keys(data.date_words).flatMap((k) => k.split(' '))));
  }
  get relatedHeadingTails() {
    return (this.built.relatedHeadingTails ??= keys(data.related_heading_tails));
  }
  get labelPrefixes() {
    if (!this.built.labelPrefixes) {
      const label = (p: string) => /[:：]\s*$/.test(p);
      const plain = new Set(keys(data.line_prefixes.filter((p) => !label(p))));
      this.built.labelPrefixes = new Set(keys(data.line_prefixes.filter(label)).filter((k) => !plain.has(k)));
    }
    return this.built.labelPrefixes;
  }
  get shareWords() {
    return (this.built.shareWords ??= new Set(keys(data.share_words)));
  }
  get shareFillerWords() {
    return (this.built.shareFillerWords ??= new Set(keys(data.share_filler_words)));
  }
  get followOpeners() {
    return (this.built.followOpeners ??= new Set(keys(data.follow_openers)));
  }
  get followPlatforms() {
    return (this.built.followPlatforms ??= keys(data.follow_platforms));
  }
  get followOpenersAlsoPast() {
    return (this.built.followOpenersAlsoPast ??= new Set(keys(data.follow_openers_also_past)));
  }
  get furnitureLines() {
    return (this.built.furnitureLines ??= new Set(keys(data.furniture_lines)));
  }
  get counterWords() {
    return (this.built.counterWords ??= new Set(keys(data.counter_words)));
  }
  get photoSourceLabels() {
    return (this.built.photoSourceLabels ??= keys(data.photo_source_labels));
  }
  get photoLabels() {
    return (this.built.photoLabels ??= new Set(keys(data.photo_labels)));
  }
  get photoLabelQualifiers() {
    return (this.built.photoLabelQualifiers ??= new Set(keys(data.photo_label_qualifiers)));
  }
  get captionSubjectOpeners() {
    return (this.built.captionSubjectOpeners ??= new Set(keys(data.caption_subject_openers)));
  }
  get captionEventWords() {
    return (this.built.captionEventWords ??= new Set(keys(data.caption_event_words)));
  }
  get sourceLabels() {
    return (this.built.sourceLabels ??= keys(data.source_labels));
  }
  get profileOpeners() {
    return (this.built.profileOpeners ??= keys(data.profile_openers));
  }
  get captionInstitutionHeads() {
    return (this.built.captionInstitutionHeads ??= new Set(keys(data.caption_institution_heads)));
  }
  get profileHeads() {
    return (this.built.profileHeads ??= new Set(keys(data.profile_heads)));
  }
  get profileRelatives() {
    return (this.built.profileRelatives ??= new Set(keys(data.profile_relatives)));
  }
  get tagHeadings() {
    return (this.built.tagHeadings ??= new Set(keys(data.tag_headings)));
  }
  get headerLabels() {
    return (this.built.headerLabels ??= new Set(keys(data.header_labels)));
  }
  get correspondentOpeners() {
    return (this.built.correspondentOpeners ??= keys(data.correspondent_openers));
  }
  get noticeSubjects() {
    return (this.built.noticeSubjects ??= new Set(keys(data.notice_subjects)));
  }
  get noticeOutlets() {
    return (this.built.noticeOutlets ??= new Set(keys(data.notice_outlets)));
  }
  get writerBioOpeners() {
    return (this.built.writerBioOpeners ??= new Set(keys(data.writer_bio_openers)));
  }
  get classNegativeTokens() {
    return (this.built.classNegativeTokens ??= new Set(data.class_negative_tokens));
  }
  get classNegativeSubstrings() {
    return data.class_negative_substrings;
  }
  get classPositiveSubstrings() {
    return data.class_positive_substrings;
  }
  get hiddenClasses() {
    return (this.built.hiddenClasses ??= new Set(data.hidden_classes));
  }
}

export const boilerplate: BoilerplateVocabulary = new LazyBoilerplate();

/** A news site or a wire agency, as the credits vocabularies hold them («أ ش أ», «سبوتنيك», «عنب بلدي»). */
export function isSiteOrAgency(name: string): boolean {
  const key = phraseKey(name);
  return boilerplate.siteDatelines.includes(key) || boilerplate.textCredits.includes(key) || boilerplate.photoCredits.includes(key);
}

const TABLES = Object.getOwnPropertyNames(LazyBoilerplate.prototype).filter((k) => k !== 'constructor') as (keyof BoilerplateVocabulary)[];

/**
 * Every table of the vocabulary keyed, one table per step: a caller that must not block a page for long (the
 * content script's finder) builds them between its yields, so their first use does not add them all to one task.
 * Tables already built cost nothing.
 */
export function* keyBoilerplateSteps(): Generator<void, void, void> {
  for (const table of TABLES) {
    void boilerplate[table];
    yield;
  }
}
