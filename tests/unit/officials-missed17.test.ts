import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a civil style, a name and an office with no comma between them («السيد X Y رئيس مكتب …»)', () => {
  it('reads the words between the style and the office as the name, a family name the lexicon reads as a word too', () => {
    expect(find('وقال السيد فرهاد همايونبور رئيس مكتب منظمة الصحة العالمية في عمان إن التعاون مهم.', 'فرهاد همايونبور')?.role_en).toContain('World Health Organization');
    expect(find('وقال السيد بيتر أولاليا مدير إدارة الهجرة الكينية إن التعاون مهم.', 'بيتر أولاليا')?.role_en).toContain('Immigration');
    expect(find('وأكدت الدكتورة آنا بيريرا مديرة مكتب اليونيسف في القاهرة أن التعاون مهم.', 'آنا بيريرا')).toBeDefined();
  });

  it('reads no name where the style stands before the office itself', () => {
    expect(findOfficials('وقال السيد رئيس مجلس الإدارة إن التعاون مهم.').map((o) => o.name_ar)).toEqual([]);
  });
});
