import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Sentences of our own. «جباروف» alone is, to the gazetteer, Kyrgyzstan's president Sadyr Japarov.
describe('a family name the gazetteer gives to someone else lends no country against the story\'s sides', () => {
  it('keeps the side the story names for the official', () => {
    const a = analyze('عمان - ترأس الجانب الأذربيجاني وزير الاقتصاد ميكائيل جباروف، فيما ترأس الجانب الأردني وزير العمل يوسف الشمالي.\n\nمن جانبه، قال جباروف: "إن أذربيجان تنظر إلى الأردن شريكا".');
    const minister = a.officials.find((o) => o.name_ar.endsWith('جباروف'));
    expect(minister?.country).toBe('AZ');
  });
  it('still knows the president himself', () => {
    const a = analyze('بيشكك - قال الرئيس القرغيزي صادر جباروف إن بلاده ستواصل الإصلاحات الاقتصادية.');
    expect(a.officials.find((o) => o.name_ar.endsWith('جباروف'))?.country).toBe('KG');
  });
});
