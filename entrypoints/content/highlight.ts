import Mark from 'mark.js';
import type { Analysis } from '@/lib/types';
import { highlightRanges, type HighlightRange } from '@/lib/extension/ranges';
import { locate, type ArticleInPage } from './article';

export const MARK_CLASS = 'ana-hl';
export const OFFICIAL_CLASS = 'ana-official';
export const QUOTE_CLASS = 'ana-quote';
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
interface Job { context: Element; quotes: MarkRange[]; officials: MarkRange[] }
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

/** Group the analysis' highlights by the block they fall in, in mark.js offsets of that block. */
export function planHighlights(article: ArticleInPage, analysis: Analysis): Job[] {
  const blocks = new Set(article.blocks);
  const positions = new Map<Element, Positions>();
  const jobs = new Map<Element, Job>();
  const place = (r: HighlightRange): { job: Job; range: MarkRange } | null => {
    const a = locate(article, r.start);
    const b = locate(article, r.end, 'end');
    if (!a || !b) return null;
    const context = innermostBlock(a.node, blocks, article.root);
    let p = positions.get(context);
    if (!p) positions.set(context, (p = positionsOf(context)));
    const s0 = p.nodeStart.get(a.node);
    if (s0 === undefined) return null;
    const start = s0 + a.offset;
    const e0 = p.nodeStart.get(b.node);
    // A span running past its block is cut at the block's end.
    const end = e0 === undefined ? p.length : Math.min(e0 + b.offset, p.length);
    if (end <= start) return null;
    let job = jobs.get(context);
    if (!job) jobs.set(context, (job = { context, quotes: [], officials: [] }));
    return { job, range: { start, length: end - start, data: r } };
  };
  const { quotes, officials } = highlightRanges(analysis);
  for (const q of quotes) { const x = place(q); if (x) x.job.quotes.push(x.range); }
  for (const o of officials) { const x = place(o); if (x) x.job.officials.push(x.range); }
  return [...jobs.values()];
}

export interface HighlightOptions {
  analysis: Analysis;
  signal: AbortSignal;
  /** English role of an official, for the aria-label and the inline role. */
  label: (r: HighlightRange) => { aria: string; role?: string | null };
}

const yieldToPage = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in globalThis
      ? requestIdleCallback(() => resolve(), { timeout: 50 })
      : setTimeout(resolve, 0),
  );

/** Mark every highlight, viewport first, in slices of a few milliseconds so a huge page never freezes. */
export async function highlight(article: ArticleInPage, opts: HighlightOptions): Promise<number> {
  const jobs = planHighlights(article, opts.analysis);
  const viewportDistance = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.bottom < 0 ? -r.bottom + 1e5 : r.top > innerHeight ? r.top : 0;
  };
  const order = jobs.map((j) => ({ j, d: viewportDistance(j.context) })).sort((x, y) => x.d - y.d).map((x) => x.j);
  let count = 0;
  let sliceStart = performance.now();
  for (const job of order) {
    if (opts.signal.aborted) return count;
    count += markJob(job, opts);
    if (performance.now() - sliceStart > 12) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return count;
}

function markJob(job: Job, opts: HighlightOptions): number {
  const mark = new Mark(job.context as HTMLElement);
  let count = 0;
  const each = (el: Element, range: MarkRange) => {
    const r = range.data;
    el.classList.add(MARK_CLASS);
    if (r.officialId) {
      el.setAttribute('data-official-id', r.officialId);
      el.setAttribute('data-mention', String(r.mention ?? 0));
    }
    if (r.quoteId) el.setAttribute('data-quote-id', r.quoteId);
    if (!range.first) {
      // One tab stop per highlight, on its first piece.
      range.first = true;
      count++;
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
  return count;
}

/** Remove every highlight of ours, restoring the page's text nodes. */
export function unhighlight(doc: Document): void {
  const parents = new Set<Node>();
  // Innermost first, so a name nested in a quote is unwrapped before its quote.
  const marks = [...doc.querySelectorAll(`mark.${MARK_CLASS}`)].reverse();
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
