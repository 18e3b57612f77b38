import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a woman who speaks for a body', () => {
  // (Kept a Spokeswoman: the golds of some writers name her so only.)
  it('stays its Spokeswoman', () => {
    expect(roleToEnglish('المتحدثة باسم الحكومة')).toBe('Spokeswoman for the Government');
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
