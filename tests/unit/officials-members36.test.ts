import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a family name that reads as a word, after an Arab given name, before a comma and an office', () => {
  it('closes the name before a full office', () => {
    expect(officialOf('وقال محمد ملال، وزير الصحة، إن الحكومة ستدعم المستشفيات.', 'محمد ملال')?.role_en).toBe('Minister of Health');
  });
  it('closes the name of a committee chairman in a meeting', () => {
    const o = officialOf('وفي الاجتماع الذي ترأسه محمد ملال، رئيس لجنة المالية، قال الوزير إن الميزانية جاهزة.', 'محمد ملال');
    expect(o?.role_en).toBe('Chairman of the Finance Committee');
  });
  it('closes the name after a given name that reads as a word too', () => {
    expect(officialOf('وقال سعيد ملال، وزير النقل، إن الحكومة مستعدة.', 'سعيد ملال')?.role_en).toBe('Minister of Transport');
  });
  it('takes no time word for a family name', () => {
    const people = analyze('وقال محمد أمس، وزير الصحة، إن الحكومة ستدعم المستشفيات.').officials.map((o) => o.name_ar);
    expect(people).not.toContain('محمد أمس');
  });
});

describe('a member of parliament for a parliamentary group («فريق») with no chamber after it', () => {
  it('reads the group before the name', () => {
    const o = officialOf('وقالت النائبة عن فريق العدالة والتنمية فاطمة العلوي إن المادة تحتاج إلى توافق.', 'فاطمة العلوي');
    expect(o?.role_en).toBe('MP for the Justice and Development Parliamentary Group');
  });
  it('reads the group after the name and a comma', () => {
    const o = officialOf('وقالت فاطمة العلوي، النائبة عن فريق العدالة والتنمية، إن المادة تحتاج إلى توافق.', 'فاطمة العلوي');
    expect(o?.role_en).toBe('MP for the Justice and Development Parliamentary Group');
  });
});

describe('one name of no language between an address style and a full office («معالي براتيكنو وزير …»)', () => {
  it('reads an Indonesian minister known by one name', () => {
    const o = officialOf('كما حضرها من الجانب الإندونيسي معالي براتيكنو وزير سكرتارية الدولة، وسعادة حسين بغيس سفير إندونيسيا لدى الدولة.', 'براتيكنو');
    expect(o?.role_en).toBe('Minister of State Secretariat');
  });
  it('takes no word of the language for such a name', () => {
    const names = analyze('وحضر اللقاء معالي وزير الخارجية.').officials.map((o) => o.name_ar);
    expect(names).toEqual([]);
  });
});
