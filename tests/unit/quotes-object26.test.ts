import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speaker_en ?? q.speaker_ar : undefined;
};

describe('the plural noun after a verb of urging or informing is the one addressed, not the speaker', () => {
  it('«ودعا المفاوضين إلى …» goes on with the minister who spoke', () => {
    const text = 'وقال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إن الدوحة "مستعدة لاستضافة جولة جديدة". ودعا المفاوضين إلى "الالتزام بالهدنة".';
    expect(speakerOf(text, 'الالتزام بالهدنة')).toMatch(/Al Thani/);
  });

  it('«X أبلغ قيادات فصائلية بأن …» is X\'s, named before the verb', () => {
    const text = 'وذكرت وكالة الأنباء الرسمية أن رئيس جهاز المخابرات العامة، اللواء ماجد فرج، أبلغ قيادات فصائلية بأن "المصالحة باتت قريبة".';
    expect(speakerOf(text, 'المصالحة باتت قريبة')).toMatch(/Faraj/);
  });

  it('a body named after the verb still speaks («ودعا تجمع النقابات المستقلة إلى»)', () => {
    const text = 'ودعا تجمع النقابات المستقلة إلى "إضراب عام يوم الأحد".';
    const q = analyze(text).quotes.find((x) => x.text.includes('إضراب عام'));
    expect(q?.speaker_ar).toContain('تجمع النقابات');
  });
});
