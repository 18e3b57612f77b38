import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

// One portfolio word the vocabulary lacks used to cost a minister of several portfolios his whole list ("Minister").
describe('portfolio words of ministries of several portfolios (assets/administrative-fields.json portfolios)', () => {
  it('a ministry of production, of public credit, of investments keeps its whole series', () => {
    expect(roleToEnglish('وزيرة الإنتاج والزراعة')).toBe('Minister of Production and Agriculture');
    expect(roleToEnglish('وزير الاقتصاد والائتمان العام')).toBe('Minister of Economy and Public Credit');
    expect(roleToEnglish('وزير الاستثمارات والصناعة')).toBe('Minister of Investments and Industry');
  });
  it('a minister of the royal palaces, protocol and decorations keeps the series', () => {
    expect(roleToEnglish('وزير القصور الملكية والتشريفات والأوسمة')).toBe('Minister of Royal Palaces, Protocol and Decorations');
  });
  it('justice and liberties', () => {
    expect(roleToEnglish('وزير العدل والحريات')).toBe('Minister of Justice and Liberties');
  });
  it('in an article', () => {
    const text = 'واستقبل الرئيس وفدا يضم وزير الإنتاج والتجارة الخارجية والاستثمار خوان ماركيز، وبحث معه التعاون بين البلدين.';
    expect(roleOf(text, 'ماركيز')).toBe('Minister of Production, Foreign Trade and Investment');
  });
});
