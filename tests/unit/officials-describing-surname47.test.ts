import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a family name that is also a describing word («الخطيب») before an office', () => {
  it('reads «حسن الخطيب وزير …» after a style and bare', () => {
    // MENA (heldout19 2009).
    const text = 'يرافقه اللواء عباس كامل رئيس المخابرات العامة، والمهندس حسن الخطيب وزير الاستثمار والتجارة الخارجية.';
    expect(officialOf(text, 'حسن الخطيب')?.role_en).toBe('Minister of Investment and Foreign Trade');
    expect(officials('وحضر اللقاء حسن الخطيب وزير الاستثمار والتجارة الخارجية.')).toContain('حسن الخطيب');
  });
  it('leaves the name before a description that is no office to the people', () => {
    expect(officials('وقال المهندس محمد الخطيب رئيس التحرير إن الوضع صعب.')).not.toContain('محمد الخطيب');
  });
});
