import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words)) ?? null;

describe('a body the named-bodies vocabulary knows by its full name speaks as that body, not as the last person named', () => {
  it('«وكانت المندوبية السامية للتخطيط قد أعلنت أن» after a minister spoke (heldout17/1806, Hespress, shortened)', () => {
    const text = 'قالت نادية فتاح العلوي، وزيرة الاقتصاد والمالية، إن "الحكومة تحترم استقلالية بنك المغرب".\n\n'
      + 'وكانت المندوبية السامية للتخطيط قد أعلنت أن مؤشر أسعار الاستهلاك ارتفع بنسبة 10.1 في المائة خلال فبراير.';
    const q = quoteOf(text, 'مؤشر أسعار الاستهلاك');
    expect(q?.speaker_en).toBe('High Commission for Planning');
  });
  it('«وقالت المؤسسة الوطنية للنفط في بيان إن»', () => {
    const text = 'وقال وزير النفط محمد عون إن "الإنتاج مستقر".\n\nوقالت المؤسسة الوطنية للنفط في بيان إن صادرات الخام ارتفعت إلى مليون برميل يوميا.';
    const q = quoteOf(text, 'صادرات الخام');
    expect(q?.speaker_en).toBe('National Oil Corporation');
  });
  it('a ministry the heads already know keeps its reading', () => {
    const text = 'وكانت وزارة المالية قد أعلنت أن العجز ارتفع بنسبة 10 في المائة خلال فبراير.';
    expect(quoteOf(text, 'العجز ارتفع')?.speaker_en).toBe('Ministry of Finance');
  });
});
