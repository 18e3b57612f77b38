import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_en);

describe('a known name that names a place or a thing', () => {
  it('is no mention of the person after a place noun («مطار رفيق الحريري الدولي»)', () => {
    expect(names('وهبطت الطائرة القبرصية في مطار رفيق الحريري الدولي مساء أمس.')).toEqual([]);
    expect(names('ونقل الجرحى إلى مستشفى رفيق الحريري الحكومي في بيروت.')).toEqual([]);
  });

  it('is no mention of the person after a model noun, in quotation marks or not', () => {
    expect(names('وتملك القوات الجوية ثلاث مروحيات من طراز "سيكورسكي" لا تعمل.')).toEqual([]);
    expect(names('وتملك القوات الجوية ثلاث مروحيات من طراز سيكورسكي لا تعمل.')).toEqual([]);
  });

  it('keeps the person named with a title in the same article', () => {
    expect(names('وقال رئيس الحكومة سعد الحريري في مطار رفيق الحريري الدولي إن الدولة حاضرة.')).toEqual(['Saad Hariri']);
  });
});
