import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('an Arabic given name that Turks or Iranians also carry', () => {
  it('says nothing of origin without a country: خالد, جمال, صالح stay Arabic', () => {
    expect(nameToEnglish('خالد الزعبي')).toMatch(/^Khal[ei]d /);
    expect(nameToEnglish('جمال حداد')).toMatch(/^Jamal /);
    expect(nameToEnglish('صالح نصار')).toMatch(/^Sal[ei]h /);
    expect(nameToEnglish('كمال مطر')).toMatch(/^Kamal /);
  });

  it('is spelled the Turkish way when the country says Turkey', () => {
    expect(nameToEnglish('جمال قره', { country: 'TR' })).toMatch(/^Cemal /);
  });

  it('still lets a given name only one foreign tradition carries tell the origin', () => {
    expect(nameToEnglish('خوان رودريغيث')).toMatch(/^Juan /);
    expect(nameToEnglish('بولنت يلماز')).toMatch(/^Bulent /);
  });
});
