import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { analyze } from '@/lib/analyze';

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

describe('a definite object after a titled name (the verb came before its subject)', () => {
  const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);
  it('ends the name at the family name with the article', () => {
    expect(names('وزار محافظ البصرة سامر العيداني المستشفى أمس.')).toEqual(['سامر العيداني']);
    expect(names('وتفقد وزير الصحة رامي الحلفي المشروع صباح اليوم.')).toEqual(['رامي الحلفي']);
    expect(names('واستقبل السفير الفرنسي باسل العتيبي الوفد في مقر السفارة.')).toEqual(['باسل العتيبي']);
  });
});
