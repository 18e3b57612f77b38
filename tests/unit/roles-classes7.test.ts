import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('the head of a party, a front, a bloc or a movement', () => {
  it('is its Head, as رئيس reads (the press writes "Head of the X Party" more than "Leader")', () => {
    expect(roleToEnglish('رئيس حزب الوفد')).toBe('Head of the Wafd Party');
    expect(roleToEnglish('رئيسة كتلة التغيير')).toBe('Head of the Change Bloc');
    expect(roleToEnglish('رئيس جبهة الإنقاذ')).toBe('Head of the Salvation Front');
  });
  it('while زعيم stays its Leader', () => {
    expect(roleToEnglish('زعيم حزب الوفد')).toBe('Leader of the Wafd Party');
  });
});
