import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a family name with the article that reads as nothing of the language, at a full stop', () => {
  it('closes a whole name', () => {
    // heldout16/1724 (SUNA): «… سفير السودان لدى إريتريا السفير عيسى عثمان الضو.»
    expect(names('وضم الوفد سفير السودان لدى إريتريا السفير عيسى عثمان الضو. وشارك في اللقاء وزير الإعلام.')).toContain('عيسى عثمان الضو');
    expect(names('وحضر اللقاء سفير السودان في القاهرة محمد عبدالله الضو. ثم غادر الوفد.')).toContain('محمد عبدالله الضو');
  });

  it('leaves a word of the language with the article outside the name', () => {
    expect(names('واستقبل وزير الخارجية سامح حسن الوفد. وبحث الجانبان العلاقات.')).toContain('سامح حسن');
    expect(names('وزار وزير الصحة أحمد محمد المستشفى. وتفقد الأقسام.')).toContain('أحمد محمد');
  });
});
