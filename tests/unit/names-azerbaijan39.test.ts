import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { nameToEnglish } from '@/lib/english/names';

const nameOf = (text: string, ar: string) => analyze(text).officials.find((o) => o.name_ar === ar)?.name_en;

describe("Azerbaijan's officials, whom English writes the Soviet way (-ov, -yev, -ova, -yeva) with j and ch for ج and تش", () => {
  it('reads -ov, -yev and -yeva endings as Russian-style family names, not Turkish letters', () => {
    expect(nameToEnglish('إلهام علييف', { country: 'AZ' })).toBe('Ilham Aliyev');
    expect(nameToEnglish('رشاد محمدوف', { country: 'AZ' })).toBe('Rashad Mammadov');
    expect(nameToEnglish('حكمت حاجييف', { country: 'AZ' })).toMatch(/ Hajiyev$/);
    expect(nameToEnglish('غنيرة باشاييفا', { country: 'AZ' })).toMatch(/ayeva$/);
    expect(nameToEnglish('جنكيز عسكروف', { country: 'AZ' })).toMatch(/ Askarov$/);
  });
  it("writes a Turkic-alphabet given name's c as j (ج) or ch (تش)", () => {
    expect(nameToEnglish('جيهون بيرموف', { country: 'AZ' })).toMatch(/^Jeyhun .*ov$/);
    expect(nameToEnglish('إلتشين أميربيوف', { country: 'AZ' })).toMatch(/^Elchin .*ov$/);
  });
  it('leaves Turkey\'s names to Turkish letters', () => {
    expect(nameToEnglish('جودت يلماز', { country: 'TR' })).toBe('Cevdet Yilmaz');
  });
  it('names an Azerbaijani minister in a meeting story', () => {
    const text = 'باكو - التقى وزير الخارجية الأذربيجاني جيهون بيرموف اليوم الثلاثاء نظيره التركي في العاصمة باكو، وبحث الجانبان العلاقات الثنائية.';
    expect(nameOf(text, 'جيهون بيرموف')).toMatch(/^Jeyhun .*ov$/);
  });
});
