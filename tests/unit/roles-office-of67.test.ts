import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { analyze } from '@/lib/analyze';

describe('an office named by one officer\'s word at the end of a clause is that officer\'s', () => {
  it('keeps the officer in a tail and after «باسم»', () => {
    expect(roleToEnglish('رئيس قسم الإعلام في مكتب المفوض')).toBe('Head of the Information Department at the Office of the Commissioner');
    expect(roleToEnglish('المتحدث باسم مكتب المنسق')).toBe('Spokesman for the Office of the Coordinator');
  });
  it('a bare officer\'s word before a name is still the holder\'s courtesy title, not the office\'s genitive', () => {
    const o = analyze('وقال رئيس مكتب الرئيس جمال صالح إن الزيارة ناجحة.').officials.find((x) => x.name_ar === 'جمال صالح');
    expect(o?.role_en).toBe('Head of the Office');
  });
});

describe('a board named by its members in the construct («مجلس محافظي», «مجلس مفوضي») takes its body', () => {
  it('is the Board of Governors or of Commissioners of the body named after it', () => {
    expect(roleToEnglish('رئيس مجلس محافظي البنك الدولي')).toBe('Chairman of the Board of Governors of the World Bank');
    expect(roleToEnglish('ممثل الأردن في مجلس محافظي الوكالة الدولية للطاقة الذرية')).toBe('Representative of Jordan at the Board of Governors of the International Atomic Energy Agency');
    expect(roleToEnglish('عضو مجلس مفوضي المفوضية العليا للانتخابات')).toBe('Member of the Board of Commissioners of the Supreme Electoral Commission');
  });
  it('the definite board alone is unchanged', () => {
    expect(roleToEnglish('عضو مجلس المحافظين')).toBe('Member of the Board of Governors');
  });
});
