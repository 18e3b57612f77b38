import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { isOrdinaryWord } from '@/lib/people/evidence';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a noun with the dual pronoun is an ordinary word and ends a name', () => {
  it('the lexicon reads the dual endings -هما, -تهما, -تيهما, -يهما behind a noun', () => {
    for (const w of ['استقالتيهما', 'زيارتيهما', 'حكومتيهما', 'محادثاتهما', 'بلديهما']) expect(isOrdinaryWord(w), w).toBe(true);
  });
  it('«… استقالتيهما» after two officials is not the second one\'s family name', () => {
    const text = 'وقدم وزير الزراعة حسان الرفاعي ووزيرة التنمية الاجتماعية نادية الشريف استقالتيهما، صباح الاثنين، إلى رئيس الحكومة.';
    expect(names(text)).toContain('نادية الشريف');
    expect(names(text).some((n) => n.includes('استقالتيهما'))).toBe(false);
  });
  it('so with another noun in the oblique dual («حقيبتيهما»)', () => {
    const text = 'وسلم وزير المالية رامي الحسن ووزير العدل مازن الخطيب حقيبتيهما، أمس، إلى خلفيهما في الحكومة الجديدة.';
    expect(names(text).some((n) => n.includes('حقيبتيهما'))).toBe(false);
  });
});
