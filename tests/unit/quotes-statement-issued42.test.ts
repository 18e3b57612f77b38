import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words)) ?? null;

describe('«وأضاف البيان» after «في بيان نشرته/أصدرته X»: the body that issued it, not the one it quotes', () => {
  it('a presidency (heldout16/1715, QNA, shortened)', () => {
    const text = 'وفي بيان نشرته الرئاسة الجنوب أفريقية عقب الاتصال، قال الرئيس رامافوزا: "ناقشت مع أمير قطر الوضع في غزة".\n\n'
      + 'وأضاف البيان أن الزعيمين اتفقا على تكثيف التشاور بين البلدين.';
    const q = quoteOf(text, 'تكثيف التشاور');
    expect(q?.speaker_en).toMatch(/Presidency/);
  });
  it('a ministry, «في بيان أصدرته»', () => {
    const text = 'وفي بيان أصدرته وزارة الخارجية المصرية مساء الأحد، قال الوزير سامح شكري إن "مصر ترفض التصعيد".\n\n'
      + 'وأضاف البيان أن القاهرة "تتابع الموقف عن كثب".';
    const q = quoteOf(text, 'تتابع الموقف');
    expect(q?.speaker_en).toMatch(/Ministry/);
  });
});
