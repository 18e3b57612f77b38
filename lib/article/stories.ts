// Lines that belong to other stories, inside an article's units (a text file's lines or a page's blocks): the
// headlines of related stories between paragraphs, and the ledes of other stories after the article's end.
// Judged by shape (a headline between paragraphs, a run of self-contained one-sentence ledes) and by topic (the
// words of a related headline are not those of the paragraph after it; a lede names nothing of the article's
// subject, or carries its own weekday or dateline). No word of any one article is listed here.
import { normalize } from '../arabic/normalize';
import { isWawFaGivenName } from '../vocab/article-names';
import { boilerplate as vocab, phraseKey } from '../vocab/boilerplate';
import { wordsUpTo } from './words';

/** A related headline is at least this long; shorter lines between paragraphs are subheadings ("الرد الكندي"). */
const RELATED_HEADLINE_MIN_WORDS = 6;
/** A «Speaker: words» headline in a list of others' headlines after the text's end: at least this many words. */
const SPEAKER_HEADLINE_MIN_WORDS = 4;
/** Subheadings run to a few words; a line between paragraphs this long is a headline more surely. */
const LONG_HEADLINE_WORDS = 9;
const HEADLINE_MAX_WORDS = 16;
/** A lede of another story: one sentence of this many words. */
const LEDE_MIN_WORDS = 10;
const LEDE_MAX_WORDS = 90;
/** The rules here need a unit's word count exactly up to this many words (see StoryUnit.words). */
export const STORY_WORDS_EXACT = LEDE_MAX_WORDS;
/** Words of a text compared for topic: normalised, clitics and common endings removed, generic words left out. */
const MIN_STEM = 3;
/** A lede sharing less than this share of its topic words with the article's title and first paragraph is another story's. */
const FOREIGN_MAX_SHARED = 0.15;
/** …or less than this share, when three ledes or more follow one another at the end, or under a related-stories heading. */
const FOREIGN_MAX_SHARED_LONG_RUN = 0.3;

const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'و', 'ف', 'ب', 'ل', 'ك'];
const ENDINGS = ['يين', 'يون', 'يات', 'يه', 'ات', 'ون', 'ين', 'ان', 'ه', 'ي'];

const formsCache = new Map<string, readonly string[]>();

/** The forms a normalised word may be compared by: itself, without its proclitics, and without a common ending. */
function formsOf(word: string): readonly string[] {
  let forms = formsCache.get(word);
  if (forms) return forms;
  const out = new Set<string>();
  const add = (w: string) => {
    if (w.length < MIN_STEM) return;
    out.add(w);
    for (const e of ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_STEM) out.add(w.slice(0, -e.length));
  };
  add(word);
  for (const p of PROCLITICS) if (word.startsWith(p)) add(word.slice(p.length));
  // A generic word (with or without its proclitics) says nothing of a topic; neither does any of its forms.
  const generic = vocab.genericWords.has(word) || PROCLITICS.some((p) => word.startsWith(p) && vocab.genericWords.has(word.slice(p.length)));
  forms = generic ? [] : [...out].filter((f) => !vocab.genericWords.has(f));
  if (formsCache.size > 50_000) formsCache.clear();
  formsCache.set(word, forms);
  return forms;
}

const DROPPED = 1;
const LETTER = 2;
const FOLDED_LETTER = 3;
const OTHER = 4;
const SURROGATE = 5;
/** What normalising does with each UTF-16 code unit and whether the result is a letter, filled in on first sight. */
const charClass = new Uint8Array(0x10000);
function classOf(c: number): number {
  let k = charClass[c]!;
  if (k) return k;
  const ch = String.fromCharCode(c);
  const n = normalize(ch);
  if (c >= 0xd800 && c <= 0xdfff) k = SURROGATE;
  else if (!n) k = DROPPED;
  else if (!/^\p{L}$/u.test(n)) k = OTHER;
  else k = n === ch ? LETTER : FOLDED_LETTER;
  charClass[c] = k;
  return k;
}

/** The words of `normalize(text).split(/[^\p{L}]+/u)` at least `min` letters long, read without normalising the whole text. */
function longWords(text: string, min: number): string[] | null {
  const out: string[] = [];
  let start = -1; // where the current word starts in `text`
  let length = 0; // its letters so far
  let plain = true; // nothing in it to drop or fold
  const end = (i: number) => {
    if (length >= min) out.push(plain ? text.slice(start, i) : normalize(text.slice(start, i)));
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const k = charClass[text.charCodeAt(i)] || classOf(text.charCodeAt(i));
    if (k === LETTER || k === FOLDED_LETTER) {
      if (start < 0) {
        start = i;
        length = 0;
        plain = true;
      }
      length++;
      if (k === FOLDED_LETTER) plain = false;
    } else if (k === DROPPED) {
      // Dropped marks vanish: the letters on both sides are one word.
      if (start >= 0) plain = false;
    } else if (k === SURROGATE) return null;
    else if (start >= 0) end(i);
  }
  if (start >= 0) end(text.length);
  return out;
}

/** The topic words of a text: each word's comparable forms (a word with none is a generic or function word). */
export function topicWords(text: string): string[][] {
  const out: string[][] = [];
  // A text with characters outside the BMP (rare in news) is read the slow way: normalising may join their halves.
  const words = longWords(text, MIN_STEM) ?? normalize(text).split(/[^\p{L}]+/u).filter((w) => w.length >= MIN_STEM);
  for (const w of words) {
    const forms = formsOf(w);
    if (forms.length) out.push(forms as string[]);
  }
  return out;
}

/** All forms of a text's topic words, for look-ups. */
export function topicSet(text: string): Set<string> {
  return new Set(topicWords(text).flat());
}

/** How many of the words share a form with the set. */
function sharedCount(words: string[][], set: ReadonlySet<string>): number {
  let n = 0;
  for (const forms of words) if (forms.some((f) => set.has(f))) n++;
  return n;
}

/** A paragraph's topic words share at most one, or under maxShared of them, with the set: it tells of something else. */
function unrelatedTo(own: string[][], set: ReadonlySet<string>, maxShared: number): boolean {
  const shared = sharedCount(own, set);
  return shared <= 1 || shared < own.length * maxShared;
}

const SENTENCE_END = /[.!…؟?]["”»'’)]?\s*$/;
/** A headline may ask a question; it does not end with a full stop. */
const STATEMENT_END = /[.!…]["”»'’)]?\s*$/;
const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Opens with a conjunction or a connective that continues the text before it ("وقال", "كما", "من جهته", "أما"). */
export function opensAsContinuation(text: string): boolean {
  const t = text.trim().replace(/^[^\p{L}]+/u, '');
  if (/^[وف]/.test(t)) {
    const first = normalize(t.slice(0, 24).split(/[^\p{L}]/u)[0]!);
    if (vocab.wawFaWords.some((w) => first === w || (first.startsWith(w) && first.length - w.length <= 2))) return false;
    // A first name that opens with the letter («فيصل», «وليد»), where the word without it is no name.
    return !isWawFaGivenName(first);
  }
  const key = phraseKey(t.slice(0, 60));
  return vocab.continuationOpeners.some((c) => key === c || key.startsWith(c + ' '));
}

/** The weekdays as whole words of a phrase key, built at first use. */
let weekday: RegExp | undefined;
/** A weekday right after the subject, between commas ("قال الرئيس الأمريكي، دونالد ترامب، الأربعاء، إن…"). */
function hasOwnWeekday(text: string): boolean {
  const head = text.slice(0, 200);
  return /،\s*(يوم\s+)?\S+،/.test(head) && (weekday ??= new RegExp(`(^| )(${vocab.weekdays.join('|')}) `)).test(phraseKey(head));
}

/** A dateline of its own at the start: "القاهرة، مصر (CNN)--", "عمان - بترا -", "الرياض (واس) -". */
export function hasDateline(text: string): boolean {
  return /^[^\s.،,]+(?:\s[^\s.،,]+){0,3}(?:،\s*[^.،()]{2,40})?\s*\([^()]{2,30}\)\s*[-–—:]/.test(text.trim())
    || /^[^\s.،,]+(?:\s[^\s.،,]+)?\s+[-–—]\s+[^\s.،,]+(?:\s[^\s.،,]+)?\s+[-–—]\s/.test(text.trim());
}

/**
 * A dateline naming a wire or a news site: «مسقط - العمانية - …», «الرياض (واس) -», «دبي، الإمارات العربية المتحدة
 * (CNN)-- …» — the place, then the agency or site (a known one, or a Latin acronym) in brackets or between dashes.
 */
function hasCreditedDateline(text: string): boolean {
  const t = text.trim();
  const m = t.match(/^[^\s.،,]+(?:\s[^\s.،,]+){0,3}(?:،\s*[^.،()]{2,40})?\s*\(([^()]{2,30})\)\s*[-–—:]/)
    ?? t.match(/^[^\s.،,]+(?:\s[^\s.،,]+)?\s+[-–—]\s+([^\s.،,]+(?:\s[^\s.،,]+)?)\s+[-–—]\s/);
  if (!m) return false;
  const key = phraseKey(m[1]!);
  return /^[A-Z]{2,6}$/.test(m[1]!.trim()) || vocab.textCredits.includes(key) || vocab.photoCredits.includes(key) || vocab.siteDatelines.includes(key);
}

/** A list of tags: at least this many, of at most TAG_MAX_WORDS words each. */
const TAG_LIST_MIN_ITEMS = 3;
const TAG_MAX_WORDS = 5;
/**
 * «الهجرة - إسبانيا - المغرب - عبد الوافي لفتيت»: a line of tags joined by dashes or bars, no sentence; at the text's end
 * it is the tags' row, even when one is a name chain (which keeps a line of a signature otherwise).
 */
function isTagList(text: string): boolean {
  if (STATEMENT_END.test(text) || /["“”«»:：]/.test(text)) return false;
  const parts = text.split(/\s+[-–—|]\s+/);
  return parts.length >= TAG_LIST_MIN_ITEMS && parts.every((p) => { const n = wordCount(p); return n >= 1 && n <= TAG_MAX_WORDS; });
}

/** Words that join the parts of a person's full name ("محمد بن سلمان آل سعود"), as phrase keys. */
const NAME_CHAIN = / (بن|بنت|ال) /;

function isHeadlineShaped(text: string, words: number): boolean {
  return words >= 2 && words <= HEADLINE_MAX_WORDS && !STATEMENT_END.test(text.trim());
}

/** "العطية: الاجتماع … بناء": a speaker's name and a colon, the way subheadings quote what was said. */
function quotesASpeaker(text: string): boolean {
  const m = text.match(/^([^:：]{2,30})[:：]/);
  return !!m && wordCount(m[1]!) <= 2;
}

/**
 * «كوريا الشمالية: تصريحات نائب الرئيس "جاهلة"»: a subheading gives a speaker's words after the colon without
 * quotation marks; a line with both is a news headline.
 */
function quotesASpeakerInMarks(text: string): boolean {
  return quotesASpeaker(text) && /["“”«»]/.test(text.slice(text.search(/[:：]/)));
}

/** «أرشيف», «أرشيفية», «صورة أرشيفية», «من الأرشيف»: the archive a picture came from, as a phrase key. */
const ARCHIVE_CREDIT = /^(?:(?:ال)?صوره |من )?(?:ال)?ارشيف(?:يه)?$/;
/** «أرشيف» after an agency in a photo's credit, as the end of a phrase key. */
const ARCHIVE_AFTER_CREDIT = /(?<=\S) (?:ال)?ارشيف(?:يه)?$/;
/** A photographer's name after the label: at most this many words. */
const PHOTOGRAPHER_MAX_WORDS = 4;

/** A photo's caption: a line ending with its credit in brackets or after a dash ("… (رويترز)", "… - Getty Images"). */
function isCaption(text: string): boolean {
  const credit = text.match(/(?:\(([^()]{2,30})\)|[-–—/|]\s*([^-–—/|()]{2,30}))\s*$/);
  // «… (رويترز - أرشيف)»: the agency and the archive the picture came from.
  const key = credit ? phraseKey(credit[1] ?? credit[2]!).replace(ARCHIVE_AFTER_CREDIT, '') : '';
  if (!key) return false;
  const before = wordCount(text.slice(0, credit!.index));
  // Words before the credit describe a picture; a dateline ("الرياض - رويترز") has one or two.
  // The credit is a photo library or agency, a wire, or a news site crediting its own picture («… (الجزيرة)»).
  if ((vocab.photoCredits.includes(key) || vocab.textCredits.includes(key) || vocab.siteDatelines.includes(key)) && before >= 4) return true;
  // «… في قصر الاتحادية (الرئاسة المصرية)»: an institution's press office in brackets, after a description with no sentence in it.
  if (credit![1] && isInstitutionCredit(key) && before >= 4 && !/[.!؟?…:："“”«»]/.test(text.slice(0, credit!.index))) return true;
  // The archive, or a photo's label and whoever took it («… (صورة: رويترز)», «… (تصوير: فلان)», «… - أرشيف»).
  const words = key.split(' ');
  const labelled = vocab.photoLabels.has(words[0]!) && words.length >= 2 && words.length <= PHOTOGRAPHER_MAX_WORDS + 1 && /[:：]|^\S+\s+\S/.test(credit![1] ?? credit![2]!);
  return (labelled || ARCHIVE_CREDIT.test(key)) && before >= 3;
}

/** Words after an institution's head in a photo's credit: at most this many. */
const INSTITUTION_CREDIT_MAX_WORDS = 3;
/** «الرئاسة المصرية», «مجلس الوزراء», «البيت الأبيض»: an institution's head word, then a few words of letters only. */
function isInstitutionCredit(key: string): boolean {
  const words = key.split(' ');
  return vocab.captionInstitutionHeads.has(words[0]!) && words.length - 1 <= INSTITUTION_CREDIT_MAX_WORDS && words.every((w) => !/\d/.test(w));
}

/**
 * Where the people of a photo stand, in brackets: «(إلى اليمين)», «(الثاني من اليسار)», «(وسط الصورة)», anywhere in a
 * caption; the bare «(يمين)», «(يسار)», «(وسط)» only right after the first few words (the person it places), since
 * a party's leaning is written so too («حزب … (يمين) …»).
 */
const PLACED_IN_PHOTO = /\((?:(?:إلى|الى|على|في)\s+(?:ال)?(?:يمين|يسار|وسط)|(?:ال)?(?:يمين|يسار|وسط)\s+الصورة|يمينا?ً?|يسارا?ً?|(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|أولى|اولى|ثانية|ثالثة|رابعة)\s+من\s+(?:ال)?(?:يمين|يسار))\)/u;
const PLACED_BARE = /^\s*(?:\S+\s+){1,4}\((?:يمين|يسار|وسط)\)/u;
/** A photo's caption placing the people in it («البوسعيدي (يمين) ونظيره الهولندي في مسقط»), with no sentence's end. */
function isPlacingCaption(text: string): boolean {
  return !/[.!؟?…]["”»']?\s*$/.test(text.trim()) && (PLACED_IN_PHOTO.test(text) || PLACED_BARE.test(text));
}

/** A photo's caption runs to at most this many words. */
const CAPTION_MAX_WORDS = 40;
/**
 * A long caption (longer than a headline): a description with no sentence's end in it, then the photo's credit in
 * brackets — a photo library, an agency's photo desk or a site's own picture, not «(وكالات)» — «… في مسقط أمس (أ.ف.ب)».
 */
function isLongCaption(text: string, words: number): boolean {
  if (words > CAPTION_MAX_WORDS || words <= HEADLINE_MAX_WORDS) return false;
  if (isPlacingCaption(text)) return true;
  const credit = text.match(/\(([^()]{2,30})\)\s*$/);
  if (!credit || /[.!؟?…]/.test(text.slice(0, credit.index))) return false;
  const key = phraseKey(credit[1]!).replace(ARCHIVE_AFTER_CREDIT, '');
  return vocab.photoCredits.includes(key) || vocab.siteDatelines.includes(key);
}

/** An interview's question or answer ("*هل …؟", "- نعم …", "س: …", "ج: …"), or an item of a list. */
const INTERVIEW_OR_ITEM = /^\s*(?:[*\-–—•·]|(?:س|سؤال|ج|جواب)\s*[:：\-–—/])/;

/** «ـ وزير الخزانة: أسس الاقتصاد متينة», «- النقض تحدد موعد …»: a line opening with a dash or a bullet, then a word. */
const BULLETED = /^\s*[-–—ـ•]+\s+\p{L}/u;
/** A bulleted headline has at least this many words (a dash and a word or two are a sign-off's initials). */
const BULLETED_HEADLINE_MIN_WORDS = 3;

/**
 * «عمان وهولندا.. شراكة بحرية»: a topic of a few words, two dots, then the news — the way sites write other stories'
 * headlines (a subheading inside a story is not written so). Three dots are an ellipsis, not this mark.
 */
const TOPIC_DOTS_HEADLINE = /^[^.!؟?…]{2,50}?[^.\s]\.\.(?!\.)\s*[^.\s]/u;
const TOPIC_MAX_WORDS = 5;
function isTopicDotsHeadline(text: string): boolean {
  const m = text.match(TOPIC_DOTS_HEADLINE);
  return !!m && wordCount(m[0].slice(0, m[0].indexOf('..'))) <= TOPIC_MAX_WORDS;
}

/** «Name: phrase» or «Name.. phrase»: the name runs to at most this many words. */
const PROFILE_NAME_MAX_WORDS = 4;
/** The relative pronoun follows the person's noun within this many words («رئيس الوزراء الإثيوبي الذي …»). */
const PROFILE_RELATIVE_WITHIN = 5;
const PROFILE_SPLIT = /^([^:：.!؟?«»"“”\d()]{2,50}?)\s*(?:[:：]|\.\.(?!\.))\s*(\S.*)$/u;
/** A word as a profile's noun for a person is listed: without its article. */
const withoutArticle = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

/**
 * A link to a profile of a person: «آبي أحمد: رئيس الوزراء الذي …», «فلانة: المرأة التي …» (a name, a colon or two dots,
 * then a noun for a person that a relative pronoun follows: an epithet, not what the person said), «فلان: سيرة …»,
 * «فلان: بطاقة تعريف», «فلان في سطور».
 */
function isProfileLink(text: string): boolean {
  if (phraseKey(text).endsWith(' في سطور')) return true;
  const m = text.match(PROFILE_SPLIT);
  if (!m || wordCount(m[1]!) > PROFILE_NAME_MAX_WORDS) return false;
  const phrase = phraseKey(m[2]!);
  if (vocab.profileOpeners.some((o) => phrase === o || phrase.startsWith(o + ' '))) return true;
  const words = phrase.split(' ');
  const heads = vocab.profileHeads;
  const head = words.length > 1 && heads.has(`${withoutArticle(words[0]!)} ${withoutArticle(words[1]!)}`) ? 2 : heads.has(withoutArticle(words[0]!)) ? 1 : 0;
  return head > 0 && words.slice(head, head + PROFILE_RELATIVE_WITHIN + 1).some((w) => vocab.profileRelatives.has(w));
}

/** Marked as a link to another story or a caption: "نبذة عن", "صور:", a question, words in quotation marks, a photo credit, «Topic.. news». */
function isMarkedRelated(text: string): boolean {
  if (INTERVIEW_OR_ITEM.test(text)) return false;
  if (isCaption(text) || isPlacingCaption(text) || isTopicDotsHeadline(text) || isProfileLink(text)) return true;
  const key = phraseKey(text);
  if (vocab.relatedMarkers.some((m) => key.startsWith(m)) || /[؟?]\s*$/.test(text.trim())) return true;
  return /["“”«»]/.test(text) && !quotesASpeaker(text);
}

export interface StoryUnit {
  text: string;
  /** Already left out (boilerplate): skipped, as if absent. */
  dropped: boolean;
  /** The first unit after a related-stories heading ("اقرأ أيضا", "قد يهمك") and the headlines under it. */
  listedUnderHeading?: boolean;
  /** Its word count when already known: exact up to STORY_WORDS_EXACT, some larger number above (see wordsUpTo). */
  words?: number;
}

/** Units judged between two yields of `otherStoryUnitsSteps` (the first ones compile the rules' code: a few ms in Chromium). */
const UNITS_PER_STEP = 8;

export interface StoryOptions {
  /** The first unit is the article's title, never judged and the source of its subject's words. */
  firstIsTitle?: boolean;
  /** The units are only the text's beginning: no rule about what comes after its last paragraph applies. */
  openEnd?: boolean;
}

/** For each unit, whether it belongs to another story. */
export function otherStoryUnits(units: readonly StoryUnit[], options: StoryOptions = {}): boolean[] {
  const steps = otherStoryUnitsSteps(units, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `otherStoryUnits` in steps: yields every few dozen units, for a caller that must not block a page for long. */
export function* otherStoryUnitsSteps(units: readonly StoryUnit[], options: StoryOptions = {}): Generator<void, boolean[], void> {
  const out = units.map(() => false);
  const live = liveUnits(units);
  if (live.live.length < 3) return out;
  const headline = live.text.map((t, k) => isHeadlineShaped(t, live.words[k]!));
  yield;
  const s = storyReading(units, live, headline, options);
  markTrailingHeadlines(s, out, options);
  yield;
  markLongCaptions(s, out);
  yield;
  yield* markRelatedHeadlines(s, out);
  markSpeakerHeadlinesInRuns(s, out);
  yield;
  markListedLedes(s, out);
  if (options.openEnd) return out;
  markLedesAtEnd(s, out);
  return out;
}

/** The units not left out and not empty: their places among all units, their trimmed texts and word counts. */
interface LiveUnits {
  live: number[];
  text: string[];
  /** Exact up to the largest limit of the rules (LEDE_MAX_WORDS), some larger number above it. */
  words: number[];
}

function liveUnits(units: readonly StoryUnit[]): LiveUnits {
  const live: number[] = [];
  const text: string[] = [];
  const words: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const t = units[i]!.text.trim();
    if (units[i]!.dropped || !t) continue;
    live.push(i);
    text.push(t);
    words.push(units[i]!.words ?? wordsUpTo(t, LEDE_MAX_WORDS));
  }
  return { live, text, words };
}

/** What the rules read of the live units, by position among them; what costs more is computed on first use. */
interface StoryReading extends LiveUnits {
  units: readonly StoryUnit[];
  headline: boolean[];
  /** The first position of the body (past the title, when the first unit is one). */
  firstBody: number;
  /** For each position, the next position holding a paragraph (not a headline), or -1. */
  nextParagraph: number[];
  /** Each unit's topic words, computed once and only for the units a rule compares. */
  topicsOf: (k: number) => string[][];
  /** All forms of the topic words of some units (as topicSet of their texts joined by spaces). */
  topicSetOf: (...ks: number[]) => Set<string>;
  /** How many paragraphs (not headlines) of the body come before a position. */
  paragraphsBefore: (k: number) => number;
  headlineOfAStory: (k: number) => boolean;
  /** A line that goes on from the text before it (not a caption opening with a name that starts with و or ف). */
  continues: (k: number) => boolean;
  /** A lede of a story at a position of the body, judged only where a rule looks. */
  lede: (k: number) => boolean;
  /** Another story's lede: its own weekday or dateline, or (almost) none of the words of the article's subject. */
  foreign: (k: number, maxShared: number) => boolean;
  /** The words of the article's subject: the title and the first paragraph. */
  subject: () => Set<string>;
}

function storyReading(units: readonly StoryUnit[], { live, text, words }: LiveUnits, headline: boolean[], options: StoryOptions): StoryReading {
  const firstBody = options.firstIsTitle ? 1 : 0;
  const nextParagraph: number[] = new Array(live.length);
  for (let k = live.length - 1, next = -1; k >= 0; k--) {
    nextParagraph[k] = next;
    if (!headline[k]) next = k;
  }
  const topics: (string[][] | undefined)[] = new Array(live.length);
  const topicsOf = (k: number) => (topics[k] ??= topicWords(text[k]!));
  const topicSetOf = (...ks: number[]) => {
    const set = new Set<string>();
    for (const k of ks) for (const forms of topicsOf(k)) for (const f of forms) set.add(f);
    return set;
  };
  const before: number[] = [];
  for (let k = 0, n = 0; k < live.length; k++) {
    before.push(n);
    if (k >= firstBody && !headline[k]) n++;
  }
  const wordsOfArticle = articleWordsOf(text);
  /** Judged only where a rule looks (the run at the end, the units under a related-stories heading). */
  const ledes: (boolean | undefined)[] = new Array(live.length);
  // The subject: the title and the first paragraph (a dateline or byline line before it is no paragraph).
  const firstParagraph = headline[firstBody] ? nextParagraph[firstBody]! : firstBody;
  let subjectWords: Set<string> | undefined;
  const subject = () => (subjectWords ??= topicSetOf(...(firstBody ? [0] : []), ...(firstParagraph >= 0 ? [firstParagraph] : [])));
  return {
    units, live, text, words, headline, firstBody, nextParagraph, topicsOf, topicSetOf, subject,
    paragraphsBefore: (k) => before[k]!,
    headlineOfAStory: (k) => k !== firstBody && isHeadlineOfAStory(text[k]!, words[k]!),
    continues: (k) => opensAsContinuation(text[k]!) && !(isCaption(text[k]!) && opensWithOwnName(text[k]!, wordsOfArticle)),
    lede: (k) => (ledes[k] ??= k >= firstBody && isLede(text[k]!, words[k]!)),
    foreign: (k, maxShared) => {
      return hasOwnWeekday(text[k]!) || hasDateline(text[k]!) || unrelatedTo(topicsOf(k), subject(), maxShared);
    },
  };
}

/**
 * A line that could be another story's headline: after the first paragraph (its caller's part), long enough, not a
 * label or a line of an address or a signature ("…:", "… -", a name chain with بن/آل), not an interview's question,
 * nor a subheading quoting a speaker or summing up a statement.
 */
function isHeadlineOfAStory(t: string, words: number): boolean {
  if (words < RELATED_HEADLINE_MIN_WORDS || quotesASpeaker(t) || INTERVIEW_OR_ITEM.test(t) || /[:：\-–—,،]$/.test(t)) return false;
  const key = phraseKey(t);
  const first = key.split(' ')[0]!;
  return !vocab.statementOpeners.has(first) && !vocab.addressOpeners.has(first) && !NAME_CHAIN.test(key);
}

/** The article's words (normalised), and those of them it writes right after another word (inside a phrase). */
interface ArticleWords { all: Set<string>; inner: Set<string> }

/** The article's words, built on first use. */
function articleWordsOf(text: readonly string[]): () => ArticleWords {
  let articleWords: ArticleWords | undefined;
  return () => {
    if (articleWords) return articleWords;
    const all = new Set<string>();
    const inner = new Set<string>();
    for (const t of text) {
      const tokens = normalize(t).split(/\s+/);
      tokens.forEach((token, i) => {
        const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        if (!word) return;
        all.add(word);
        if (i > 0 && /^\p{L}/u.test(token) && /\p{L}$/u.test(tokens[i - 1]!)) inner.add(word);
      });
    }
    return (articleWords = { all, inner });
  };
}

/**
 * «فيزكارا لدى مغادرته …»: a line whose first word opens with و or ف is read as going on from the text before it; the word
 * is a name instead when the article writes it inside a phrase too («الرئيس مارتن فيزكارا»), where a conjunction's word
 * opens a sentence or a clause, and never without that letter («يزكارا»; «وقال» has «قال» beside it). Asked of captions only.
 */
function opensWithOwnName(t: string, wordsOfArticle: () => ArticleWords): boolean {
  const first = normalize(t.replace(/^[^\p{L}]+/u, '').split(/[^\p{L}\p{M}]/u)[0]!);
  if (!/^[وف]/.test(first) || first.length < 5) return false;
  const { all, inner } = wordsOfArticle();
  return inner.has(first) && !all.has(first.slice(1));
}

/**
 * Ledes of other stories after the article are one-sentence paragraphs that open afresh. A teaser the site cut (no
 * full stop) is longer than a headline; a lede opens with a word, not with the dash or star of an interview's
 * questions and answers.
 */
function isLede(t: string, w: number): boolean {
  return /^\p{L}/u.test(t) && w >= LEDE_MIN_WORDS && w <= LEDE_MAX_WORDS && (SENTENCE_END.test(t) || w > HEADLINE_MAX_WORDS) && !opensAsContinuation(t);
}

/**
 * Headlines after the article's last paragraph: nothing follows them that they could announce. A line of one word
 * there is a tag too.
 */
function markTrailingHeadlines(s: StoryReading, out: boolean[], options: StoryOptions): void {
  const { live, text, words, headline, firstBody } = s;
  const trailing: number[] = [];
  const tagShaped = (k: number) => words[k]! === 1 && /\p{L}/u.test(text[k]!) && !STATEMENT_END.test(text[k]!);
  for (let k = live.length - 1; !options.openEnd && k > firstBody && (headline[k] || tagShaped(k)) && !opensAsContinuation(text[k]!) && s.paragraphsBefore(k) >= 2; k--) trailing.push(k);
  const related = (k: number) => isMarkedRelated(text[k]!) || s.headlineOfAStory(k);
  /**
   * At the very end, with nothing after it to announce, a line is no subheading: a "Topic: words" headline goes
   * («البلد: ماذا يجري في …»), and so does a tag of a few words («أخبار السعودية»), unless it is a label («المصدر:»).
   */
  const relatedAtEnd = (k: number) =>
    related(k)
    || isTagList(text[k]!)
    || (quotesASpeaker(text[k]!) && words[k]! >= RELATED_HEADLINE_MIN_WORDS && !INTERVIEW_OR_ITEM.test(text[k]!))
    || (words[k]! < RELATED_HEADLINE_MIN_WORDS && !/[:：\-–—,،]/.test(text[k]!));
  let ends = 0;
  while (ends < trailing.length && relatedAtEnd(trailing[ends]!)) ends++;
  // A line that stays above short ones makes them its own (a signature's name, then its title): only headlines go.
  if (ends < trailing.length) for (ends = 0; ends < trailing.length && related(trailing[ends]!); ) ends++;
  for (let r = 0; r < ends; r++) out[live[trailing[r]!]!] = true;
  // In a list of two or more, a "Speaker: words" line or one naming someone by a name chain is one more headline:
  // at the end, with nothing after it, it is no subheading and no signature.
  // A "Speaker: words" line may be shorter there («أردوغان: سنحترم نتائج الانتخابات»): words after its colon make it a headline.
  const listed = trailing.filter((k) => (words[k]! >= RELATED_HEADLINE_MIN_WORDS || (quotesASpeaker(text[k]!) && words[k]! >= SPEAKER_HEADLINE_MIN_WORDS))
    && !INTERVIEW_OR_ITEM.test(text[k]!) && !/[:：\-–—,،]$/.test(text[k]!));
  if (listed.length === trailing.length && trailing.length >= 2 && trailing.some(related)) for (const k of trailing) out[live[k]!] = true;
}

/** Long captions, wherever they are. */
function markLongCaptions(s: StoryReading, out: boolean[]): void {
  for (let k = s.firstBody; k < s.live.length; k++) if (!s.headline[k] && isLongCaption(s.text[k]!, s.words[k]!) && !s.continues(k)) out[s.live[k]!] = true;
}

/**
 * «ـ وزير الخزانة: أسس الاقتصاد متينة» between two paragraphs: a bulleted headline standing alone (no bulleted line next to
 * it, a sentence ended before it) is a link or the site's heading, not an item of a list (whose items stand together, under
 * a line that ends with a colon) nor an interview's question (which asks).
 */
function isLoneBulletedHeadline({ text, words, headline, firstBody, live }: StoryReading, k: number): boolean {
  const t = text[k]!;
  if (!BULLETED.test(t) || words[k]! < BULLETED_HEADLINE_MIN_WORDS || /[؟?]\s*$/.test(t) || k - 1 < firstBody) return false;
  const prev = text[k - 1]!;
  return !BULLETED.test(prev) && SENTENCE_END.test(prev) && !headline[k - 1] && k + 1 < live.length && !BULLETED.test(text[k + 1]!) && !headline[k + 1];
}

/** Related headlines between paragraphs. */
function* markRelatedHeadlines(s: StoryReading, out: boolean[]): Generator<void, void, void> {
  const { live, text, words, headline, firstBody, nextParagraph } = s;
  for (let k = firstBody; k < live.length; k++) {
    if (k % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
    const t = text[k]!;
    const after = nextParagraph[k]!;
    if (!headline[k] || after < 0 || s.continues(k)) continue;
    if (isMarkedRelated(t) || (quotesASpeakerInMarks(t) && words[k]! >= RELATED_HEADLINE_MIN_WORDS) || isLoneBulletedHeadline(s, k)) {
      out[live[k]!] = true;
      continue;
    }
    if (!s.headlineOfAStory(k)) continue;
    // Two headings in a row: the short one opens the section, the long one before it heads another story.
    if (k + 1 < after && after === k + 2 && words[k + 1]! < RELATED_HEADLINE_MIN_WORDS && !opensAsContinuation(text[k + 1]!)) {
      out[live[k]!] = true;
      continue;
    }
    // A subheading announces the paragraphs after it; a related headline is about something else.
    const own = s.topicsOf(k);
    const then = nextParagraph[after]!;
    const following = then < 0 ? s.topicSetOf(after) : s.topicSetOf(after, then);
    // A long one is a headline more surely (subheadings run to a few words): it may share more and still go.
    const maxShared = words[k]! >= LONG_HEADLINE_WORDS ? 0.5 : 0.25;
    if (sharedCount(own, following) < own.length * maxShared) out[live[k]!] = true;
  }
}

/**
 * A "Speaker: words" line is kept as a subheading when alone; in a run of headlines of which one is another story's,
 * it is one more of them ("معركة الموصل: …" between two related headlines).
 */
function markSpeakerHeadlinesInRuns({ live, text, words, headline, firstBody }: StoryReading, out: boolean[]): void {
  for (let k = firstBody; k < live.length; k++) {
    if (!headline[k] || out[live[k]!] || !quotesASpeaker(text[k]!) || words[k]! < RELATED_HEADLINE_MIN_WORDS) continue;
    const near = [k - 1, k + 1].filter((j) => j >= firstBody && j < live.length && headline[j]);
    if (near.some((j) => out[live[j]!])) out[live[k]!] = true;
  }
}

/**
 * Ledes listed under a related-stories heading in the middle of the text, until the article resumes: each another
 * story's by the article's subject and by the paragraphs above the heading too. A paragraph that takes up the
 * article's words from further down («حضر الاجتماع من الجانب القطري …» after «وجرى خلال الاجتماع …», «القوة المشتركة
 * القطرية») goes on with the story after a heading the site left without its link.
 */
function markListedLedes(s: StoryReading, out: boolean[]): void {
  const { units, live } = s;
  for (let k = s.firstBody + 1; k < live.length; k++) {
    if (!units[live[k]!]!.listedUnderHeading) continue;
    const above = paragraphsAbove(s, k);
    const foreignToAbove = (j: number) => unrelatedTo(s.topicsOf(j), above(), FOREIGN_MAX_SHARED_LONG_RUN);
    for (let j = k; j < live.length && s.lede(j) && s.foreign(j, FOREIGN_MAX_SHARED_LONG_RUN) && foreignToAbove(j); j++) out[live[j]!] = true;
  }
}

/** The topic words of the body's paragraphs (not headlines) before a position, computed on first use. */
function paragraphsAbove(s: StoryReading, k: number): () => Set<string> {
  let set: Set<string> | undefined;
  return () => (set ??= s.topicSetOf(...s.live.map((_, j) => j).filter((j) => j >= s.firstBody && j < k && !s.headline[j])));
}

/** Ledes of other stories after the article: a run at the end of one-sentence paragraphs that open afresh. */
function markLedesAtEnd(s: StoryReading, out: boolean[]): void {
  const { live, text, headline, firstBody, lede } = s;
  let start = live.length;
  while (start > firstBody && (lede(start - 1) || headline[start - 1])) start--;
  const last = live.length - 1;
  // One lede alone at the end needs both signs: a weekday of its own and nothing of the subject; or a wire's or a
  // site's dateline of its own («مسقط - العمانية - استقبل …»), which no paragraph after a story's first writes.
  if (live.length - start < 2) {
    if (start === last && lede(last) && s.paragraphsBefore(last) >= 3
      && (hasCreditedDateline(text[last]!) || (hasOwnWeekday(text[last]!) && sharedCount(s.topicsOf(last), s.subject()) <= 1))) out[live[last]!] = true;
    return;
  }
  let ledesFrom = 0;
  for (let k = start; k < live.length; k++) if (lede(k)) ledesFrom++;
  // The run starts at the first lede that is another story's: its own weekday or dateline, or (almost) none of
  // the words of the article's title and first paragraph.
  for (let k = start; k < live.length && ledesFrom >= 2; k++) {
    if (!lede(k)) continue;
    // A longer run of such ledes is evidence in itself: related stories are often on a neighbouring topic.
    if (s.foreign(k, ledesFrom >= 3 ? FOREIGN_MAX_SHARED_LONG_RUN : FOREIGN_MAX_SHARED)) {
      // The headline right above the first foreign lede is that story's (a list of headlines, each with its lede).
      let from = k;
      while (from - 1 >= start && headline[from - 1] && !opensAsContinuation(text[from - 1]!)) from--;
      if (s.paragraphsBefore(k) >= 2) for (let j = from; j < live.length; j++) out[live[j]!] = true;
      break;
    }
    ledesFrom--;
  }
}
