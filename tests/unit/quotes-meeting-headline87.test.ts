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

describe('a headline prefix that tells of a meeting («X استقبل Y:», «X التقى Y:») heads its story', () => {
  it('reads no words after «X استقبل بعثة Y:»', () => {
    expect(quotesOf('الخوري استقبل بعثة البنك الدولي: لا تمويل جديدا قبل إقرار الموازنة' + BODY)).not.toContain('لا تمويل جديدا قبل إقرار الموازنة');
  });

  it('reads no words after «X التقى Y:»', () => {
    expect(quotesOf('الوزير الخوري التقى وفد الصندوق: الإصلاحات أولوية الحكومة' + BODY)).not.toContain('الإصلاحات أولوية الحكومة');
  });

  it('reads no words after «X لوفد Y:»', () => {
    expect(quotesOf('الخوري لوفد برلماني مالطي: الجالية جسر بين البلدين' + BODY)).not.toContain('الجالية جسر بين البلدين');
  });

  it('still reads words to a newspaper («X لـ«الشروق»:»)', () => {
    expect(quotesOf('الوزير الخوري لـ«الشروق»: «لا زيادة في الأسعار هذا العام»' + BODY)).toHaveLength(2);
  });
});
