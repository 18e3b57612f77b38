import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const sideOf = (text: string, name: string) => analyze(text).delegations.find((d) => d.members.some((m) => m.name_ar === name))?.side_en;

describe('signers named pair after pair in one order of the sides', () => {
  const text = 'شهد رئيس دولة الإمارات محمد بن زايد آل نهيان ورئيس جمهورية كينيا وليام روتو، اليوم في نيروبي، تبادل عدد من الاتفاقيات بين البلدين.\n\n'
    + 'ووقع اتفاقية الشراكة الاقتصادية من الجانب الإماراتي وزير دولة للتجارة الخارجية ثاني بن أحمد الزيودي، ومن الجانب الكيني وزيرة التجارة ريبيكا ميانو.\n\n'
    + 'كما وقع مذكرة التفاهم في مجال الطاقة وزير الطاقة والبنية التحتية سهيل بن محمد المزروعي، ووزير الطاقة الكيني ديفيس تشيرتشير.\n\n'
    + 'ووقع اتفاقية تجنب الازدواج الضريبي وزير دولة للشؤون المالية محمد بن هادي الحسيني، ووزير الخزانة نجوغونا ندونغو.';

  it('seats the first of an unlabelled pair on the side named first in the others', () => {
    expect(sideOf(text, 'ثاني بن أحمد الزيودي')).toBe('United Arab Emirates');
    expect(sideOf(text, 'ديفيس تشيرتشير')).toBe('Kenya');
    expect(sideOf(text, 'محمد بن هادي الحسيني')).toBe(sideOf(text, 'سهيل بن محمد المزروعي'));
    expect(sideOf(text, 'نجوغونا ندونغو')).toBe('Kenya');
  });
});
