import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a Vietnamese name of plain syllables right after «الفيتنامي»', () => {
  it('reads two syllables with no mark as the name', () => {
    const o = officialOf('ونقل تحيات الأمين العام للحزب الشيوعي الفيتنامي تو لام إلى الرئيس.', 'تو لام');
    expect(o?.name_en).toBe('To Lam');
  });
  it('still needs a mark where no nationality says Vietnamese', () => {
    const names = analyze('ونقل تحيات الأمين العام للحزب تو لام إلى الرئيس.').officials.map((o) => o.name_ar);
    expect(names).not.toContain('تو لام');
  });
});
