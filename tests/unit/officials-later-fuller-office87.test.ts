import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a later mention that says what a bare office is of gives the role', () => {
  it('«نظيره X» then «الرئيس الفنلندي X» is the Finnish President', () => {
    const text = 'استقبل الرئيس المصري عبد الفتاح السيسي اليوم نظيره ساولي نينيستو في القاهرة.\nوعقد الرئيس المصري جلسة مباحثات مع الرئيس الفنلندي ساولي نينيستو بالقصر الرئاسي.';
    expect(officialOf(text, 'ساولي نينيستو')?.role_en).toBe('Finnish President');
  });
  it('«نظيرته X» then «X وزيرة خارجية السويد» is the Minister of Foreign Affairs of Sweden', () => {
    const text = 'التقى وزير الخارجية الأردني أيمن الصفدي نظيرته آن ليندي في عمان.\nوقالت آن ليندي وزيرة خارجية السويد إن بلادها تدعم الحل السياسي.';
    expect(officialOf(text, 'آن ليندي')?.role_en).toMatch(/Sweden|Swedish/);
  });
  it('«الوزيرة X» then «X وزيرة الصحة» is the Minister of Health', () => {
    const text = 'وقالت الوزيرة ماريا لوبيز إن الوضع تحت السيطرة. وأضافت ماريا لوبيز وزيرة الصحة أن المستشفيات جاهزة.';
    expect(officialOf(text, 'ماريا لوبيز')?.role_en).toMatch(/^Minister of Health/);
  });
  it('keeps a first office that already names its body, and a later office over another', () => {
    const text = 'وقال وزير الخارجية كارلوس رويز إن المحادثات مثمرة. وأضاف الوزير الإسباني كارلوس رويز أن الاتفاق قريب.';
    expect(officialOf(text, 'كارلوس رويز')?.role_en).toMatch(/Minister of Foreign Affairs/);
    const two = 'وقع الاتفاق وزير دولة سالم بن علي الكعبي. وقال سالم بن علي الكعبي، وزير دولة الرئيس التنفيذي لشركة الطاقة الوطنية، إن الاتفاق مهم.';
    expect(officialOf(two, 'سالم بن علي الكعبي')?.role_en).toBe('Minister of State');
  });
});
