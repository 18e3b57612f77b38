import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a verbal noun after the subject, before a quotation', () => {
  it('ends a definite title with no name at the noun the verb takes, which opens the words', () => {
    const text = 'واستقبلت وزيرة الصحة التونسية سامية الرياحي وفدا من منظمة الصحة العالمية. وأكدت الوزيرة حرص تونس على "تطوير المنظومة الصحية في الجهات".';
    const q = quoteOf(text, 'المنظومة الصحية')!;
    expect(q.speaker_ar).toBe('سامية الرياحي');
    expect(q.text.startsWith('حرص تونس')).toBe(true);
  });

  it('does so after a title with a definite genitive and after a name', () => {
    const text = 'وزار رئيس الحكومة المغربي عزيز الدباغ مدينة طنجة. وأكد رئيس الحكومة دعم الدولة "للمقاولات الصغرى في الجهات".';
    expect(quoteOf(text, 'الصغرى في الجهات')?.speaker_ar).toBe('عزيز الدباغ');
    const named = 'وزار رئيس الحكومة المغربي عزيز الدباغ مدينة طنجة. وأكد الدباغ دعم الدولة "للمقاولات الصغرى في الجهات".';
    expect(quoteOf(named, 'الصغرى في الجهات')?.text.startsWith("دعم الدولة")).toBe(true);
  });
});
