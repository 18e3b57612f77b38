// A name after a full role whose middle word the lexicon reads as a verb or a word, closed by a family name. Sentences
// of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a word of the language inside a name after a full role', () => {
  it('reads given name, a verb-like word and a family name with the article as one name', () => {
    expect(names('وقال وزير الزراعة سالم نامس العبيدي في مؤتمر صحفي إن الموسم جيد.')).toContain('سالم نامس العبيدي');
  });

  it('keeps the name whole before a comma', () => {
    expect(names('وحضر اللقاء وزير النقل خالد نامس الجبوري، ووفد مرافق.')).toContain('خالد نامس الجبوري');
  });

  it('keeps «الحاج» between a given name and a listed family name inside the name', () => {
    expect(names('وحضر اللقاء رئيس غرفة تجارة عمان سالم الحاج توفيق، ورئيس غرفة صناعة عمان.')).toContain('سالم الحاج توفيق');
  });

  it('reads a word of the language before a listed name and a family name as one name («أثير داود الغريري»)', () => {
    expect(names('وبحث وزير التجارة التركي عمر بولاط مع نظيره العراقي أثير داود الغريري، سبل التعاون.')).toContain('أثير داود الغريري');
  });

  it('does not read a verb and its object after a given name as a name', () => {
    expect(names('وقال وزير النقل خالد سليم إن الطريق يخدم البلدات.')).toContain('خالد سليم');
    expect(names('وزار وزير النقل خالد يتفقد الطريق، وغادر.').some((n) => n.includes('يتفقد'))).toBe(false);
  });
});
