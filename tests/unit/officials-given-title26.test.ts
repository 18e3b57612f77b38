import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe('a given name the stop list keeps as a word («أمين») opens a name after a rank', () => {
  it('«العميد الركن أمين X،» with a family name without the article is Amin X, and speaks', () => {
    const text = 'وخلال الاجتماع، شدد ممثل الحكومة لدى اللجنة العميد الركن أمين سلامة، بحسب بيان للجيش، على أن «الخروقات خطيرة».';
    const result = analyze(text);
    expect(result.officials.some((o) => /^Amin /.test(o.name_en ?? ''))).toBe(true);
    expect(result.quotes.find((x) => x.text.includes('الخروقات خطيرة'))?.speaker_en).toMatch(/^Amin /);
  });
});
