/**
 * Quotation marks: « » “ ” „ ‟ ‹ › and the ASCII " used as both opener and closer. Marks nest; a mark left
 * open at the end of a paragraph closes there, or runs on when the next paragraph opens with the same mark
 * (the typographic convention for a quotation over several paragraphs).
 */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark (or the end of the paragraph for an unclosed mark). */
  end: number;
  /** The quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  /** Nesting depth: 0 for an outermost quotation. */
  depth: number;
  closed: boolean;
}

const CLOSER_OF: Record<string, string> = {
  '«': '»', '“': '”“', '„': '“”', '‟': '”', '‹': '›', '"': '"', '”': '”“', '»': '«',
};
const OPENERS = new Set(['«', '“', '„', '‟', '‹', '"', '”']);
const ANY_MARK = new Set(['"', '«', '»', '“', '”', '„', '‟', '‹', '›']);

interface Open {
  mark: string;
  at: number;
  depth: number;
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: Open[] = [];
  let paraEnd = -1;
  const closeTop = (at: number) => {
    const o = stack.pop()!;
    let end = at;
    while (end > o.at + 1 && /\s/.test(text[end - 1]!)) end--;
    spans.push({ start: o.at, end, innerStart: o.at + 1, innerEnd: end, depth: o.depth, closed: false });
  };
  const closeAll = (at: number) => {
    while (stack.length) closeTop(at);
  };
  const interesting = /["«»“”„‟‹›\n]/g;
  for (let m = interesting.exec(text); m; m = interesting.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    if (ch === '\n') {
      if (stack.length && i > paraEnd) {
        // A paragraph ends: a quotation still open runs on only if the next paragraph opens with its mark.
        let j = i;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        const top = stack[stack.length - 1]!;
        if (stack.length === 1 && text[j] === top.mark && top.mark !== '"') {
          paraEnd = j; // skip the repeated opener
        } else closeAll(i);
      }
      continue;
    }
    if (!ANY_MARK.has(ch)) continue;
    if (i === paraEnd) continue;
    const top = stack[stack.length - 1];
    const nestedAscii = ch === '"' && top?.mark === '"' && asciiOpensHere(text, i) && stack.length < 3;
    if (top && CLOSER_OF[top.mark]!.includes(ch) && !nestedAscii) {
      stack.pop();
      spans.push({ start: top.at, end: i + 1, innerStart: top.at + 1, innerEnd: i, depth: top.depth, closed: true });
    } else if (nestedAscii) {
      stack.push({ mark: ch, at: i, depth: stack.length });
    } else if (OPENERS.has(ch) || (ch === '»' && !top)) {
      // An ASCII " while another " is open: it opens a nested quotation when it sits before a word after a
      // space (دحر "داعش"), and otherwise closes the open one.
      const inner = ch === '"' ? stack.findIndex((o) => o.mark === '"') : -1;
      if (inner >= 0 && asciiOpensHere(text, i) && stack.length < 3) stack.push({ mark: ch, at: i, depth: stack.length });
      else if (inner >= 0) {
        while (stack.length > inner + 1) closeTop(i); // unbalanced marks inside: give up on them
        const o = stack.pop()!;
        spans.push({ start: o.at, end: i + 1, innerStart: o.at + 1, innerEnd: i, depth: o.depth, closed: true });
      } else stack.push({ mark: ch, at: i, depth: stack.length });
    }
  }
  closeAll(text.length);
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The outermost quotations only, in text order. */
export function outerSpans(spans: readonly QuotedSpan[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** An ASCII " with a space (or a paragraph start) before it and a word right after it reads as an opener. */
function asciiOpensHere(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1]! : '\n';
  const after = text[i + 1] ?? ' ';
  return /\s/.test(before) && /[\p{L}\p{N}(#]/u.test(after);
}
