import { describe, expect, it } from 'vitest';
import { keepArticleUnits } from '@/lib/article/boilerplate';

// An ambassadors' credentials story laid out one envoy a line (the shape of BNA's and KUNA's releases; sentences of our own).
const units = [
  'تسلم جلالة الملك اليوم أوراق اعتماد عدد من السفراء المعينين لدى المملكة، وهم:',
  'سعادة السيدة أنا كاسك سفيرة جمهورية لاتفيا غير المقيمة لدى مملكة البحرين.',
  'سعادة السيد جون ميلر سفير كندا لدى المملكة',
  'ورحب جلالته بالسفراء متمنيا لهم التوفيق في مهامهم.',
];

describe('«لدى» before a state is "to", not the event of a caption', () => {
  it('keeps every envoy line of a list laid out one a line', () => {
    expect(keepArticleUnits(units)).toEqual([true, true, true, true]);
  });
  it('still drops a caption of someone on arrival («لدى وصولها»)', () => {
    const keep = keepArticleUnits([units[0]!, 'وزيرة الخارجية لدى وصولها إلى مطار المنامة', units[3]!]);
    expect(keep).toEqual([true, false, true]);
  });
});
