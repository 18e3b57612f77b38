import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { nameToEnglish } from '@/lib/english/names';

const nameOf = (text: string, nameAr: string) => findOfficials(text).find((o) => o.name_ar === nameAr)?.name_en;

describe('French given names the table lacked, in their French form (round 102, names102)', () => {
  it('an official placed in France or French-speaking Africa', () => {
    // heldout18/1904-al-diyar-beirut-salameh-mansouri (and heldout21/2202): Aude Buresi, not the Norse Odd.
    expect(nameOf('فيما اصدرت القاضية الفرنسية اود بوريزي مذكرة توقيف دولية بحق سلامة.', 'اود بوريزي')).toMatch(/^Aude /);
    // heldout40/4104-bbc-arabic-kinshasa-mpox-emergency: Roger Kamba, not Rouje.
    expect(nameOf('وفي كينشاسا، قال وزير الصحة الكونغولي، روجيه كامبا، لبي بي سي إن الحكومة تنتظر وصول أولى الشحنات.', 'روجيه كامبا')).toBe('Roger Kamba');
    // heldout24/2506-asharq-al-awsat-marseille-dockers-strike: Benoît, not Bonois.
    expect(nameToEnglish('بونوا بايان', { country: 'FR' })).toMatch(/^Benoit /);
    // heldout4/508-france-24-arabic-valencia-aquarius: Benjamin Griveaux's given name.
    expect(nameToEnglish('بنجامان غريفو', { country: 'FR' })).toMatch(/^Benjamin /);
  });
  it('a French bearer in France too; an Israeli Yael keeps her own name', () => {
    expect(nameToEnglish('روجيه كامبا', { country: 'FR' })).toMatch(/^Roger /);
    expect(nameToEnglish('يائيل ديان', { country: 'IL' })).toMatch(/^Yael /);
  });
});

describe('French -iette, which Arabic writes ييت at the end of a name', () => {
  it('a French family name in -yette', () => {
    // heldout30/3121-asharq-al-awsat-jeddah-king-salman-ayrault: François Gouyette, ambassador to Saudi Arabia.
    expect(nameToEnglish('فرنسوا غوييت', { country: 'FR' })).toBe('Francois Goiette');
  });
  it('not for a name of another tradition, nor a ييت inside a word', () => {
    expect(nameToEnglish('جون غوييت', { country: 'GB' })).not.toMatch(/iette/);
    expect(nameToEnglish('فرنسوا غوييتان', { country: 'FR' })).not.toMatch(/iette/);
  });
});
