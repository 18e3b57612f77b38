import { describe, expect, it } from 'vitest';
import { members, sides } from './helpers/delegations';

// Written for the test: a defence minister's talks with his counterpart on a visit, then a sentence opened by «كما»
// telling that he also met the country's president during the visit. The president was not at the talks.
describe('findDelegations: a further meeting of the visit opened by «كما» at a sentence head is not the article\'s', () => {
  const text = [
    'كمبالا في 3 مارس /قنا/ وصل سعادة الدكتور خالد بن محمد العطية نائب رئيس مجلس الوزراء وزير الدولة لشؤون الدفاع، إلى العاصمة الأوغندية كمبالا، اليوم، في زيارة رسمية.',
    'وكان في استقبال سعادته لدى وصوله مطار عنتيبي الدولي، سعادة السيد جاكوب أوبوندو وزير الدفاع في جمهورية أوغندا.',
    'وحضر جلسة المباحثات عن الجانب القطري، سعادة السيد حمد بن سالم المري سفير دولة قطر لدى أوغندا، فيما حضرها عن الجانب الأوغندي الفريق موهوزي كاينيروغابا قائد قوات الدفاع الأوغندية.',
    'كما التقى سعادته خلال الزيارة فخامة الرئيس يويري موسيفيني رئيس جمهورية أوغندا، ونقل إليه تحيات حضرة صاحب السمو أمير البلاد المفدى.',
  ].join('\n\n');
  it('seats the talks and leaves out the president met besides', () => {
    const names = members(sides(text));
    expect(names.some((n) => n.includes('حمد بن سالم المري'))).toBe(true);
    expect(names.some((n) => n.includes('يويري موسيفيني'))).toBe(false);
  });
});

describe('findDelegations: «كما» inside a sentence that recaps one visit still lists the visit\'s meetings', () => {
  const text = [
    'وزير الخارجية الليبي: نعول على الجزائر في دعم المسار السياسي',
    'أكد وزير الخارجية الليبي محمد الطاهر سيالة، أن زيارته إلى الجزائر تبحث سبل تعزيز التعاون الثنائي، في حوار مع وكالة الأنباء الجزائرية.',
    'وأشاد سيالة بالاتفاقيات الموقعة مع وزير الشؤون الخارجية الجزائري صبري بوقادوم خلال زيارته الحالية.',
    'يذكر أن وزير الخارجية الليبي محمد الطاهر سيالة، قد أدى زيارة عمل إلى الجزائر يومي 4 و5 مارس الجاري، وقع خلالها جملة من اتفاقات التعاون، كما التقى عددا من كبار المسؤولين في مقدمهم رئيس الجمهورية عبد المجيد تبون.',
  ].join('\n\n');
  it('keeps the president met during the visit', () => {
    const names = members(sides(text));
    expect(names.some((n) => n.includes('عبد المجيد تبون'))).toBe(true);
  });
});
