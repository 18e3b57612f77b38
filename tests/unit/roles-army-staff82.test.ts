import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('the head of a South Asian army («قائد الجيش»)', () => {
  it('is its Chief of Army Staff, the state told by its adjective or its name', () => {
    expect(roleOf('واستقبل الوزير قائد الجيش الباكستاني الجنرال نعمان أختر في مكتبه.', 'نعمان أختر')).toBe('Chief of Army Staff');
    expect(roleOf('وقال قائد الجيش في بنغلاديش الجنرال شفيق الرحمن إن الجيش سيحمي المتظاهرين.', 'شفيق الرحمن')).toBe('Chief of Army Staff of Bangladesh');
  });
  it('while another state\'s stays its Commander', () => {
    expect(roleOf('واستقبل الوزير قائد الجيش اللبناني العماد جوزيف عون في مكتبه.', 'جوزيف عون')).toBe('Commander of the Lebanese Army');
  });
});
