import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe('a relayed saying with where it was said between «قوله» and «إن»', () => {
  it('quotes the words after the complementizer, said by the one relayed', () => {
    const text = 'ونقلت وسائل إعلام محلية عن رئيس الوزراء كريم بناني قوله في اجتماع مع رؤساء البلديات في العاصمة إن "الخطة ستنفذ هذا العام".';
    const quotes = analyze(text).quotes;
    const q = quotes.find((x) => x.text.includes('الخطة ستنفذ'));
    expect(q?.text).not.toContain('قوله');
    expect(q?.speaker_ar).toBe('كريم بناني');
  });

  it('leaves a quoted saying with no complementizer alone', () => {
    const text = 'ونقلت وسائل إعلام محلية عن رئيس الوزراء كريم بناني قوله في اجتماع مع رؤساء البلديات: "الخطة ستنفذ هذا العام".';
    const q = analyze(text).quotes.find((x) => x.text.includes('الخطة ستنفذ'));
    expect(q?.speaker_ar).toBe('كريم بناني');
  });
});
