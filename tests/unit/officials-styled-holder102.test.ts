import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a given name with the article after a full office and «السيد»', () => {
  // MAP, Rabat (tests/heldout38 3917-map-rabat-mayara-kazakh-mazhilis-delegation)
  it('«رئيس مجلس المستشارين، السيد النعم ميارة،» is Enaam Mayara', () => {
    const text = 'الرباط – أجرى رئيس مجلس المستشارين، السيد النعم ميارة، اليوم الثلاثاء بالرباط، مباحثات مع رئيس مجلس النواب الكازاخستاني.';
    expect(byName(text, 'النعم ميارة')).toBeDefined();
  });
  // Near miss: a noun with the article and an adjective after the style's office is no name.
  it('no name from «السيد» + an articled noun and a word that is no listed name', () => {
    const text = 'وقال رئيس المجلس، السيد الرئيس الجديد، إن الجلسة مفتوحة.';
    expect(findOfficials(text).some((o) => o.name_ar.includes('الرئيس الجديد'))).toBe(false);
  });
});
