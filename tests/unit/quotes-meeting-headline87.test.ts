import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);
const BODY = '\n\nاستقبل رئيس مجلس النواب سامي الخوري اليوم رئيسة برلمان مالطا، وأكد أن بلاده حريصة على تعزيز التعاون البرلماني.';

describe('a meeting\'s headline with a second verb and a colon sums the story up', () => {
  it('reads no words after «X يستقبل Y ويؤكد:»', () => {
    expect(quotesOf('رئيس مجلس النواب يستقبل رئيسة برلمان مالطا ويؤكد: نتطلع لشراكة برلمانية أوسع' + BODY)).not.toContain('نتطلع لشراكة برلمانية أوسع');
  });

  it('still reads a headline verb and colon with no meeting', () => {
    expect(quotesOf('الوزير الخوري يرد: المقاطعة لن تغير موقف الحكومة' + BODY)).toContain('المقاطعة لن تغير موقف الحكومة');
  });
});
