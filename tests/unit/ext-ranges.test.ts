import { describe, expect, it } from 'vitest';
import { highlightRanges, toWordBoundaries } from '@/lib/extension/ranges';
import type { Analysis, Official, Quote } from '@/lib/types';

// Al-Diyar, June 2024 (dev corpus diyar-putin-kim)
const TEXT = 'وأشار بوتين إلى أن روسيا تكافح سياسة الهيمنة الإمبريالية.';

describe('whole words', () => {
  it('widens a mention cut after a clitic to the whole word', () => {
    const start = TEXT.indexOf('بوتين');
    // A span that starts inside "وأشار" and one that ends mid-word are both widened.
    expect(toWordBoundaries(TEXT, start + 1, start + 3)).toEqual([start, start + 5]);
    expect(toWordBoundaries(TEXT, 2, 4)).toEqual([0, 5]);
  });
  it('leaves a span on word boundaries alone and trims white space', () => {
    const start = TEXT.indexOf('بوتين');
    expect(toWordBoundaries(TEXT, start, start + 5)).toEqual([start, start + 5]);
    expect(toWordBoundaries(TEXT, start - 1, start + 6)).toEqual([start, start + 5]);
  });
  it('keeps harakat and tatweel inside the word', () => {
    const t = 'قال بُوتيـــن اليوم';
    expect(toWordBoundaries(t, 4, 6)).toEqual([4, t.indexOf(' اليوم')]);
  });
});

describe('highlight ranges', () => {
  const official = (id: string, mentions: [number, number][]): Official => ({
    id, name_ar: 'x', name_en: 'X', role_ar: null, role_en: null, country: null, mentions, evidence: '', known: false,
  });
  const quote = (id: string, start: number, end: number): Quote => ({
    id, text: TEXT.slice(start, end), kind: 'indirect', speaker_ar: null, speaker_en: null, speaker_id: 'o1', start, end,
  });

  it('gives every mention with its index, and quotes separately', () => {
    const putin = TEXT.indexOf('بوتين');
    const a: Analysis = {
      article: { title: null, text: TEXT },
      officials: [official('o1', [[putin, putin + 5]])], people: [],
      quotes: [quote('q1', TEXT.indexOf('روسيا'), TEXT.length - 1)],
      delegations: [],
    };
    const r = highlightRanges(a);
    expect(r.officials).toEqual([{ start: putin, end: putin + 5, kind: 'official', officialId: 'o1', mention: 0 }]);
    expect(r.quotes).toHaveLength(1);
  });

  it('drops overlapping mentions of the same kind (mark.js would skip them silently)', () => {
    const a: Analysis = {
      article: { title: null, text: TEXT },
      officials: [official('o1', [[6, 11]]), official('o2', [[6, 11], [19, 24]])], people: [],
      quotes: [],
      delegations: [],
    };
    expect(highlightRanges(a).officials.map((r) => r.officialId + ':' + r.start)).toEqual(['o1:6', 'o2:19']);
  });

  it('gives people who are not officials their own ranges, never over an official', () => {
    // A sentence of our own: an analyst is quoted about a minister.
    const text = 'وقال المحلل السياسي أحمد سالم إن الوزير سيرغي لافروف سيزور المنطقة، وأضاف سالم أن الزيارة مهمة.';
    const at = (w: string, from = 0): [number, number] => [text.indexOf(w, from), text.indexOf(w, from) + w.length];
    const salem2 = at('سالم', text.indexOf('وأضاف'));
    const a: Analysis = {
      article: { title: null, text },
      officials: [official('o1', [at('الوزير سيرغي لافروف')])],
      people: [
        { id: 'p1', name_ar: 'أحمد سالم', name_en: 'Ahmed Salem', named: true, description_ar: 'المحلل السياسي', description_en: 'political analyst',
          country: null, mentions: [at('أحمد سالم'), salem2] },
        // A wrong span over the minister's name must not nest a person mark inside an official's.
        { id: 'p2', name_ar: 'لافروف', name_en: 'Lavrov', named: true, description_ar: null, description_en: null, country: null, mentions: [at('لافروف')] },
      ],
      quotes: [],
      delegations: [],
    };
    const r = highlightRanges(a);
    expect(r.people).toEqual([
      { start: at('أحمد سالم')[0], end: at('أحمد سالم')[1], kind: 'person', personId: 'p1', mention: 0 },
      { start: salem2[0], end: salem2[1], kind: 'person', personId: 'p1', mention: 1 },
    ]);
    expect(r.officials.map((o) => o.officialId)).toEqual(['o1']);
  });
});

describe('very long articles', () => {
  it('analyses whole paragraphs up to the limit, the text unchanged below it', async () => {
    const { analysedPart } = await import('@/lib/extension/messages');
    expect(analysedPart('أ\n\nب', 10)).toBe('أ\n\nب');
    const long = ['فقرة أولى', 'فقرة ثانية', 'فقرة ثالثة'].join('\n\n');
    expect(analysedPart(long, 15)).toBe('فقرة أولى');
    expect(analysedPart('كلمة'.repeat(10), 8)).toHaveLength(8);
  });
});
