// Readability-style scoring tuned for Arabic: paragraphs score by their Arabic letters outside links and their
// commas, pass the score to their ancestors, and the best ancestor (after link density and class hints) holds
// the article; siblings that score well too are merged in.
import { phraseKey } from '../vocab/boilerplate';
import { BLOCK_TAGS, classHint, isCommentSection, isFurniture, tagOf } from './dom';
import { isFinePrint, type TextStats } from './measure';

/** Paragraphs shorter than this (Arabic letters outside links) are not scored. */
const MIN_PARAGRAPH_ARABIC = 25;
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE']);
const LEAF_CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'FONT', 'CENTER']);

function initialScore(el: Element): number {
  let s = classHint(el) * 25;
  const tag = tagOf(el);
  if (tag === 'DIV' || tag === 'ARTICLE' || tag === 'MAIN') s += 5;
  else if (tag === 'PRE' || tag === 'TD' || tag === 'BLOCKQUOTE') s += 3;
  else if (tag === 'UL' || tag === 'OL' || tag === 'LI' || tag === 'FORM' || tag === 'DL' || tag === 'DD') s -= 3;
  else if (/^H[1-6]$/.test(tag) || tag === 'TH') s -= 5;
  return s;
}

/**
 * Inside page furniture (nav, aside, footer, a sidebar or share bar by its class)? Checked up to the body.
 * An element holding half the page's Arabic text or more is never furniture: pages wrapped whole in a
 * <form> (ASP.NET) or an article with a class like "author-x" must still be read.
 */
function inFurniture(el: Element, body: Element, stats: Map<Element, TextStats>, memo: Map<Element, boolean>): boolean {
  const pageAr = stats.get(body)?.ar ?? 0;
  const path: Element[] = [];
  let cur: Element | null = el;
  let found = false;
  while (cur && cur !== body) {
    const known = memo.get(cur);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(cur);
    if (((isFurniture(cur) || classHint(cur) < 0) && (stats.get(cur)?.ar ?? 0) < pageAr * 0.5) || isCommentSection(cur)) {
      found = true;
      break;
    }
    cur = cur.parentElement;
  }
  for (const p of path) memo.set(p, found);
  return found;
}

/**
 * The element(s) holding the article body by text-density scoring, or null when no paragraph scores.
 * `articleBody` (JSON-LD) boosts the paragraphs it contains.
 */
export function scoreCandidates(body: Element, stats: Map<Element, TextStats>, articleBody: string | null): Element[] | null {
  const bodyKey = articleBody ? ' ' + phraseKey(articleBody) + ' ' : null;
  const scores = new Map<Element, number>();
  const content = new Map<Element, number>();
  /** Elements holding paragraphs that the JSON-LD articleBody contains. */
  const inArticleBody = new Set<Element>();
  const memo = new Map<Element, boolean>();
  const add = (el: Element, s: number) => {
    if (!scores.has(el)) scores.set(el, initialScore(el));
    scores.set(el, scores.get(el)! + s);
    content.set(el, (content.get(el) ?? 0) + s);
  };
  for (const [el, st] of stats) {
    const tag = tagOf(el);
    const paragraph = PARAGRAPH_TAGS.has(tag) || (LEAF_CONTAINER_TAGS.has(tag) && !st.hasBlock);
    if (!paragraph || el === body) continue;
    const own = st.ar - st.linkAr;
    if (own < MIN_PARAGRAPH_ARABIC) continue;
    if (inFurniture(el, body, stats, memo)) continue;
    let score = 1 + Math.min(st.commas, 10) + Math.min(own / 100, 3);
    score *= 1 - (st.linkLetters / Math.max(1, st.letters));
    let matched = false;
    if (bodyKey) {
      const key = phraseKey(el.textContent ?? '').slice(0, 80);
      matched = key.length > 20 && bodyKey.includes(' ' + key);
      if (matched) {
        score *= 3;
        inArticleBody.add(el);
      }
    }
    let parent = el.parentElement;
    for (let level = 1; parent && level <= 5; level++, parent = parent.parentElement) {
      if (!stats.has(parent)) break;
      add(parent, level === 1 ? score : level === 2 ? score / 2 : score / (level * 3));
      if (matched) inArticleBody.add(parent);
      if (parent === body) break;
    }
  }
  let top: Element | null = null;
  let topScore = -Infinity;
  const finalScore = new Map<Element, number>();
  for (const [el, s] of scores) {
    const st = stats.get(el)!;
    const f = s * (1 - st.linkLetters / Math.max(1, st.letters));
    finalScore.set(el, f);
    if (f > topScore) {
      topScore = f;
      top = el;
    }
  }
  if (!top || topScore <= 0) return null;

  // Siblings that hold more of the article (a body split around an image or an advert).
  const parent = top.parentElement;
  if (!parent || top === body) return [top];
  // Judged on paragraph content alone: a class bonus ("article-media") does not make a caption part of the body.
  const contentOf = (el: Element) => (content.get(el) ?? 0) * (1 - stats.get(el)!.linkLetters / Math.max(1, stats.get(el)!.letters));
  const threshold = Math.max(10, contentOf(top) * 0.2);
  const merged: Element[] = [];
  for (const sib of parent.children) {
    if (sib === top) {
      merged.push(sib);
      continue;
    }
    const st = stats.get(sib);
    if (!st || isFurniture(sib) || classHint(sib) < 0 || isCommentSection(sib) || isFinePrint(sib, stats)) continue;
    // With a JSON-LD articleBody, a sibling joins only if it holds some of it.
    if (bodyKey && inArticleBody.size && !inArticleBody.has(sib)) continue;
    const f = contentOf(sib);
    const own = st.ar - st.linkAr;
    const linkShare = st.linkLetters / Math.max(1, st.letters);
    if (f >= threshold || (tagOf(sib) === 'P' && own >= 80 && linkShare < 0.25)) merged.push(sib);
    else if (!BLOCK_TAGS.has(tagOf(sib)) && !st.hasBlock && own >= 80 && linkShare < 0.25) merged.push(sib);
  }
  return merged;
}
