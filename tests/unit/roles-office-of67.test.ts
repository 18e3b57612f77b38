import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => analyze(text).officials.find((x) => x.name_ar === name)?.role_en;

describe('an office named by one officer\'s word a punctuation mark closes is that officer\'s', () => {
  it('keeps the officer in a tail and after «باسم»', () => {
    expect(roleOf('وحضر اللقاء سامر خليل، رئيس قسم الإعلام في مكتب المفوض، والوفد المرافق.', 'سامر خليل')).toBe('Head of the Information Department at the Office of the Commissioner');
    expect(roleOf('وقالت ليلى حداد، المتحدثة باسم مكتب المنسق، إن المساعدات وصلت.', 'ليلى حداد')).toBe('Spokeswoman for the Office of the Coordinator');
  });
  it('a bare officer\'s word before a name is still the holder\'s courtesy title, not the office\'s genitive', () => {
    expect(roleOf('وقال رئيس مكتب الرئيس جمال صالح إن الزيارة ناجحة.', 'جمال صالح')).toBe('Head of the Office');
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
