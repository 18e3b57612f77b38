import { describe, expect, it } from 'vitest';
import { spellBySide } from '../../lib/people/side-country';
import type { Delegation, Official } from '../../lib/types';

// Written for the test: a side the article names by no country (a movement's or a de facto government's delegation) is
// of the one country its other members' titles give; a member it gives none is spelt by that country's press.
describe('spellBySide: a side of no country whose members share one', () => {
  const official = (id: string, name_ar: string, name_en: string, country: string | null): Official =>
    ({ id, name_ar, name_en, role_ar: null, role_en: null, country, mentions: [], evidence: name_ar, known: false });
  const side = (...os: Official[]): Delegation => ({ side_ar: 'وفد الحركة', side_en: '', country: null,
    members: os.map((o) => ({ official_id: o.id, name_ar: o.name_ar, name_en: o.name_en, role_en: null, role_ar: null, head: false })) });

  it('spells the member of no country by the country two others share', () => {
    const a = official('o1', 'عبد الحق واثق', 'Abdul Haq Wasiq', 'AF');
    const b = official('o2', 'سهيل شاهين', 'Suhail Shaheen', 'AF');
    const c = official('o3', 'شمس الدين حكيمي', 'Shams al-Din Hakimi', null);
    const d = side(a, b, c);
    spellBySide([a, b, c], [d], []);
    expect(c.name_en).toBe('Shamsuddin Hakimi');
    expect(d.members[2]!.name_en).toBe('Shamsuddin Hakimi');
  });

  it('leaves him be when the members give two countries', () => {
    const a = official('o1', 'عبد الحق واثق', 'Abdul Haq Wasiq', 'AF');
    const b = official('o2', 'سهيل شاهين', 'Suhail Shaheen', 'PK');
    const c = official('o3', 'شمس الدين حكيمي', 'Shams al-Din Hakimi', null);
    spellBySide([a, b, c], [side(a, b, c)], []);
    expect(c.name_en).toBe('Shams al-Din Hakimi');
  });

  it('leaves him be when only one member gives a country', () => {
    const a = official('o1', 'عبد الحق واثق', 'Abdul Haq Wasiq', 'AF');
    const c = official('o3', 'شمس الدين حكيمي', 'Shams al-Din Hakimi', null);
    spellBySide([a, c], [side(a, c)], []);
    expect(c.name_en).toBe('Shams al-Din Hakimi');
  });
});

// Written for the test: a rebel front's or a region's delegation named by no country, whose name holds a province the
// gazetteer places, is of that province's country: its members are spelt by that country's letters.
describe('spellBySide: a side named by a province', () => {
  const official = (id: string, name_ar: string, name_en: string): Official =>
    ({ id, name_ar, name_en, role_ar: null, role_en: null, country: null, mentions: [], evidence: name_ar, known: false });
  const side = (side_en: string, ...os: Official[]): Delegation => ({ side_ar: '', side_en, country: null,
    members: os.map((o) => ({ official_id: o.id, name_ar: o.name_ar, name_en: o.name_en, role_en: null, role_ar: null, head: false })) });

  it('spells a member of a front named by an Ethiopian region as Ethiopia does', () => {
    const o = official('o1', 'أمانويل قبري', 'Amanwil Qabri');
    spellBySide([o], [side("Tigray People's Liberation Front", o)], []);
    expect(o.name_en).toBe('Emmanuel Kebre');
  });

  it('leaves a side named by no place as it was', () => {
    const o = official('o1', 'أمانويل قبري', 'Amanwil Qabri');
    spellBySide([o], [side('Liberation Front', o)], []);
    expect(o.name_en).toBe('Amanwil Qabri');
  });
});
