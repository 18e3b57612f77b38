import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Sentences of our own: a woman's office named bare before her name and in full after it.
describe('the same office stated bare before the name and in full after it is one office', () => {
  it('reads «الرئيسة X رئيسة جمهورية …» as that republic\'s president', () => {
    const a = analyze('ونقل السفير تحيات الرئيسة سارة كوندوري رئيسة جمهورية البيرو إلى الملك.');
    expect(a.officials.map((o) => o.role_en)).toEqual(['President of Peru']);
  });
  it('reads the masculine form as before', () => {
    const a = analyze('ونقل السفير تحيات الرئيس خوسيه كوندوري رئيس جمهورية البيرو إلى الملك.');
    expect(a.officials.map((o) => o.role_en)).toEqual(['President of Peru']);
  });
});
