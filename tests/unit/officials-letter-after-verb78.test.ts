import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const officialNames = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a foreign given name that opens with و or ف right after a verb', () => {
  it('keeps ف as the name\'s own letter after a speech verb, before a foreign surname and a full title', () => {
    const text = 'وقال فريديريكو مارتينوس، نائب رئيس بعثة صندوق النقد الدولي، إن المحادثات كانت بناءة.';
    expect(officialOf(text, 'فريديريكو مارتينوس')?.name_en).toMatch(/^F/);
    expect(officialNames(text)).not.toContain('ريديريكو مارتينوس');
  });
  it('keeps و as the name\'s own letter after a speech verb', () => {
    const text = 'وأكد ويريما كوناتيس، سفير مالي لدى مصر، أن العلاقات بين البلدين ممتازة.';
    expect(officialOf(text, 'ويريما كوناتيس')?.name_en).toMatch(/^W|^Ou/);
    expect(officialNames(text)).not.toContain('يريما كوناتيس');
  });
  it('finds a name of no language that opens with ف after a speech verb, before a full title', () => {
    const text = 'وقال فانارا كوروما، وزير الخارجية، إن بلاده تدعم الحل السياسي.';
    expect(officialOf(text, 'فانارا كوروما')).not.toBeNull();
  });
  it('still reads «و» after a comma as the conjunction of a list', () => {
    const text = 'وحضر اللقاء دميتري ميدفيديف، رئيس الوزراء الروسي، وفينيامين كوندراتييف، حاكم إقليم كراسنودار.';
    expect(officialOf(text, 'فينيامين كوندراتييف')).not.toBeNull();
    expect(officialNames(text)).not.toContain('وفينيامين كوندراتييف');
  });
});
