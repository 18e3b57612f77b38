import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const officials = (text: string) => findOfficials(text).map((o) => `${o.name_ar} | ${o.name_en}`);

describe('a bare family name after the article named its bearer in full', () => {
  it('is that bearer, not a namesake the gazetteer knows by the same short form', () => {
    const text = 'وقال سالم حمد الشيباني، وزير الاقتصاد الإماراتي، إن الحركة ارتفعت. وأوضح الشيباني أن الوزارة ستوسع برامجها.';
    const found = officials(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^سالم حمد الشيباني/);
  });
});

describe('the first word of a compound family name read alone', () => {
  it('is the article\'s bearer of the whole name when its second word follows it', () => {
    const text = 'الشامسي وغراندي لاسكانو يبحثان في أبوظبي التعاون الزراعي\n\nاستقبل علي الشامسي، وزير الزراعة، نظيره الإسباني لويس غراندي لاسكانو، الذي يقوم بزيارة عمل إلى الإمارات. وقال غراندي لاسكانو إن التعاون يتسع.';
    const found = officials(text);
    expect(found.some((o) => /Filippo/.test(o))).toBe(false);
    expect(found.some((o) => o.startsWith('لويس غراندي لاسكانو'))).toBe(true);
  });
});
