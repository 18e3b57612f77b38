import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('offices of the prosecution and of investigating judges', () => {
  it('reads the prosecution\'s representative at a trial, past the judicial style before his name', () => {
    expect(officialOf('وقال ممثل النيابة، المستشار حسن سعيد، إن المتهم خان الأمانة.', 'حسن سعيد')?.role_en).toBe('Representative of the Public Prosecution');
  });
  it('makes «وكيل النيابة» a prosecutor, not an undersecretary', () => {
    expect(officialOf('وقالت وكيلة النيابة سارة محمود إن التحقيق بدأ صباح أمس.', 'سارة محمود')?.role_en).toBe('Prosecutor');
  });
  it('reads the investigating judge as one office', () => {
    expect(officialOf('وأمر قاضي التحقيق فادي صوان بتوقيف المدير العام للجمارك.', 'فادي صوان')?.role_en).toBe('Investigating Judge');
  });
  it('reads the Maghreb\'s «وكيل الجمهورية» as the public prosecutor', () => {
    expect(officialOf('وقال وكيل الجمهورية عبد الرحيم مجيد إن التحقيق مستمر.', 'عبد الرحيم مجيد')?.role_en).toBe('Public Prosecutor');
  });
});
