import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a foreign family name written like a stop-list word, before «إن»', () => {
  it('closes the name of a speaker after a full role', () => {
    const o = officialOf('في المقابل، قال رئيس بلدية دكار السابق خليفة سال إن المجلس أنقذ الجمهورية.', 'خليفة سال');
    expect(o).not.toBeNull();
  });
  it('does not take the word before anything but «إن»', () => {
    const names = analyze('وقال رئيس البلدية خليفة سال الماء في الشوارع.').officials.map((o) => o.name_ar);
    expect(names).not.toContain('خليفة سال');
  });
});
