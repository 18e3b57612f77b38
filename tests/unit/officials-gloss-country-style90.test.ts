import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);
const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('an office whose body is glossed in brackets, then its country, then a style and the holder', () => {
  it('«رئيس مجلس النواب (المجلس) بجمهورية تركمانستان، السيدة X Y،» reads X Y', () => {
    const text = 'وبحث رئيس مجلس الشيوخ مع رئيسة مجلس النواب (المجلس) بجمهورية تركمانستان، السيدة غولشات ماميدوفا، سبل التعاون.';
    expect(officialOf(text, 'غولشات ماميدوفا')?.role_en).toMatch(/Turkmenistan/);
  });
  it('reads the style with no comma before it too: «… بجمهورية أوزبكستان السيد X Y»', () => {
    const text = 'واستقبل الوزير رئيس مجلس الشيوخ (السينات) بجمهورية أوزبكستان السيد تنزيلا ناربايفا والوفد المرافق له.';
    expect(names(text)).toContain('تنزيلا ناربايفا');
  });
  it('reads no name where no style and name follow the country', () => {
    const text = 'وأشاد رئيس مجلس النواب (المجلس) بجمهورية كازاخستان، السيد الرئيس، بالعلاقات بين البلدين.';
    expect(names(text)).toEqual([]);
  });
});
