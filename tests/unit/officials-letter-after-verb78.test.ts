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
  it('finds a name whose first word reads as «و» + a word, right after a speech verb and before a full title', () => {
    const text = 'وقال وافولا ماتيانغي، وزير الداخلية الكيني، إن الأمن مستتب في العاصمة.';
    expect(officialOf(text, 'وافولا ماتيانغي')?.name_en).toMatch(/^W/);
  });
  it('finds one whose first word reads as «ف» + a word the same way', () => {
    const text = 'وأكد فيبا ماتوسي، وزير المالية في موزمبيق، أن الاقتصاد يتعافى.';
    expect(officialOf(text, 'فيبا ماتوسي')?.name_en).toMatch(/^F/);
  });
  it('takes no preposition after a speech verb for a name\'s letter', () => {
    const text = 'وقال لصحيفة واشنطن بوست، الأمريكية، إن الاتفاق قريب.';
    expect(officialNames(text).some((n) => n.includes('لصحيفة'))).toBe(false);
  });
  it('still reads «و» after a comma as the conjunction of a list', () => {
    const text = 'وحضر اللقاء دميتري ميدفيديف، رئيس الوزراء الروسي، وفينيامين كوندراتييف، حاكم إقليم كراسنودار.';
    expect(officialOf(text, 'فينيامين كوندراتييف')).not.toBeNull();
    expect(officialNames(text)).not.toContain('وفينيامين كوندراتييف');
  });
});
