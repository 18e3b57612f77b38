import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { framedNationality } from '@/lib/vocab/other-sense-nationalities';
import { normalize } from '@/lib/arabic/normalize';
import { sideOf, sides } from './helpers/delegations';

const framed = (phrase: string, at: number) => framedNationality(normalize(phrase).split(' '), at);

// Nationalities the data leaves out because they are common words too (المالي financial, المجري a channel).
describe('a nationality that is also a common word, in a side frame (round 45)', () => {
  it('reads «المالي» after a delegation, a counterpart or another nationality', () => {
    expect(framed('ضم الوفد المالي', 2)).toBe('ML');
    expect(framed('مع نظيره المالي', 2)).toBe('ML');
    expect(framed('التقارب التركي المالي', 2)).toBe('ML');
    expect(framed('الجانبين الروسي والمالي', 2)).toBe('ML');
    expect(framed('مع نظيره المجري', 2)).toBe('HU');
  });

  it('leaves the common word alone elsewhere', () => {
    expect(framed('القطاع المالي', 1)).toBeNull();
    expect(framed('عن الجانب المالي للحملة', 2)).toBeNull();
    expect(framed('برنامج التوازن المالي', 2)).toBeNull();
    expect(framed('المدير المالي', 1)).toBeNull();
    expect(framed('الوفد المصري', 1)).toBeNull();
  });

  // Written for the test, after an RT Arabic report of talks in Moscow.
  const text = [
    'لافروف يبحث مع نظيره المالي التعاون',
    'عقد وزير الخارجية الروسي سيرغي لافروف، يوم الأربعاء، محادثات في موسكو مع وزير الخارجية والتعاون الدولي في جمهورية مالي عبد الله ديوب.',
    'وقال ديوب إن "مالي اختارت شركاءها بحرية"، مشيرا إلى التعاون مع روسيا في مالي.',
    'وشارك في المحادثات من الجانب الروسي نائب وزير الدفاع يونس بيك يفكوروف، فيما ضم الوفد المالي وزير الاقتصاد والمالية ألوسيني سانو وسفير مالي لدى روسيا العقيد عمر ساماكي.',
  ].join('\n\n');

  it('seats the list after «فيما ضم الوفد المالي» on Mali\'s side', () => {
    const found = sides(text);
    expect(sideOf(found, 'ألوسيني سانو')).toBe('Mali');
    expect(sideOf(found, 'عمر ساماكي')).toBe('Mali');
    expect(sideOf(found, 'عبد الله ديوب')).toBe('Mali');
    expect(sideOf(found, 'يونس بيك يفكوروف')).toBe('Russia');
  });

  it('reads no official named «مالي» in «سفير مالي لدى روسيا»', () => {
    expect(analyze(text).officials.map((o) => o.name_ar)).not.toContain('مالي');
  });
});

// Written for the test, in the style of a Petra report of talks in Amman.
describe('co-subjects of «بحث» after a long title (round 45)', () => {
  const article = (opening: string) => ['الصفدي ونظيره الجزائري يبحثان التعاون', opening, 'وأكد الصفدي حرص المملكة على التعاون مع الجزائر، تنفيذا لتوجيهات جلالة الملك عبدالله الثاني والرئيس الجزائري عبد المجيد تبون.'].join('\n\n');

  it('seats both when the first subject\'s title runs to seven words', () => {
    const found = sides(article('بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، ووزير الخارجية الجزائري أحمد عطاف، اليوم الاثنين، سبل تعزيز العلاقات.'));
    expect(found['Algeria']).toContain('*أحمد عطاف');
    expect(found['Jordan']).toContain('*أيمن الصفدي');
  });
});

// Written for the test, in the style of an SPA report of a phone call.
describe('the caller after «اتصالا هاتفيا من» with a long title of his own (round 45)', () => {
  it('reads the caller whose title runs to nine words', () => {
    const text = [
      'وزير الخارجية يتلقى اتصالا',
      'تلقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، اتصالاً هاتفياً من وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون في مملكة إسبانيا خوسيه مانويل ألباريس.',
      'وجرى خلال الاتصال استعراض العلاقات الثنائية بين المملكة العربية السعودية ومملكة إسبانيا.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['Spain']).toEqual(['*خوسيه مانويل ألباريس']);
    expect(sideOf(found, 'فيصل بن فرحان بن عبدالله')).toBe('Saudi Arabia');
  });
});
