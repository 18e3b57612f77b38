import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test. A list that opens with its side («وضم الجانب الصيني …»، «وحضر من الجانب الجزائري …»): its
// first person is read by title and name, with the side's nationality in neither.
const meeting = 'استقبل الرئيس الجزائري عبد المجيد تبون اليوم بالجزائر العاصمة وزير الخارجية الصيني وانغ يي.';
const members = (text: string) => analyze(`${meeting} ${text}`);

describe('attendance lists that open with their side', () => {
  it('reads a deputy minister and an ambassador after «وضم الجانب الصيني»', () => {
    const a = members('وضم الجانب الصيني نائب وزير الخارجية دنغ لي، والسفير الصيني لدى الجزائر لي جيان.');
    expect(a.officials.find((x) => x.name_ar === 'دنغ لي')?.role_en).toBe('Deputy Minister of Foreign Affairs');
    expect(a.officials.find((x) => x.name_ar === 'لي جيان')?.role_en).toBe('Chinese Ambassador to Algeria');
    const china = a.delegations.find((d) => d.country === 'CN');
    expect(china?.members.map((m) => m.name_ar)).toEqual(['وانغ يي', 'دنغ لي', 'لي جيان']);
  });

  it('reads the guest country\'s ambassador on the host\'s side, and the other side after «ومن الجانب»', () => {
    const a = members('وحضر من الجانب الجزائري سفير الجزائر لدى الصين حسان رابحي، ومن الجانب الصيني نائب الوزير دنغ لي.');
    expect(a.officials.find((x) => x.name_ar === 'حسان رابحي')?.role_en).toBe('Ambassador of Algeria to China');
    expect(a.delegations.find((d) => d.country === 'DZ')?.members.map((m) => m.name_ar)).toContain('حسان رابحي');
    expect(a.delegations.find((d) => d.country === 'CN')?.members.map((m) => m.name_ar)).toContain('دنغ لي');
  });

  it('keeps «السيد» and the nationality out of the name', () => {
    const a = members('وحضر من الجانب الجزائري السيد أحمد عطاف وزير الشؤون الخارجية، والسيد محمد عرقاب وزير الطاقة.');
    const names = a.officials.map((x) => x.name_ar);
    expect(names).toContain('أحمد عطاف');
    expect(names.some((n) => /الجزائري|السيد/.test(n))).toBe(false);
  });
});
