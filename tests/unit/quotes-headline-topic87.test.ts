import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);
const BODY = '\n\nقالت السلطات المحلية إن فرق الإنقاذ تعمل منذ الصباح في المناطق المتضررة.';

describe('a headline whose prefix is the news (an eruption, an outbreak, an escape) has no speaker', () => {
  it('reads no words after «ثوران بركان …:»', () => {
    expect(quotesOf('ثوران بركان ميرابي: آلاف النازحين من القرى المجاورة وسط مخاوف من موجة جديدة' + BODY)).not.toContain('آلاف النازحين من القرى المجاورة وسط مخاوف من موجة جديدة');
  });

  it('reads no words after a disease «حمى …:»', () => {
    expect(quotesOf('حمى الضنك: إقالة مدير الصحة في الإقليم مع ارتفاع الوفيات إلى أكثر من 300' + BODY)).not.toContain('إقالة مدير الصحة في الإقليم مع ارتفاع الوفيات إلى أكثر من 300');
  });

  it('reads no words in a place\'s news of an escape', () => {
    expect(quotesOf('الكاميرون: فرار أكثر من مئتي سجين بعد هجوم مسلح على سجن في الشمال' + BODY)).not.toContain('فرار أكثر من مئتي سجين بعد هجوم مسلح على سجن في الشمال');
  });

  it('still reads a country\'s own words in a headline', () => {
    expect(quotesOf('السويد: محادثاتنا مع الطرفين شملت حلا سلميا للأزمة' + BODY)).toContain('محادثاتنا مع الطرفين شملت حلا سلميا للأزمة');
  });
});
