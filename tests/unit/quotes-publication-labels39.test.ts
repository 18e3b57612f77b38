import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe('a page\'s publication line («نُشر: …», «آخر تحديث: …»): furniture, not a headline statement', () => {
  for (const line of ['نُشر: 18:40-8 أكتوبر 2024 م ـ 05 ربيع الآخر 1446 هـ', 'آخر تحديث: الثلاثاء 8 أكتوبر 2024 - 10:15 صباحا', 'نشر في: 8 أكتوبر 2024 الساعة 18:40']) {
    it(`reads no words in «${line.slice(0, 12)}…»`, () => {
      const text = `تونس - فاز قيس سعيد بولاية ثانية.\n\n${line}\n\nوقال الرئيس التونسي قيس سعيد إن "الشعب قال كلمته".\n`;
      expect(analyze(text).quotes.map((q) => q.text)).toEqual(['"الشعب قال كلمته"']);
    });
  }
});
