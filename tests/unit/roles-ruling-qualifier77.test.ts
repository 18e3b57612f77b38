import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const official = (text: string, nameAr: string) => analyze(text).officials.find((o) => o.name_ar === nameAr);

describe('«الحاكم» and «المحافظ» after the noun they qualify are adjectives (ruling, conservative), no office', () => {
  it('reads «الحاكم» after a party named by its own word as ruling, and keeps the office before it', () => {
    const found = official('وقال المتحدث باسم حزب زانوكا الحاكم ماريو تيمباني إن الحزب سيحترم النتائج.', 'ماريو تيمباني');
    expect(found?.role_en).not.toBe('Governor');
    expect(found?.role_en).toMatch(/^Spokesman/);
  });

  it('reads «المحافظ» after a noun with its pronoun, behind a preposition, as conservative', () => {
    const found = official('وفاز المرشح بأغلبية الأصوات مقابل 40% لمنافسه المحافظ حسن قاسمي، أمين المجلس الأعلى للأمن القومي السابق.', 'حسن قاسمي');
    expect(found?.role_en).toBe('Former Secretary of the Supreme National Security Council');
    const bare = official('وحصل المرشح الإصلاحي على 16 مليون صوت مقابل نحو 13 مليونا لمنافسه المحافظ حسن قاسمي.', 'حسن قاسمي');
    expect(bare?.role_en ?? null).not.toBe('Governor');
  });

  it('does not take the ruling adjective for a name word', () => {
    const found = analyze('وقال المتحدث باسم حزب زانوكا الحاكم ماريو تيمباني إن الحزب سيحترم النتائج.').officials;
    expect(found.map((o) => o.name_ar)).toEqual(['ماريو تيمباني']);
  });

  it('keeps «المحافظ» after a verb as the governor', () => {
    const found = official('وفي محافظة ديالى، أعلن المحافظ مثنى التميمي إغلاق الدوائر الرسمية.', 'مثنى التميمي');
    expect(found?.role_en).toMatch(/^Governor/);
  });

  it('keeps «الحاكم» before a comma and a name as the office that name is found by', () => {
    const found = official('وقالت زعيمة الحزب، شريكة المستشار في الائتلاف الحاكم، ماريا شولتس، إن حزبها مستعد.', 'ماريا شولتس');
    expect(found).toBeDefined();
  });
});

describe('a party named by one word of no language before its standing keeps its name', () => {
  it('reads the word before «الحاكم» as the ruling party\'s own name', () => {
    const found = official('وقال المتحدث باسم حزب زانوكا الحاكم ماريو تيمباني إن الحزب سيحترم النتائج.', 'ماريو تيمباني');
    expect(found?.role_en).toBe('Spokesman for the Ruling Zanoca Party');
  });

  it('reads the word before «المعارض» as the opposition party\'s own name', () => {
    const found = official('وقال زعيم حزب زانوكا المعارض ماريو تيمباني إن الحكومة فشلت.', 'ماريو تيمباني');
    expect(found?.role_en).toBe('Leader of the Opposition Zanoca Party');
  });
});
