import { describe, expect, it } from 'vitest';
import { findOfficials } from '../../lib/officials';

// Round 61, English names (a name word read as a title): after a civil style («السيد», «سعادة», «معالي») an
// honorific carries the article («السيد الشيخ»), so a bare honorific that is a given name too («شيخ» — Cheikh in
// West Africa —, «أمير» — Amir in Iran) opens the name and is no honorific of the person.

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a bare honorific that is a given name, after a civil style', () => {
  // Written for the test.
  it('keeps «شيخ» as the first word of a Senegalese name', () => {
    expect(names('وحضر الاجتماع سعادة السيد شيخ مامادو فال سفير السنغال لدى المملكة.')).toContain('شيخ مامادو فال');
  });

  // Written for the test.
  it('keeps «أمير» as the first word of an Iranian name', () => {
    expect(names('وشارك في اللقاء السيد أمير رضا كاظمي سفير إيران لدى البلاد.')).toContain('أمير رضا كاظمي');
  });

  // Written for the test.
  it('leaves an honorific with the article out of the name', () => {
    expect(names('واستقبل الوزير سعادة الشيخ محمد بن عبدالله آل ثاني سفير قطر.')).toContain('محمد بن عبدالله آل ثاني');
  });

  // Written for the test.
  it('reads no name in an office after a style', () => {
    const found = names('وقال معالي وزير الدولة خالد العلي إن الاجتماع مثمر.');
    expect(found).toContain('خالد العلي');
    expect(found.some((n) => n.startsWith('وزير'))).toBe(false);
  });
});

// Round 61, English names (a name word read as a word): a family name the foreign name lists hold that reads as «ب» on
// a noun too («بالدي»: Baldé) closes a name after a foreign word where the name closes — there is no noun phrase there
// for the preposition to open; before a noun it stays the preposition («كينياتا بولاية ثانية»).
describe('a foreign family name that reads as a preposition on a noun, at the close', () => {
  // Written for the test.
  it('keeps «بالدي» before a full stop', () => {
    expect(names('والتقى الوزير سفير غينيا مامادو سوري بالدي. وتناول اللقاء سبل التعاون.')).toContain('مامادو سوري بالدي');
  });

  // Written for the test.
  it('leaves a preposition on a noun out of the name', () => {
    const found = names('وفاز الرئيس أوهورو كينياتا بولاية ثانية في الانتخابات.');
    expect(found.some((n) => n.includes('بولاية'))).toBe(false);
  });
});
