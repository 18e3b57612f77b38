import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('the head of a bare «المجلس» after the article named the house', () => {
  it('holds the office the full name reads (Speaker of Parliament)', () => {
    const text = 'بيروت - عقد مجلس النواب جلسة تشريعية اليوم برئاسة رئيس المجلس سمير الخوري، وأقر اقتراح القانون.';
    expect(roleOf(text, 'سمير الخوري')).toBe('Speaker of Parliament');
  });
  it('while his deputy keeps the house as named, which a state may style by its name', () => {
    const text = 'بغداد - عقد مجلس النواب جلسته اليوم برئاسة النائب الأول لرئيس المجلس سمير الخوري، وناقش الموازنة.';
    expect(roleOf(text, 'سمير الخوري')).toBe('First Deputy Speaker of the House of Representatives');
  });
  it('while a bare body the vocabulary reads no such office for keeps its head', () => {
    const text = 'بيروت - اجتمع مجلس الإنماء والإعمار اليوم برئاسة رئيس المجلس سمير الخوري، وأقر المشاريع.';
    expect(roleOf(text, 'سمير الخوري')).not.toBe('Speaker of Parliament');
  });
});
