import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotes = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a verb right after the words it closes', () => {
  it('reads who said them, with a name in marks, as no more words', () => {
    const text = 'أزمة الموانئ\n\n«الرواتب لم تصرف منذ شهرين، والعائلات لم تعد تحتمل»، قال عامل في الميناء لـ«الشرق الأوسط».\n\n'
      + '«الحكومة فقدت ثقة البرلمان ويجب أن ترحل»، قالت رئيسة كتلة «الخضر» في البرلمان كلير دوبوا.';
    const got = quotes(text);
    expect(got).toContain('«الرواتب لم تصرف منذ شهرين، والعائلات لم تعد تحتمل»');
    expect(got).toContain('«الحكومة فقدت ثقة البرلمان ويجب أن ترحل»');
    expect(got.some((q) => q.includes('الشرق الأوسط') || q.includes('الخضر'))).toBe(false);
  });

  it('still reads new words after a verb that opens its own sentence', () => {
    const got = quotes('أزمة\n\n«الوضع صعب». وقال الوزير إن «الحكومة ستتدخل قريبا».');
    expect(got.some((q) => q.includes('الحكومة ستتدخل قريبا'))).toBe(true);
  });
});
