// Finding the article in a page: which element holds it, which blocks of text are the article, and the
// flat text with a map back to the DOM text nodes (for highlights). Works on a live Document or linkedom.
import { siteFor, type SiteRule } from '../vocab/sites';
import { phraseKey } from '../vocab/boilerplate';
import { keepArticleUnitsSteps, openingDatelineLength, stripEndMark } from './boilerplate';
import {
  BLOCK_TAGS, ELEMENT_NODE, TEXT_NODE, classHint, countArabic, hasFurnitureWord, isCommentSection, isFurniture, isSkipped, isSocialEmbed, letterCounts, tagOf,
} from './dom';
import { isFinePrint, measure, type TextStats } from './measure';
import { pageTitle, plainArticleBody, readStructuredData, type StructuredData } from './meta';
import { scoreCandidates } from './score';
import { cutPiece, dropPieceStart, joinPieces, paragraphsOf, readUnit, type Piece, type Segment, type Unit } from './text-index';

export { locate, type Segment } from './text-index';
export { measure, type TextStats } from './measure';

export interface ArticleInPage {
  title: string | null;
  /** The element that holds the article (its blocks and its headline). */
  root: Element;
  /** The paragraph-level elements whose text makes up `text`, in document order. */
  blocks: Element[];
  /** The article text: the blocks' text joined by "\n\n". */
  text: string;
  /** Every text node used, in order, with the offset in `text` where its text starts. */
  segments: Segment[];
}

/** An article has at least this many Arabic letters outside links (about 80 words). */
export const MIN_ARABIC_LETTERS = 400;
/**
 * A short story (an agency brief of 30–80 words) is an article too when the page says so: JSON-LD or Open Graph
 * calls it an article, or a headline sits right above the body.
 */
export const MIN_SHORT_ARTICLE_LETTERS = 150;
/** Of all letters of the article text, at least this share is Arabic. */
export const MIN_ARABIC_SHARE = 0.6;
/** At least one paragraph of this many Arabic letters (a list of teasers has none). */
export const MIN_LONGEST_BLOCK = 100;
/** Above this share of its Arabic text inside links, a container is a list of links (home page, section front). */
export const MAX_LINK_SHARE = 0.4;
/** A block with more of its letters inside links than this is a link (related story, tag, menu). */
const MAX_BLOCK_LINK_SHARE = 0.5;
/** Text directly inside a container, between its blocks, counts only when it is this long (not a byline or a date). */
const MIN_LOOSE_RUN_ARABIC = 80;

/** Paragraph elements: only a whole furniture word in their class drops them (sites style every paragraph). */
const TEXT_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);


/** A photo's caption and credit together hold at most this many Arabic letters (about 60 words). */
const MAX_CAPTION_ARABIC = 300;
/**
 * A caption has more words than this: a line of up to six words under a photo is often the next part's subheading
 * (Youm7 puts its subheadings there), and is left to the boilerplate rules.
 */
const MAX_SUBHEADING_WORDS = 6;

/**
 * The boxes of a photo and its caption inside a container (a figure, a gallery's slide, a CMS's image block): for
 * each image, its nearest ancestor with any text, when that text stands in elements of its own beside the image (no
 * loose text around it, as an inline image in a paragraph has) and is caption-sized. A box holding paragraphs of the
 * body around an image is not one: its text is longer, or it holds half the container's text.
 */
function captionBoxes(container: Element, stats: Map<Element, TextStats>): Set<Element> {
  const out = new Set<Element>();
  const containerAr = stats.get(container)?.ar ?? 0;
  for (const media of container.querySelectorAll('img, picture, video, amp-img')) {
    let box: Element | null = media.parentElement;
    while (box && box !== container && !(stats.get(box)?.letters ?? 0)) box = box.parentElement;
    if (!box || box === container || out.has(box) || TEXT_TAGS.has(tagOf(box))) continue;
    const st = stats.get(box)!;
    if (st.ar > MAX_CAPTION_ARABIC || st.ar >= containerAr * 0.5 || hasLooseText(box)) continue;
    if ((box.textContent ?? '').trim().split(/\s+/).length <= MAX_SUBHEADING_WORDS) continue;
    out.add(box);
  }
  return out;
}

const hasLooseText = (el: Element) => [...el.childNodes].some((c) => c.nodeType === TEXT_NODE && /\S/.test((c as Text).data));

/** The paragraph-level units inside a container, in document order, page furniture left out. */
function unitsIn(container: Element, stats: Map<Element, TextStats>, excluded: Set<Element>): Unit[] {
  const out: Unit[] = [];
  const containerAr = stats.get(container)?.ar ?? 0;
  const captions = captionBoxes(container, stats);
  const visit = (el: Element) => {
    const st = stats.get(el);
    if (!st || st.letters === 0) return;
    if (el !== container) {
      if (excluded.has(el)) return;
      // Furniture inside the body (by tag or class) drops a box of links, never most of the body. Paragraphs
      // go only for a whole furniture word (p.byline), not a part of one (p.selectionShareable).
      const furniture = TEXT_TAGS.has(tagOf(el)) ? hasFurnitureWord(el) : isFurniture(el) || classHint(el) < 0;
      if ((furniture && st.ar < containerAr * 0.5) || isCommentSection(el) || isSocialEmbed(el) || captions.has(el)) return;
      if (tagOf(el) === 'FIGCAPTION' && st.ar < containerAr * 0.5) return;
    }
    if (!st.hasBlock) {
      if (el !== container && isFinePrint(el, stats)) return;
      out.push({ el, nodes: [el], counts: st });
      return;
    }
    let run: Node[] = [];
    const flush = () => {
      const ar = run.reduce((a, n) => a + (n.nodeType === TEXT_NODE ? countArabic((n as Text).data) : (stats.get(n as Element)?.ar ?? 0) - (stats.get(n as Element)?.linkAr ?? 0)), 0);
      if (ar >= MIN_LOOSE_RUN_ARABIC) out.push({ el, nodes: run });
      run = [];
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) run.push(c);
      else if (c.nodeType === ELEMENT_NODE) {
        const child = c as Element;
        const cs = stats.get(child);
        if (!cs) continue;
        if (BLOCK_TAGS.has(tagOf(child)) || cs.hasBlock) {
          if (tagOf(child) !== 'HR') {
            flush();
            visit(child);
          }
        } else run.push(child);
      }
    }
    flush();
  };
  visit(container);
  return out;
}

/** A teaser is a headline link followed by a short summary; a list of them is a section front or search results. */
const TEASER_SUMMARY_MAX_ARABIC = 320;
const MIN_TEASERS = 4;

/** Headline links each followed by a short summary make up half the units or more: not an article. */
function isTeaserList(pieces: Piece[], isLink: (p: Piece) => boolean): boolean {
  let teasers = 0;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const head = pieces[i]!;
    const next = pieces[i + 1]!;
    if (isLink(head) && head.ar >= 15 && !isLink(next) && next.ar > 0 && next.ar <= TEASER_SUMMARY_MAX_ARABIC) teasers++;
  }
  return teasers >= MIN_TEASERS && teasers * 2 >= pieces.length - teasers;
}

const isInside = (el: Element, containers: Element[]) => containers.some((c) => c === el || c.contains(el));

function commonAncestor(els: Element[]): Element {
  let a: Element = els[0]!;
  for (const b of els.slice(1)) {
    while (!a.contains(b) && a.parentElement) a = a.parentElement;
  }
  return a;
}

/** The elements of a list (in document order) not nested in another of it, in one pass. */
function outermost(els: Iterable<Element>): Element[] {
  const out: Element[] = [];
  for (const e of els) if (!out.length || !out[out.length - 1]!.contains(e)) out.push(e);
  return out;
}

/** Shown: neither the element nor an ancestor below `top` is skipped (hidden, a script, a form control…). */
function shown(el: Element, top: Element): boolean {
  for (let e: Element | null = el; e && e !== top; e = e.parentElement) if (isSkipped(e)) return false;
  return true;
}

/**
 * The shown elements a selector finds, outermost only, measured (their subtrees only), when together they hold an
 * article-sized text; null otherwise.
 */
function measuredContainers(found: Iterable<Element>, body: Element, stats: Map<Element, TextStats>): Element[] | null {
  const els = outermost([...found].filter((e) => body.contains(e) && shown(e, body)));
  let ar = 0;
  for (const e of els) {
    const st = measure(e, stats).get(e)!;
    ar += st.ar - st.linkAr;
  }
  return els.length && ar >= MIN_ARABIC_LETTERS / 2 ? els : null;
}

/** The body containers of a known site, when its selectors find an article-sized text. */
function siteContainers(doc: Document, site: SiteRule, body: Element, stats: Map<Element, TextStats>): Element[] | null {
  for (const sel of site.body) {
    let found: NodeListOf<Element>;
    try {
      found = doc.querySelectorAll(sel);
    } catch {
      continue;
    }
    const els = measuredContainers(found, body, stats);
    if (els) return els;
  }
  return null;
}

function siteExclusions(doc: Document, site: SiteRule | null): Set<Element> {
  const out = new Set<Element>();
  for (const sel of site?.exclude ?? []) {
    try {
      doc.querySelectorAll(sel).forEach((e) => out.add(e));
    } catch {
      /* a selector this DOM cannot parse */
    }
  }
  return out;
}

const HEADLINE = 'h1, [itemprop="headline"], h2[class*="title"]';
/**
 * `a` comes before `b` in document order (an ancestor before its descendants). Written out because linkedom's
 * compareDocumentPosition answers wrongly for elements that are not siblings.
 */
function precedes(a: Element, b: Element): boolean {
  if (a === b || b.contains(a)) return false;
  if (a.contains(b)) return true;
  const aPath = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) aPath.add(e);
  let bChild: Element = b;
  while (bChild.parentElement && !aPath.has(bChild.parentElement)) bChild = bChild.parentElement;
  const common = bChild.parentElement;
  if (!common) return false;
  let aChild: Element = a;
  while (aChild.parentElement !== common) aChild = aChild.parentElement!;
  for (let s = aChild.nextElementSibling; s; s = s.nextElementSibling) if (s === bChild) return true;
  return false;
}
/** With the page's title known, any element styled as a heading or title, in any case, that repeats it (old CMS: td.contentheading, span.NewsTitle). */
const HEADLINE_WITH_TITLE = `${HEADLINE}, h2, h3, [class*="heading" i], [class*="title" i]`;

/** The headline element just before the body: an h1 within a few levels above it. */
function headlineElement(
  doc: Document, containers: Element[], statsOf: (el: Element) => TextStats | undefined, site: SiteRule | null, title: string | null,
): { h1: Element; ancestor: Element } | null {
  const first = containers[0]!;
  const titleWords = title ? new Set(phraseKey(title).split(' ')) : null;
  const looksLikeTitle = (h: Element) => {
    if (!precedes(h, first) || isInside(h, containers)) return false;
    const st = statsOf(h);
    if (!st || st.ar < 10) return false;
    const words = phraseKey(h.textContent ?? '').split(' ').filter(Boolean);
    // With a known title, the headline shares most of its words (a logo or a section name does not).
    if (titleWords) return words.length > 0 && words.filter((w) => titleWords.has(w)).length >= words.length * 0.6;
    return words.length >= 3;
  };
  let ancestor = commonAncestor(containers);
  const body = doc.body;
  for (let level = 0; level < 5 && ancestor && ancestor !== body; level++) {
    const candidates = [
      ...(site?.title ? safeQuery(ancestor, site.title) : []),
      ...ancestor.querySelectorAll(titleWords ? HEADLINE_WITH_TITLE : HEADLINE),
    ];
    let h1 = candidates.find(looksLikeTitle);
    // A box styled as a title that wraps the headline with its byline and date: the headline inside it.
    for (const c of candidates) if (h1 && c !== h1 && h1.contains(c) && looksLikeTitle(c)) h1 = c;
    if (h1) return { h1, ancestor };
    if (!ancestor.parentElement) break;
    ancestor = ancestor.parentElement;
  }
  return null;
}

function safeQuery(root: Element, sel: string): Element[] {
  try {
    return [...root.querySelectorAll(sel)];
  } catch {
    return [];
  }
}

/** A lead standing between the headline and the body holds at least this many Arabic letters (a sentence, not a byline). */
const MIN_LEAD_ARABIC = 100;
/** A lead is at most this many blocks. */
const MAX_LEAD_BLOCKS = 3;
/** How many elements after the headline are looked at for a lead before the body starts. */
const MAX_LEAD_WALK = 300;

/** The element after `el` in document order, its subtree skipped when `skipChildren`; null past `top`. */
function nextInOrder(el: Element, top: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e && e !== top; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

/**
 * The lead (standfirst) printed between the headline and the body, outside the body's element: blocks of running
 * text there that are no furniture, no link, no photo's caption and not a copy of the body's first paragraph
 * («… في بيان، اليوم الأحد، أن …» above the body's own div). Bylines and dates are too short to count.
 */
function leadBlocks(
  headline: Element, containers: Element[], root: Element, statsOf: (el: Element) => TextStats | undefined, excluded: Set<Element>,
): Element[] {
  const first = containers[0]!;
  const out: Element[] = [];
  let bodyStart: string | null = null;
  let steps = 0;
  for (let el = nextInOrder(headline, root, true); el && steps < MAX_LEAD_WALK; steps++) {
    if (el === first) break;
    const st = statsOf(el);
    const furniture = !st || !st.letters || excluded.has(el) || isFurniture(el) || classHint(el) < 0 || isCommentSection(el) || isSocialEmbed(el);
    if (furniture || st.linkLetters > st.letters * 0.25 || hasMedia(el)) {
      // The body inside a skipped element is reached through it: only a box that holds no body is passed over.
      el = nextInOrder(el, root, !el.contains(first));
      continue;
    }
    if (st.hasBlock || el.contains(first)) {
      el = nextInOrder(el, root, false);
      continue;
    }
    if (st.ar - st.linkAr >= MIN_LEAD_ARABIC) {
      bodyStart ??= phraseKey((first.textContent ?? '').slice(0, 2000));
      const key = phraseKey(el.textContent ?? '').slice(0, 80);
      if (!bodyStart.includes(key)) out.push(el);
    }
    el = nextInOrder(el, root, true);
  }
  // A lead is a block or two; more running text between the headline and the body is something else (a box of
  // another story, a page's intro), and none of it is taken.
  return out.length <= MAX_LEAD_BLOCKS ? out : [];
}

const hasMedia = (el: Element) => !!el.querySelector('img, picture, video, amp-img');

export interface FindOptions {
  /** The page URL, when the Document does not know it (linkedom); selects the per-site rules. */
  url?: string | null;
  /**
   * `findArticleSteps` only: on a long article, hand out its beginning early (see `FindPreview`), covering at least
   * about this many characters of text.
   */
  preview?: number;
}

/**
 * What a step of `findArticleSteps` may hand out before the end, once on a long article: its beginning (at least
 * `PREVIEW_READ_FACTOR` times the asked length) as the finder judges its first blocks alone, before it has read and
 * judged the rest (no rule about the text's end applies to them: keepArticleUnits' `openEnd`). Usually the beginning
 * of the final result, not always: its last blocks are judged without the blocks after them, and a rule about the
 * whole text may reach back (everything after a related-stories heading that nothing continues, a teaser list). So a
 * preview is only ever used where `samePrefix` says the final result agrees with it.
 */
export interface FindPreview {
  preview: ArticleInPage;
}

/** A preview reads blocks until it holds this many times the characters asked for, so that its end is far from them. */
const PREVIEW_READ_FACTOR = 2;

/**
 * `a` and `b` have the same title and the same text and text nodes up to `end` (exclusive): an analysis of
 * `a.text` before `end` places its highlights in `b` exactly as in `a`.
 */
export function samePrefix(a: ArticleInPage, b: ArticleInPage, end: number): boolean {
  if (a.title !== b.title || a.root !== b.root || a.text.length < end || b.text.length < end) return false;
  if (a.text.slice(0, end) !== b.text.slice(0, end)) return false;
  for (let i = 0; i < a.segments.length && a.segments[i]!.start < end; i++) {
    const x = a.segments[i]!;
    const y = b.segments[i];
    if (!y || x.node !== y.node || x.start !== y.start || x.from !== y.from || x.to !== y.to) return false;
  }
  return true;
}

/** The page's URL: the option, the live location, or the canonical / Open Graph URL of a saved page. */
function pageUrl(doc: Document, options: FindOptions): string | null {
  if (options.url) return options.url;
  const href = (doc as Document & { location?: Location | null }).location?.href;
  if (href && /^https?:/.test(href)) return href;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical && /^https?:/.test(canonical)) return canonical;
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return og && /^https?:/.test(og) ? og : null;
}

/**
 * The element to read: the body, or the whole document when a parser of broken markup made more than one body
 * (linkedom does on pages whose <html> sits in conditional comments; a browser merges them into one).
 */
function pageBody(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  return body.nextElementSibling || body.previousElementSibling?.tagName.toUpperCase() === 'BODY' ? doc.documentElement : body;
}

const ARABIC_LETTERS = /[\u0621-\u064a\u0671-\u06d3]+/g;

/**
 * At least `min` Arabic letters in a text: the page's whole text (scripts included, so this only rules pages out)
 * is looked at by the regular expression engine, which passes over a page in another script at native speed.
 */
function hasArabicLetters(text: string, min: number): boolean {
  ARABIC_LETTERS.lastIndex = 0;
  let n = 0;
  for (let m = ARABIC_LETTERS.exec(text); m; m = ARABIC_LETTERS.exec(text)) if ((n += m[0].length) >= min) return true;
  return false;
}

/** A block with more of its letters inside links than this share is a link. */
const isLinkPiece = (p: Piece) => p.linkLetters > p.letters * MAX_BLOCK_LINK_SHARE;
/**
 * The blocks judged by the boilerplate rules: no link, and some Arabic or at least three words; a block that <br><br>
 * cuts into paragraphs, one piece for each; a wire's end mark after a paragraph's last sentence («… الإقليمية.
 * (النهاية)», «… -انتهى-») cut off it. So a page's paragraphs are judged as a text file's lines are.
 */
const judgedPieces = (read: Piece[]) =>
  read
    .filter((p) => !isLinkPiece(p) && (p.ar > 0 || p.text.trim().split(/\s+/).length >= 3))
    .flatMap(paragraphsOf)
    .map((p) => cutPiece(p, stripEndMark(p.text).length));

/** The pieces the boilerplate rules keep, a wire's dateline cut off the start of each («الرياض (واس) - …»). */
const keptPieces = (pieces: Piece[], keep: boolean[]) => pieces.filter((_, i) => keep[i]).map((p) => dropPieceStart(p, openingDatelineLength(p.text)));

/** The article's beginning as its first blocks alone say it (see `FindPreview`). */
function* previewOf(read: Piece[], headline: boolean, title: string | null, root: Element): Generator<void, ArticleInPage, void> {
  const pieces = judgedPieces(read);
  yield;
  const keep = yield* keepArticleUnitsSteps(pieces.map((p) => p.text), { firstIsTitle: headline, openEnd: true });
  const kept = keptPieces(pieces, keep);
  const { text, segments } = joinPieces(kept);
  return { title, root, blocks: [...new Set(kept.map((p) => p.el))], text, segments };
}

/** The article of a page, or null when the page is not an Arabic article (home page, section front, search, other language). */
export function findArticle(doc: Document, options: FindOptions = {}): ArticleInPage | null {
  const steps = findArticleSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `findArticle` in steps, for a caller that must not block the page for long: the generator yields between
 * phases (measuring, scoring, reading the blocks, judging boilerplate, building the text), each a fraction of
 * the whole, and returns the same result as `findArticle`. The page must not change between steps.
 */
export function* findArticleSteps(doc: Document, options: FindOptions = {}): Generator<FindPreview | void, ArticleInPage | null, void> {
  const body = pageBody(doc);
  if (!body || !hasArabicLetters(body.textContent ?? '', MIN_SHORT_ARTICLE_LETTERS)) return null;
  const data: StructuredData = readStructuredData(doc);
  const site = siteFor(pageUrl(doc, options));
  const excluded = siteExclusions(doc, site);

  // Site rules first, then the page's own articleBody markup: only their subtrees are measured. The whole page is
  // measured and scored only when neither finds an article-sized text.
  let stats = new Map<Element, TextStats>();
  let containers = site ? siteContainers(doc, site, body, stats) : null;
  containers ??= measuredContainers(doc.querySelectorAll('[itemprop="articleBody"]'), body, stats);
  const measuredAll = !containers;
  yield;
  if (!containers) {
    stats = measure(body);
    yield;
    containers = scoreCandidates(body, stats, data.articleBody);
  }
  if (!containers?.length) return null;
  /** The statistics of an element outside the measured subtrees (a headline above the body), measured on demand. */
  const statsOf = (el: Element): TextStats | undefined => {
    const known = stats.get(el);
    if (known || measuredAll || !body.contains(el) || !shown(el, body)) return known;
    return measure(el, stats).get(el);
  };

  // Not an article: most of the container's Arabic text is links (teasers and headlines).
  const ar = containers.reduce((a, e) => a + stats.get(e)!.ar, 0);
  const linkAr = containers.reduce((a, e) => a + stats.get(e)!.linkAr, 0);
  const maxLinkShare = data.isArticle ? MAX_LINK_SHARE + 0.1 : data.isListing ? MAX_LINK_SHARE - 0.15 : MAX_LINK_SHARE;
  if (!ar || linkAr / ar > maxLinkShare) return null;

  const title = pageTitle(doc, data);
  const headline = headlineElement(doc, containers, statsOf, site, title);
  const root = headline?.ancestor ?? commonAncestor(containers);

  yield;
  const units: Unit[] = [];
  if (headline) {
    units.push({ el: headline.h1, nodes: [headline.h1], counts: stats.get(headline.h1) });
    for (const lead of leadBlocks(headline.h1, containers, root, statsOf, excluded)) units.push({ el: lead, nodes: [lead], counts: statsOf(lead) });
  }
  for (const c of containers) units.push(...unitsIn(c, stats, excluded));
  const read: Piece[] = [];
  let next = 0;
  const readNext = () => {
    const piece = readUnit(units[next++]!);
    if (piece.text.trim()) read.push(piece);
    return piece.text.length;
  };
  if (options.preview) {
    // A long article's beginning, handed out before the rest is read and judged (nothing is read twice).
    for (let chars = 0; next < units.length && chars < options.preview * PREVIEW_READ_FACTOR;) chars += readNext();
    if (next < units.length) {
      // Judging them is the first use of the boilerplate rules' code and tables: a step (or two) of its own.
      yield;
      yield { preview: yield* previewOf(read, !!headline, title, root) };
    }
  }
  while (next < units.length) readNext();
  yield;
  if (isTeaserList(read, isLinkPiece)) return null;
  const pieces = judgedPieces(read);
  yield;
  const keep = yield* keepArticleUnitsSteps(pieces.map((p) => p.text), { firstIsTitle: !!headline });
  const kept = keptPieces(pieces, keep);
  yield;

  const { text: joined, segments } = joinPieces(kept);

  const { ar: arabic, letters } = letterCounts(joined);
  const bodyPieces = kept.filter((p) => !headline || p.el !== headline.h1);
  const nonLinkArabic = bodyPieces.reduce((a, p) => a + p.ar, 0);
  const longest = Math.max(0, ...bodyPieces.map((p) => p.ar));
  const minArabic = data.isArticle || headline ? MIN_SHORT_ARTICLE_LETTERS : MIN_ARABIC_LETTERS;
  if (nonLinkArabic < minArabic || arabic < letters * MIN_ARABIC_SHARE || longest < MIN_LONGEST_BLOCK) return null;

  return { title, root, blocks: [...new Set(kept.map((p) => p.el))], text: joined, segments };
}

/**
 * The article as the page's JSON-LD states it (headline and articleBody), for pages whose body the DOM does not
 * hold (rendered by a script). Text only: there are no nodes to highlight, so only the command line uses it.
 */
export function articleFromStructuredData(doc: Document): { title: string | null; text: string } | null {
  const data = readStructuredData(doc);
  if (!data.articleBody) return null;
  const text = plainArticleBody(data.articleBody);
  const { ar, letters } = letterCounts(text);
  if (ar < MIN_ARABIC_LETTERS || ar < letters * MIN_ARABIC_SHARE) return null;
  return { title: pageTitle(doc, data), text };
}
