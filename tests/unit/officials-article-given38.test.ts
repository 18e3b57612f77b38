import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a given name with the article that reads as an adjective too, right after a full role', () => {
  it('reads «الطيب» as the name that follows the office', () => {
    // Asharq Al-Awsat (heldout15 1623): «وحضر من الجانب الجزائري وزير التجارة الطيب زيتوني».
    const o = officialOf('وحضر من الجانب الجزائري وزير التجارة الطيب زيتوني، وسفير الجزائر في تونس.', 'الطيب زيتوني');
    expect(o?.role_en).toBe('Minister of Trade');
  });
  it('reads «الهادي» after an office owned by a pronoun', () => {
    // Al Jazeera Net (heldout7 813).
    const text = 'في حين ترأس وفد الجبهة الثورية السودانية رئيسها الهادي إدريس، يرافقه عدد من القادة.';
    expect(officialOf(text, 'الهادي إدريس')).not.toBeNull();
  });
  it('still reads an adjective of the language as the title\'s: «الخبير المالي سمير العيطة»', () => {
    const people = analyze('وقال الخبير المالي سمير العيطة إن الأسعار سترتفع.').people.map((p) => p.name_ar);
    expect(people).toContain('سمير العيطة');
  });
  it('leaves a nationality to the title: «وزير الخارجية المغربي ناصر بوريطة»', () => {
    expect(officialOf('وقال وزير الخارجية المغربي ناصر بوريطة إن المغرب يدعم الحل.', 'ناصر بوريطة')?.country).toBe('MA');
  });
});
