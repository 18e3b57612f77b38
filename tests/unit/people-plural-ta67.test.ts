import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { normalize } from '@/lib/arabic/normalize';
import { isOrdinaryWord } from '@/lib/people/evidence';

const ordinary = (w: string) => isOrdinaryWord(normalize(w));

describe('the sound feminine plural of a short noun in ة is a word of the language', () => {
  it('reads هجمات, غارات, حملات as the plurals of هجمة, غارة, حملة', () => {
    for (const w of ['الهجمات', 'هجمات', 'الغارات', 'الحملات', 'الجولات', 'الضربات']) expect(ordinary(w), w).toBe(true);
  });
  it('leaves the names of that shape names', () => {
    for (const w of ['عرفات', 'بركات', 'فرحات', 'السادات']) expect(ordinary(w), w).toBe(false);
  });
  it("keeps the verb's object out of the name before it", () => {
    const names = analyze('وقد دان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجمات، مؤكدا أن الاعتداء مرفوض.').officials.map((o) => o.name_ar);
    expect(names).toEqual(['أنطونيو غوتيريش']);
    const other = analyze('وأدان وزير الخارجية الكيني ألفريد موتوا الغارات، داعيا إلى التهدئة.').officials.map((o) => o.name_ar);
    expect(other).toEqual(['ألفريد موتوا']);
  });
});
