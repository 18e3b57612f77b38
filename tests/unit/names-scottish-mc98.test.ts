import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("a Scottish or Irish Mc family name ends in English -ck after a vowel", () => {
  // /work/h5/613-bbc-arabic-yemen-cholera.txt, h33/3402, h35/3604: «منسق الشؤون الإنسانية للأمم المتحدة في اليمن، جيمي
  // ماكغولدريك» — an international body's official, spelt with no country.
  it('writes the final ك after a vowel as ck', () => {
    expect(nameToEnglish('جيمي ماكغولدريك')).toBe('Jimmy McGoldrick');
    expect(nameToEnglish('جون ماكورماك')).toMatch(/^John Mc\w+ack$/);
  });
  it('leaves a Mc name with no final k and a k outside Mc names', () => {
    expect(nameToEnglish('جون ماكين')).toBe('John McCain');
    expect(nameToEnglish('ماريوس نوفاك')).toBe('Marius Novak');
  });
});
