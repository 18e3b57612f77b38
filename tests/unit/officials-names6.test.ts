import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('where the office is, inside the role before the name', () => {
  it('reads ب + a body with the article as part of the role («بالوزارة»)', () => {
    const text = 'وحضر الاجتماع المدير العام للموارد المائية بالوزارة سامي الهادفي، وعدد من الإطارات.';
    expect(byName(text, 'سامي الهادفي')?.role_en).toMatch(/Director General.*at the Ministry/);
  });

  it('reads ب + a country after the role\'s own words («بالمغرب»)', () => {
    const text = 'واستقبل الوالي رئيس البعثة الطبية الصينية بالمغرب الدكتور وانغ لي مينغ. وتناول اللقاء التعاون الصحي.';
    expect(byName(text, 'وانغ لي مينغ')?.role_en).toMatch(/in Morocco/);
  });

  it('reads what «المكلف» is charged with («المكلف بالشؤون المغاربية»)', () => {
    const text = 'وقال الوزير المنتدب المكلف بالشؤون المغاربية، كمال العلمي، إن الاتفاق سيوقع قريبا.';
    expect(byName(text, 'كمال العلمي')).toBeDefined();
  });
});

describe('modifiers of a title', () => {
  it('reads «الراحل» (the late) after a full title', () => {
    const text = 'منذ رحيل رئيس الوزراء الراحل سعيد الكبيسي، لم تعقد الحكومة اجتماعا كاملا.';
    expect(byName(text, 'سعيد الكبيسي')?.role_en).toBe('Late Prime Minister');
  });

  it('keeps a known person\'s office after «الرئيس الراحل» (a courtesy rank, not "Late President")', () => {
    const text = 'ووضع الوفد إكليلا على ضريح الرئيس الراحل رفيق الحريري في وسط بيروت.';
    expect(byName(text, 'رفيق الحريري')?.role_en).not.toMatch(/Late President/);
  });
});

describe('styles that are offices', () => {
  it('makes «النائبة» an MP', () => {
    const text = 'ووصلت النائبة سعاد الحكيم، ابنة شقيق الوزير، إلى القاعة مبكرا.';
    expect(byName(text, 'سعاد الحكيم')?.role_en).toBe('MP');
  });

  it('makes «السيناتورة» a senator even with a describing noun after it', () => {
    const text = 'وكتبت السيناتورة المعتقلة، ماريا فرنانديز، في رسالة من سجنها أن المحاكمة سياسية.';
    expect(byName(text, 'ماريا فرنانديز')?.role_en).toBe('Senator');
  });
});
