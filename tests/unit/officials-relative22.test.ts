import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);
const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a name in a relative clause after a body: «الحزب الذي يتزعمه X»', () => {
  it('leads the party or movement named before it', () => {
    const text = 'وحصل المرشح على دعم حزب النهضة الذي يتزعمه كمال الزعبي في الجولة الثانية.';
    expect(names(text)).toEqual(['كمال الزعبي']);
    expect(roleOf(text, 'كمال الزعبي')).toMatch(/^Leader of the .+ Party$/);
    const fem = 'وانتقد حزب الشعب الذي تتزعمه ليلى حداد قرار الحكومة.';
    expect(names(fem)).toEqual(['ليلى حداد']);
    expect(roleOf('وأيد حزب الخير الذي تتزعمه نسرين أوزتورك المرشح.', 'نسرين أوزتورك')).toBe('Leader of the Good Party');
    expect(names('وأعلنت الحركة الوطنية التي يقودها ماهر العلي رفضها للاتفاق.')).toEqual(['ماهر العلي']);
  });

  it('chairs the committee or council named before it', () => {
    const text = 'وأوصت اللجنة المالية التي يترأسها يوسف الحمدان بخفض الإنفاق.';
    expect(names(text)).toEqual(['يوسف الحمدان']);
    expect(roleOf(text, 'يوسف الحمدان')).toMatch(/^(Chair|Head|President)/);
  });

  it('takes no country or title that leads the body', () => {
    expect(names('ودعم التحالف الذي تقوده المملكة العربية السعودية الحكومة.')).toEqual([]);
  });
});
