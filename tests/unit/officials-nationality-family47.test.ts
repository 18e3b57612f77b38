import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a family name written like a nationality («السويدي») before an office', () => {
  it('reads «صالح أحمد السويدي سفير الدولة …» whole, of the state the title names', () => {
    // WAM (heldout19 2020).
    const text = 'وكان في استقبال الرئيس البرازيلي لدى وصوله إلى مطار الرئاسة سمو الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة، وسعادة صالح أحمد السويدي سفير الدولة لدى البرازيل.';
    const o = officialOf(text, 'صالح أحمد السويدي');
    expect(o?.role_en).toMatch(/^Ambassador of the (UAE|State) to Brazil$/);
    expect(o?.country).toBe('AE');
  });
  it('leaves a nationality after a name with no office out of the name', () => {
    expect(officials('والتقى الرئيس محمد أحمد المصري بالوفد.')).not.toContain('محمد أحمد المصري');
  });
});
