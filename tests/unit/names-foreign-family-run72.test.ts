import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a foreign given name runs on over family names no list holds, up to the comma that closes the item', () => {
  it('takes a family name that reads as «و» and a word', () => {
    const text = 'وشارك في الاجتماع وكيل وزارة المالية الأوغندية بيتر ويرو، ورئيس الغرفة التجارية.';
    expect(names(text)).toContain('بيتر ويرو');
  });
  it('takes two family names before the comma', () => {
    const text = 'وحضر اللقاء سفير تنزانيا لدى القاهرة جيمس ونجيرو كاريوكي، وعدد من المسؤولين.';
    expect(names(text)).toContain('جيمس ونجيرو كاريوكي');
  });
  it('takes a family name the lexicon reads as a word, in apposition', () => {
    const text = 'وقال المتحدث باسم الحكومة المالية أمادو كويتا، في بيان، إن الحوار سيستمر.';
    expect(names(text)).toContain('أمادو كويتا');
  });
  it('leaves the next item of a list, an accusative object and a pronoun word out of the name', () => {
    expect(names('واستقبل وزير الخارجية الكيني ريتشارد والوفد المرافق له، في نيروبي.').some((n) => n.includes('والوفد'))).toBe(false);
    expect(names('وأرسل الرئيس الكيني جيمس وفدا، إلى أديس أبابا.').some((n) => n.includes('وفدا'))).toBe(false);
    expect(names('وحضر السفير الكيني جيمس وزوجته، حفل الاستقبال.').some((n) => n.includes('وزوجته'))).toBe(false);
  });
});
