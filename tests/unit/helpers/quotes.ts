import { analyze } from '@/lib/analyze';

/** The quote of the analysis whose text holds these words (an error if none does). */
export function quoteWith(text: string, words: string) {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q;
}

/** That quote's speaker: the English name, or the Arabic one when there is no English. */
export function speakerOf(text: string, words: string) {
  const q = quoteWith(text, words);
  return q.speaker_en ?? q.speaker_ar;
}

/** That quote's speaker in English and Arabic, "en | ar". */
export function speakerBoth(text: string, words: string) {
  const q = quoteWith(text, words);
  return `${q.speaker_en ?? ''} | ${q.speaker_ar ?? ''}`;
}
