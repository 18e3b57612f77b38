import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('a bare «النائب» before a name that an office of a body follows', () => {
  it('is the style of the member: the office says what he is', () => {
    const chair = 'وقال النائب كريم الدباغ، رئيس لجنة الطاقة بمجلس النواب، إن المشروع متأخر.';
    expect(byName(chair, 'كريم الدباغ')?.role_en).toBe('Chairman of the Energy Committee at the House of Representatives');
    const deputy = 'وحضر الجلسة النائب ماجد العلي وكيل لجنة التعليم.';
    expect(byName(deputy, 'ماجد العلي')?.role_en).toBe('Deputy Chairman of the Education Committee');
  });
  it('but an MP for a party keeps his seat beside the office', () => {
    const text = 'وقال النائب عن حزب الأمة فؤاد الكبيسي، رئيس لجنة النقل، إن الطرق سيئة.';
    expect(byName(text, 'فؤاد الكبيسي')?.role_en).toBe('MP for the Umma Party and Chairman of the Transport Committee');
  });
});
