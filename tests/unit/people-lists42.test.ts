import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Written for the test. In an attendance list, a Chinese name of two or three syllables as the press writes pinyin
// after a title is a name, also when its family name is a particle too («ما» Ma, «لو» Lu), never a preposition.
const meeting = 'التقى وزير الخارجية الأمريكي أنتوني بلينكن في بكين اليوم نظيره الصيني وانغ يي.';
const list = (name: string) => `وحضر اللقاء السفير الصيني لدى واشنطن شيه فنغ، ونائب وزير الخارجية ${name}، ويانغ تاو، المدير العام لإدارة شؤون أمريكا الشمالية.`;

describe('attendance lists: a Chinese name whose family name is also a particle', () => {
  it('reads «ما تشاو شيوي» (Ma Zhaoxu) after the title', () => {
    const o = analyze(`${meeting} ${list('ما تشاو شيوي')}`).officials.find((x) => x.name_ar === 'ما تشاو شيوي');
    expect(o?.role_ar).toBe('نائب وزير الخارجية');
  });

  it('keeps «لو» (Lu) in the name, not in the office', () => {
    const a = analyze(`${meeting} ${list('لو تشاو شيوي')}`);
    expect(a.officials.find((x) => x.name_ar === 'لو تشاو شيوي')?.role_ar).toBe('نائب وزير الخارجية');
    expect(a.officials.some((x) => x.name_ar === 'تشاو شيوي')).toBe(false);
  });

  it('reads no preposition as a Chinese family name', () => {
    const names = analyze(`${meeting} ${list('في تشاو شيوي')}`).officials.map((x) => x.name_ar);
    expect(names.some((n) => /^في /.test(n))).toBe(false);
  });
});
