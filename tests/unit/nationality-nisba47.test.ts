import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { matchNationality } from '@/lib/vocab/nationalities';
import { normalize } from '@/lib/arabic/normalize';

const nationalityOf = (word: string) => matchNationality([normalize(word)], 0)?.adjective_en ?? null;

describe('a nisba of a noun with the suffix «ان» is no misspelt nationality', () => {
  it('does not read «العلمانية» (secular) or «العملانية» (operational) as Omani', () => {
    expect(nationalityOf('العلمانية')).toBeNull();
    expect(nationalityOf('العلماني')).toBeNull();
    expect(nationalityOf('العملانية')).toBeNull();
  });
  it('still reads the nationalities and their one-letter variants', () => {
    expect(nationalityOf('العمانية')).toBe('Omani');
    expect(nationalityOf('التوغولي')).toBe('Togolese');
  });
  it('reads «القيادة العملانية» as the Operations Command', () => {
    expect(roleToEnglish('قائد القيادة العملانية')).toBe('Commander of the Operations Command');
    expect(roleToEnglish('قائد القيادة العملياتية')).toBe('Commander of the Operations Command');
  });
});
