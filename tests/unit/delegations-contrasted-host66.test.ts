import { describe, expect, it } from 'vitest';
import { normalize } from '@/lib/arabic/normalize';
import { matchNationality } from '@/lib/vocab/nationalities';
import { sideOf, sides } from './helpers/delegations';

// Written for the test. A list of those present with no side words, cut short by another side's phrase in the same
// sentence («ومن الجانب الفنزويلي …»), is set against that side: when the host was not read, its part is not the guest's.
describe('findDelegations: the part of a list before another side’s phrase is not that side’s', () => {
  it('does not seat the host’s unnamed-side officials with the guest when the host was not read', () => {
    const text = [
      'رئيس غرفة التجارة يستقبل السفير الفنزويلي',
      'استقبل رئيس غرفة تجارة وصناعة المدينة في مقر الغرفة اليوم السفير الفنزويلي لدى المملكة خوان بيريز والوفد المرافق له، وبحث معه فرص التبادل التجاري.',
      'وحضر اللقاء نائب رئيس الغرفة فهد العتيبي، ومدير العلاقات الدولية في الغرفة ماجد الحربي، ومن الجانب الفنزويلي المستشار التجاري في السفارة لويس غوميز.',
      'وكان السفير بيريز قد زار في وقت سابق من اليوم جمعية رجال الأعمال السعوديين، حيث التقى رئيسها سعد القحطاني وعددا من أعضائها.',
    ].join('\n\n');
    const found = sides(text);
    const guest = sideOf(found, 'خوان بيريز');
    expect(guest).toBeTruthy();
    expect(sideOf(found, 'لويس غوميز')).toBe(guest);
    expect(sideOf(found, 'فهد العتيبي')).not.toBe(guest);
    expect(sideOf(found, 'ماجد الحربي')).not.toBe(guest);
  });
  it('keeps the host’s officials with the host when he was read', () => {
    const text = [
      'وزير الصناعة يستقبل السفير الفنزويلي',
      'استقبل وزير الصناعة والثروة المعدنية بندر الخريف في مكتبه اليوم السفير الفنزويلي لدى المملكة خوان بيريز، وبحث معه فرص التعاون الصناعي.',
      'وحضر اللقاء وكيل الوزارة للشؤون الصناعية فهد العتيبي، ومن الجانب الفنزويلي المستشار التجاري في السفارة لويس غوميز.',
    ].join('\n\n');
    const found = sides(text);
    const host = sideOf(found, 'بندر الخريف');
    expect(host).toBeTruthy();
    expect(sideOf(found, 'فهد العتيبي')).toBe(host);
    expect(sideOf(found, 'لويس غوميز')).toBe(sideOf(found, 'خوان بيريز'));
    expect(sideOf(found, 'لويس غوميز')).not.toBe(host);
  });
});

// The nisba the press forms from a name in -واي (Paraguay, Uruguay), in both spellings of its g.
describe('nationalities: the nisba of a name in -واي', () => {
  const nationalityOf = (word: string) => matchNationality([normalize(word)], 0)?.adjective_en ?? null;
  it('reads «الباراغوياني»، «الأوروغوايية» and the Egyptian «الباراجواي» spellings', () => {
    expect(nationalityOf('الباراغوياني')).toBe('Paraguayan');
    expect(nationalityOf('باراغوايية')).toBe('Paraguayan');
    expect(nationalityOf('الباراجويانية')).toBe('Paraguayan');
    expect(nationalityOf('الأوروغوايية')).toBe('Uruguayan');
    expect(nationalityOf('الأوروجوياني')).toBe('Uruguayan');
  });
  it('seats those present «من الجانب الباراغوياني» with Paraguay', () => {
    const text = [
      'وزير الخارجية يستقبل نظيره من باراغواي',
      'استقبل وزير الخارجية المصري سامح شكري في القاهرة اليوم وزير خارجية باراغواي لويس ألبرتو كاستيليوني، وبحثا العلاقات الثنائية.',
      'وحضر اللقاء من الجانب الباراغوياني السفير خوسيه مارتينيز.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'خوسيه مارتينيز')).toBe(sideOf(found, 'لويس ألبرتو كاستيليوني'));
    expect(sideOf(found, 'خوسيه مارتينيز')).not.toBe(sideOf(found, 'سامح شكري'));
  });
});
