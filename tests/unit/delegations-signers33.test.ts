import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: signers named after the full name of the agreement they sign («ووقع اتفاقية … عن الجانب
// العماني X»، «ووقع اتفاقية … X وزير التجارة، ووقعها عن الجانب الكيني Y»): each signs for a side.
describe('findDelegations: signers after the agreement named in full', () => {
  const text = [
    'سلطنة عمان وكينيا توقعان اتفاقيتين',
    'مسقط - شهد وزير الخارجية العماني بدر بن حمد البوسعيدي ووزيرة الخارجية الكينية رايشيل أومامو اليوم توقيع اتفاقيتين بين حكومتي البلدين في ختام اجتماعات اللجنة العمانية الكينية المشتركة.',
    'ووقع اتفاقية الإعفاء المتبادل من التأشيرات لحاملي الجوازات الدبلوماسية والخاصة عن الجانب العماني الشيخ خليفة بن علي الحارثي وكيل وزارة الخارجية للشؤون الدبلوماسية، فيما وقعها عن الجانب الكيني الوزيرة أومامو.',
    'ووقع اتفاقية تشجيع وحماية الاستثمارات المتبادلة قيس بن محمد اليوسف وزير التجارة والصناعة وترويج الاستثمار، ووقعها عن الجانب الكيني سفير كينيا لدى السلطنة بيتر نياغا.',
  ].join('\n\n');
  it('seats the signer whose side the sentence states after the agreement', () => {
    const found = sides(text);
    expect(sideOf(found, 'خليفة بن علي الحارثي')).toBeDefined();
    expect(sideOf(found, 'خليفة بن علي الحارثي')).toBe(sideOf(found, 'بدر بن حمد البوسعيدي'));
  });
  it('seats the signer of no stated side opposite the one who signs for the other side', () => {
    const found = sides(text);
    expect(sideOf(found, 'قيس بن محمد اليوسف')).toBeDefined();
    expect(sideOf(found, 'قيس بن محمد اليوسف')).toBe(sideOf(found, 'بدر بن حمد البوسعيدي'));
    expect(sideOf(found, 'قيس بن محمد اليوسف')).not.toBe(sideOf(found, 'رايشيل أومامو'));
  });
});
