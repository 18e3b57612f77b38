import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('«نائب الأدميرال», the rank of Vice Admiral, not a deputy or a member of parliament', () => {
  it('gives the office before the rank as the role, not «نائب»', () => {
    const o = find('ورافق الوزير رئيس أركان القوات البحرية البرتغالية نائب الأدميرال جواو سيلفا خلال الزيارة.', 'جواو سيلفا');
    expect(o?.role_en).toMatch(/Naval Forces/);
    expect(o?.role_en).not.toBe('MP');
  });

  it('reads the rank alone before a name as Vice Admiral', () => {
    const o = find('وقال نائب الادميرال بيير مارتان للصحفيين إن التدريب ناجح.', 'بيير مارتان');
    expect(o?.role_en).toBe('Vice Admiral');
  });

  it('reads the officer\'s nationality between the rank and the name', () => {
    const o = find('وقال نائب الأدميرال الفرنسي بيير مارتان للصحفيين إن التدريب ناجح.', 'بيير مارتان');
    expect(o?.role_en).toBe('Vice Admiral');
    expect(o?.country).toBe('FR');
  });
});
