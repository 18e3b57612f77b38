import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a foreign given name takes a family name of no language with no comma after it, before the object', () => {
  it('takes the family name before the noun the verb governs', () => {
    expect(names('وقرأ رئيس هيئة المحكمة القاضي هيلي بوتاني ملخص القرار أمام الصحفيين.')).toContain('هيلي بوتاني');
  });
  it('takes the family name before a preposition', () => {
    expect(names('وقال وزير الزراعة الكيني جيمس نكوبياني في مؤتمر صحفي إن المحصول تراجع.')).toContain('جيمس نكوبياني');
  });
  it('leaves a word behind a proclitic and a dictionary noun out of the name', () => {
    expect(names('وهنأ الرئيس الكيني جيمس باستقلال البلاد.').some((n) => n.includes('باستقلال'))).toBe(false);
    expect(names('وقدم الوزير الكيني جيمس تقرير اللجنة إلى البرلمان.').some((n) => n.includes('تقرير'))).toBe(false);
  });
});
