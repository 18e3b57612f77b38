import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { turkicBek } from '@/lib/english/turkic-bek';

describe('Central Asian names compounded on -bek', () => {
  it('write the -bek that Arabic spells بيك with e, in a given name and the family name made on it', () => {
    expect(nameToEnglish('تشينغيز أيداربيكوف', { country: 'KG' })).toMatch(/darbekov$/);
    expect(nameToEnglish('كوسموسبيك تشولبونبايف', { country: 'KG' })).toMatch(/^Kosmosbek /);
    expect(nameToEnglish('مادييار مينيلبيكوف', { country: 'KZ' })).toMatch(/ Menilbekov$/);
    expect(turkicBek('ألماظبيكوفا'.replace(/أ/, 'ا'))).toMatch(/bekova$/);
  });

  it('leave a Russian Bykov, whose بيك opens the word, and a name the lists know whole', () => {
    expect(nameToEnglish('دميتري بيكوف', { country: 'RU' })).toBe('Dmitry Bykov');
    expect(nameToEnglish('سورونباي جينبيكوف', { country: 'KG' })).toMatch(/ Jeenbekov$/);
  });
});
