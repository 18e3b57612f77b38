import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a consul general in the indefinite construct, and a Libyan mayor', () => {
  it('reads «قنصل عام BLAD في CITY X» as the consul general', () => {
    const o = find('وزار قنصل عام اليونان في بنغازي ديميتريس كوستاس مقر البلدية.', 'ديميتريس كوستاس');
    expect(o?.role_en).toBe('Consul General of Greece in Benghazi');
    expect(find('والتقت قنصلة عامة السويد في إسطنبول آنا لارسون بالوالي.', 'آنا لارسون')?.role_en).toMatch(/^Consul General of Sweden/);
  });

  it('says Consul General, not General Consul, in the definite form', () => {
    expect(find('وحضر القنصل العام الهندي في جدة راجيش كومار الحفل.', 'راجيش كومار')?.role_en).toBe('Indian Consul General in Jeddah');
  });

  it('reads «عميد بلدية TOWN X» as the mayor', () => {
    expect(find('وقال عميد بلدية مصراتة محمود السقوطري إن الخدمات تحسنت.', 'محمود السقوطري')?.role_en).toBe('Mayor of Misrata');
    expect(find('وأكدت عميدة بلدية غريان سعاد المبروك أن المياه عادت.', 'سعاد المبروك')?.role_en).toBe('Mayor of Gharyan');
  });
});

describe('the country of a city that is not a capital', () => {
  it('gives a governor of Alexandria, Basra or Aleppo their country', () => {
    expect(find('وقال محافظ الإسكندرية عادل حمدي إن الطرق جاهزة.', 'عادل حمدي')?.country).toBe('EG');
    expect(find('وقال محافظ البصرة نزار الحلفي إن الميناء مغلق.', 'نزار الحلفي')?.country).toBe('IQ');
    expect(find('وقال محافظ حلب سامر العمر إن الكهرباء عادت.', 'سامر العمر')?.country).toBe('SY');
  });
});
