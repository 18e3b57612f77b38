import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar.includes(name))?.role_en;

describe('an office in apposition whose body the text goes on naming', () => {
  it('is left off a full office before the name (a committee charged with a file)', () => {
    const text = 'بيروت - قال وزير الطاقة سمير نصار، رئيس اللجنة الوزارية المكلفة ملف الكهرباء، إن الحل يحتاج إلى أسابيع.';
    expect(roleOf(text, 'سمير نصار')).toBe('Minister of Energy');
  });
  it('and a committee named by its purpose', () => {
    const text = 'الخرطوم - قالت وزيرة الصحة سلمى عبد الجبار، رئيسة اللجنة العليا لدرء آثار السيول، إن الوضع مستقر.';
    expect(roleOf(text, 'عبد الجبار')).toBe('Minister of Health');
  });
  it('keeps a second office whose body is named in full', () => {
    const text = 'الخرطوم - قالت وزيرة الصحة سلمى عبد الجبار، رئيسة اللجنة العليا لمكافحة الأوبئة، إن الوضع مستقر.';
    expect(roleOf(text, 'عبد الجبار')).toBe('Minister of Health and Chairwoman of the Supreme Committee for Epidemic Control');
  });
});
