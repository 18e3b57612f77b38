import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe("a known royal's English name carries no courtesy title (the role does)", () => {
  it('gives Jordan\'s crown prince and an Omani sayyid their names without Crown Prince or Sayyid', () => {
    const a = analyze('استقبل ولي العهد الأمير الحسين بن عبدالله الثاني في عمان اليوم وفدا من رجال الأعمال، فيما التقى نائب رئيس الوزراء العماني فهد بن محمود آل سعيد سفير اليابان.');
    const names = a.officials.map((o) => o.name_en);
    expect(names).toContain('Hussein bin Abdullah II');
    expect(names).toContain('Fahd bin Mahmoud Al Said');
    expect(names.some((n) => /^(Crown Prince|Prince|Sayyid) /.test(n))).toBe(false);
  });
});
