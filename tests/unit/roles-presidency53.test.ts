import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('«رئاسة الجمهورية» in a story that names another republic', () => {
  it('is the presidency of the article\'s own state, not of the republic named before it', () => {
    const text = 'استقبل الرئيس عبد الفتاح السيسي رئيس وزراء جمهورية الهند ناريندرا مودي في القاهرة. وصرح السفير أحمد فهمي المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس رحب برئيس الوزراء الهندي.';
    expect(byName(text, 'أحمد فهمي')?.role_en).toBe('Spokesman for the Presidency');
  });
  it('while a republic named in full keeps its name', () => {
    const text = 'وقال سفير جمهورية الهند لدى مصر أجيت غوبتي إن الزيارة ناجحة.';
    expect(byName(text, 'أجيت غوبتي')?.role_en).toMatch(/India/);
  });
});
