import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a woman who speaks for a body', () => {
  it('is its Spokesperson', () => {
    expect(roleToEnglish('المتحدثة باسم الحكومة')).toBe('Spokesperson for the Government');
    expect(roleToEnglish('الناطقة الرسمية باسم وزارة الخارجية الروسية')).toBe('Spokesperson for the Russian Ministry of Foreign Affairs');
  });
  it('while a man stays its Spokesman', () => {
    expect(roleToEnglish('المتحدث باسم الحكومة')).toBe('Spokesman for the Government');
  });
});

describe('who speaks for «رئاسة الجمهورية»', () => {
  it('speaks for the Presidency', () => {
    expect(roleToEnglish('المتحدث الرسمي باسم رئاسة الجمهورية')).toBe('Spokesman for the Presidency');
  });
  it('while its other officers stay of the Presidency of the Republic', () => {
    expect(roleToEnglish('الأمين العام لرئاسة الجمهورية')).toBe('Secretary-General of the Presidency of the Republic');
  });
});
