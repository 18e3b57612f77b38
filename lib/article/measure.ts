// One pass over a page's body: letter counts of every element's visible text, for scoring and thresholds.
import { BLOCK_TAGS, ELEMENT_NODE, TEXT_NODE, isSkipped, letterCounts, tagOf } from './dom';

/** Letter counts of an element's visible text, computed once per page in one pass. */
export interface TextStats {
  ar: number;
  letters: number;
  linkAr: number;
  linkLetters: number;
  commas: number;
  /** Has a block-level element among its descendants. */
  hasBlock: boolean;
  /** Order of measuring (document order within one measured subtree). */
  order: number;
}

/**
 * One pass over an element's subtree: text statistics for it and every element in it that is not skipped
 * (scripts, hidden…), added to `into`. The whole body when nothing else is known; only the article's container
 * when a site rule or the page's markup names it.
 */
export function measure(body: Element, into: Map<Element, TextStats> = new Map()): Map<Element, TextStats> {
  const stats = into;
  let order = stats.size;
  const visit = (el: Element): TextStats => {
    const st: TextStats = { ar: 0, letters: 0, linkAr: 0, linkLetters: 0, commas: 0, hasBlock: false, order: order++ };
    stats.set(el, st);
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const counts = letterCounts((c as Text).data);
        st.ar += counts.ar;
        st.letters += counts.letters;
        st.commas += counts.commas;
      } else if (c.nodeType === ELEMENT_NODE) {
        const child = c as Element;
        if (isSkipped(child)) continue;
        const cs = visit(child);
        st.ar += cs.ar;
        st.letters += cs.letters;
        st.linkAr += cs.linkAr;
        st.linkLetters += cs.linkLetters;
        st.commas += cs.commas;
        if (cs.hasBlock || BLOCK_TAGS.has(tagOf(child))) st.hasBlock = true;
      }
    }
    // A link's text is link text, unless the "link" wraps blocks (broken markup wrapping a whole page in <a>).
    if (tagOf(el) === 'A' && !st.hasBlock) {
      st.linkAr = st.ar;
      st.linkLetters = st.letters;
      st.commas = 0;
    }
    return st;
  };
  visit(body);
  return stats;
}

/**
 * A block whose whole text is in <small>: the fine print under a story (the agency's note on what it publishes, a
 * disclaimer, a source line), never a paragraph of the article.
 */
export function isFinePrint(el: Element, stats: Map<Element, TextStats>): boolean {
  const letters = stats.get(el)?.letters ?? 0;
  if (!letters || !el.querySelector('small')) return false;
  let small = 0;
  for (const s of el.querySelectorAll('small')) if (!s.parentElement?.closest('small')) small += stats.get(s)?.letters ?? 0;
  return small >= letters;
}
