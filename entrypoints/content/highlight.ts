import Mark from 'mark.js';
import type { Analysis } from '@/lib/types';
import { highlightRanges, type HighlightRange } from '@/lib/extension/ranges';
import type { ArticleInPage } from './article';
import { segmentIndexAt } from '@/lib/article/text-index';

export const MARK_CLASS = 'ana-hl';
export const OFFICIAL_CLASS = 'ana-official';
export const QUOTE_CLASS = 'ana-quote';
/** A quoted or named person who is not an official (an analyst, a witness, an unnamed source). */
export const PERSON_CLASS = 'ana-person';
/** Our own UI carries this class; it and editable fields are never highlighted. */
export const UI_CLASS = 'ana-ui';

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';
/** mark.js tests these against each text node's parent, so subtrees are excluded with "X *". */
export const EXCLUDE = [
  'textarea', 'input', 'select', 'option', 'button', 'noscript', 'svg', 'svg *',
  EDITABLE, `${EDITABLE} *`, `.${UI_CLASS}`, `.${UI_CLASS} *`,
];
const MARKJS_ALWAYS = ['script', 'style', 'title', 'head', 'html'];
const SKIP_PARENT = [...EXCLUDE, ...MARKJS_ALWAYS].join(',');

interface Positions { context: Element; nodeStart: Map<Text, number>; length: number }
interface Job { context: Element; quotes: MarkRange[]; officials: MarkRange[]; people: MarkRange[] }
interface MarkRange { start: number; length: number; data: HighlightRange; first?: boolean }

/** The text positions of `context` exactly as mark.js counts them (parent-based exclusion). */
function positionsOf(context: Element): Positions {
  const nodeStart = new Map<Text, number>();
  let pos = 0;
  const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.parentElement?.matches(SKIP_PARENT)) continue;
    nodeStart.set(n, pos);
    pos += n.data.length;
  }
  return { context, nodeStart, length: pos };
}

function innermostBlock(node: Node, blocks: Set<Element>, root: Element): Element {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (blocks.has(el)) return el;
    if (el === root) break;
  }
  return root;
}

interface Spot { positions: Positions; at: number; length: number }

/**
 * Where article offsets fall as (block, mark.js offset in that block). The article's segments point at text
 * nodes that highlighting splits, so a map read before the first highlights can place a second analysis
 * over the same page (after `unhighlight`, each block's text is the same again).
 */
export class ArticleMap {
  private readonly blocks: Set<Element>;
  private readonly positions = new Map<Element, Positions>();
  private readonly spots: (Spot | null | undefined)[] = [];
  /** The blocks highlighted through this map, each with the key of what was drawn there. */
  drawn = new Map<Element, string>();

  constructor(private readonly article: ArticleInPage) {
    this.blocks = new Set(article.blocks);
  }

  /** Read every block holding text before `chars` now, before highlights there split its text nodes. */
  snapshot(chars: number): void {
    const touched = new Set<Element>();
    const segs = this.article.segments;
    for (let i = 0; i < segs.length; i++) {
      const spot = this.spot(i);
      if (segs[i]!.start <= chars) { if (spot) touched.add(spot.positions.context); }
      else if (!spot || !touched.has(spot.positions.context)) break;
    }
  }

  private spot(i: number): Spot | null {
    const known = this.spots[i];
    if (known !== undefined) return known;
    const seg = this.article.segments[i]!;
    const context = innermostBlock(seg.node, this.blocks, this.article.root);
    let p = this.positions.get(context);
    if (!p) this.positions.set(context, (p = positionsOf(context)));
    const n0 = p.nodeStart.get(seg.node);
    const from = seg.from ?? 0;
    const spot = n0 === undefined ? null : { positions: p, at: n0 + from, length: (seg.to ?? seg.node.data.length) - from };
    this.spots[i] = spot;
    return spot;
  }

  /** Same rules as `locate`, in block positions. */
  place(offset: number, bias: 'start' | 'end' = 'start'): { positions: Positions; pos: number } | null {
    const segs = this.article.segments;
    if (!segs.length) return null;
    const lo = segmentIndexAt(segs, offset);
    const seg = segs[lo]!;
    const s = this.spot(lo);
    if (!s) return null;
    if (offset < seg.start) return { positions: s.positions, pos: s.at };
    const end = seg.start + s.length;
    if (offset < end || (offset === end && (bias === 'end' || lo === segs.length - 1))) return { positions: s.positions, pos: s.at + offset - seg.start };
    if (bias === 'start' && lo + 1 < segs.length) {
      const n = this.spot(lo + 1);
      return n && { positions: n.positions, pos: n.at };
    }
    return { positions: s.positions, pos: s.at + s.length };
  }
}

/**
 * Group the analysis' highlights by the block they fall in, in mark.js offsets of that block. The analysis'
 * offsets are in the article text from `offset` on (an analysis of a part of it).
 */
export function planHighlights(map: ArticleMap, analysis: Analysis, offset = 0): Job[] {
  const jobs = new Map<Element, Job>();
  const place = (r: HighlightRange): { job: Job; range: MarkRange } | null => {
    const a = map.place(r.start + offset);
    const b = map.place(r.end + offset, 'end');
    if (!a || !b) return null;
    const p = a.positions;
    const start = a.pos;
    // A span running past its block is cut at the block's end.
    const end = b.positions !== p ? p.length : Math.min(b.pos, p.length);
    if (end <= start) return null;
    const context = p.context;
    let job = jobs.get(context);
    if (!job) jobs.set(context, (job = { context, quotes: [], officials: [], people: [] }));
    return { job, range: { start, length: end - start, data: r } };
  };
  const { quotes, officials, people } = highlightRanges(analysis);
  for (const q of quotes) { const x = place(q); if (x) x.job.quotes.push(x.range); }
  for (const o of officials) { const x = place(o); if (x) x.job.officials.push(x.range); }
  for (const p of people) { const x = place(p); if (x) x.job.people.push(x.range); }
  return [...jobs.values()];
}

export interface HighlightOptions {
  analysis: Analysis;
  signal: AbortSignal;
  /** English label of a highlight (aria-label) and an official's role (shown inline). */
  label: (r: HighlightRange) => { aria: string; role?: string | null };
  /** Read before any highlight of this article was drawn; a new one is made when absent. */
  map?: ArticleMap;
  /** The analysis covers the article text from this offset on (default 0). */
  offset?: number;
  /**
   * Replace the highlights drawn before through the same `map`: a block whose highlights are the same is
   * left alone, any other is redrawn in one task (never a frame without its highlights).
   */
  replace?: boolean;
  /** Marks are drawn for this many ms before the page gets the main thread back (default 12). */
  sliceMs?: number;
}

const yieldToPage = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in globalThis
      ? requestIdleCallback(() => resolve(), { timeout: 50 })
      : setTimeout(resolve, 0),
  );

/** Mark every highlight, viewport first, in slices of a few milliseconds so a huge page never freezes. */
export async function highlight(article: ArticleInPage, opts: HighlightOptions): Promise<number> {
  if (opts.signal.aborted) return 0;
  // The first slice counts the planning too (placing every highlight, reading where the blocks are).
  let sliceStart = performance.now();
  const map = opts.map ?? new ArticleMap(article);
  const jobs = planHighlights(map, opts.analysis, opts.offset);
  const viewportDistance = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.bottom < 0 ? -r.bottom + 1e5 : r.top > innerHeight ? r.top : 0;
  };
  const order = jobs.map((j) => ({ j, d: viewportDistance(j.context) })).sort((x, y) => x.d - y.d).map((x) => x.j);
  const before = opts.replace ? map.drawn : new Map<Element, string>();
  const drawn = new Map<Element, string>();
  map.drawn = drawn;
  let count = 0;
  // Blocks may nest (loose text of a container around its paragraphs): a block's own marks are those whose
  // nearest block is that one.
  const blocks = new Set([...before.keys(), ...jobs.map((j) => j.context)]);
  // Blocks that had highlights and get none now.
  const wanted = new Set(jobs.map((j) => j.context));
  for (const context of before.keys()) if (!wanted.has(context)) unhighlightBlock(context, blocks);
  for (const job of order) {
    if (opts.signal.aborted) return count;
    const key = jobKey(job, opts.label);
    const old = before.get(job.context);
    if (old !== key) {
      if (old !== undefined) unhighlightBlock(job.context, blocks);
      markJob(job, opts);
    }
    drawn.set(job.context, key);
    count += job.quotes.length + job.officials.length + job.people.length;
    if (performance.now() - sliceStart > (opts.sliceMs ?? 12)) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return count;
}

/** Everything a block's highlights are drawn from: the same key means the same marks. */
function jobKey(job: Job, label: HighlightOptions['label']): string {
  const one = (r: MarkRange) => {
    const { aria, role } = label(r.data);
    return [r.start, r.length, r.data.officialId ?? '', r.data.personId ?? '', r.data.mention ?? '', r.data.quoteId ?? '', aria, role ?? ''].join('\u0001');
  };
  return [job.quotes, job.officials, job.people].map((ranges) => ranges.map(one).join('\u0002')).join('\u0003');
}

function markJob(job: Job, opts: HighlightOptions): void {
  const mark = new Mark(job.context as HTMLElement);
  const each = (el: Element, range: MarkRange) => {
    const r = range.data;
    if (r.officialId) {
      el.setAttribute('data-official-id', r.officialId);
      el.setAttribute('data-mention', String(r.mention ?? 0));
    }
    if (r.personId) {
      el.setAttribute('data-person-id', r.personId);
      el.setAttribute('data-mention', String(r.mention ?? 0));
    }
    if (r.quoteId) el.setAttribute('data-quote-id', r.quoteId);
    if (!range.first) {
      // One tab stop per highlight, on its first piece.
      range.first = true;
      const { aria, role } = opts.label(r);
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', aria);
      el.classList.add('ana-first');
      if (role && r.mention === 0) el.setAttribute('data-role', role);
    }
  };
  const base = { element: 'mark', exclude: EXCLUDE };
  if (job.quotes.length)
    mark.markRanges(job.quotes as unknown as Mark.Range[], { ...base, className: `${MARK_CLASS} ${QUOTE_CLASS}`, each: each as never });
  if (job.officials.length)
    mark.markRanges(job.officials as unknown as Mark.Range[], { ...base, className: `${MARK_CLASS} ${OFFICIAL_CLASS}`, each: each as never });
  if (job.people.length)
    mark.markRanges(job.people as unknown as Mark.Range[], { ...base, className: `${MARK_CLASS} ${PERSON_CLASS}`, each: each as never });
}

/** Remove the highlights of one block (not those of another block inside it). */
function unhighlightBlock(block: Element, blocks: Set<Element>): void {
  const own = (m: Element) => {
    for (let el = m.parentElement; el; el = el.parentElement) if (el === block || blocks.has(el)) return el === block;
    return false;
  };
  unwrap([...block.querySelectorAll(`mark.${MARK_CLASS}`)].filter(own));
}

/** Remove every highlight of ours, restoring the page's text nodes. */
export function unhighlight(doc: Document): void {
  unwrap([...doc.querySelectorAll(`mark.${MARK_CLASS}`)]);
}

/** Unwrap marks given in document order. */
function unwrap(inOrder: Element[]): void {
  const parents = new Set<Node>();
  // Innermost first, so a name nested in a quote is unwrapped before its quote.
  const marks = inOrder.reverse();
  for (const m of marks) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parents.add(parent);
  }
  // Re-join only the text nodes we split.
  for (const p of parents) if (p.isConnected) p.normalize();
}
