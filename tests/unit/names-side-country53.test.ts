import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

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
