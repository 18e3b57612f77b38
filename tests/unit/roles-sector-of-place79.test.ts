import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('round 79: a local directorate named by its sector and its place', () => {
  it('is the place\'s sector, when a sector noun of the vocabulary is in the construct with a place of the gazetteer', () => {
    expect(roleToEnglish('مدير صحة دمشق')).toBe('Director of Damascus Health');
    expect(roleToEnglish('مدير مياه حلب')).toBe('Director of Aleppo Water');
    expect(roleToEnglish('مدير زراعة درعا')).toBe('Director of Daraa Agriculture');
  });
  it('names a directorate of a sector and a place as one compound', () => {
    expect(roleToEnglish('مدير مديرية صحة حمص')).toBe('Director of the Homs Health Directorate');
    expect(roleToEnglish('مدير مديرية تربية حلب')).toBe('Director of the Aleppo Education Directorate');
  });
  it('leaves a sector of a country to the ministry, and a directorate of a sector alone as it was', () => {
    expect(roleToEnglish('وزير صحة مصر')).toBe('Minister of Health of Egypt');
    expect(roleToEnglish('مدير مديرية التربية')).toBe('Director of the Education Directorate');
    expect(roleToEnglish('مدير شرطة معان')).toBe("Director of the Ma'an Police");
  });
  it('invents no body for a sector followed by no place', () => {
    expect(roleToEnglish('مدير صحة محمد علي')).toBe('Director');
  });
});
