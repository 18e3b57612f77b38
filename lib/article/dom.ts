// Small DOM helpers for finding the article, written for both the browser and linkedom (no layout calls).
import { boilerplate as vocab } from '../vocab/boilerplate';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose text is never article text. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK',
]);
/** Page furniture: never inside an article body. */
const FURNITURE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);

/** Block-level elements: they start a new paragraph of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIALOG', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);

export const tagOf = (el: Element) => el.tagName.toUpperCase();

/** One of the usual hiding classes as a whole class name (one test per element instead of a split). */
const HIDDEN_CLASS = new RegExp(`(^|\\s)(${[...vocab.hiddenClasses].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(\\s|$)`, 'i');

/** Hidden by markup (attributes, inline style, the usual hiding classes); no computed style, so linkedom works too. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const cls = el.getAttribute('class');
  return !!cls && HIDDEN_CLASS.test(cls);
}

/** Elements whose text is never read: scripts, forms controls, editable areas, hidden elements. */
export function isSkipped(el: Element): boolean {
  const tag = tagOf(el);
  if (NEVER_TEXT.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return isHidden(el);
}

export function isFurniture(el: Element): boolean {
  if (FURNITURE.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner' || role === 'search';
}

/** The class and id words of an element, lower case, split on - _ and camelCase. */
const NEGATED_CLASS = /(^|\s)(no|without|hide|disable)[-_]\S*/gi;
/** The class and id words of an element, and (once asked) its class hint. */
interface Hints {
  raw: string;
  tokens: readonly string[];
  hint?: -1 | 0 | 1;
}
const NO_HINTS: Hints = { raw: ' ', tokens: [], hint: 0 };
/** Hint words by class and id attribute: pages repeat the same class names on many elements. */
const hintCache = new Map<string, Hints>();
function hintWords(el: Element): Hints {
  const cls = el.getAttribute('class');
  const id = el.id;
  // Most elements (paragraphs) have neither: skip the regular expressions.
  if (!cls && !id) return NO_HINTS;
  const attrs = `${cls ?? ''} ${id ?? ''}`;
  let hints = hintCache.get(attrs);
  if (hints) return hints;
  // A class that negates a word ("no-share", "without-sidebar") is not that word.
  const raw = attrs.replace(NEGATED_CLASS, ' ');
  const tokens = raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  hints = { raw: raw.toLowerCase(), tokens };
  if (hintCache.size > 5000) hintCache.clear();
  hintCache.set(attrs, hints);
  return hints;
}

/**
 * Class/id hints: +1 looks like an article body, -1 like page furniture (share bar, related, comments…).
 * A furniture word as a whole class word wins ("article-share"); a furniture word inside a longer name
 * gives way to a body word ("content-with-sidebar").
 */
/** A furniture word as a whole class/id word ("byline", "share", "tags"): strong enough to drop even a paragraph. */
export function hasFurnitureWord(el: Element): boolean {
  return hintWords(el).tokens.some((t) => vocab.classNegativeTokens.has(t));
}

export function classHint(el: Element): -1 | 0 | 1 {
  const hints = hintWords(el);
  return (hints.hint ??= hintOf(hints));
}

function hintOf({ raw, tokens }: Hints): -1 | 0 | 1 {
  if (!raw.trim()) return 0;
  if (tokens.some((t) => vocab.classNegativeTokens.has(t))) return -1;
  const positive = vocab.classPositiveSubstrings.some((s) => raw.includes(s));
  if (vocab.classNegativeSubstrings.some((s) => raw.includes(s))) return positive ? 0 : -1;
  return positive ? 1 : 0;
}

const OTHER_LETTER = /\p{L}/u;
const isArabicLetter = (c: number) => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06fc);

/** Arabic letters, all letters and commas (Arabic and Latin) of a string, in one pass (this runs on every text node of the page). */
export function letterCounts(s: string): { ar: number; letters: number; commas: number } {
  let ar = 0;
  let letters = 0;
  let commas = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
      else if (c === 0x2c) commas++;
    } else if (c === 0x060c) commas++;
    else if (isArabicLetter(c)) {
      ar++;
      letters++;
    } else if (c >= 0x00c0 && !(c >= 0x0600 && c <= 0x06ff) && !(c >= 0x2000 && c <= 0x2bff) && OTHER_LETTER.test(s[i]!)) letters++;
  }
  return { ar, letters, commas };
}
export const countArabic = (s: string) => letterCounts(s).ar;
export const countLetters = (s: string) => letterCounts(s).letters;

const COMMENT_WORDS = new Set(['comment', 'comments', 'disqus', 'replies', 'reply', 'respond', 'talkback', 'fb-comments']);

/**
 * A readers' comments section: never article text, however long (comments can outweigh the article),
 * unless it holds the headline or the article element itself.
 */
export function isCommentSection(el: Element): boolean {
  const { tokens } = hintWords(el);
  if (!tokens.some((t) => COMMENT_WORDS.has(t))) return false;
  return !el.querySelector('h1, article, main, [itemprop="articleBody"]');
}

/** A link to one post on a social platform: a tweet, an Instagram or Facebook post, a TikTok video, a Telegram message. */
const SOCIAL_POST_URL =
  /^https?:\/\/(?:[\w-]+\.)*(?:(?:twitter|x)\.com\/\w+\/status\/|instagram\.com\/(?:p|reel|tv)\/|facebook\.com\/[^?#]*\/(?:posts|videos)\/|tiktok\.com\/@[^/]+\/video\/|t\.me\/\w+\/\d)/i;

/** AMP's components for a social post: their placeholder text is the post's. */
const AMP_EMBEDS = new Set(['AMP-TWITTER', 'AMP-INSTAGRAM', 'AMP-FACEBOOK', 'AMP-TIKTOK', 'AMP-REDDIT']);

/**
 * A social post embedded in the article (the platform's embed code: a <blockquote> of the post's text, its author and
 * a link to the post, or AMP's component for it): never article text, even when its words are Arabic.
 */
export function isSocialEmbed(el: Element): boolean {
  const tag = tagOf(el);
  if (AMP_EMBEDS.has(tag)) return true;
  if (tag !== 'BLOCKQUOTE') return false;
  const cite = el.getAttribute('cite');
  if (cite && SOCIAL_POST_URL.test(cite)) return true;
  for (const a of el.querySelectorAll('a[href]')) if (SOCIAL_POST_URL.test(a.getAttribute('href') ?? '')) return true;
  return false;
}
