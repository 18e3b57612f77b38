import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

// Round 51, delegations: the side of an official whose title names no country is read from the words around his
// mentions; after «أن» those words are what he said («وأكد X أن العلاقات الإماراتية الباكستانية …»), not his title.

describe('a host of no stated country who speaks of two countries', () => {
  // WAM, 18 May (heldout22 2322), shortened.
  it('keeps the host on the venue side, not the country he names after «أن»', () => {
    const text =
      'أبوظبي في 18 مايو / وام / استقبل معالي الفريق الركن حمد محمد ثاني الرميثي رئيس أركان القوات المسلحة اليوم في مقر القيادة العامة للقوات المسلحة، الفريق أول نديم رضا رئيس هيئة الأركان المشتركة في جمهورية باكستان الإسلامية والوفد المرافق له.\n\n' +
      'وضم الوفد الباكستاني اللواء آصف محمود غورايا المدير العام للعمليات المشتركة.\n\n' +
      'وأكد الفريق الركن حمد محمد ثاني الرميثي أن العلاقات الإماراتية الباكستانية "علاقات تاريخية راسخة".';
    const found = sides(text);
    expect(found['United Arab Emirates']).toContain('*حمد محمد ثاني الرميثي');
    expect(found['Pakistan']).toEqual(expect.arrayContaining(['*نديم رضا', 'آصف محمود غورايا']));
  });
});
