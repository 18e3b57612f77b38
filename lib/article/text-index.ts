// The text index: the article text built from DOM text nodes, and the map from its offsets back to them.
import { ELEMENT_NODE, TEXT_NODE, countLetters, isSkipped, letterCounts, tagOf } from './dom';

/**
 * A text node used by the article: `text.slice(start, start + (to - from))` is `node.data.slice(from, to)`.
 * `from`/`to` are absent when the whole node is used; they only cut white space at the edges of a block.
 */
export interface Segment {
  node: Text;
  start: number;
  from?: number;
  to?: number;
}

export const segFrom = (s: Segment) => s.from ?? 0;
export const segTo = (s: Segment) => s.to ?? s.node.data.length;

/** A unit of text: a whole element, or a run of loose inline nodes inside a container that also holds blocks. */
export interface Unit {
  el: Element;
  nodes: Node[];
  /**
   * The letter counts of a whole element's text when the page's measure already has them (the same text nodes,
   * read the same way), so that its text is not counted again.
   */
  counts?: { ar: number; letters: number };
}

export interface Piece {
  el: Element;
  text: string;
  segments: Segment[];
  ar: number;
  linkLetters: number;
  letters: number;
  /** Where two or more <br> end a paragraph inside the block: offsets in `text` (white space may follow). */
  paragraphEnds?: number[];
}

/** The line breaks in the white space a string ends with, and whether it is all white space. */
function trailingBreaks(s: string): { breaks: number; allSpace: boolean } {
  let breaks = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 10) breaks++;
    else if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0x7f && /\s/.test(s[i]!)))) return { breaks, allSpace: false };
  }
  return { breaks, allSpace: true };
}

/** The visible text of a unit: its text nodes in order, "\n" where a <br> breaks a line. */
export function readUnit(unit: Unit): Piece {
  const segments: Segment[] = [];
  let text = '';
  let pendingBreaks = 0;
  let tailBreaks = 0;
  let linkLetters = 0;
  let paragraphEnds: number[] | undefined;
  const visit = (n: Node, inLink: boolean) => {
    if (n.nodeType === TEXT_NODE) {
      const node = n as Text;
      let from = 0;
      if (!text) {
        from = node.data.length - node.data.trimStart().length;
        if (from === node.data.length) return;
      }
      // One <br> breaks a line; two or more (old layouts) end a paragraph. White space between them waits.
      if (pendingBreaks && text && node.data.trim()) {
        const need = pendingBreaks > 1 ? 2 : 1;
        if (need === 2) (paragraphEnds ??= []).push(text.length);
        if (tailBreaks < need) text += '\n'.repeat(need - tailBreaks);
        pendingBreaks = 0;
      }
      const seg: Segment = { node, start: text.length };
      if (from) seg.from = from;
      segments.push(seg);
      const added = from ? node.data.slice(from) : node.data;
      text += added;
      // The line breaks in the white space the text now ends with (never read back from the growing text:
      // reading a string built by += flattens it, which made long <br> bodies quadratic).
      const tail = trailingBreaks(added);
      tailBreaks = tail.allSpace ? tailBreaks + tail.breaks : tail.breaks;
      if (inLink) linkLetters += countLetters(node.data);
      return;
    }
    if (n.nodeType !== ELEMENT_NODE) return;
    const el = n as Element;
    if (tagOf(el) === 'BR') {
      pendingBreaks++;
      return;
    }
    if (isSkipped(el)) return;
    const link = inLink || tagOf(el) === 'A';
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c, link);
  };
  for (const n of unit.nodes) visit(n, false);
  // White space at the end of the block is not part of it.
  while (segments.length) {
    const last = segments[segments.length - 1]!;
    const used = text.slice(last.start);
    const trimmed = used.trimEnd();
    if (trimmed.length === used.length) break;
    text = text.slice(0, last.start) + trimmed;
    if (!trimmed) segments.pop();
    else last.to = segFrom(last) + trimmed.length;
  }
  text = text.trimEnd();
  const { ar, letters } = unit.counts ?? letterCounts(text);
  const piece: Piece = { el: unit.el, text, segments, ar, linkLetters, letters };
  if (paragraphEnds) piece.paragraphEnds = paragraphEnds;
  return piece;
}

/** The segments of a piece's characters `start` to `end`: the text nodes (or the parts of them) they come from. */
function segmentsBetween(piece: Piece, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  for (const s of piece.segments) {
    const len = segTo(s) - segFrom(s);
    if (s.start >= end) break;
    if (s.start + len <= start) continue;
    const from = segFrom(s) + Math.max(0, start - s.start);
    const to = segFrom(s) + Math.min(len, end - s.start);
    const seg: Segment = { node: s.node, start: Math.max(0, s.start - start) };
    if (from) seg.from = from;
    if (to !== s.node.data.length) seg.to = to;
    segments.push(seg);
  }
  return segments;
}

/** The characters `start` to `end` of a piece's text, as a piece of its own. */
function slicePiece(piece: Piece, start: number, end: number): Piece {
  const text = piece.text.slice(start, end);
  const { ar, letters } = letterCounts(text);
  return { el: piece.el, text, segments: segmentsBetween(piece, start, end), ar, letters, linkLetters: 0 };
}

/**
 * A block cut by <br><br> into paragraphs (old layouts put a whole story in one <div>): each paragraph a piece of
 * its own, judged as a text file's line is (a related link, a prompt or a sign-off between them goes alone). A line
 * ended by a single <br> stays with its paragraph, and so does a blank line of the page's source (no break on
 * screen). Their link letters were judged on the whole block: 0 here.
 */
export function paragraphsOf(piece: Piece): Piece[] {
  const ends = piece.paragraphEnds;
  if (!ends?.length) return [piece];
  const out: Piece[] = [];
  let from = 0;
  for (const end of [...ends, piece.text.length]) {
    // The paragraph without the white space around it.
    let a = from;
    let b = Math.min(end, piece.text.length);
    while (a < b && /\s/.test(piece.text[a]!)) a++;
    while (b > a && /\s/.test(piece.text[b - 1]!)) b--;
    if (b > a) out.push(slicePiece(piece, a, b));
    from = end;
  }
  return out.length > 1 ? out : [piece];
}

/**
 * The piece cut to its first `length` characters (the text nodes after them left out, the last one used cut where the
 * text ends), for a block whose end is not part of the article (a wire's end mark after its last sentence).
 */
export function cutPiece(piece: Piece, length: number): Piece {
  if (length >= piece.text.length) return piece;
  return { ...piece, text: piece.text.slice(0, length), segments: segmentsBetween(piece, 0, length) };
}

/** The piece without its first `from` characters (a wire's dateline before the paragraph's first sentence). */
export function dropPieceStart(piece: Piece, from: number): Piece {
  if (from <= 0) return piece;
  return { ...slicePiece(piece, from, piece.text.length), linkLetters: piece.linkLetters };
}

/** Pieces joined by "\n\n" into one text, with every segment's offset moved into it. */
export function joinPieces(pieces: Piece[]): { text: string; segments: Segment[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  for (const p of pieces) {
    if (parts.length) offset += 2;
    for (const s of p.segments) {
      const moved: Segment = { node: s.node, start: s.start + offset };
      if (s.from !== undefined) moved.from = s.from;
      if (s.to !== undefined) moved.to = s.to;
      segments.push(moved);
    }
    parts.push(p.text);
    offset += p.text.length;
  }
  return { text: parts.join('\n\n'), segments };
}

/** The index of the last segment starting at or before `offset` (0 when none does); segments are in text order. */
export function segmentIndexAt(segs: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The DOM position of an offset of `article.text`. An offset between two text nodes (in a "\n\n" or a line
 * break the text index added) goes to the start of the next node, or with bias "end" to the end of the previous one.
 */
export function locate(article: { segments: Segment[] }, offset: number, bias: 'start' | 'end' = 'start'): { node: Text; offset: number } | null {
  const segs = article.segments;
  if (!segs.length) return null;
  const lo = segmentIndexAt(segs, offset);
  const seg = segs[lo]!;
  const end = seg.start + segTo(seg) - segFrom(seg);
  if (offset < seg.start) return { node: seg.node, offset: segFrom(seg) };
  if (offset < end || (offset === end && (bias === 'end' || lo === segs.length - 1))) return { node: seg.node, offset: segFrom(seg) + offset - seg.start };
  const next = segs[lo + 1];
  if (bias === 'start' && next) return { node: next.node, offset: segFrom(next) };
  return { node: seg.node, offset: segTo(seg) };
}
