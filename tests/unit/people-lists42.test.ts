import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test. A list that opens on its side («وضم الجانب الصيني …»، «وحضر من الجانب الجزائري …») names its
// first person after the side: that item is read by title and name like the others.
const meeting = 'التقى وزير الخارجية الأمريكي أنتوني بلينكن في بكين اليوم نظيره الصيني وانغ يي.';

const seat = (text: string, name: string) => {
  const a = analyze(text);
  const o = a.officials.find((x) => x.name_ar === name);
  const side = o && a.delegations.find((d) => d.members.some((m) => m.official_id === o.id));
  return { a, o, side };
};

describe('attendance lists: the first person after the side the list opens with', () => {
  it('reads a Chinese name whose family name is also a particle («ما» Ma) after the side and the title', () => {
    const list = 'وضم الجانب الصيني نائب وزير الخارجية ما تشاو شيوي، والسفير الصيني لدى واشنطن شيه فنغ، ويانغ تاو، المدير العام لإدارة شؤون أمريكا الشمالية.';
    const { o, side } = seat(`${meeting} ${list}`, 'ما تشاو شيوي');
    expect(o?.role_ar).toBe('نائب وزير الخارجية');
    expect(side?.country).toBe('CN');
  });

  it('keeps a family name that is also a particle out of the office («لو» Lu)', () => {
    const list = 'وضم الجانب الصيني نائب وزير الخارجية لو تشاو شيوي، والسفير الصيني لدى واشنطن شيه فنغ، ويانغ تاو، المدير العام لإدارة شؤون أمريكا الشمالية.';
    const { a, o } = seat(`${meeting} ${list}`, 'لو تشاو شيوي');
    expect(o?.role_ar).toBe('نائب وزير الخارجية');
    expect(a.officials.some((x) => x.name_ar === 'تشاو شيوي')).toBe(false);
  });

  it('reads no preposition as a Chinese family name', () => {
    const list = 'وضم الجانب الصيني نائب وزير الخارجية في تشاو شيوي، والسفير الصيني لدى واشنطن شيه فنغ، ويانغ تاو، المدير العام لإدارة شؤون أمريكا الشمالية.';
    const names = analyze(`${meeting} ${list}`).officials.map((x) => x.name_ar);
    expect(names.some((n) => /^في /.test(n))).toBe(false);
  });

  it('reads the first person after «من الجانب …» when the officials layer left him out', () => {
    const list = 'وحضر من الجانب الصيني نائب وزير الخارجية ما تشاو شيوي، والسفير الصيني لدى واشنطن شيه فنغ.';
    const { o, side } = seat(`${meeting} ${list}`, 'ما تشاو شيوي');
    expect(o?.role_ar).toBe('نائب وزير الخارجية');
    expect(side?.country).toBe('CN');
  });
});
