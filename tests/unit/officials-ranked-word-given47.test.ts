import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a foreign given name that is a word too, right after a military rank', () => {
  it('reads «الجنرال ساحر شمشاد ميرزا» with its office and alone', () => {
    // Youm7 (heldout19 2024).
    const text = 'التقى الفريق أسامة عسكر رئيس أركان حرب القوات المسلحة، اليوم، الجنرال ساحر شمشاد ميرزا رئيس هيئة الأركان المشتركة بجمهورية باكستان الإسلامية.';
    expect(officialOf(text, 'ساحر شمشاد ميرزا')?.role_en).toMatch(/^Chairman of the Joint Chiefs of Staff/);
    expect(officials('من جانبه، أعرب الجنرال ساحر شمشاد ميرزا عن اعتزازه بالتعاون.')).toContain('ساحر شمشاد ميرزا');
  });
  it('leaves a service word after a rank before an Arab name out of the name', () => {
    expect(officials('وقال اللواء طيار هشام الحلبي إن الحادث وقع ليلا.').some((n) => n.includes('طيار'))).toBe(false);
  });
});
