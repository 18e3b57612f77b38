import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

// What the verb takes, standing right after its subject's whole name, is no family name. (Invented sentences.)
describe('the object after a whole name', () => {
  it('a noun with the article before its adjective or a count of days', () => {
    expect(names('وأعلن رئيس الحكومة سامي الكعبي الحداد الوطني ثلاثة أيام.')).toContain('سامي الكعبي');
    expect(names('وأعلن رئيس الدولة عمر بن سالم الحداد سبعة أيام في البلاد.')).toContain('عمر بن سالم');
  });
  it('keeps a family name that is a word where nothing of the kind follows', () => {
    expect(names('وقال وزير المالية اللبناني علي حسن الحداد إن الموازنة جاهزة.')).toContain('علي حسن الحداد');
  });
});
