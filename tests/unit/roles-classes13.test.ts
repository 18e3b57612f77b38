import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('an ambassador named by his nationality in a capital', () => {
  it('keeps the city the article names', () => {
    expect(roleToEnglish('السفير الياباني بالقاهرة')).toBe('Japanese Ambassador in Cairo');
    expect(roleToEnglish('السفيرة الألمانية في موسكو')).toBe('German Ambassador in Moscow');
    const text = 'وقال السفير البرازيلي بالرباط جواو ألميدا إن الزيارة ناجحة.';
    expect(byName(text, 'جواو ألميدا')?.role_en).toBe('Brazilian Ambassador in Rabat');
  });
  it('while one named by his country is accredited to the country of that capital', () => {
    expect(roleToEnglish('سفير اليونان في بيروت')).toBe('Ambassador of Greece to Lebanon, in Beirut');
    expect(roleToEnglish('السفير الإسباني لدى المغرب')).toBe('Spanish Ambassador to Morocco');
  });
});

describe("a mayor's town whose name a noun opens", () => {
  it('takes both words of the name', () => {
    expect(roleToEnglish('رئيس بلدية دير الأحمر')).toBe('Mayor of Deir al-Ahmar');
    expect(roleToEnglish('رئيس بلدية رأس بيروت')).toBe('Mayor of Ras Beirut');
    const text = 'وأكد رئيس بلدية كفر ياسيف عوني توما أن الأضرار كبيرة.';
    expect(byName(text, 'عوني توما')?.role_en).toBe('Mayor of Kafr Yasif');
  });
});

describe("the area a minister's deputy or assistant is for, before the holder's name", () => {
  it('is part of the title, and the name after it is read', () => {
    const text = 'وقال نائب وزير الاقتصاد للتجارة الخارجية سامر الحلبي إن الصادرات زادت.';
    const o = byName(text, 'سامر الحلبي');
    expect(o?.role_ar).toBe('نائب وزير الاقتصاد للتجارة الخارجية');
    expect(o?.role_en).toBe('Deputy Minister of Economy for Foreign Trade');
  });
  it('also before a rank', () => {
    const text = 'وأعلن مساعد وزير الداخلية لقطاع المرور العميد حسن الشامي أن الطرق مفتوحة.';
    const o = byName(text, 'حسن الشامي');
    expect(o?.role_ar).toBe('مساعد وزير الداخلية لقطاع المرور');
    expect(o?.role_en).toMatch(/Minister of Interior/);
  });
});
