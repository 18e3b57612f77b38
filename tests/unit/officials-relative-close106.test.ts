import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 106, officials: a foreign name the name sources do not hold, right after a full office, closes at a relative
// pronoun as at a comma. Source: /work/h42/4311-kuna-kuwait-yahya-tsahkna-talks.txt (KUNA, Kuwait–Estonia talks).

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en, o.country] as const);
const names = (text: string) => officials(text).map(([n]) => n);

describe('nameOfficesByNameShape: a relative pronoun closes the holder\'s name', () => {
  it('names the foreign minister whose name is followed by «الذي»', () => {
    const found = officials('عقد وزير الخارجية عبدالله علي اليحيا اليوم الاثنين جلسة مباحثات رسمية مع وزير خارجية جمهورية إستونيا مارغوس تساكنا الذي يزور البلاد حاليا في أول زيارة رسمية.');
    expect(found).toContainEqual(['مارغوس تساكنا', 'Minister of Foreign Affairs of Estonia', 'EE']);
  });
  it('widens a given name kept alone to the name closed by «التي» (before: «كريستا» alone)', () => {
    expect(names('واستقبل الرئيس وزيرة الاقتصاد الإستونية كريستا تساكنا التي تزور البلاد.')).toContain('كريستا تساكنا');
  });
  it('takes no body\'s words before «الذي» for a name (near miss)', () => {
    const found = names('وأشاد وزير الخارجية بدور صندوق النقد الدولي الذي يدعم الإصلاحات.');
    expect(found.some((n) => n.includes('النقد') || n.includes('الدولي'))).toBe(false);
  });
  it('takes no noun and adjective after an office before «الذي» for a name (near miss)', () => {
    expect(names('وقدم محافظ المنطقة الشرقية هدية تذكارية التي تسلمها السفير.')).toEqual([]);
  });
});
