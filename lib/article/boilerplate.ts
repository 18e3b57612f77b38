// Which lines (of a text file) or blocks (of a page) are site boilerplate rather than the article.
// Every paragraph of a page is tested, so the tests look only at what they need: the word count up to the
// largest limit, and the normalised key of a short line or of the start of a long one.
import { normalize } from '../arabic/normalize';
import { isGivenName } from '../vocab/article-names';
import { boilerplate as vocab, isSiteOrAgency, keyBoilerplateSteps, phraseKey, phraseKeyHead } from '../vocab/boilerplate';
import { STORY_WORDS_EXACT, opensAsContinuation, otherStoryUnitsSteps } from './stories';
import { isDateToken } from './date-token';
import { isBracketedEditorsCredit, isMultiWriterByline, isPhotographerSignedCaption, isPlaceAndDateLine, isWriterWords } from './credit-lines';
import { EDIT_NOTICE_MAX_WORDS, isEditNotice } from './edit-notice';
import { openingAgencyLength, openingDatedAgencyLength } from './wire-opening';
import { wordsUpTo } from './words';

/** Short prompts (subscribe, share, follow us, read also: …) are judged by their start; longer blocks are article text. */
const PREFIX_MAX_WORDS = 30;
/** A byline ("حوار: آسيا …", "كتب محمد …") is a line of a few words. */
const BYLINE_MAX_WORDS = 6;
/** Policy notices (comments, copyright, cookies) are judged anywhere in a block of at most this many words. */
const CONTAINS_MAX_WORDS = 70;
const WORDS_EXACT = Math.max(CONTAINS_MAX_WORDS, STORY_WORDS_EXACT);
/** A headline under "most read" or a related link: a short line. */
const HEADLINE_MAX_WORDS = 16;
/** A headline listed under a related-stories heading: at most this many words. */
const LONG_HEADLINE_MAX_WORDS = 24;
/** A line of tags under a tags heading: at most this many words. */
const TAGS_MAX_WORDS = 40;
/** A photo's caption under its label: a line of at most this many words. */
const CAPTION_MAX_WORDS = 40;
/** A date line has at most this many words («الجمعة - 21 شهر ربيع الثاني 1440 هـ - 28 ديسمبر 2018 مـ رقم العدد [14640]»). */
const DATE_MAX_WORDS = 16;

/** The longest phrase of a list (in characters of its key). */
const longest = (list: Iterable<string>) => Math.max(0, ...[...list].map((p) => p.length));
/** Phrases by their first word: one lookup per word of a line instead of a loop over all phrases. */
function byFirstWord(list: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of list) {
    const w = p.split(' ')[0]!;
    out.set(w, [...(out.get(w) ?? []), p]);
  }
  return out;
}

/**
 * Any of the phrases as whole words of a key: one regular expression, tested at native speed on the key of nearly
 * every paragraph of a page (a split of the key and a look-up per word cost four times as much).
 */
function wholeWordsOf(phrases: readonly string[]): RegExp {
  const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return phrases.length ? new RegExp(`(?:^| )(?:${phrases.map(escape).join('|')})(?= |$)`) : /(?!)/;
}

/** The vocabulary's look-up tables, built at the first judgement (not when the content script loads). */
let tables: { headChars: number; linePrefixes: Map<string, string[]>; bylinePrefixes: Map<string, string[]>; lineContains: RegExp; followPlatforms: RegExp; distinctSites: RegExp } | undefined;
const lookups = () => (tables ??= {
  /** Enough of a key to tell whether it equals or starts with any phrase of the vocabulary. */
  headChars: Math.max(longest(vocab.sectionHeadings), longest(vocab.linePrefixes), longest(vocab.bylinePrefixes), longest(vocab.relatedMarkers), longest(vocab.furnitureLines)) + 1,
  linePrefixes: byFirstWord(vocab.linePrefixes),
  bylinePrefixes: byFirstWord(vocab.bylinePrefixes),
  lineContains: wholeWordsOf(vocab.lineContains),
  followPlatforms: wholeWordsOf(vocab.followPlatforms),
  distinctSites: wholeWordsOf(vocab.siteDatelines.filter(isDistinctSiteName)),
});

/** A tatweel that is a word of its own: the dash of a byline or a dateline in Al Quds Al Arabi's and others' typing. */
const SPACED_TATWEEL = /(?<=^|\s)ـ+(?=\s|$)/gu;

/** A line or block being judged, with its word count and key computed once and only as far as needed. */
class Line {
  private wordCount?: number;
  private fullKey?: string;
  private headKey?: string;
  private headComplete = false;
  /** The unit's text, a tatweel standing alone between spaces read as the dash it stands for («سكاي نيوز عربية ـ أبوظبي»). */
  readonly text: string;
  constructor(text: string) {
    this.text = text.includes('ـ') ? text.replace(SPACED_TATWEEL, '-') : text;
  }

  /**
   * Word count, exact up to the largest limit of these rules and of the other-stories rules after them (which are
   * handed the count instead of counting the words again); above it, some larger number.
   */
  get words(): number {
    return (this.wordCount ??= wordsUpTo(this.text, WORDS_EXACT));
  }

  get key(): string {
    return (this.fullKey ??= phraseKey(this.text));
  }

  /** The key when it is short, or its first words (over `headChars` characters) followed by a space. */
  private get head(): string {
    if (this.headKey === undefined) {
      if (this.fullKey !== undefined) {
        this.headKey = this.fullKey;
        this.headComplete = true;
      } else {
        const { key, complete } = phraseKeyHead(this.text, lookups().headChars);
        this.headKey = complete ? key : key + ' ';
        this.headComplete = complete;
        if (complete) this.fullKey = key;
      }
    }
    return this.headKey;
  }

  get isEmpty(): boolean {
    return !this.head;
  }

  /** The key is one of these phrases (none longer than `headChars`). */
  keyIn(phrases: ReadonlySet<string>): boolean {
    const head = this.head;
    return this.headComplete && phrases.has(head);
  }

  /** The key is one of these phrases or starts with one of them and a space. */
  startsWithPhrase(phrasesByWord: ReadonlyMap<string, string[]>): boolean {
    return this.phrasesStarting(phrasesByWord).length > 0;
  }

  /** The phrases the key is, or starts with followed by a space. */
  phrasesStarting(phrasesByWord: ReadonlyMap<string, string[]>): string[] {
    const head = this.head;
    const space = head.indexOf(' ');
    const first = space < 0 ? head : head.slice(0, space);
    return phrasesByWord.get(first)?.filter((p) => head === p || head.startsWith(p + ' ')) ?? [];
  }

  /** The key holds one of the phrases as whole words (see wholeWordsOf). */
  containsPhrase(phrases: RegExp): boolean {
    return phrases.test(this.key);
  }
}

/** Words of a related-stories heading ("أخبار قد تهمك أيضا"): at most this many. */
const RELATED_HEADING_MAX_WORDS = 5;
/** A heading, «في»/«على»/«عبر»/«من», then a site of a few words, as a phrase key. */
const SITE_AFTER_HEADING = /^(\S+(?: \S+){0,3}?) (?:في|علي|عبر|من) (\S+(?: \S+){0,3})$/;
/** Words of a related-stories heading with its site («اقرأ أيضا على سكاي نيوز عربية»): at most this many. */
const RELATED_HEADING_ON_SITE_MAX_WORDS = 9;

/**
 * A phrase key that heads a list of other stories: one of the headings ("اقرأ أيضا", "مواضيع ذات صلة"), or a few words
 * ending with a tail that says so («أخبار قد تهمك», «المقالات ذات الصلة», «تقارير ذات علاقة»), perhaps then «أيضا».
 */
function isRelatedHeadingKey(key: string): boolean {
  if (vocab.relatedSectionHeadings.has(key)) return true;
  // «اقرأ أيضا في الجزيرة نت», «المزيد على سكاي نيوز عربية»: the heading and the site whose stories it lists.
  const onSite = key.match(SITE_AFTER_HEADING);
  if (onSite && vocab.siteDatelines.includes(onSite[2]!) && isRelatedHeadingKey(onSite[1]!)) return true;
  const words = key.split(' ');
  if (words.length > RELATED_HEADING_MAX_WORDS) return false;
  const k = words.length > 1 && words[words.length - 1] === 'ايضا' ? words.slice(0, -1).join(' ') : key;
  if (isMoreOfHeading(words)) return true;
  return vocab.relatedSectionHeadings.has(k) || vocab.relatedHeadingTails.some((t) => k === t || k.endsWith(' ' + t));
}

/** Words of a «more of a section» heading («المزيد من أخبار سياسة», «المزيد في اقتصاد»): at most this many. */
const MORE_OF_MAX_WORDS = 4;
/**
 * «المزيد من سياسة», «المزيد في رياضة», «المزيد من أخبار السعودية»: a link to more stories of the site's section (its name
 * without ال) or of a kind of story («أخبار», «مقالات»); «المزيد من الضحايا» is a subheading.
 */
function isMoreOfHeading(words: readonly string[]): boolean {
  if (words.length < 3 || words.length > MORE_OF_MAX_WORDS || words[0] !== 'المزيد' || !['من', 'في', 'عن'].includes(words[1]!)) return false;
  return !words[2]!.startsWith('ال') || MORE_OF_KINDS.has(words[2]!);
}
const MORE_OF_KINDS = new Set(['اخبار', 'الاخبار', 'مقالات', 'المقالات', 'قصص', 'القصص', 'تقارير', 'التقارير', 'فيديو', 'الفيديو', 'فيديوهات', 'الفيديوهات', 'صور', 'الصور']);

function isRelatedHeadingLine(line: Line): boolean {
  return line.keyIn(vocab.relatedSectionHeadings) || (line.words <= RELATED_HEADING_ON_SITE_MAX_WORDS && isRelatedHeadingKey(line.key));
}

function isSectionHeadingLine(line: Line): boolean {
  return line.keyIn(vocab.sectionHeadings) || isRelatedHeadingLine(line) || (line.words <= 5 && LIST_POSITION.test(line.text))
    || (line.words <= RELATED_ADJECTIVE_MAX_WORDS && RELATED_ADJECTIVE_HEADING.test(line.key))
    || (line.words <= MOST_READ_MAX_WORDS && MOST_READ_HEADING.test(line.key));
}

/** Words of a «related» heading of an adjective alone or after the kind of story: at most this many. */
const RELATED_ADJECTIVE_MAX_WORDS = 2;
/**
 * «مرتبط», «متعلق», «الأخبار المرتبطة», «قصص مشابهة»: «related» or «similar» alone, in either gender, or after the kind of
 * story, as a phrase key; after any other word it ends a subheading («مصير الاتفاق مرتبط»).
 */
const RELATED_ADJECTIVE_HEADING = /^(?:(?:ال)?(?:اخبار|مقالات|مواضيع|موضوعات|قصص|روابط|تقارير|ملفات|فيديوهات) )?(?:ال)?(?:مرتبط|مرتبطه|متعلق|متعلقه|مشابه|مشابهه)$/;

/** Words of a "most read" heading: at most this many. */
const MOST_READ_MAX_WORDS = 6;
/**
 * «الأكثر قراءة الآن», «الأخبار الأكثر مشاهدة», «المقالات الأكثر تداولا هذا الأسبوع»: a "most read" heading in any of its
 * wordings — perhaps the kind of story before «الأكثر», the measure after it, perhaps the time it counts over — as a phrase key.
 */
const MOST_READ_HEADING = /^(?:(?:ال)?(?:اخبار|مقالات|مواضيع|موضوعات|قصص|فيديوهات|تقارير) )?الاكثر (?:قراءه|مشاهده|تداولا|تعليقا|شعبيه|مشاركه|زياره|بحثا|شيوعا|متابعه|رواجا)(?: (?:الان|اليوم|اسبوعيا|هذا الاسبوع|هذا الشهر|خلال الاسبوع|خلال 24 ساعه|في 24 ساعه))?$/;

/** «list 1 of 4», «قائمة 2 من 4»: a screen reader's count over each headline of a list of links (Al Jazeera's «اقرأ أيضا»). */
const LIST_POSITION = /^\s*(?:list\s+\d+\s+of\s+\d+|قائمة\s+\d+\s+من\s+\d+)\s*$/iu;

/** A line or block that is only a section heading of link lists ("الأكثر قراءة", "اقرأ أيضا", "الوسوم", "أخبار قد تهمك"). */
export function isSectionHeading(text: string): boolean {
  return isSectionHeadingLine(new Line(text));
}

/** A word of the raw text as the key counts words (marks and invisible joiners inside it are part of it). */
const RAW_WORD = /[\p{L}\p{N}\p{M}©\u200b-\u200f\u2060\ufeff]+/gu;
/** What separates a label from what it labels: a colon, a bar, a dash, an arrow, dots, a comma. */
const LABEL_SEPARATOR = /[:：|>»/.،,\-–—]/;

/** The raw text has a separator right after its first `n` words, or nothing after them («الصورة: رويترز», «اقرأ أيضا| …»). */
function separatedAfter(text: string, n: number): boolean {
  RAW_WORD.lastIndex = 0;
  let end = 0;
  for (let k = 0, m: RegExpExecArray | null; (m = RAW_WORD.exec(text)); k++) {
    if (k === n) return LABEL_SEPARATOR.test(text.slice(end, m.index));
    end = m.index + m[0].length;
  }
  return true;
}

/**
 * Starts with a prompt or label of the vocabulary. A label written with its colon there («الصورة:», «الوسوم:») needs a
 * separator after it («الصورة التي التقطت…» is a sentence); a related-stories phrase («قد يهمك», «اقرأ أيضا») needs one
 * or a line that does not end as a sentence («قد يهمك أن تعرف أن … .» is one).
 */
function startsWithPrompt(line: Line): boolean {
  return line.phrasesStarting(lookups().linePrefixes).some((p) => {
    const n = p.split(' ').length;
    if (vocab.labelPrefixes.has(p)) return separatedAfter(line.text, n);
    if (isRelatedHeadingKey(p)) return separatedAfter(line.text, n) || !endsSentence(line.text);
    return true;
  });
}

/** «مواضيع قد تهمك: …», «ذات صلة| …»: a related-stories heading, a separator, then the other story's headline. */
function isLabelledRelatedLink(line: Line): boolean {
  const m = line.text.match(/^\s*([^:：|>»\-–—.]{2,40}?)\s*(?:[:：|>»\-–—]|\.\.)/u);
  return !!m && isRelatedHeadingKey(phraseKey(m[1]!));
}

/** The last word of a related-stories heading its headline may run into when the page's two elements join unspaced. */
const GLUED_HEADING_END = /^(\S+ (?:ايضا|كذلك))(?=[\u0621-\u064A]{2})/;
/**
 * «اقرأ أيضاالنيجر: آلاف المحتجين …», «اقرأ أيضاتونس: توقيف …»: a related-stories heading ending in «أيضا» or «كذلك» with
 * the other story's headline run into its last word (France 24's heading and link copied without a space). No word of
 * Arabic goes on after «أيضا», so the join itself tells the heading from a sentence.
 */
function isGluedRelatedLink(line: Line): boolean {
  const m = line.key.match(GLUED_HEADING_END);
  return !!m && vocab.relatedSectionHeadings.has(m[1]!);
}

/** A share or tool bar: only its words («شارك طباعة حجم الخط», «فيسبوك تويتر واتساب», «انسخ الرابط»), or a bare link. */
function isShareBar(line: Line): boolean {
  if (line.words > SHARE_BAR_MAX_WORDS) return false;
  const words = phraseKey(line.text.replace(/\bhttps?:\/\/\S+/g, ' ')).split(' ').filter(Boolean);
  if (!words.length) return /\bhttps?:\/\//.test(line.text);
  let core = 0;
  for (const w of words) {
    if (vocab.shareWords.has(w)) core++;
    else if (!vocab.shareFillerWords.has(w)) return false;
  }
  return core > 0;
}
const SHARE_BAR_MAX_WORDS = 12;

/**
 * A prompt to follow the site, subscribe or install its app: an opener («تابعوا», «انضم», «لمتابعة»), a platform or a
 * channel of the site («على تيليغرام», «قناتنا», «تطبيق»), and nothing reported (no «أن»/«إن», no quotation marks).
 */
function isFollowPrompt(line: Line): boolean {
  if (line.words > PREFIX_MAX_WORDS) return false;
  const key = line.key;
  const space = key.indexOf(' ');
  let first = space < 0 ? key : key.slice(0, space);
  // «ولمزيد من الأخبار، تابع …», «وتابعونا على …»: the prompt with the conjunction that joins it to the text above.
  if (!vocab.followOpeners.has(first) && first.startsWith('و') && vocab.followOpeners.has(first.slice(1))) first = first.slice(1);
  if (!vocab.followOpeners.has(first) || /["“”«»]/.test(line.text) || / (ان|انه|انها|بان|قائلا)( |$)/.test(key)) return false;
  if (vocab.followOpenersAlsoPast.has(first) && endsSentence(line.text)) return false;
  // A platform or channel, or the site itself by a name no ordinary word makes («تابع CNN بالعربية», «تابعوا سكاي نيوز عربية»).
  return lookups().followPlatforms.test(key) || lookups().distinctSites.test(key);
}

/** Words of a counter line: at most this many. */
const COUNTER_MAX_WORDS = 8;
/** A reading or view counter or a reading time: «عدد القراءات: 1520», «قراءة 3 دقائق», «شوهد 240 مرة», «التعليقات (0)». */
function isCounterLine(line: Line): boolean {
  if (line.words > COUNTER_MAX_WORDS) return false;
  const words = line.key.split(' ');
  if (isReadingTimeInWords(words)) return true;
  if (!/\d/.test(line.key) && !words.some((w) => w === 'دقيقتان' || w === 'دقيقتين')) return false;
  let counter = 0;
  for (const w of words) {
    if (vocab.counterWords.has(w)) counter++;
    else if (!/^\d+$/.test(w) && !vocab.dateWords.has(w)) return false;
  }
  return counter > 0;
}

/** «قراءة دقيقة واحدة», «دقيقة للقراءة»: a minute and a word of reading, «واحدة» at most besides. */
function isReadingTimeInWords(words: readonly string[]): boolean {
  return words.includes('دقيقه') && words.some((w) => READING_WORDS.has(w)) && words.every((w) => w === 'واحده' || vocab.counterWords.has(w));
}
const READING_WORDS = new Set(['قراءه', 'القراءه', 'للقراءه']);

/** «مصدر الصورة، Getty Images», «حقوق الصورة: رويترز»: a line crediting a photo. */
function isPhotoSourceLine(line: Line): boolean {
  const key = line.key;
  return line.words <= PHOTO_CREDIT_MAX_WORDS + 2 && vocab.photoSourceLabels.some((l) => key === l || key.startsWith(l + ' '));
}

/** Words of a line that is only a photo's credit: at most this many. */
const PHOTO_CREDIT_MAX_WORDS = 6;
/** «أرشيفية», «(أرشيف)»: the archive a picture came from. */
const ARCHIVE = /^(?:ال)?ارشيف(?:يه)?$/;
/** A word of a photo's label in a credit line: the label, a word beside it, or the archive. */
const isPhotoLabelWord = (w: string) => vocab.photoLabels.has(w) || vocab.photoLabelQualifiers.has(w) || ARCHIVE.test(w);
/**
 * «Photo: AFP», «الصورة من الأرشيف», «الصورة | الأناضول», «(أرشيفية)»: a photo's label and its credit, or the archive alone.
 * A lone agency stays here (a wire's dateline in a block of its own); under the text it is the credit line.
 */
function isPhotoCreditLine(line: Line): boolean {
  if (line.words > PHOTO_CREDIT_MAX_WORDS) return false;
  const words = line.key.split(' ');
  let k = 0;
  while (k < words.length - 1 && isPhotoLabelWord(words[k]!)) k++;
  const rest = words.slice(k).join(' ');
  // «(رويترز - أرشيف)»: the agency and the archive it came from.
  const archived = words.length - k >= 2 && ARCHIVE.test(words[words.length - 1]!) && isCredit(words.slice(k, -1).join(' '));
  // A photo desk's name alone («رويترز», «Getty Images») is the credit of the picture above it, wherever it stands; a wire
  // agency's alone («شينخوا», «أ ش أ», «وكالة الأنباء السعودية») the credit of the picture or of the dispatch around it.
  if (ARCHIVE.test(rest) || (k > 0 && isCredit(rest)) || (k === 0 && (vocab.photoCredits.includes(rest) || vocab.textCredits.includes(rest) || isDistinctSiteName(rest))) || archived) return true;
  // «(أرشيفية - فلان الفلاني)», «عدسة فلان», «(فلان الفلاني - أرشيف)»: the photographer after the label or the archive.
  const labelled = words.slice(0, k).some((w) => vocab.photoLabels.has(w) || ARCHIVE.test(w));
  return (labelled && isPhotographer(words.slice(k))) || (ARCHIVE.test(words[words.length - 1]!) && isPhotographer(words.slice(0, -1)));
}

/**
 * «هسبريس», «سكاي نيوز عربية», «CNN», «بوابة الأهرام»: a news site's name (a phrase key) with a word that is no ordinary
 * Arabic word (one without «ال», not a number); alone on a line it is the site's furniture wherever it stands (a photo's
 * credit, a link to the site). A name of ordinary words only («العربية», «الشرق الأوسط», «اليوم السابع», «اليوم 24») may be a
 * subheading between paragraphs: it goes only where the site signs its story (under the title, under the text).
 */
function isDistinctSiteName(key: string): boolean {
  return isSiteNameKey(key) && key.split(' ').some((w) => !w.startsWith('ال') && !/^\d+$/.test(w));
}

/** The word naming the language of a site's Arabic edition after its name («RT Arabic», «CNN بالعربية», «فرانس 24 عربي»). */
const ARABIC_EDITION = / (?:عربي|عربيه|بالعربي|بالعربيه|arabic)$/;
/** A news site's name as a phrase key, perhaps with the word naming its Arabic edition after it. */
function isSiteNameKey(key: string): boolean {
  return vocab.siteDatelines.includes(key) || (ARABIC_EDITION.test(key) && vocab.siteDatelines.includes(key.replace(ARABIC_EDITION, '')));
}

/** Words of a header label and the site it labels the story for: at most this many. */
const LABELLED_SITE_MAX_WORDS = 6;
/** A label, perhaps a separator or «لـ» («ل» before quotation marks), then a name perhaps in guillemets, quotation marks or brackets. */
const LABEL_THEN_NAME = /^\s*(\S+)\s*([:：|\-–—]?)\s*(?:[لب]ـ\s*|[لب](?=[«"“(]))?([«"“(]?)([^«»"“”()]{2,30}?)[»"”)]?\s*$/u;
/**
 * «خاص «الديار»», «متابعات - العربية.نت», «حصري لـCNN بالعربية»: a desk's label («خاص», «متابعات») and the site the story is
 * the site's own for, wherever it stands. A site named in ordinary words («الوطن», «الخليج») needs its quotation marks or
 * a separator after the label («أخبار الخليج» is a heading of the story's own).
 */
function isLabelledSiteLine(line: Line): boolean {
  if (line.words > LABELLED_SITE_MAX_WORDS) return false;
  const m = LABEL_THEN_NAME.exec(line.text);
  if (!m || !vocab.headerLabels.has(phraseKey(m[1]!))) return false;
  const site = phraseKey(m[4]!);
  return isDistinctSiteName(site) || (isSiteNameKey(site) && !!(m[2] || m[3]));
}

/** A photographer's name: two or three words, the first a given name some name list holds. */
const isPhotographer = (words: readonly string[]) => words.length >= 2 && words.length <= 3 && isGivenName(words[0]!);

/** "كتب محمد علي", "حوار: آسيا العتروس", "المصدر: وكالات" (a label needs its colon: "تقرير أممي يحذر" is a subheading). */
function isByline(line: Line): boolean {
  if (line.startsWithPhrase(lookups().bylinePrefixes) || ENGLISH_BYLINE_LABEL.test(line.text)) return true;
  const label = normalize(line.text).match(/^\s*([^:：\-–—]+?)\s*[:：\-–—]/)?.[1];
  return !!label && vocab.bylineLabels.includes(phraseKey(label));
}

/** «Author, فلان», «Role, بي بي سي نيوز عربي»: the English labels a page's byline carries for screen readers, copied with it. */
const ENGLISH_BYLINE_LABEL = /^\s*(?:author|role|by)\s*[,،:]\s*\S/iu;

/** A source line lists at most this many words. */
const SOURCE_MAX_WORDS = 14;
/** Each source it lists («الصحافة الأميركية», «مواقع التواصل الاجتماعي»): at most this many words. */
const SOURCE_PART_MAX_WORDS = 4;
/** «المصدر : الجزيرة + الصحافة الأميركية + وكالات + مواقع التواصل»: the sources of the story after their label, however many. */
function isSourceLine(line: Line): boolean {
  if (line.words > SOURCE_MAX_WORDS) return false;
  const m = normalize(line.text).match(/^\s*([^:：]{2,20}?)\s*[:：]\s*(.+)$/u);
  if (!m || !vocab.sourceLabels.includes(phraseKey(m[1]!))) return false;
  return m[2]!.replace(/[.]\s*$/, '').split(/\s*[+،,/|]\s*|\s+[-–—]\s+|\s+و(?=\S)/u).every((p) => { const n = wordCount(p); return n >= 1 && n <= SOURCE_PART_MAX_WORDS; });
}
const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** «منذ يومين», «قبل ساعة»: a time ago in words stands for its number. */
const TIME_AGO = /(?:^| )(?:منذ|قبل) (?:ساعه|ساعتين|ساعتان|يوم|يومين|يومان|دقيقه|دقيقتين|اسبوع|اسبوعين)(?: |$)/;
/** Units of time «واحدة»/«واحد» may follow in a time ago. */
const ONE_OF = new Set(['ساعه', 'دقيقه', 'يوم', 'اسبوع', 'شهر']);

function isDateLineOf(line: Line): boolean {
  // The key's digits: Arabic-Indic ones («١٢ مايو ٢٠١٩») are folded to these.
  if (line.words > DATE_MAX_WORDS || !/\d/.test(line.key) && !TIME_AGO.test(line.key)) return false;
  const words = line.key.split(' ').filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // «بتوقيت القاهرة», «بتوقيت مكة المكرمة»: the time zone's place is no date word.
    if (w === 'بتوقيت' || w === 'توقيت') k += Math.min(2, words.length - 1 - k);
    // «قبل ساعة واحدة», «منذ يوم واحد»: one of a unit of time, spelled out.
    else if ((w === 'واحده' || w === 'واحد') && k > 0 && ONE_OF.has(words[k - 1]!)) continue;
    else if (!isDateToken(w)) return false;
  }
  return true;
}

/** A date or time line ("20 يونيو/ حزيران 2024", "نشر في: 08 مايو 2024 02:15 م"): digits and date words only. */
export function isDateLine(text: string): boolean {
  return isDateLineOf(new Line(text));
}

/** A copyright line: «©» anywhere in a block of at most this many words («حقوق النشر © 2024 …»). */
const COPYRIGHT_MAX_WORDS = 40;

function isBoilerplateLine(line: Line): boolean {
  if (line.isEmpty) return false;
  if (isSectionHeadingLine(line) || isDateLineOf(line) || line.keyIn(vocab.furnitureLines) || isBreadcrumb(line)) return true;
  const words = line.words;
  if ((words <= BYLINE_MAX_WORDS && isByline(line)) || isSourceLine(line)) return true;
  // Two writers or more in one byline, a wire's editors in brackets, a caption its photographer signs in brackets.
  if (words <= CREDIT_LINE_MAX_WORDS && (isMultiWriterByline(line.text) || isBracketedEditorsCredit(line.text) || isPhotographerSignedCaption(line.text))) return true;
  // A second story's signature inside the text («القاهرة: «الشرق الأوسط»», «طرابلس: خالد المصراتي»): never a sentence.
  // A writer after a colon stays: «الجبير: قطر تعرف المطلوب» is a subheading of that shape.
  if (words <= BYLINE_MAX_WORDS * 2 && isSigningInText(line.text)) return true;
  if (words <= PREFIX_MAX_WORDS && (startsWithPrompt(line) || isLabelledRelatedLink(line) || isGluedRelatedLink(line) || isContributorsLine(line))) return true;
  if (words <= MORE_PROMPT_MAX_WORDS && MORE_PROMPT.test(line.text)) return true;
  if (words <= CONTAINS_MAX_WORDS && line.containsPhrase(lookups().lineContains)) return true;
  if (words <= COPYRIGHT_MAX_WORDS && line.text.includes('©')) return true;
  // The outlet's notice about what it publishes, wherever it stands (other furniture may follow it under the text).
  if (words <= NOTICE_MAX_WORDS && NOTICE_SHAPE.test(line.key) && isPublicationNotice(line.text)) return true;
  if (words <= STAMP_MAX_WORDS && (isBylineAndStamp(line) || isBylineParts(line))) return true;
  // The desk's note on the story's own editing («ملاحظة المحرر: تم تحديث هذا الخبر …», «تصحيح: في نسخة سابقة …»).
  if (words <= EDIT_NOTICE_MAX_WORDS && isEditNotice(line.text)) return true;
  if (words <= TRANSLATION_NOTICE_MAX_WORDS && TRANSLATION_NOTICE.test(line.key)) return true;
  if (words <= END_MARK_LINE_MAX_WORDS && ((END_WORD.test(line.text) && endMarkLinePattern().test(line.text)) || isStorySignOff(line.text))) return true;
  return isShareBar(line) || isFollowPrompt(line) || isLabelledSiteLine(line) || isCounterLine(line) || isPhotoCreditLine(line) || isContactLine(line) || isHashtagLine(line) || isSceneCaption(line) || isEventCaption(line);
}

/** A note on where the story was first published or translated from: at most this many words. */
const TRANSLATION_NOTICE_MAX_WORDS = 20;
/**
 * «هذا المقال مترجم عن موقع …», «تُرجم هذا التقرير عن الفرنسية», «نُشر هذا المقال أولا على …» (as a phrase key): the desk's
 * note on the story's origin, never the story's own sentence (a story speaks of a book or a speech translated, not of itself).
 */
const TRANSLATION_NOTICE = /^(?:(?:هذا|هذه) )?(?:المقال|المقاله|الماده|التقرير|الخبر|القصه) (?:مترجم|مترجمه|منقول|منقوله) (?:عن|من) |^(?:ترجم|ترجمت|نقل|نقلت|نشر|نشرت) (?:هذا|هذه) (?:المقال|المقاله|الماده|التقرير|الخبر|القصه) (?:عن|من|اولا|في الاصل) /;

/** A line crediting the story's writers, editors or photographer: at most this many words. */
const CREDIT_LINE_MAX_WORDS = 24;

/**
 * «ساهم في كتابة هذا التقرير فلان», «(شاركت في إعداد هذه القصة فلانة)»: who else worked on the story, under its text,
 * perhaps as an editor's note («ملاحظة المحرر: ساهم في إعداد هذا التقرير مراسل CNN في …», CNN Arabic's closing line).
 */
const CONTRIBUTORS = /^[\s(]*(?:(?:ملاحظة|ملحوظة)\s+(?:من\s+)?(?:المحرر|المحررين|التحرير|هيئة التحرير)\s*[:：،,\-–—]\s*)?(?:ساهم|ساهمت|ساهموا|أسهم|أسهمت|اسهم|اسهمت|شارك|شاركت|شاركوا)\s+(?:في|فى)\s+(?:(?:كتابة|إعداد|اعداد|تحرير|إنجاز|انجاز|تغطية)\s+)?(?:(هذا|هذه)\s+)?(?:التقرير|القصة|المقال|الخبر|المادة)(?![\p{L}])/u;
/** A newsroom's people in a contributors' line (a phrase key): its correspondents, its editors, «our» team. */
const NEWSROOM_PEOPLE = /(?:^| )(?:مراسل|مراسله|مراسلو|مراسلي|مراسلون|مراسلا|مراسلنا|مراسلتنا|مراسلينا|مراسلونا|محرر|محرره|محررو|محرري|فريقنا|فريق التحرير)(?: |$)/;

/**
 * «ساهم في إعداد هذا التقرير فلان», «(شاركت في كتابة هذه القصة فلانة)», «ساهم في إعداد التقرير فريق CNN في ساو باولو»: who
 * else worked on the story. With «هذا»/«هذه» it is the story itself; without, only when the ones named are the newsroom's
 * (its correspondents or editors, «our» team, the site by name: «فريق CNN») and no adjective follows the noun: «شارك في إعداد التقرير خبراء
 * أمميون» is the story's sentence about a report.
 */
function isContributorsLine(line: Line): boolean {
  const m = CONTRIBUTORS.exec(line.text);
  if (!m) return false;
  if (m[1]) return true;
  const rest = phraseKey(line.text.slice(m[0].length));
  if (!rest || rest.startsWith('ال')) return false;
  return NEWSROOM_PEOPLE.test(rest) || lookups().distinctSites.test(rest);
}
/** Words of a «more on this» prompt: at most this many. */
const MORE_PROMPT_MAX_WORDS = 10;
/** «للمزيد حول هذا الموضوع اقرأ:», «لمزيد من التفاصيل:»: a prompt for the link after its colon. */
const MORE_PROMPT = /^\s*(?:للمزيد|لمزيد|للاطلاع|للإطلاع)(?![\p{L}])[^.!؟?:：]*[:：]\s*$/u;

/** Words of a breadcrumb trail: at most this many. */
const BREADCRUMB_MAX_WORDS = 10;
/** «الرئيسية > أخبار > سياسة», «الرئيسية / عربي ودولي»: the site's home, then its sections after arrows or slashes. */
function isBreadcrumb(line: Line): boolean {
  return line.words <= BREADCRUMB_MAX_WORDS && /^\s*(?:الرئيسية|الصفحة الرئيسية|Home)\s*[>»›\/|]/iu.test(line.text) && !endsSentence(line.text);
}

/** A line of only hashtags («#السعودية #أرامكو», «#عاجل»): a site's tags, never a sentence. */
function isHashtagLine(line: Line): boolean {
  const tokens = line.text.trim().split(/\s+/);
  return tokens.length <= TAGS_MAX_WORDS && tokens.every((t) => /^#[\p{L}\p{N}_]/u.test(t));
}

/** Words of a caption of the scene («جانب من الاجتماع (وام)»): at most this many. */
const SCENE_CAPTION_MAX_WORDS = 12;
/** «جانب من اللقاء», «جانب من المباحثات - واس»: a photo's caption showing part of the event, not a sentence. */
function isSceneCaption(line: Line): boolean {
  return line.words <= SCENE_CAPTION_MAX_WORDS && line.key.startsWith('جانب من ') && !endsSentence(line.text) && !/[،,:؛]/.test(line.text);
}

/** Words of a caption of an event: at most this many; the people it shows before the event's word, at most this many. */
const EVENT_CAPTION_MAX_WORDS = 25;
const EVENT_CAPTION_SUBJECT_MAX_WORDS = 10;
/** «يوم», «يونيو», «يوليو», «يناير»: words that open with ي and are no verb. */
const NOT_VERBS_WITH_YA = new Set(['يوم', 'يونيو', 'يوليو', 'يناير', 'يونيه', 'يوليه']);
/**
 * «صاحب السمو فلان خلال استقباله الرئيس فلان في قصر الشاطئ.», «وزيرة الاقتصاد لدى وصولها إلى طوكيو»: a photo's caption
 * of an event — the people shown (opening with a title or an honorific), then the event's word and
 * what they do. No verb of a sentence: no «أن»/«إن», no quotation marks, no colon nor comma (a sentence's fronted
 * «خلال استقباله» sits between commas), no word that opens as a verb in the present tense.
 */
function isEventCaption(line: Line): boolean {
  if (line.words > EVENT_CAPTION_MAX_WORDS || /["“”«»:：،,؛?؟]/.test(line.text)) return false;
  const words = line.key.split(' ');
  const event = words.findIndex((w) => vocab.captionEventWords.has(w));
  if (event < 1 || event > EVENT_CAPTION_SUBJECT_MAX_WORDS || event === words.length - 1) return false;
  if (words[event] === 'لدي' && !BY_OWN_ACT.test(line.text)) return false;
  // A first name is no sign of a caption: «جرى خلال الاجتماع …» opens with a verb a name list also holds.
  if (!vocab.captionSubjectOpeners.has(words[0]!)) return false;
  return !words.some((w) => REPORTED_THAT.has(w) || (w.startsWith('ي') && !NOT_VERBS_WITH_YA.has(w) && isPresentVerbLike(w)));
}
/**
 * «لدى وصولها», «لدى استقباله»: «لدى» opens an event only before a verbal noun that carries its subject's pronoun; before
 * a state or a place («سفيرة جمهورية إستونيا لدى مملكة البحرين.», an ambassador listed one a line) it is "to".
 */
const BY_OWN_ACT = /(?:^|\s)[وف]?لدى\s+[\p{L}\p{M}]+(?:ه|ها|هم|هما)(?![\p{L}\p{M}])/u;
const REPORTED_THAT = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'قائلا', 'مؤكدا', 'مشيرا', 'مضيفا']);

/** A line of a byline and a stamp, or of two stamps, runs to at most this many words. */
const STAMP_MAX_WORDS = 30;
/** A writer's name alone (a first name a name list holds), or a place and the writer's name, in a part of such a line. */
const isWriterPart = (part: string) =>
  (isBylineShaped(part) && isGivenName(normalize(part.trim().replace(NAME_HONORIFIC, '').split(/\s+/)[0]!))) || isPlacedByline(part) || isSiteDateline(part) || isWireDateline(part);
/**
 * «نشر في: … | آخر تحديث: …», «كتب: فلان | الأحد 12 مايو 2019», «بقلم فلان - 12 مايو 2019», «كتب فلان الأحد، 14 أكتوبر 2019
 * 04:30 م»: a publication stamp with another stamp or the byline before it, in parts a bar separates or in one run.
 * Every part is a date line, a byline or a writer's (and place's) line; one of them a date.
 */
function isBylineAndStamp(line: Line): boolean {
  if (!/\d/.test(line.key)) return false;
  const parts = line.text.split(/\s*[|｜]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) {
    let dated = false;
    for (const part of parts) {
      const l = new Line(part);
      if (isDateLineOf(l)) dated = true;
      else if (!(l.words <= BYLINE_MAX_WORDS && (isByline(l) || isWriterPart(part)))) return false;
    }
    return dated;
  }
  // One run: the byline, then (after a dash or a comma, or nothing) the stamp from its weekday or first digit on.
  const tokens = line.text.trim().split(/\s+/);
  for (let k = 2; k < tokens.length && k <= BYLINE_MAX_WORDS + 1; k++) {
    const tail = new Line(tokens.slice(k).join(' '));
    if (!/\d/.test(tail.key) || !isDateLineOf(tail)) continue;
    const raw = tokens.slice(0, k).join(' ');
    const head = raw.replace(/[\s\-–—،,:|]+$/u, '');
    const h = new Line(head);
    // Without a bar the head must say it is a byline («كتب», «بقلم»): «موعد الانتخابات الأحد 12 مايو» is a subheading.
    // A writer's name (and place) is one too when a dash or a comma sets the stamp apart («فلان الفلاني - 12 مايو 2019»).
    const setApart = /[-–—،,]\s*$/u.test(raw) || /^[-–—،,]/u.test(tokens[k]!);
    return h.words <= BYLINE_MAX_WORDS && (isByline(h) || (setApart && isWriterPart(head)));
  }
  return isStampThenByline(tokens);
}

/**
 * «كتب - فلان | تصوير - فلان», «اليوم السابع | كتب فلان»: a byline with the photographer's credit or the site's name, in parts
 * a bar separates; every part a byline or the site (or an agency), one of them a byline.
 */
function isBylineParts(line: Line): boolean {
  if (!/[|｜]/.test(line.text)) return false;
  const parts = line.text.split(/\s*[|｜]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  let byline = false;
  for (const part of parts) {
    const l = new Line(part);
    if (l.words <= BYLINE_MAX_WORDS && isByline(l)) byline = true;
    else if (!isSiteSigning(part) && !isCredit(part)) return false;
  }
  return byline;
}

/**
 * «الأحد، 12 فبراير 2024 10:35 م كتب محمد علي»: the stamp first, then the byline's word and the writer's name (a first name a
 * name list holds, then one or two words): «في 12 مايو كتب الوزير رسالة …» is a sentence.
 */
function isStampThenByline(tokens: readonly string[]): boolean {
  for (let k = tokens.length - 3; k >= Math.max(1, tokens.length - 4); k--) {
    const head = new Line(tokens.slice(0, k).join(' '));
    if (!/\d/.test(head.key) || !isDateLineOf(head)) continue;
    const prefix = normalize(tokens[k]!.replace(/[:：]$/u, ''));
    const name = tokens.slice(k + 1);
    return vocab.bylinePrefixes.includes(phraseKey(prefix)) && name.every((w) => NAME_WORD.test(w)) && isGivenName(normalize(name[0]!));
  }
  return false;
}

/** A contact line has at most this many words («للتواصل مع المحرر: news@…», «البريد الإلكتروني: …»). */
const CONTACT_MAX_WORDS = 10;
/** A short line giving an e-mail address, not a sentence that ends with a full stop. */
function isContactLine(line: Line): boolean {
  return line.words <= CONTACT_MAX_WORDS && /[\w.+-]+@[\w-]+\.[\w.]+/.test(line.text) && !endsSentence(line.text.replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ''));
}

/** A prompt or notice that is never article text (subscription call, share prompt, comment policy, copyright…). */
export function isBoilerplateText(text: string): boolean {
  return isBoilerplateLine(new Line(text));
}

/** Ends like a sentence (a headline usually does not). */
const endsSentence = (s: string) => /[.!…。]["”»']?\s*$/.test(s.trim());

function isHeadlineLikeLine(line: Line): boolean {
  const words = line.words;
  return words >= 2 && words <= HEADLINE_MAX_WORDS && !endsSentence(line.text);
}

/** A short line that reads like a headline: few words, no full stop at the end. */
export function isHeadlineLike(text: string): boolean {
  return isHeadlineLikeLine(new Line(text));
}

/** Remove leading markers that are navigation glued to a dateline ("Next Previous عين اليوم – واس"). */
export function stripBoilerplatePrefix(text: string): string {
  for (const p of vocab.stripPrefixes) {
    const i = text.indexOf(p);
    if (i >= 0 && text.slice(0, i).trim() === '') return text.slice(i + p.length).replace(/^[\s:–-]+/, '');
  }
  return text;
}

/** The words of a wire's end mark («- خلا -», «-انتهى-», «(النهاية)»), alone on a line or after the last sentence. */
const END_WORDS = 'انتهى|انتهي|خلا|النهاية';
const END_MARK = new RegExp(`^(?:${END_WORDS})$`, 'u');
/**
 * A text with no end word that a letter does not follow («خلا», not «خلال») holds no end mark: the big patterns below
 * (their letter classes cost milliseconds to compile at their first use) are tried only on a text that does.
 */
const END_WORD = new RegExp(`(?:${END_WORDS})(?![\u0621-\u064a])`);

/**
 * The editors' initials and the time after an end mark («ع ب ر / م ع ح», «ع ع», «ن ح/ ع ك 15/5/2019 14:37»: two groups at
 * least, or one dotted «ع.ع»), perhaps none.
 */
const END_INITIAL = String.raw`(?:\p{L}{1,2}(?:\.\p{L}{1,2})+|\p{L}{1,2}|\d[\d/:.]*\p{L}?)`;
const END_INITIALS = String.raw`(?:\s*${END_INITIAL}(?:(?:\s*/\s*|\s+)${END_INITIAL})+|\s*\p{L}{1,2}(?:\.\p{L}{1,2})+)?`;
/**
 * A wire's end mark written at the end of the story's last paragraph («… تأسيسه. (النهاية)», «… -انتهى-», «… // انتهى //»).
 * This pattern and the next are built at their first use (after END_WORD), not while the content script loads.
 */
let trailingEndMark: RegExp | undefined;
const trailingEndMarkPattern = (): RegExp => (trailingEndMark ??= new RegExp(`(?<=[.!؟?»"”)]|\\s)\\s*(?:\\((?:${END_WORDS})\\)|[-–—ـ/]+\\s*(?:${END_WORDS})\\s*[-–—ـ/]+)${END_INITIALS}\\s*$`, 'u'));
/** A line of only a wire's end mark and the editors' initials («/انتهى/ ع ع», «(النهاية) م ع ش / ه م ا», «- خلا -»): one story's end, wherever it is. */
let endMarkLine: RegExp | undefined;
const endMarkLinePattern = (): RegExp => (endMarkLine ??= new RegExp(`^\\s*(?:\\((?:${END_WORDS})\\)|[-–—ـ/]*\\s*(?:${END_WORDS})(?!\\p{L})\\s*[-–—ـ/]*)${END_INITIALS}\\s*$`, 'u'));
/** Words of an end mark's line: at most this many. */
const END_MARK_LINE_MAX_WORDS = 12;
/** An agency or site credited in brackets after a paragraph's last sentence («… المقبل. (أ ش أ)», «… (وكالات)»). */
const TRAILING_CREDIT = /(?<=[.!؟?»"”])\s*\(([^()]{2,24})\)\s*$/u;

/** Lines of a wire's sign-off under a block's last sentence, each after a line break («--(بترا)», «ن ح/ ب ط», the time): at most this many. */
const TRAILING_SIGN_OFF_MAX_LINES = 4;

/**
 * The line without a wire's end mark, or an agency's credit in brackets, after its last sentence; a page's block without
 * the wire's sign-off a single <br> puts under its last sentence («…إيجابية.<br>--(بترا)», then perhaps the editors'
 * initials and the time on lines of their own), which a text file has on lines of their own.
 */
export function stripEndMark(text: string): string {
  const dropEndMark = (s: string) => (END_WORD.test(s) ? s.replace(trailingEndMarkPattern(), '') : s).trimEnd();
  let out = dropEndMark(text);
  for (let n = 0; n < TRAILING_SIGN_OFF_MAX_LINES; n++) {
    const br = out.lastIndexOf('\n');
    if (br <= 0 || !isSignOffLine(out.slice(br + 1))) break;
    out = dropEndMark(out.slice(0, br));
  }
  const credit = out.endsWith(')') ? out.match(TRAILING_CREDIT) : null;
  if (credit && isCredit(credit[1]!)) out = out.slice(0, credit.index).trimEnd();
  return dropEndMark(out);
}

/** A line of a wire's sign-off: its end mark, the agency and the editors, their initials, the time it was filed. */
function isSignOffLine(text: string): boolean {
  const line = new Line(text);
  if (line.isEmpty || line.words > END_MARK_LINE_MAX_WORDS) return false;
  return (END_WORD.test(text) && endMarkLinePattern().test(text)) || isStorySignOff(text) || isSignOff(normalize(text)) || isCreditLine(text) || isDateLineOf(line);
}

/** No unit from `from` on continues the text before it (they are a list of other stories' ledes). */
function noContinuationFrom(units: readonly string[], from: number): boolean {
  for (let k = from; k < units.length; k++) if (units[k]!.trim() && opensAsContinuation(units[k]!)) return false;
  return true;
}

export interface UnitFilterOptions {
  /** The first unit is the title: never judged as another story's, and the source of the subject's words. */
  firstIsTitle?: boolean;
  /**
   * The units are only the beginning of the text (the finder's preview of a long article): the rules about the
   * text's end are not applied — the credit line under it, headlines and other stories' ledes after its last
   * paragraph, everything after a related-stories heading that nothing continues — since its end is still to come.
   */
  openEnd?: boolean;
}

/**
 * Units judged between two yields of `keepArticleUnitsSteps`: the first units of a page's first judging compile the
 * rules' code and patterns (a few ms each in Chromium), the rest take a few µs.
 */
const UNITS_PER_STEP = 8;

/**
 * For each unit (a line or a block), whether it belongs to the article. A section heading drops itself and
 * the run of short headline-like units after it (the list of links under "الأكثر قراءة"); prompts and notices
 * go; then the lines of other stories (related headlines between paragraphs, ledes after the end) go.
 */
export function keepArticleUnits(units: readonly string[], options: UnitFilterOptions = {}): boolean[] {
  const steps = keepArticleUnitsSteps(units, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `keepArticleUnits` in steps: yields every few dozen units, for a caller that must not block a page for long. */
export function* keepArticleUnitsSteps(units: readonly string[], options: UnitFilterOptions = {}): Generator<void, boolean[], void> {
  yield* keyBoilerplateSteps();
  const keep = units.map(() => true);
  const listed = units.map(() => false);
  const lines = units.map((u) => new Line(u));
  for (let i = 0, judged = 0; i < units.length; i++) {
    if (++judged % UNITS_PER_STEP === 0) yield;
    if (isSectionHeadingLine(lines[i]!)) {
      keep[i] = false;
      let j = i + 1;
      // Under a tags heading, a line of tags runs to any length; it never ends as a sentence.
      const tags = lines[i]!.keyIn(vocab.tagHeadings);
      // A teaser the site cut ends with an ellipsis («… مع سنغافورة...»): still one of the list's headlines.
      const teaser = (line: Line) => line.words >= 2 && line.words <= HEADLINE_MAX_WORDS && /(?:\.\.\.|…)\s*$/.test(line.text);
      // Under a related-stories heading, a long headline (up to a short paragraph's length) that does not end as a
      // sentence nor continues the text before it is one more of the list's.
      const related = isRelatedHeadingLine(lines[i]!);
      const longHeadline = (line: Line) => related && line.words <= LONG_HEADLINE_MAX_WORDS && !endsSentence(line.text) && !opensAsContinuation(line.text);
      const inList = (line: Line) => isHeadlineLikeLine(line) || teaser(line) || longHeadline(line) || isBoilerplateLine(line) || (tags && line.words <= TAGS_MAX_WORDS && !/[.!؟?…]/.test(line.text));
      while (j < units.length && inList(lines[j]!)) keep[j++] = false;
      // Near the end, a list of ledes under the heading: everything after it, when none of it continues the article.
      if (isRelatedHeadingLine(lines[i]!)) {
        if (!options.openEnd && noContinuationFrom(units, j)) for (; j < units.length; j++) keep[j] = false;
        else if (j < units.length) listed[j] = true;
      }
      i = j - 1;
      continue;
    }
    // A caption label in a line of its own, and the caption under it.
    if (lines[i]!.keyIn(vocab.captionLabels) && i + 1 < units.length && lines[i + 1]!.words <= CAPTION_MAX_WORDS) {
      keep[i] = keep[i + 1] = false;
      i++;
      continue;
    }
    if (isBoilerplateLine(lines[i]!)) {
      keep[i] = false;
      // «مصدر الصورة، Getty Images» and the caption under it without its label: a line that does not end as a sentence
      // (a labelled caption, or any other furniture after it, is judged as such on the next turn).
      const next = lines[i + 1];
      if (next && isPhotoSourceLine(lines[i]!) && next.words <= CAPTION_MAX_WORDS && !endsSentence(next.text) && !opensAsContinuation(next.text)
        && !next.keyIn(vocab.captionLabels) && !isSectionHeadingLine(next) && !isBoilerplateLine(next)) keep[++i] = false;
    }
  }
  yield;
  dropSkippedBlocks(lines, keep);
  dropLoneWriterLines(lines, keep);
  yield;
  dropBylineAndCredit(lines, keep, options);
  yield;
  dropHeaderCaption(lines, keep, options);
  yield;
  const other = yield* otherStoryUnitsSteps(units.map((text, i) => ({ text, dropped: !keep[i], listedUnderHeading: listed[i], words: keep[i] ? lines[i]!.words : undefined })), options);
  const kept = keep.map((k, i) => k && !other[i]);
  dropOuterRuleLines(units, kept);
  return kept;
}

/** «--------», «ـــــــــ», «**»: a line drawn across the text, no word of the story. */
const RULE_LINE = /^[\s\-–—_ـ*=~•·.|+#]+$/u;

/**
 * A rule line with no story text under it (above the wire's sign-off or the outlet's notice, which are gone) or none above
 * it: furniture a reader sees and the scorer's exclude strings cannot (they normalise to nothing). Between two kept
 * paragraphs it stays: there it parts two dispatches of a wire's bulletin, and the delegations layer reads it so.
 * Judged last, so the rules about the text's end still read it as empty.
 */
function dropOuterRuleLines(units: readonly string[], keep: boolean[]): void {
  const story = keep.flatMap((k, i) => (k && !RULE_LINE.test(units[i]!) ? [i] : []));
  const first = story[0] ?? units.length, last = story[story.length - 1] ?? -1;
  for (let i = 0; i < units.length; i++) if (keep[i] && RULE_LINE.test(units[i]!) && (i < first || i > last)) keep[i] = false;
}

/** «تخطى موضوعات مقترحة وواصل القراءة»: the link that lets a screen reader skip a block, and the block's name. */
const SKIP_LINK = /^\s*(?:تخطى|تخطي|تجاوز)\s+(.{2,40}?)\s+(?:وواصل|وتابع|وأكمل|واكمل)\s+القراءة\s*$/u;
/** The block a skip link opens ends within this many units, at its «نهاية …» line. */
const SKIPPED_BLOCK_MAX_UNITS = 40;

/**
 * «تخطى البودكاست وواصل القراءة» … «نهاية البودكاست»: a block the page lets a reader skip (a podcast, suggested stories),
 * framed by its skip link and its end line (BBC Arabic's house style); all of it, the frame too. A skip link with no end
 * line goes alone.
 */
function dropSkippedBlocks(lines: readonly Line[], keep: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (isBlockEndLine(lines[i]!)) keep[i] = false;
    const m = SKIP_LINK.exec(lines[i]!.text);
    if (!m) continue;
    keep[i] = false;
    const block = phraseKey(m[1]!);
    const ends = ['نهايه ' + block, block + ' نهايه'];
    for (let j = i + 1; j < lines.length && j <= i + SKIPPED_BLOCK_MAX_UNITS; j++) {
      if (!ends.includes(lines[j]!.key)) continue;
      for (let k = i; k <= j; k++) keep[k] = false;
      i = j;
      break;
    }
  }
}

/** Blocks a page frames with a skip link and an end line that are no list heading: «البودكاست», «يستحق الانتباه». */
const SKIPPABLE_BLOCKS = new Set(['البودكاست', 'بودكاست', 'يستحق الانتباه']);
/**
 * «قصص مقترحة نهاية», «نهاية البودكاست»: the end line of a block a page lets a reader skip, printed on its own (its block
 * a list heading or a podcast), wherever it stands.
 */
function isBlockEndLine(line: Line): boolean {
  const key = line.key;
  if (line.words > 6 || !(key.startsWith('نهايه ') || key.endsWith(' نهايه'))) return false;
  const block = key.startsWith('نهايه ') ? key.slice(6) : key.slice(0, -6);
  return SKIPPABLE_BLOCKS.has(block) || isSectionHeading(block);
}

/** «الداخلية: فلان», «رئيس الوفد: فلان»: a label, its colon, then a name or a few words. */
const COLON_LINE = /^[^:：]{2,25}[:：]\s*\S/u;

/**
 * «جدة: فلانة الفلانية» alone between paragraphs: another correspondent's signature, wherever it stands. A line of that
 * shape next to another labelled line is one of a list («الداخلية: فلان», «الخارجية: فلان»: a new cabinet), and stays.
 */
function dropLoneWriterLines(lines: readonly Line[], keep: boolean[]): void {
  const live = keep.flatMap((k, i) => (k && !lines[i]!.isEmpty ? [i] : []));
  for (let k = 1; k < live.length; k++) {
    const line = lines[live[k]!]!;
    if (line.words > BYLINE_MAX_WORDS || !isPlaceColonWriter(line.text)) continue;
    const listed = [live[k - 1], live[k + 1]].some((j) => j !== undefined && COLON_LINE.test(lines[j]!.text));
    if (!listed) keep[live[k]!] = false;
  }
}

/** A paragraph, not a line of furniture: this many words at least. */
const PARAGRAPH_MIN_WORDS = 8;
/** The lines between the title and the first paragraph (subtitle, date, byline, dateline): at most this many. */
const HEADER_MAX_LINES = 4;

/**
 * The writer's name under the title («محمد علوش», «بغداد: فاضل النشمي»: a line of two or three words, or a place and
 * a colon before them, that the first paragraph follows), the news site signing its own story in any of its shapes
 * («دبي - العربية.نت», «سكاي نيوز عربية - أبوظبي», «بيروت: «الشرق الأوسط»», «هسبريس من الرباط», «الجزائر - العربية.نت،
 * وكالات»), the writer and the place («بيروت - محمد علوش», «محمد علوش-بيروت»), each anywhere in the lines between the
 * title and the first paragraph; a wire's dateline in a line of its own («الخرطوم / الأناضول», «عمان - بترا»); and
 * under the text, the credit line («فرانس24/ أ ف ب») and the wire's sign-off («- خلا -», «وام/رضا عبدالنور»,
 * «--(بترا) ن ح/ ع ك 15/5/2019 14:37»), the last lines first.
 * A one-word dateline («الرياض») stays, and so does the paragraph a dateline opens (`openingDatelineLength` cuts a wire's off it).
 */
function dropBylineAndCredit(lines: readonly Line[], keep: boolean[], options: UnitFilterOptions): void {
  if (options.firstIsTitle) dropOpeningByline(lines, keep);
  const live = keep.flatMap((k, i) => (k && !lines[i]!.isEmpty ? [i] : []));
  if (live.length < 3) return;
  // A text whose first line is furniture itself (the site's name, a byline: copied without its title) has its header from
  // its first kept line on.
  const at = options.firstIsTitle && keep[lines.findIndex((l) => !l.isEmpty)] ? 1 : 0;
  const isHeaderLine = (line: Line) => line.words <= HEADLINE_MAX_WORDS && !endsSentence(line.text);
  // The header ends at the first paragraph; a text with none (a list, a header only) has no header to judge.
  let end = at;
  while (end < live.length && end < at + HEADER_MAX_LINES && isHeaderLine(lines[live[end]!]!)) end++;
  if (end >= live.length || isHeaderLine(lines[live[end]!]!)) end = at + 1;
  for (let k = at; k < end && k + 1 < live.length; k++) {
    const line = lines[live[k]!]!;
    const next = lines[live[k + 1]!]!;
    const beforeParagraph = next.words >= PARAGRAPH_MIN_WORDS;
    // «محمد علي» over «بي بي سي نيوز عربي» or over the date: the writer's name, the site's signature or the stamp under it.
    const overFurniture = isWriterName(line.text) && (isSiteSigning(next.text.trim()) || isDateLineOf(next) || isCreditLine(next.text) || isWriterBio(next.text));
    if (((beforeParagraph || overFurniture) && (isBylineShaped(line.text) || isPortraitCaption(line))) || isHeaderLabel(line) || isSiteSigning(line.text.trim().replace(/^\((.*)\)$/u, '$1')) || ((beforeParagraph || k < end - 1) && (isSiteDateline(line.text) || isWireDateline(line.text) || isDatedWireDateline(line.text) || isPlacedByline(line.text) || isWriterAndPlace(line.text) || isWriterAndBracketedPlace(line.text) || isCreditLine(line.text) || isWriterThenStamp(line.text) || isWriterBio(line.text) || isPlaceAndDateLine(line.text)))) keep[live[k]!] = false;
  }
  if (options.openEnd) return;
  for (let k = live.length - 1; k >= Math.max(1, live.length - 3); k--) {
    // Normalised: a sign-off's time in Arabic-Indic digits («١٤:٣٧») reads as digits.
    const text = normalize(lines[live[k]!]!.text);
    if (!isCreditLine(text) && !isSignOff(text) && !isPublicationNotice(text) && !isClosingByline(text) && !isDashedEditorName(text) && !isWriterBio(text)) break;
    keep[live[k]!] = false;
  }
}

/**
 * «محمد علي 12 فبراير 2024», «سارة أحمد الأحد 12 فبراير 2024 10:35 م»: under the title, the writer's name (a first name a name
 * list holds, then one or two words) and the stamp with nothing between them. Only there: between paragraphs a line of that
 * shape may be one of a list.
 */
function isWriterThenStamp(text: string): boolean {
  const tokens = text.trim().replace(NAME_HONORIFIC, '').split(/\s+/);
  for (let k = 2; k <= 3 && k < tokens.length; k++) {
    const tail = new Line(tokens.slice(k).join(' '));
    if (!/\d/.test(tail.key) || !isDateLineOf(tail)) continue;
    return isWriterName(tokens.slice(0, k).join(' ')) && !isDateToken(phraseKey(tokens[k - 1]!));
  }
  return false;
}

/** The writer's description under an opinion piece: at most this many words (a bare one, without its mark: fewer). */
const WRITER_BIO_MAX_WORDS = 25;
const BARE_WRITER_BIO_MAX_WORDS = 12;
/** The mark before it: «*», «**», «(*)», «-», «•». */
const BIO_MARK = /^\s*(?:\(\*\)|[*•\-–—]+)\s*/u;
/**
 * «* كاتب وباحث سياسي فلسطيني», «- أستاذ العلوم السياسية في جامعة القاهرة»: under the text, the writer's description — a
 * writer's noun first («كاتب», «باحث», «أستاذ»), nothing reported (no «أن»/«إن», no quotation marks, no colon), no verb in the
 * present tense. Without the mark it runs to a few words only; with it, the writer's name may come first («* محمد علي كاتب …»).
 * Under the title too, the writer's name over it.
 */
function isWriterBio(text: string): boolean {
  const marked = BIO_MARK.test(text);
  const body = marked ? withoutWriterName(text.replace(BIO_MARK, '')) : text;
  const words = phraseKey(body).split(' ').filter(Boolean);
  if (!words.length || words.length > (marked ? WRITER_BIO_MAX_WORDS : BARE_WRITER_BIO_MAX_WORDS) || /["“”«»:：؟?]/.test(body)) return false;
  if (!vocab.writerBioOpeners.has(words[0]!)) return false;
  return !words.some((w) => REPORTED_THAT.has(w) || (w !== words[0] && isPresentVerbLike(w)));
}

/** «محمد علي كاتب …», «محمد علي: كاتب …»: the description without the writer's name before it (the text when none). */
function withoutWriterName(body: string): string {
  const tokens = body.trim().split(/\s+/);
  for (let k = 2; k <= 3 && k < tokens.length; k++) {
    if (vocab.writerBioOpeners.has(phraseKey(tokens[k]!)) && isWriterName(tokens.slice(0, k).join(' ').replace(/[:：،,]$/u, ''))) return tokens.slice(k).join(' ');
  }
  return body;
}

/** A photo's caption under the header's furniture: at most this many words. */
const HEADER_CAPTION_MAX_WORDS = HEADLINE_MAX_WORDS;
/**
 * Under the title, the header's furniture (the byline, the site's signature, the date), then one short line, then the
 * first paragraph: that line is the story's photo's caption («السوداني يستقبل أردوغان في مطار بغداد الدولي», «شكري
 * ودندياس خلال المؤتمر الصحفي المشترك»). A subtitle stands above furniture («عزوف واسع …» over «تونس: فلان»), so a line
 * with no furniture above it or some under it stays; so does one that reports words («X: …», quotation marks) or joins
 * two pieces of news with dots, a subtitle's shapes.
 * Only with the title known (a text's first line): a page's blocks have no header to judge.
 */
function dropHeaderCaption(lines: readonly Line[], keep: boolean[], options: UnitFilterOptions): void {
  if (!options.firstIsTitle) return;
  const isHeaderLine = (line: Line) => line.words <= HEADLINE_MAX_WORDS && !endsSentence(line.text);
  let furniture = false;
  let k = 1;
  for (; k < lines.length && k <= HEADER_MAX_LINES + 1; k++) {
    if (lines[k]!.isEmpty) continue;
    if (keep[k]) break;
    furniture = true;
  }
  if (!furniture || k >= lines.length || !keep[k]) return;
  const caption = lines[k]!;
  // Right above the first paragraph: a subtitle has the byline or the date under it («عزوف واسع …» over «تونس: فلان»).
  let next = k + 1;
  while (next < lines.length && lines[next]!.isEmpty) next++;
  if (next >= lines.length || !keep[next] || isHeaderLine(lines[next]!)) return;
  // Two pieces of news joined by dots («… الوساطة... وبانغي تشترط …») are a subtitle's too.
  if (caption.words < 3 || caption.words > HEADER_CAPTION_MAX_WORDS || endsSentence(caption.text) || /[:："“”«»؟?…]|\.\./.test(caption.text)) return;
  keep[k] = false;
}

/** A caption of the person in the story's photo: at most this many words. */
const PORTRAIT_CAPTION_MAX_WORDS = 7;
/** «في», «من», «على»: a preposition places the people of an event's caption or opens a subtitle's phrase. */
const PREPOSITIONS = new Set(['في', 'من', 'علي', 'الي', 'مع', 'عن', 'امام', 'بين', 'خلال', 'لدي', 'الذي', 'التي']);
/**
 * «وزير الصحة فلان الفلاني», «الرئيس فلان الفلاني»: under the title, right before the first paragraph, the caption of the
 * story's photo of a person — a title, then names (a first name a name list holds among them), and nothing else (no
 * preposition, no word that opens as a present verb: «وزير الصحة يعلن …» is a subtitle). Only there: a list of members
 * in the text has lines of the same shape.
 */
function isPortraitCaption(line: Line): boolean {
  if (line.words < 3 || line.words > PORTRAIT_CAPTION_MAX_WORDS || /[^\p{L}\p{M}\s]/u.test(line.text)) return false;
  const words = line.key.split(' ');
  if (!vocab.captionSubjectOpeners.has(words[0]!) || !words.slice(1).some((w) => isGivenName(w))) return false;
  return !words.some((w) => PREPOSITIONS.has(w) || ((w.startsWith('ي') || w.startsWith('ت')) && isPresentVerbLike(w)));
}

/**
 * «بيروت - محمد علوش», «محمد علوش-بيروت», «القاهرة: «الشرق الأوسط»», «عدن: فلان - صنعاء: فلان», a wire's dateline alone
 * («مسقط / العمانية», «الدوحة في 3 مارس /قنا/»): a story's signature in its text.
 */
function isSigningInText(text: string): boolean {
  if (isPlaceOrSiteSigning(text) || isWireDateline(text) || isDatedWireDateline(text)) return true;
  const pair = correspondentPair(text);
  return !!pair && pair.every((p) => isBylineShaped(p) && /[:：]/.test(p) && isClosingByline(p));
}

/** «بيروت - محمد علوش», «محمد علوش-بيروت», «سكاي نيوز عربية - أبوظبي»: a writer or site with the place it writes from. */
function isPlaceOrSiteSigning(text: string): boolean {
  return isPlacedByline(text) || isWriterAndPlace(text) || isSiteDateline(text);
}

/** «عدن: فلان - صنعاء: فلان»: the two halves of a line that may sign for two correspondents, or null. */
function correspondentPair(text: string): string[] | null {
  const pair = text.trim().split(/\s+[-–—]\s+/);
  return pair.length === 2 ? pair : null;
}

/**
 * Under the text, the writer or the site signing it: «القاهرة - محمد علي», «محمد علي - القاهرة», «القاهرة: محمد علي» (a
 * first name a name list holds), «سكاي نيوز عربية - أبوظبي».
 */
function isClosingByline(text: string): boolean {
  if (isPlaceOrSiteSigning(text)) return true;
  // «عدن: فلان - صنعاء: فلان»: two correspondents, each with the place they write from.
  if (correspondentPair(text)?.every((p) => isClosingByline(p))) return true;
  return isPlaceColonWriter(text);
}

/**
 * A text whose first line is no title but the header's byline: the site's dateline and the writer («نواكشوط ـ «القدس
 * العربي»: عبد الله مولود», Al Quds Al Arabi's tatweel for a dash), or a place and the writer over furniture already
 * dropped («باريس: ميشال أبو نجم» over «نشر: …», Asharq Al-Awsat's header) or over the first paragraph. A title over the
 * date stays («ماكرون: …»).
 */
function dropOpeningByline(lines: readonly Line[], keep: boolean[]): void {
  const first = lines.findIndex((l) => !l.isEmpty);
  if (first < 0 || !keep[first]) return;
  let next = first + 1;
  while (next < lines.length && lines[next]!.isEmpty) next++;
  if (next >= lines.length) return;
  const text = lines[first]!.text;
  // Right over the first paragraph too («طرابلس: فلان الفلاني», a text copied from under its title): a title names no writer.
  const overFurnitureOrParagraph = !keep[next] || lines[next]!.words >= PARAGRAPH_MIN_WORDS;
  if (isSiteDatelineAndWriter(text) || (overFurnitureOrParagraph && isPlaceColonWriter(text))) keep[first] = false;
}

/**
 * «نواكشوط ـ «القدس العربي»: عبد الله مولود», «تونس - «القدس العربي»: فلان الفلاني»: the site's dateline, its colon, the
 * writer, perhaps after a byline's «من» or «بقلم» («… «القدس العربي»: من عبد الله مولود»).
 */
function isSiteDatelineAndWriter(text: string): boolean {
  const m = text.trim().match(/^(.{2,50}?[»”"])\s*[:：]\s*(?:(?:من|بقلم)\s+)?(\S+(?:\s\S+){1,2})$/u);
  return !!m && isSiteDateline(m[1]!.replace(/\s*ـ\s*/gu, ' - ')) && isWriterAfterColon(m[2]!);
}

/** «عبد الله مولود»: two or three words of letters, the first a given name a name list holds, none opening as a verb. */
function isWriterAfterColon(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w)) || !isGivenName(normalize(words[0]!))) return false;
  return !words.slice(1).some((w) => isPresentVerbLike(normalize(w)));
}

/** A word that opens as a verb in the present tense («يستقبل», «تبحث»), unless it is a given name («يوسف», «تامر»). */
const isPresentVerbLike = (word: string) => /^[يت]/.test(word) && !isGivenName(word);
/**
 * «القاهرة: محمد علي», «جدة: فلانة الفلانية»: a place, its colon, and the writer (a first name a name list holds, then one or
 * two words). «عمان: عبدالله الثاني يستقبل» is a subheading: a word of the name opens as a verb.
 */
function isPlaceColonWriter(text: string): boolean {
  const m = text.trim().match(/^(\S+(?:\s\S+)?)\s*[:：]\s*(\S+)((?:\s\S+){1,2})$/u);
  if (!m || !isBylineShaped(text) || !NAME_WORD.test(m[2]!) || !isGivenName(normalize(m[2]!))) return false;
  return !m[3]!.trim().split(/\s+/).some((w) => isPresentVerbLike(normalize(w)));
}

/** A notice about what the site publishes: «المنشورة على …», «تنشر على …», or opening at the site («على الموقع …»). */
const NOTICE_SHAPE = / (?:المنشوره|[تي]نشر) (?:علي|في|عبر) |^(?:علي|في|عبر) (?:ال)?(?:موقع|صفحه|حساب|منصه) /;
/** A notice about what the site publishes runs to at most this many words. */
const NOTICE_MAX_WORDS = 50;
/** Words between «المنشورة» and the outlet the notice names: at most this many. */
const NOTICE_OUTLET_WITHIN = 6;
/**
 * Under the text, the site's or agency's notice about what it publishes: «الأخبار المنشورة على الصفحة الرسمية للوكالة هي
 * مختصر …», «جميع المواد المنشورة في هذا الموقع تعبر عن …» — what is published (a plural of the site's content), «المنشورة»
 * and «على»/«في»/«عبر», and the outlet (page, site, agency, paper, app) a few words on.
 */
function isPublicationNotice(text: string): boolean {
  const words = phraseKey(text).split(' ');
  if (words.length > NOTICE_MAX_WORDS) return false;
  if (isSubscriberNewsNotice(text, words)) return true;
  let k = words[0] === 'جميع' || words[0] === 'كل' ? 1 : 0;
  if (!vocab.noticeSubjects.has(words[k]!)) return false;
  k++;
  // «الأخبار والصور المنشورة»: a second subject joined by و.
  if (words[k]?.startsWith('و') && vocab.noticeSubjects.has(words[k]!.slice(1))) k++;
  if (words[k] !== 'المنشوره' || !['علي', 'في', 'عبر'].includes(words[k + 1]!)) return false;
  // A story's sentence about what some site published reports who says so («… غير دقيقة، بحسب مصدر …», «… قال إن …»).
  if (/["“”«»]/.test(text) || words.some((w) => NOTICE_ATTRIBUTION.has(w))) return false;
  return words.slice(k + 2, k + 2 + NOTICE_OUTLET_WITHIN).some((w) => vocab.noticeOutlets.has(w));
}
/** The outlet's name before its verb in a subscribers' notice: at most this many words. */
const NOTICE_NAME_MAX_WORDS = 3;
/**
 * «الأناضول تنشر على موقعها الإلكتروني بعض الأخبار المقدمة للمشتركين عبر نظام تدفق الأخبار (HAS) بشكل مختصر.»: a site or
 * agency by name, «تنشر»/«ينشر» on its own site, and the subscribers its full service is for — a wire's notice under the
 * text, never news (no quotation marks, no word of attribution).
 */
function isSubscriberNewsNotice(text: string, words: readonly string[]): boolean {
  if (/["“”«»]/.test(text) || words.some((w) => NOTICE_ATTRIBUTION.has(w))) return false;
  if (!words.some((w) => SUBSCRIBERS.has(w))) return false;
  return opensWithOutletPublishing(words) || opensAtOutletSite(words);
}
/** «الأناضول تنشر على موقعها …»: the outlet by name, its verb, its own site. */
function opensWithOutletPublishing(words: readonly string[]): boolean {
  const verb = words.findIndex((w) => w === 'تنشر' || w === 'ينشر');
  if (verb < 1 || verb > NOTICE_NAME_MAX_WORDS || !isSiteOrAgency(words.slice(0, verb).join(' '))) return false;
  return ['علي', 'في', 'عبر'].includes(words[verb + 1]!) && ['موقعها', 'موقعه'].includes(words[verb + 2]!);
}
/** Words between the site's word and the outlet it belongs to («على الموقع الإلكتروني لوكالة الأناضول»): at most this many. */
const SITE_OUTLET_WITHIN = 2;
/**
 * «على الموقع الإلكتروني لوكالة الأناضول، يتم نشر جزء من الأخبار …»: the outlet's site or page first, the outlet by name
 * with «لـ» a word or two on, then what is published there.
 */
function opensAtOutletSite(words: readonly string[]): boolean {
  if (!['علي', 'في', 'عبر'].includes(words[0]!) || !SITE_WORDS.has(words[1]!)) return false;
  if (!words.some((w) => PUBLISHING.has(w))) return false;
  for (let k = 2; k <= 2 + SITE_OUTLET_WITHIN && k < words.length; k++) {
    if (!words[k]!.startsWith('ل')) continue;
    // «للأناضول» is «لـ» and «الأناضول».
    const first = words[k]!.startsWith('لل') ? 'ا' + words[k]!.slice(1) : words[k]!.slice(1);
    const name = [first, ...words.slice(k + 1)];
    for (let n = 1; n <= NOTICE_NAME_MAX_WORDS && n <= name.length; n++) if (isSiteOrAgency(name.slice(0, n).join(' '))) return true;
  }
  return false;
}
const SITE_WORDS = new Set(['الموقع', 'موقع', 'الصفحه', 'صفحه', 'الحساب', 'حساب', 'المنصه', 'منصه']);
const PUBLISHING = new Set(['نشر', 'تنشر', 'ينشر', 'المنشوره', 'ننشر']);
const SUBSCRIBERS = new Set(['المشتركين', 'للمشتركين', 'لمشتركيها', 'لمشتركيه', 'مشتركيها', 'مشتركيه', 'المشتركون', 'لمشتركي']);
const NOTICE_ATTRIBUTION = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'ان', 'انه', 'انها', 'قال', 'قالت', 'اكد', 'اكدت', 'اكده', 'ذكر', 'ذكرت']);

/** «خاص», «متابعات», «مراسل الجزيرة نت - مسقط»: a desk's label or a correspondent's signature under the title. */
function isHeaderLabel(line: Line): boolean {
  if (line.keyIn(vocab.headerLabels)) return true;
  if (line.words > BYLINE_MAX_WORDS || endsSentence(line.text)) return false;
  const opensAsCorrespondent = (key: string) => vocab.correspondentOpeners.some((o) => key === o || key.startsWith(o + ' '));
  if (opensAsCorrespondent(line.key)) return true;
  // «نيروبي- مراسل الجزيرة نت», «أكرا - مراسلنا»: the place, its dash, then the correspondent.
  const placed = line.text.trim().match(/^([^()«»"“”\d:،,\-–—]{2,30}?)\s*[-–—]+\s*(.{2,40})$/u);
  return !!placed && placed[1]!.trim().split(/\s+/).length <= 3 && opensAsCorrespondent(phraseKey(placed[2]!));
}

/** A wire agency or a news site («الأناضول», «بترا», «السومرية نيوز»). */
function isCredit(part: string): boolean {
  const key = phraseKey(part);
  return [vocab.photoCredits, vocab.siteDatelines, vocab.textCredits].some((list) => list.includes(key));
}

/** The place of a dateline opening a paragraph: at most this many words (six with a country after a comma). */
const OPENING_PLACE_MAX_WORDS = 3;
const OPENING_PLACE_WITH_COUNTRY_MAX_WORDS = 6;
/** The paragraph after an opening dateline: at least this many words. */
const OPENING_REST_MIN_WORDS = 4;
/**
 * A place (and a date), then a wire agency in brackets with its dash, between slashes, or between dashes, then the
 * paragraph: «الكويت - 12 - 3 (كونا) -- استقبل …», «الدوحة في 18 سبتمبر /قنا/ اجتمع …», «عمان 9 تشرين الأول (بترا)- بحث …»,
 * «الرياض (واس) - …», «عمان - بترا - …».
 */
const OPENING_DATELINE = /^([^()/«»"“”.!؟?؛:]{2,70}?)\s*(?:\(([^()]{2,30})\)\s*[-–—:]+|\/\s*([^/()«»"“”]{2,30}?)\s*\/(?:\s*[-–—:]+)?|\s[-–—]\s*([^-–—()/«»"“”\d]{2,30}?)\s+[-–—]+)\s*(?=\S)/u;

/**
 * How many characters of a paragraph's start are a wire's dateline (0 when none): the place, perhaps the
 * date, and the agency credited in its brackets, slashes or dashes, before the paragraph's first sentence. Not the
 * story's text: the lines are judged with it (an other story's lede carries its own), then it is cut off what stays.
 */
export function openingDatelineLength(text: string): number {
  return datedOrEnclosedDatelineLength(text) || openingAgencyLength(text) || openingDatedAgencyLength(text);
}

/** `openingDatelineLength`'s shapes with a date, brackets, slashes or dashes round the agency. */
function datedOrEnclosedDatelineLength(text: string): number {
  const m = OPENING_DATELINE.exec(text.slice(0, 140));
  if (!m) return 0;
  const credit = (m[2] ?? m[3] ?? m[4]!).trim();
  // A wire agency; a site's own dateline («دبي، الإمارات العربية المتحدة (CNN)--») opens its story's text.
  const key = phraseKey(credit);
  if (!vocab.textCredits.includes(key) && !vocab.photoCredits.includes(key)) return 0;
  const head = m[1]!;
  const words = phraseKey(head).split(' ').filter(Boolean);
  let place = 0;
  while (place < words.length && !/\d/.test(words[place]!) && words[place] !== 'في') place++;
  const comma = /[،,]/.test(head.slice(0, head.search(/\d|$/)));
  if (place < 1 || place > (comma ? OPENING_PLACE_WITH_COUNTRY_MAX_WORDS : OPENING_PLACE_MAX_WORDS)) return 0;
  if (!words.slice(place).every(isDateToken)) return 0;
  if (isCredit(words.slice(0, place).join(' '))) return 0;
  // «وقال الوزير (رويترز) - …»: a sentence's conjunction, not a place («واشنطن», «فيينا» are places).
  const first = normalize(head.trim().split(/\s+/)[0]!);
  if (/^[وف]/.test(first) && !vocab.wawFaWords.includes(first)) return 0;
  return wordsUpTo(text.slice(m[0].length), OPENING_REST_MIN_WORDS) >= OPENING_REST_MIN_WORDS ? m[0].length : 0;
}

/** «الخرطوم / الأناضول», «عمان - بترا», «السومرية نيوز/ بغداد»: a place and the agency or site, in a line of their own. */
function isWireDateline(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || endsSentence(t)) return false;
  // «مسقط (رويترز) -», «الرياض (واس)», «دبي، الإمارات العربية المتحدة (CNN)--»: the place (perhaps its country after a comma)
  // and the agency or site in brackets, the paragraph it opens printed apart.
  const bracketed = t.match(/^([^()«»"“”\d]{2,50}?)\s*\(([^()]{2,30})\)\s*[-–—:]*$/u);
  if (bracketed && isBracketedDatelinePlace(bracketed[1]!) && isCredit(bracketed[2]!)) return true;
  if (t.length > 60) return false;
  // «أنقرة/ فلان الفلاني/ الأناضول»: the place, the writer and the agency.
  const parts = t.split(/\s*\/\s*|\s+[-–—]\s+/);
  if (parts.length === 3 && (isCredit(parts[2]!) || isCredit(parts[0]!)) && parts.every((p) => !!p && !/[«»"“”\d()]/.test(p) && p.split(/\s+/).length <= 3)) return true;
  // The dash may have no space around it («دمشق-سانا»): one side must be an agency or a site all the same.
  const m = t.match(/^(.{2,30}?)\s*(?:\s[-–—]\s*|[-–—]\s?|\/)\s*(.{2,30})$/u);
  if (!m) return false;
  const place = (p: string) => !/[«»"“”\d()]/.test(p) && p.trim().split(/\s+/).length <= 3 && !isCredit(p);
  return (place(m[1]!) && isCredit(m[2]!)) || (place(m[2]!) && isCredit(m[1]!));
}

/** The place before a bracketed credit: three words, or six with its country after a comma («دبي، الإمارات العربية المتحدة»). */
function isBracketedDatelinePlace(head: string): boolean {
  const words = head.trim().split(/[\s،,]+/).filter(Boolean);
  return words.length > 0 && words.length <= (/[،,]/.test(head) ? OPENING_PLACE_WITH_COUNTRY_MAX_WORDS : OPENING_PLACE_MAX_WORDS);
}

/** A dated wire dateline runs to at most this many words. */
const DATED_DATELINE_MAX_WORDS = 16;
/**
 * «مسقط 12 ذو القعدة 1445 هـ الموافق 20 مايو 2024 م العمانية», «مسقط في 20 مايو /العمانية/», «مسقط، 20 مايو (العمانية)»: a
 * place (one or two words), the date, and the agency, in a line of their own.
 */
function isDatedWireDateline(text: string): boolean {
  const t = normalize(text.trim());
  if (!/\d/.test(t) || endsSentence(t)) return false;
  const words = phraseKey(t).split(' ');
  if (words.length > DATED_DATELINE_MAX_WORDS) return false;
  for (let c = 1; c <= 3 && c < words.length - 1; c++) {
    if (!isCredit(words.slice(-c).join(' '))) continue;
    for (let place = 1; place <= 2; place++) {
      const date = words.slice(place, -c);
      if (date.length && words.slice(0, place).every((w) => !/\d/.test(w)) && date.some((w) => /\d/.test(w))
        && date.every(isDateToken)) return true;
    }
  }
  return false;
}


/**
 * The editors' initials and the time of a sign-off: «ن ح/ ع ك / ح ع 15/5/2019 14:37», «ع ب ر / م ع ح», or dotted
 * («م.ع/ ح.س», as TAP and Petra sign): groups of one or two letters, never a word of a sentence.
 */
const INITIALS_AND_TIME = /^(?:(?:\p{L}{1,2}(?:\.\p{L}{1,2})*|[\d/:.\-]+)(?:\s*\/\s*|\s+|$))+$/u;

/**
 * Under the text, a wire's sign-off: its end mark or the agency in brackets, then the editors' initials and the time
 * («(النهاية) ع ب ر / م ع ح», «--(بترا) ن ح/ ع ك 15/5/2019 14:37»), or the agency and the editors' names («وام/رضا
 * عبدالنور/عبدالناصر منعم»).
 */
function isSignOff(text: string): boolean {
  const t = text.trim().replace(/^[-–—\s/]+|[-–—\s/]+$/gu, '');
  // The editors' initials alone, single letters in groups, the first of them و or ف too: «ف ك ع / ع ه ر», or in brackets «(ي ن / م س)».
  const initials = t.replace(/^\((.*)\)$/u, '$1').trim();
  if (initials.includes('/') && /^(?:\p{L}(?:\s*\/\s*|\s+|$))+$/u.test(initials) && (initials.match(/\p{L}/gu)?.length ?? 0) >= 3) return true;
  const m = t.match(/^\(([^()]{2,20})\)\s*(.*)$/u) ?? t.match(/^(\S+)()$/u);
  if (m && (END_MARK.test(m[1]!) || isCredit(m[1]!)) && (!m[2] || INITIALS_AND_TIME.test(m[2]))) return true;
  const parts = t.split(/\s*\/\s*/);
  return parts.length >= 2 && isCredit(parts[0]!) && parts.slice(1).every((p) => { const w = p.split(/\s+/); return w.length <= 3 && w.every((x) => NAME_WORD.test(x)); });
}

/**
 * «- ريم -», «- سمح -», «- ريم الحوسني -»: the editor's name or initials between dashes, as an agency signs its wire under
 * the text (only the story's last lines are asked). One word alone between dashes is a signature whatever it is (WAM's
 * editors sign with initials no name list holds; the readable sets have seven such lines, none of them the story's);
 * two words must open with a first name.
 */
const DASHED_NAME = /^\s*[-–—]+\s*([\p{L}\p{M}]+)(\s+[\p{L}\p{M}]+)?\s*[-–—]+\s*$/u;
function isDashedEditorName(text: string): boolean {
  const m = DASHED_NAME.exec(text);
  return !!m && (!m[2] || isGivenName(normalize(m[1]!)));
}

/** «كونا131409 جمت يناير 19»: the agency's name glued to its wire's number, the time and the date. */
const GLUED_WIRE_STAMP = /^(\p{L}{2,12})\d{4,}(?:\s+\S+){0,4}$/u;
/**
 * A sign-off that ends one story of a wire's text of several, wherever it is: the agency in brackets and the editors'
 * initials («--(بترا) ع ح/ ب ط»), the initials alone («ع ش/ م ع»), the agency and the editors' names («وام/ريم الحوسني»),
 * the agency between slashes («/قنا/») or glued to its wire's number. Not a lone agency («(رويترز)» under a photo).
 */
function isStorySignOff(text: string): boolean {
  const t = normalize(text).trim();
  const glued = GLUED_WIRE_STAMP.exec(t);
  if (glued && isCredit(glued[1]!)) return true;
  const slashed = t.match(/^\/\s*([^/]{2,20}?)\s*\/$/u);
  if (slashed) return isCredit(slashed[1]!) || isInitials(slashed[1]!);
  const bare = t.replace(/^[-–—\s/(]+|[-–—\s/)]+$/gu, '');
  if (EDITOR_INITIALS.test(bare) || SPACED_INITIALS.test(bare) || GROUPED_INITIALS.test(bare)) return true;
  // «(شينخوا)», «(أ ش أ)», «وام», «"الخليج"»: an agency or site alone in brackets or quotation marks, the credit of a
  // photo or of the dispatch above it.
  const enclosed = ENCLOSED_CREDIT.exec(t);
  if (enclosed && isCredit((enclosed[1] ?? enclosed[2] ?? enclosed[3])!)) return true;
  return isSignOff(t) && !isCredit(bare) && !END_MARK.test(bare);
}

/**
 * «- ع ا س -», «(م ع ح)», «ع ع»: an editor's initials as single Arabic letters a space apart, two to six, perhaps between
 * dashes or brackets (WAM's and KUNA's sign-off); no word of a sentence is one letter long twice over.
 */
const SPACED_INITIALS = /^[\u0621-\u064A](?:\s+[\u0621-\u064A]){1,5}$/u;

/**
 * «- مل - زا -», «مل/ زا/»: the editors' initials as groups of one or two Arabic letters, two to four groups a dash or a
 * slash apart (WAM's sign-off); no sentence is a line of two-letter words between dashes.
 */
const GROUPED_INITIALS = /^[\u0621-\u064A]{1,2}(?:\s*[-–—/]\s*[\u0621-\u064A]{1,2}){1,3}$/u;

/** A line of only a name in brackets, guillemets or quotation marks. */
const ENCLOSED_CREDIT = /^(?:\(([^()]{2,24})\)|«([^«»]{2,24})»|["“]([^"“”]{2,24})["”])$/u;

/** «ع.ع», «ح ع»: an editor's initials, dotted or single letters apart. */
const isInitials = (s: string) => EDITOR_INITIALS.test(s) || /^\p{L}(?:\s+\p{L})+$/u.test(s.trim());

const NAME_WORD = /^[\p{L}\p{M}]+$/u;
/** A writer's title abbreviated before the name («د. فلان», «أ.د. فلان», «م. فلان»). */
const NAME_HONORIFIC = /^(?:أ\.\s?د|د|أ|م)\.\s*/u;
function isBylineShaped(text: string): boolean {
  // «بغداد: فاضل النشمي - عمّان: محمد خير الرواشدة»: two correspondents, each with the place they write from.
  const pair = text.trim().split(/\s+[-–—]\s+/);
  if (pair.length === 2 && pair.every((p) => /[:：]/.test(p) && isBylineShaped(p))) return true;
  const t = text.trim().replace(NAME_HONORIFIC, '');
  if (endsSentence(t)) return false;
  const afterColon = t.match(/^[^:：]{2,25}[:：]\s*(.+)$/u)?.[1];
  const name = (afterColon ?? t).replace(/[«»"“”]/g, '').trim().split(/\s+/);
  return name.length >= 2 && name.length <= 3 && name.every((w) => NAME_WORD.test(w)) && (!!afterColon || !/[-–—|/،,]/.test(t));
}

/** «محمد علي», «د. سارة أحمد»: a writer's name alone, two or three words, the first a given name a name list holds. */
function isWriterName(text: string): boolean {
  const words = text.trim().replace(NAME_HONORIFIC, '').split(/\s+/);
  return words.length >= 2 && words.length <= 3 && isWriterWords(words);
}

/**
 * «بيروت - محمد علوش», «الجزائر – عبد الرزاق بن عبد الله»: a place and the writer's name (a first name any name list holds,
 * then one or two words, or up to four when a particle of a compound name is among them).
 */
function isPlacedByline(text: string): boolean {
  const m = text.trim().match(/^(\S+(?:\s\S+)?)\s[-–—]\s(\S+)((?:\s\S+){1,4})$/u);
  if (!m) return false;
  const rest = m[3]!.trim().split(/\s+/);
  // A longer name has a particle and no word a conjunction opens («جدة - محمد بن سلمان وبايدن» is a subheading).
  if (rest.length > 2 && (!rest.some((w) => NAME_PARTICLES.has(normalize(w))) || rest.some((w) => /^[وف]/.test(w) && !isGivenName(normalize(w))))) return false;
  return isWriterWords([m[2]!, ...rest]);
}
/** Words that join the parts of a compound Arabic name: «بن», «ولد», «عبد», «أبو». */
const NAME_PARTICLES = new Set(['بن', 'بنت', 'ابن', 'ولد', 'عبد', 'ابو', 'ال']);

/** A news site (perhaps in quotation marks), or a site and the agencies it took the story from («العربية.نت، وكالات»). */
function isSiteSigning(part: string): boolean {
  const [site, ...credits] = part.split(/\s*[،,+]\s*|\s+و(?=وكالات)/u);
  return vocab.siteDatelines.includes(phraseKey(site!)) && credits.every((c) => vocab.textCredits.includes(phraseKey(c)) || vocab.photoCredits.includes(phraseKey(c)));
}

/**
 * «دبي - العربية.نت», «سكاي نيوز عربية - أبوظبي», «بيروت: «الشرق الأوسط»», «هسبريس من الرباط», «عكاظ (جدة)»: a place and
 * the news site that signs the story, in either order (the place in brackets after the site), in a line of their own.
 */
function isSiteDateline(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || endsSentence(t)) return false;
  const place = (p: string) => !/[«»"“”()]/.test(p) && p.trim().split(/\s+/).length <= 3;
  const bracketed = t.match(/^([^()]{2,40}?)\s*\(([^()]{2,30})\)$/u);
  if (bracketed) return place(bracketed[2]!) && isSiteSigning(bracketed[1]!);
  const m = t.match(/^(.{2,40}?)\s*(?:\s[-–—]\s*|[:：]\s*|\s+من\s+)(.{2,40})$/u);
  if (!m) return false;
  return (place(m[1]!) && isSiteSigning(m[2]!)) || (place(m[2]!) && isSiteSigning(m[1]!));
}

/** The place in brackets after a writer's name: at most this many words. */
const BRACKETED_PLACE_MAX_WORDS = 2;
/**
 * «فهيم الحامد (جدة)»: under the title, the writer's name (a first name a name list holds, then one or two words) and the
 * place in brackets, as Saudi papers sign a story.
 */
function isWriterAndBracketedPlace(text: string): boolean {
  const m = text.trim().match(/^(\S+)((?:\s\S+){1,2})\s*\(([^()\d]{2,25})\)$/u);
  if (!m || !isWriterWords([m[1]!, ...m[2]!.trim().split(/\s+/)])) return false;
  const place = m[3]!.trim().split(/\s+/);
  return place.length <= BRACKETED_PLACE_MAX_WORDS && place.every((w) => NAME_WORD.test(w)) && !isCredit(m[3]!);
}

/** «أحمد ولد محمد-نواكشوط»: the writer's name (a first name a name list holds, then one to four words) and a place (not an agency). */
function isWriterAndPlace(text: string): boolean {
  const m = text.trim().match(/^(\S+)((?:\s\S+){1,4})\s*[-–—]\s*(\S+(?:\s\S+)?)$/u);
  if (!m || isCreditLine(m[3]!)) return false;
  return isWriterWords([m[1]!, ...`${m[2]} ${m[3]}`.trim().split(/\s+/)]);
}

/** «ع.ع», «م.ع/ع.ح»: the initials of the editors, as agencies sign their wires. */
const EDITOR_INITIALS = /^\p{L}{1,2}(?:\.\p{L}{1,2})+(?:\s*\/\s*\p{L}{1,2}(?:\.\p{L}{1,2})+)*$/u;

/**
 * «فرانس24/ أ ف ب», «رويترز», «(وكالات)», «سكاي نيوز عربية - وام»: the outlet and the agencies it took the story from, in a
 * line of their own under the text. Every part a credit (an agency, a news site, «وكالات»), or a site and its credits.
 */
function isCreditLine(text: string): boolean {
  const t = text.trim().replace(/^\((.*)\)$/u, '$1');
  if (EDITOR_INITIALS.test(t)) return true;
  const parts = t.split(/\s*[/|]\s*|\s+[-–—]\s+/);
  if (parts.some((p) => !p || p.split(/\s+/).length > 4)) return false;
  return parts.length >= 2 ? parts.slice(1).every(isCredit) : isCredit(parts[0]!);
}
