import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('two titles joined by و that lead to an official’s name', () => {
  it('are that official’s, and he goes on speaking after «وقال»', () => {
    const text = 'وأقر مرشح حزب الشعب لرئاسة بلدية أنقرة ووزير النقل السابق كمال يلدز بالهزيمة، وقال إنه يهنئ منافسه متمنيا له "النجاح في خدمة سكان أنقرة".';
    expect(speakerOf(text, 'النجاح في خدمة')).toBe('كمال يلدز');
  });
});
