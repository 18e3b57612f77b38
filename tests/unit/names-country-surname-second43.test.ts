import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a country-named surname after a foreign given name and a second foreign family name', () => {
  it('keeps «كوريا» as the last of a Portuguese name of three words before a comma', () => {
    expect(names('وحضر اللقاء سفير البرتغال لدى المملكة نونو ألفيش كوريا، وعدد من المسؤولين.')).toContain('نونو ألفيش كوريا');
    expect(names('وقال وزير الزراعة البرازيلي جواو ماتوس كوريا، إن المحصول تحسن.')).toContain('جواو ماتوس كوريا');
  });

  it('still ends the name before a country that is a place the sentence names', () => {
    // (An Arabic given name is no foreign name: the country is where the minister went.)
    expect(names('وزار وزير الخارجية محمد عبدالله كوريا، حيث التقى نظيره.')).not.toContain('محمد عبدالله كوريا');
    // (No comma or end after the country: the country is the object of the visit.)
    expect(names('وزار السفير نونو ألفيش كوريا الجنوبية أمس.')).not.toContain('نونو ألفيش كوريا');
  });
});
