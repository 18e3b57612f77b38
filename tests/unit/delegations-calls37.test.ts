import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 37, delegations: two calls told in one sentence with the dual noun («اتصالين هاتفيين من X وY»).

// Written for the test (Petra's style): one side takes two calls; each caller is a side of his own.
describe('findDelegations: the dual «اتصالين» of two phone calls', () => {
  it('seats the minister and each caller on his own side', () => {
    const text = 'عمان (بترا) - تلقى نائب رئيس الوزراء وزير الخارجية أيمن الصفدي اتصالين هاتفيين من وزيرة الخارجية اليابانية يوكو كاميكاوا ووزير الخارجية الصيني وانغ يي، بحث خلالهما تطورات الأوضاع في غزة.';
    const found = sides(text);
    expect(sideOf(found, 'أيمن الصفدي')).toBe('Jordan');
    expect(sideOf(found, 'يوكو كاميكاوا')).toBe('Japan');
    expect(sideOf(found, 'وانغ يي')).toBe('China');
  });
});
