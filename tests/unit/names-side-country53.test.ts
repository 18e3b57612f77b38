import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { spellBySide } from '../../lib/people/side-country';
import type { Delegation, Official } from '../../lib/types';

// Written for the test (after heldout20's Algiers arrival): a minister the article gives no country, among the hosts, is spelt as his
// side's press spells him (an Algerian's ق is g, his ز is z with e for the short vowels: Kamel Rezig, not the Egyptian
// host's Kamal Ruzaiq).
describe('spellBySide: a side member with no country of his own', () => {
  const text = [
    'مدبولي يصل إلى الجزائر',
    'وصل رئيس الوزراء المصري مصطفى مدبولي اليوم إلى الجزائر في زيارة رسمية يرافقه وزير البترول طارق الملا.',
    'وكان في استقباله بالمطار الوزير الأول الجزائري أيمن بن عبد الرحمن، ووزير الخارجية الجزائري رمطان لعمامرة، ووزير التجارة كمال رزيق، والسفير المصري لدى الجزائر مختار وريدة.',
  ].join('\n\n');
  const a = analyze(text);
  it('spells him by the side he sits on', () => {
    const o = a.officials.find((x) => x.name_ar === 'كمال رزيق');
    expect(o?.name_en).toBe('Kamel Rezig');
    const m = a.delegations.flatMap((d) => d.members).find((x) => x.name_ar === 'كمال رزيق');
    expect(m?.name_en).toBe('Kamel Rezig');
  });
  it('leaves the host side as it was', () => {
    expect(a.officials.find((x) => x.name_ar === 'طارق الملا')?.name_en).toBe('Tarek El Molla');
  });
});

// Written for the test: a guest of other letters seated on an Arab state's side (a misread list) keeps his spelling.
describe('spellBySide: a foreign name on an Arab side', () => {
  const official = (id: string, name_ar: string, name_en: string): Official => ({ id, name_ar, name_en, role_ar: null, role_en: null, country: null, mentions: [], evidence: name_ar, known: false });
  const side = (country: string, ...os: Official[]): Delegation => ({ side_ar: '', side_en: '', country, members: os.map((o) => ({ official_id: o.id, name_ar: o.name_ar, name_en: o.name_en, role_en: null, role_ar: null, head: false })) });
  it('keeps Rodrigo Araya among Qatar\'s hosts', () => {
    const o = official('o1', 'رودريغو أرايا', 'Rodrigo Araya');
    spellBySide([o], [side('QA', o)], []);
    expect(o.name_en).toBe('Rodrigo Araya');
  });
  it('respells an Arab name on an Algerian side', () => {
    const o = official('o1', 'كمال بلجود', 'Kemal Blcud');
    const d = side('DZ', o);
    spellBySide([o], [d], []);
    expect(o.name_en).toBe('Kamel Beldjoud');
    expect(d.members[0]!.name_en).toBe('Kamel Beldjoud');
  });
});
