import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('an «منطقة» set apart for trade or industry is a Zone', () => {
  it('free, economic, industrial and commercial areas are zones with a Head, not regions with a Governor', () => {
    expect(roleToEnglish('مدير المنطقة الحرة في إربد')).toBe('Director of the Free Zone in Irbid');
    expect(roleToEnglish('رئيس المنطقة الاقتصادية الخاصة')).toBe('Head of the Special Economic Zone');
    expect(roleToEnglish('مديرة المنطقة الصناعية')).toBe('Director of the Industrial Zone');
    expect(roleToEnglish('رئيس المنطقة التجارية الحرة')).toBe('Head of the Free Commercial Zone');
  });
  it('a region named by its place or its compass point stays a region', () => {
    expect(roleToEnglish('أمير المنطقة الشرقية')).toBe('Governor of the Eastern Region');
    expect(roleToEnglish('أمير منطقة عسير')).toBe('Governor of the Asir Region');
    expect(roleToEnglish('قائد المنطقة العسكرية الثانية')).not.toMatch(/Zone/);
  });
});

describe('a constitutional council is presided by its President', () => {
  it('as a constitutional court is', () => {
    expect(roleToEnglish('رئيس المجلس الدستوري')).toBe('President of the Constitutional Council');
    expect(roleToEnglish('نائب رئيس المجلس الدستوري')).toBe('Vice President of the Constitutional Council');
    expect(roleToEnglish('رئيس المحكمة الدستورية')).toBe('President of the Constitutional Court');
  });
  it('another council keeps its Chairman', () => {
    expect(roleToEnglish('رئيس المجلس الاقتصادي والاجتماعي')).toMatch(/^Chairman /);
  });
});
