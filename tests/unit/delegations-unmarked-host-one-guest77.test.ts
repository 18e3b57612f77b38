import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: in a later list of those present, the host's officials go by their titles alone (the press's own
// country's style) and the guest's by their state. One member of another side than the host's, the only one whose state
// is said, tells that the bare titles beside him are the host's: they are not left in an "Also present" group.
describe('findDelegations: a later attendance list with one guest of stated side', () => {
  it('seats the bare title with the host beside a guest ambassador', () => {
    const text = [
      'الكويت وكينيا توقعان اتفاقيتين للتعاون',
      'الكويت في 4 مارس /كونا/ وقعت دولة الكويت وجمهورية كينيا اليوم اتفاقيتين للتعاون في مجالي الزراعة والنقل، وذلك بحضور سمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد، وفخامة الرئيس وليام روتو رئيس جمهورية كينيا، عقب جلسة المباحثات الرسمية.',
      'ووقع اتفاقية التعاون الزراعي عن الجانب الكويتي معالي الشيخ سالم عبدالله الجابر الصباح وزير الخارجية، وعن الجانب الكيني معالي موساليا مودافادي وزير الخارجية.',
      'وحضر مراسم التوقيع معالي الشيخ محمد عبدالله المبارك الصباح وزير شؤون الديوان الأميري، وسعادة السيد بيتر نجوغو سفير جمهورية كينيا لدى الدولة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'بيتر نجوغو')).toBe('Kenya');
    expect(sideOf(found, 'محمد عبدالله المبارك الصباح')).toBe('Kuwait');
  });
});
