import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials;

describe('greetings conveyed to an official («نقل إلى X تحيات …») end the name', () => {
  it('does not take «تحيات» into the name, nor the sender\'s office as the receiver\'s', () => {
    const text = 'واستقبل الرئيس اللبناني جوزاف عون سفير اليابان، الذي نقل إلى الرئيس عون تحيات رئيس الوزراء الياباني.';
    const names = officials(text).map((o) => o.name_ar);
    expect(names.some((n) => n.includes('تحيات'))).toBe(false);
  });
  it('ends a foreign name before «تهاني»', () => {
    const text = 'وفي أنقرة، نقل السفير إلى الوزير التركي إردم أوزان تهاني حكومة بلاده بالعيد الوطني.';
    const names = officials(text).map((o) => o.name_ar);
    expect(names).toContain('إردم أوزان');
  });
});
