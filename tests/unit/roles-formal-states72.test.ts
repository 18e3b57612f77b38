import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a state whose formal name does not spell its short one', () => {
  it('is the Hellenic Republic where the title writes «الجمهورية الهيلينية»', () => {
    expect(roleToEnglish('وزير خارجية الجمهورية الهيلينية')).toBe('Minister of Foreign Affairs of the Hellenic Republic');
    expect(roleToEnglish('سفيرة الجمهورية الهيلينية لدى الأردن')).toBe('Ambassador of the Hellenic Republic to Jordan');
  });
  it('also where a tail names it, after «لدى»', () => {
    expect(roleToEnglish('سفير الكويت لدى الجمهورية الهيلينية')).toBe('Ambassador of Kuwait to the Hellenic Republic');
  });
  it('stays Greece where the title writes «اليونان»', () => {
    expect(roleToEnglish('سفير الكويت لدى اليونان')).toBe('Ambassador of Kuwait to Greece');
    expect(roleToEnglish('سفير اليونان')).toBe('Ambassador of Greece');
  });
});
