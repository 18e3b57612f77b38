// «بيانا مشتركا … جاء فيه أن/أنهما»: the joint document that «فيه» refers to speaks for both sides, not whoever
// read it out or the agency that reported it. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_en ?? null;
const opening = 'اختتم وزيرا الزراعة في البلدين اجتماعا استمر يومين في العاصمة.\n\n';

describe('a joint document before «جاء فيه» speaks', () => {
  it('read out by the two leaders', () => {
    const t = opening + 'وتلا المسؤولان في الختام بيانا مشتركا، جاء فيه أنهما قررا "توحيد معايير الاستيراد".';
    expect(speakerOf(t, 'توحيد معايير')).toBe('Joint statement');
  });
  it('reported by an agency', () => {
    const t = opening + 'ونشرت وكالة الأنباء الرسمية بيانا مشتركا صدر عن الاجتماع جاء فيه أن الطرفين "سيفتحان الأسواق أمام المنتجات".';
    expect(speakerOf(t, 'سيفتحان الأسواق')).toBe('Joint statement');
  });
  it('a statement of one body is still that body\'s', () => {
    const t = opening + 'وأصدرت وزارة الزراعة بيانا جاء فيه أن المحصول "تجاوز التوقعات".';
    expect(speakerOf(t, 'تجاوز التوقعات')).toMatch(/Ministry of Agriculture/);
  });
});
