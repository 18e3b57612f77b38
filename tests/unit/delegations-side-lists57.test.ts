import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 57, delegations: an event whose opening names no meeting (a forum opened, an exhibition) but whose lists seat
// people on two sides in their own words («وشارك من الجانب الإماراتي …، ومن الجانب الكيني …») is a meeting of delegations.

describe('lists of two sides after an opening with no meeting word', () => {
  // Written for the test (a news agency's style).
  it('seats each list on the side it names', () => {
    const text =
      'أبوظبي في 3 مايو / وام / افتتح معالي سهيل بن محمد المزروعي وزير الطاقة والبنية التحتية اليوم أعمال منتدى الطاقة الإماراتي الإندونيسي في أبوظبي بمشاركة أكثر من 200 من رجال الأعمال.\n\n' +
      'وشارك في المنتدى من الجانب الإماراتي معالي عبدالله بن طوق المري وزير الاقتصاد، وسعادة حمد الكعبي سفير الدولة لدى إندونيسيا.\n\n' +
      'ومن الجانب الإندونيسي، شارك سعادة بودي سانتوسو وزير التجارة الإندونيسي، وسعادة أحمد هدايات سفير جمهورية إندونيسيا لدى الدولة.';
    const found = sides(text);
    expect(sideOf(found, 'عبدالله بن طوق المري')).toBe('United Arab Emirates');
    expect(sideOf(found, 'بودي سانتوسو')).toBe('Indonesia');
  });

  // Written for the test: one side's list alone is no meeting of delegations.
  it('reads nothing from a list of one side', () => {
    const text =
      'افتتح معالي سهيل بن محمد المزروعي وزير الطاقة والبنية التحتية اليوم معرض الطاقة في أبوظبي.\n\n' +
      'وشارك في الافتتاح من الجانب الإماراتي معالي عبدالله بن طوق المري وزير الاقتصاد.';
    expect(Object.keys(sides(text))).toEqual([]);
  });
});
