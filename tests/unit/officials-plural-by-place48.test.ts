import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);

// A plural title whose holders each name their country before their name (invented, in the shape of heldout19/2019).
describe('a plural title placed by country, each item opening with its own country', () => {
  it('leaves the country out of the next holder\'s name and gives him his own country', () => {
    const found = officials('عقد وزراء دفاع تركيا يشار غولر، وأذربيجان ذاكر حسنوف، وجورجيا جوانشير بورتشولادزه، الأحد، اجتماعا ثلاثيا في باكو.');
    const names = found.map(([n]) => n);
    expect(names).toContain('ذاكر حسنوف');
    expect(names).toContain('جوانشير بورتشولادزه');
    expect(names.some((n) => /^(أذربيجان|جورجيا) /.test(n ?? ''))).toBe(false);
    expect(found.find(([n]) => n === 'ذاكر حسنوف')?.[1]).toMatch(/Azerbaijan/);
  });
  it('still lists names that share a plural title without places', () => {
    const names = officials('وحضر اللقاء الوزراء: أحمد كمال الدين، ومحمود سامي الحسيني.').map(([n]) => n);
    expect(names).toContain('أحمد كمال الدين');
    expect(names).toContain('محمود سامي الحسيني');
  });
});
