import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const named = (text: string) => {
  const a = analyze(text);
  return [...a.officials, ...a.people.filter((p) => p.named)].map((p) => p.name_ar);
};

describe('the channel spoken to closes no name', () => {
  it('ends the name before «لهسبريس» (heldout34 3503-hespress-marrakech-haouz-earthquake-rehousing)', () => {
    const text = 'وفي دوار تيخت، الذي سوي بالأرض تقريبا، قالت الحاجة فاطمة أوبلعيد لهسبريس "فقدت ابني وحفيدين، ولم يبق لنا بيت ولا ماشية، لكن الناس لم يتركونا وحدنا".';
    expect(named(text)).toContain('فاطمة أوبلعيد');
    expect(named(text).some((n) => n.includes('لهسبريس'))).toBe(false);
  });
});
