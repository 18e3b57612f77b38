import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

// Sentences written for the test: a national body placed in a country by «بـ» («اللجنة الوطنية … بنيجيريا») is that
// country's, so its head is of that country and his name is spelt as its press spells it (Mahmood, the Hausa way).
describe("the head of a national body «بـ» a country is that country's", () => {
  it('gives the head the country of his national body, and spells him by it', () => {
    const o = byName('وقال رئيس اللجنة الوطنية للانتخابات بنيجيريا، محمود ياكوبو، إن النتائج ستعلن غدا.', 'محمود ياكوبو');
    expect(o?.country).toBe('NG');
    expect(o?.name_en).toMatch(/^Mahmood /);
    expect(byName('وقال رئيس المجلس الوطني للسكان بنيجيريا محمود ياكوبو إن الأرقام دقيقة.', 'محمود ياكوبو')?.country).toBe('NG');
  });

  it("leaves an international body's representative in a country of no country", () => {
    const o = byName('وقال ممثل منظمة الصحة العالمية بنيجيريا محمود ياكوبو إن الوضع صعب.', 'محمود ياكوبو');
    expect(o?.country).toBeNull();
  });
});
