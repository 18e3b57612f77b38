// A state's watch over a natural hazard (volcanoes, earthquakes) named by a civil noun («مرصد»): its director is an
// official, unlike the head of a human-rights observatory. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('the body that watches a natural hazard', () => {
  it('makes the director of a volcano observatory an official, the place before the hazard kept', () => {
    const text = 'وقال مدير مرصد كينشاسا للبراكين كريم بن سالم إن النشاط الزلزالي تراجع.';
    expect(byName(text, 'كريم بن سالم')?.role_en).toBe('Director of the Kinshasa Volcano Observatory');
  });

  it('reads a word between the observatory and the hazard as the place, though it may spell a name', () => {
    const text = 'وقال مدير مرصد غوما للبراكين كريم بن سالم إن الحمم توقفت.';
    expect(byName(text, 'كريم بن سالم')?.role_en).toBe('Director of the Goma Volcano Observatory');
  });

  it('makes the director of a national earthquake observatory an official', () => {
    const text = 'وقال مدير المرصد الوطني للزلازل كريم بن سالم إن الهزة بلغت خمس درجات.';
    expect(byName(text, 'كريم بن سالم')?.role_en).toMatch(/Observatory/);
  });

  it('names the science of an institute after its noun', () => {
    const text = 'وقال مدير المعهد الوطني لعلم البراكين والزلازل كريم بن سالم إن الإنذار رفع.';
    expect(byName(text, 'كريم بن سالم')?.role_en).toBe('Director of the National Institute for Volcanology and Seismology');
  });

  it('leaves the head of a human-rights observatory out of the officials', () => {
    const text = 'وقال مدير المرصد الوطني لحقوق الإنسان كريم بن سالم إن المعتقلين أفرج عنهم.';
    expect(byName(text, 'كريم بن سالم')).toBeUndefined();
  });
});
