import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 67, delegations (recall): the one who opens the session, named before it with his title («وافتتح وزير الخارجية
// العماني X الجلسة»), sits at the meeting, as one named after the session («وافتتح الجلسة X») already did. The session
// follows the last opener's name at once, or after a word of time that ends the titles («…، اليوم أعمال المنتدى»).
// Sentences written for the test.

describe('findDelegations: an opener named before the session he opens', () => {
  it('seats the host who opens talks between two others', () => {
    const text = [
      'جولة حوار بين وفدي البرلمان والحكومة الصوماليين في مسقط',
      'مسقط - انطلقت اليوم في مسقط جولة حوار بين وفد البرلمان الصومالي برئاسة النائب حسن عبدي ورسمي، ووفد الحكومة الصومالية برئاسة وزير الداخلية أحمد معلم فقي.',
      'وافتتح وزير الخارجية العماني بدر بن حمد البوسعيدي الجلسة، بحضور رئيسي الوفدين.',
    ].join('\n\n');
    expect(sideOf(sides(text), 'بدر بن حمد البوسعيدي')).toBe('Oman');
  });

  it('seats the openers of a forum named before it, the session after a word of time', () => {
    const text = [
      'منتدى الأعمال الإماراتي الأردني في أبوظبي',
      'أبوظبي في 5 مايو / وام / افتتح معالي عبدالله بن طوق المري وزير الاقتصاد، ومعالي يوسف الشمالي وزير الصناعة والتجارة والتموين الأردني، اليوم أعمال منتدى الأعمال الإماراتي الأردني بمشاركة أكثر من 200 من رجال الأعمال.',
      'وشارك في المنتدى من الجانب الإماراتي سعادة حمد الكعبي سفير الدولة لدى الأردن.',
      'ومن الجانب الأردني، شارك سعادة أحمد الحسن سفير المملكة الأردنية الهاشمية لدى الدولة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'عبدالله بن طوق المري')).toBe('United Arab Emirates');
    expect(sideOf(found, 'حمد الكعبي')).toBe('United Arab Emirates');
    expect(sideOf(found, 'أحمد الحسن')).toBe('Jordan');
  });

  it('reads no session in a title that runs on into something else opened', () => {
    const text = [
      'وزير الخارجية العماني يفتتح معرضا',
      'مسقط - افتتح وزير الخارجية العماني بدر بن حمد البوسعيدي اليوم معرض الكتاب في مسقط.',
    ].join('\n\n');
    expect(Object.keys(sides(text))).toEqual([]);
  });
});
