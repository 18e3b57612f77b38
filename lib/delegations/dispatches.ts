import { normalize } from '../arabic/normalize';
import { meetingVerbs } from '../vocab/meetings';

/**
 * A wire bulletin that puts several dispatches one after the other («… /انتهى/ ع ع» then «الدوحة في … /قنا/ اجتمع …»;
 * the article layer has cut the datelines and end marks): each dispatch tells of its own meeting, with its own sides,
 * even when one side (the host's ministry) is the same in all of them. A dispatch opens after a separator line of
 * dashes, or with a paragraph that starts, with no connective, on a meeting verb («استقبل …»، «اجتمع …»، «بحث …») after
 * the article's lede: a paragraph continuing a story opens with «و»، «من جانبه»، «كما».
 */

/** Paragraphs before this index (the title, the lede and the one after it) open no new dispatch. */
const FIRST_DISPATCH_PARAGRAPH = 3;
const SEPARATOR = /^[-–—_=*]{3,}$/;
const LEDE_VERB_KINDS = new Set(['host', 'meet', 'discuss']);

/** The character ranges [start, end) of the dispatches; one range (the whole text) unless the text is a bulletin. */
export function dispatchRanges(text: string): [number, number][] {
  const starts = [0];
  let index = 0;
  let afterSeparator = false;
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const line = m[0].trim();
    if (!line) continue;
    if (SEPARATOR.test(line)) {
      afterSeparator = true;
      continue;
    }
    if (afterSeparator || (index >= FIRST_DISPATCH_PARAGRAPH && opensOnMeetingVerb(line))) starts.push(m.index);
    afterSeparator = false;
    index++;
  }
  return starts.map((s, n) => [s, starts[n + 1] ?? text.length]);
}

/** «استقبل سعادة …»: the paragraph's first word is a meeting verb, with no «و» or «ف» before it. */
function opensOnMeetingVerb(line: string): boolean {
  const first = line.split(/\s+/)[0]!;
  if (/^[وف]/.test(first)) return false;
  const kind = meetingVerbs.get(normalize(first));
  return !!kind && LEDE_VERB_KINDS.has(kind);
}

/** The text with everything outside [start, end) blanked to spaces: offsets (and so the officials' mentions) stay as they were. */
export function onlyRange(text: string, [start, end]: [number, number]): string {
  return ' '.repeat(start) + text.slice(start, end) + ' '.repeat(text.length - end);
}
