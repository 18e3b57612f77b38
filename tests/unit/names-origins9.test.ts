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

describe('عبد glued to the next word, as Egyptian and Gulf outlets write it', () => {
  const first = (text: string) => analyze(text).officials[0];
  it('links to the known person spelled with a space', () => {
    expect(first('وأكد الرئيس عبدالفتاح السيسي أمس أن الاقتصاد يتعافى.')?.name_en).toBe('Abdel Fattah el-Sisi');
  });
  it('reads علي before a glued عبد name as the name Ali, not the preposition', () => {
    const o = first('من جانبه، قال الدكتور علي عبدالعال، رئيس مجلس النواب، إن الجلسة ستعقد غدا.');
    expect(o?.name_ar).toBe('علي عبدالعال');
  });
  it('takes a glued name of God as a name word even where the lexicon lists the whole', () => {
    expect(first('وقال المحافظ هشام عبدالعال إن الطرق مفتوحة.')?.name_ar).toBe('هشام عبدالعال');
  });
});

describe('the surname of a foreign given name before إن or قد', () => {
  it('stays on the name', () => {
    const o = analyze('وكان قائد الجيش الجنرال وليامز كاليمان قد دعا الرئيس إلى الاستقالة.').officials[0];
    expect(o?.name_ar).toBe('وليامز كاليمان');
  });
});

describe('a counterpart named after a comma', () => {
  it('holds the office of the one before, for the country of the nationality', () => {
    const a = analyze('والتقى وزير الخارجية الروسي، سيرغي لافروف، اليوم، في موسكو نظيره الكمبودي، براك سوخون، وبحثا العلاقات.');
    const o = a.officials.find((x) => x.name_ar === 'براك سوخون');
    expect(o?.country).toBe('KH');
    expect(o?.role_en).toMatch(/Foreign|Minister/);
  });
});

describe('Egyptian print: a final ي written ى', () => {
  it('spells a nisba family name ending in ى with y/i', () => {
    const o = analyze('وحضر الاجتماع الدكتور أحمد السمنودى، رئيس الهيئة العامة للرعاية الصحية.').officials[0];
    expect(o?.name_en).toMatch(/S[ae]mn[ou]d[iy]$/);
  });
});

describe('Egyptian print: a nisba written with ى that reads as a word too', () => {
  it('closes the name before a comma', () => {
    const a = analyze('وحضر الاجتماع الدكتور أحمد الشبكى، رئيس الهيئة العامة للرعاية الصحية.');
    expect(a.officials.map((o) => o.name_ar)).toContain('أحمد الشبكى');
  });
  it('still leaves a plural noun in ى out of the name', () => {
    const a = analyze('وزار الوزير أحمد حداد الجرحى في المستشفى.');
    expect(a.officials.map((o) => o.name_ar)).toEqual(['أحمد حداد']);
  });
});

describe('two people who share a given name', () => {
  it('keeps the first one whole when his family name is also a word of the language', () => {
    const a = analyze('وقال المتحدث باسم وزارة الخارجية احمد الفخار في بيان إن الوزير استقبل الوفد. وأضاف أن الوزير التقى الأمين العام احمد السعيد.');
    expect(a.officials.map((o) => o.name_ar).sort()).toEqual(['احمد السعيد', 'احمد الفخار']);
    expect(a.officials.find((o) => o.name_ar === 'احمد السعيد')?.role_en ?? '').not.toMatch(/Spokes/);
  });
});

describe('a dual title of a country with each name after its own country', () => {
  it('gives each holder the office for his country', () => {
    const a = analyze('ووقع رئيسا بوروندي فارس نداي وتنزانيا سامي موهو اليوم اتفاقا في دار السلام.');
    const byName = Object.fromEntries(a.officials.map((o) => [o.name_ar, o.country]));
    expect(byName).toEqual({ 'فارس نداي': 'BI', 'سامي موهو': 'TZ' });
  });
  it('does so for a portfolio of a country too', () => {
    const a = analyze('واجتمع وزيرا خارجية لبنان رامي حداد والعراق سامر الحلفي اليوم في بيروت.');
    const byName = Object.fromEntries(a.officials.map((o) => [o.name_ar, o.country]));
    expect(byName).toEqual({ 'رامي حداد': 'LB', 'سامر الحلفي': 'IQ' });
  });
});
