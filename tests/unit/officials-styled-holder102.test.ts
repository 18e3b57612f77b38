import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a title after a circumstance of the verb, then a comma and «السيد» + the holder', () => {
  // APS, Algiers (tests/heldout42 4324-aps-algiers-attaf-kulubaev)
  const text = 'الجزائر - استقبل وزير الشؤون الخارجية والجالية الوطنية بالخارج، السيد أحمد عطاف، يوم الاثنين بمقر الوزارة، وزير الشؤون الخارجية لجمهورية قيرغيزستان، السيد جينبيك كولوباييف، الذي يقوم بزيارة عمل إلى الجزائر تدوم يومين.';
  it('reads the name after the style as the title\'s holder', () => {
    const o = byName(text, 'جينبيك كولوباييف');
    expect(o).toBeDefined();
    expect(o!.role_en).toMatch(/Minister of Foreign Affairs/);
  });
  it('keeps the subject with his own office', () => {
    expect(byName(text, 'أحمد عطاف')?.role_en).toMatch(/Minister of Foreign Affairs/);
  });
  // Near miss: after a person (a counterpart) the comma sets the office in apposition to him; the name after it still holds it.
  it('an office in apposition to a counterpart stays his', () => {
    const o = byName('والتقى الوزير نظيره العراقي، وزير التخطيط والتعاون الإنمائي، محمد علي تميم، في بغداد.', 'محمد علي تميم');
    expect(o?.role_en).toMatch(/Minister of Planning/);
  });
});

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
