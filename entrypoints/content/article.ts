/**
 * Interim article finder with the API of lib/article/find.ts (findArticle / locate), used until the
 * article layer lands: the element whose paragraphs hold the most Arabic text, boilerplate regions left out.
 */
export interface ArticleInPage {
  title: string | null;
  root: Element;
  blocks: Element[];
  text: string;
  segments: { node: Text; start: number }[];
}

const BOILERPLATE = 'nav, aside, footer, header, form, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"]';
const BLOCKS = 'p, h2, h3, h4, blockquote, li';
const ARABIC = /[\u0600-\u06ff]/g;

function arabicCount(s: string): number {
  return s.match(ARABIC)?.length ?? 0;
}

export function findArticle(doc: Document): ArticleInPage | null {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    if (p.closest(BOILERPLATE)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + arabicCount(p.textContent ?? ''));
  }
  let root: Element | null = null;
  let best = 0;
  for (const [el, score] of scores) if (score > best) [root, best] = [el, score];
  if (!root || best < 200) return null;
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (b) => !b.closest(BOILERPLATE) && !b.parentElement?.closest(BLOCKS) && arabicCount(b.textContent ?? '') > 0,
  );
  const segments: { node: Text; start: number }[] = [];
  let text = '';
  for (const block of blocks) {
    if (text) text += '\n\n';
    const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent?.closest('script, style, noscript')) continue;
      segments.push({ node: n as Text, start: text.length });
      text += (n as Text).data;
    }
  }
  const h1 = root.closest('article, main, body')?.querySelector('h1') ?? doc.querySelector('h1');
  const title = h1?.textContent?.trim() || doc.title || null;
  return { title, root, blocks, text, segments };
}

/** The text node and offset in it of an offset of `article.text` (the last segment starting at or before it). */
export function locate(article: ArticleInPage, offset: number, bias: 'start' | 'end' = 'start'): { node: Text; offset: number } | null {
  const segs = article.segments;
  let lo = 0, hi = segs.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return null;
  if (bias === 'end' && found > 0 && segs[found]!.start === offset) found--;
  const seg = segs[found]!;
  return { node: seg.node, offset: Math.min(offset - seg.start, seg.node.data.length) };
}
