import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const mentionsOf = (text: string, name: string) => {
  const o = findOfficials(text).find((x) => x.name_ar === name);
  return o ? o.mentions.map(([s, e]) => text.slice(s, e)) : [];
};

describe('a bare office of a country («الوزير الإسباني»)', () => {
  it("is that country's minister named before, not its prime minister named in passing", () => {
    const text = 'بحث وزير الداخلية المغربي مع نظيره الإسباني فرناندو غراندي مارلاسكا ملف الهجرة. وقال الوزير إن حكومة بيدرو سانشيز تدعم الرباط. وأوضح الوزير الإسباني أن التعاون مستمر.';
    expect(mentionsOf(text, 'فرناندو غراندي مارلاسكا')).toContain('الوزير الإسباني');
    expect(mentionsOf(text, 'بيدرو سانشيز')).not.toContain('الوزير الإسباني');
  });

  it('a bare «الوزير التركي» is the Turkish minister of the article, whatever his portfolio', () => {
    const text = 'استقبل وزير الخارجية الكويتي نظيره التركي مولود جاويش أوغلو. وقال الرئيس رجب طيب أردوغان في رسالة إن العلاقات متينة. وأشاد الوزير التركي بدور الكويت.';
    expect(mentionsOf(text, 'مولود جاويش أوغلو')).toContain('الوزير التركي');
  });
});

describe('a common given name that is the last word of a name the article gave', () => {
  it('opens another name when a name word follows it, and is no mention of the first person', () => {
    const text = 'وقال رئيس المفوضية موسى فكي محمد إن الاتفاق تاريخي. وضم وفد المعارضة محمد ناجي الأصم ومحمد عصمت.';
    expect(mentionsOf(text, 'موسى فكي محمد')).toEqual(['موسى فكي محمد']);
  });

});
