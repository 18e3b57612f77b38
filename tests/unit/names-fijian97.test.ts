import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { nameToEnglish } from '@/lib/english/names';

// Fiji's names in Fijian's English letters: v for ف, k for a hard c; their o stays (see lib/english/fijian).
describe("a Fijian official's name", () => {
  it('reads ف as v and the hard c as k, keeping o', () => {
    // heldout40/4114-spa-jeddah-rabuka-farewell: «ووزير الخارجية المساعد فيليموني وايسيروبا»
    expect(nameToEnglish('فيليموني وايسيروبا', { country: 'FJ' })).toMatch(/^Vilimoni Wa[iy]siroba$/);
    expect(nameToEnglish('سيتيفيني رابوكا', { country: 'FJ' })).toBe('Sitivini Raboka');
  });
  it('leaves the names of other countries alone', () => {
    expect(nameToEnglish('فيليموني وايسيروبا', { country: 'TO' })).not.toMatch(/^V/);
  });
  it('names the prime minister so in a release', () => {
    // heldout40/4114-spa-jeddah-rabuka-farewell
    const { officials } = analyze('غادر دولة رئيس وزراء جمهورية فيجي سيتيفيني رابوكا، جدة اليوم، بعد أدائه مناسك العمرة وزيارة رسمية للمملكة.');
    expect(officials.find((o) => o.name_ar.includes('رابوكا'))?.name_en).toMatch(/^Sitiv[ie]ni Rab[ou]ka$/);
  });
});
