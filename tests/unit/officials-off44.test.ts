import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('an Arab given name that is also a verb, or «علي», in a pair before a comma and an office', () => {
  it('reads «أحمد سلطان،» and «حسن أحمد،» as the office holder', () => {
    expect(officialOf('وقال أحمد سلطان، وزير الطاقة، إن الإنتاج ارتفع على نحو كبير.', 'أحمد سلطان')?.role_en).toBe('Minister of Energy');
    expect(names('وقال حسن أحمد، وزير الطاقة، إن الإنتاج ارتفع على نحو كبير.')).toContain('حسن أحمد');
  });
  it('reads «محمد علي،» where the article writes the preposition «على» with ى', () => {
    expect(names('وأكد محمد علي، وزير الطاقة، أن الإنتاج ارتفع على نحو كبير.')).toContain('محمد علي');
  });
  it('leaves a verb that is no name before a comma and an office', () => {
    expect(names('وأكد سلطان، وزير الطاقة، أن الإنتاج ارتفع على نحو كبير.')).not.toContain('أكد سلطان');
  });
});

describe('a family name with the article between a given name, a father and the bearer\'s office, no comma', () => {
  it('reads «مريم صالح الظاعن رئيسة لجنة …» whole', () => {
    // BNA (heldout16 1718).
    const text = 'وحضر اللقاء سعادة النائبة الدكتورة مريم صالح الظاعن رئيسة لجنة الشؤون الخارجية والدفاع والأمن الوطني، وسعادة السيد علي حسن.';
    expect(names(text)).toContain('مريم صالح الظاعن');
    expect(names(text)).not.toContain('مريم صالح');
  });
  it('leaves a participle before a clitic title to the sentence', () => {
    // Al Jazeera (heldout4 502).
    const text = 'رفقة الرئيس الأسبق لجهاز المخابرات الفريق المتقاعد محمد مدين المعروف بالجنرال توفيق، والمنسق السابق لأجهزة الأمن اللواء المتقاعد عثمان طرطاق.';
    expect(names(text).some((n) => n.includes('المعروف'))).toBe(false);
  });
});

describe('a parliament\'s friendship association is no body of civil society', () => {
  it('makes the head of «جمعية الصداقة البرلمانية …» an official, after her name and before it', () => {
    // MENA (heldout17 1817).
    expect(names('وضم الوفد اليوناني يورغوس فلاخوس رئيس لجنة الدفاع بالبرلمان اليوناني، وإيليني ستافرو رئيسة جمعية الصداقة البرلمانية اليونانية المصرية، إلى جانب السفير.')).toContain('إيليني ستافرو');
    expect(names('وقالت رئيسة جمعية الصداقة البرلمانية اليونانية المصرية إيليني ستافرو إن الزيارة مهمة على كل المستويات.')).toContain('إيليني ستافرو');
  });
  it('leaves the head of a civil association a person', () => {
    expect(names('وقال رئيس جمعية حقوق الإنسان سليم صفير إن الوضع صعب.')).toEqual([]);
  });
});

describe('a woman governor: bare «محافظة», a place and a name, a feminine verb beside them', () => {
  it('reads «محافظة النبطية هويدا الترك تفقدت …» as the governor, the verb outside the name', () => {
    // Al-Diyar (heldout16 1705).
    const text = 'وكانت محافظة النبطية هويدا الترك تفقدت موقع الغارة برفقة فرق الدفاع المدني، وقالت ان «اعمال الإغاثة مستمرة».';
    expect(officialOf(text, 'هويدا الترك')?.role_en).toBe('Governor of Nabatieh');
    expect(names('وقالت محافظة النبطية هويدا الترك إن الوضع مستقر.')).toEqual(['هويدا الترك']);
  });
  it('leaves a governorate with no name after it to the sentence', () => {
    expect(names('وشهدت محافظة النبطية غارات عنيفة.')).toEqual([]);
    expect(names('وقال محافظ النبطية حسن فقيه إن الوضع مستقر.')).toEqual(['حسن فقيه']);
  });
  it('keeps a name that ends like a feminine verb («طلعت»)', () => {
    expect(names('وقال وزير الخارجية محمد طلعت إن الوضع مستقر.')).toContain('محمد طلعت');
  });
});

describe('«كبير/كبيرة مديري …» as a title, as «كبير مستشاري» is', () => {
  it('reads the senior director after a comma and before the name', () => {
    // CNN Arabic (heldout15 1622).
    const text = 'وحضر اللقاء دانيال كريتنبرينك، وسارة بيران، كبيرة مديري شؤون الصين في مجلس الأمن القومي.';
    expect(officialOf(text, 'سارة بيران')?.role_en).toMatch(/^Senior Director/);
    expect(names('وقال كبير مديري شؤون الشرق الأوسط في مجلس الأمن القومي جون بيران إن الوضع مستقر.')).toContain('جون بيران');
  });
});
