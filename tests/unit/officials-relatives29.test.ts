// A relative who bears a known person's compound family name, title words in it («قائد»). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a relative named with a known compound family name', () => {
  it('reads another given name before the family name as someone else, with the role in apposition', () => {
    const text = 'وأشاد الرئيس الباجي قائد السبسي بالحكومة. وقال السبسي إن البلاد بخير، فيما أكد سليم قائد السبسي، الأمين العام لحزب نداء تونس، أن الحزب موحد.';
    const o = byName(text, 'سليم قائد السبسي');
    expect(o).toBeDefined();
    expect(o!.name_en).toMatch(/ Caid Essebsi$/);
    expect(o!.role_en).toMatch(/Secretary-General/);
    expect(o!.country).toBe('TN');
    expect(byName(text, 'الباجي قائد السبسي')!.role_en).not.toMatch(/Secretary/);
  });

  it('reads it after a kinship word too («شقيقه»)', () => {
    const text = 'وتحدث شقيقه طارق قائد السبسي، رئيس الهيئة السياسية لحزب نداء تونس، عن الانتخابات.';
    expect(byName(text, 'طارق قائد السبسي')).toBeDefined();
    expect(findOfficials(text).some((o) => o.name_en === 'Beji Caid Essebsi')).toBe(false);
  });
});
