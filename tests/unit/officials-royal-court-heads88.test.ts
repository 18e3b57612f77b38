import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('offices of a royal court headed by «كبير» with the article', () => {
  it('«وكبير الأمناء X Y» is the Chief Chamberlain', () => {
    const text = 'وحضر المراسم وزير الخارجية أيمن الصفدي، وكبير الأمناء خالد المومني.';
    expect(officialOf(text, 'خالد المومني')?.role_en).toBe('Chief Chamberlain');
  });
  it('«كبير الياوران» is the Chief Aide-de-Camp, not a rank alone', () => {
    const text = 'وحضر المراسم كبير الياوران العميد ماجد الزعبي.';
    expect(officialOf(text, 'ماجد الزعبي')?.role_en).toBe('Chief Aide-de-Camp');
  });
});
