import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);
const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a foreign name between a comma and a full office right after it', () => {
  it('«…، مساء الأحد، X Y وزير خارجية بيرو» reads X Y, a word of the language as the surname', () => {
    const text = 'واستقبل الرئيس، مساء الأحد، خواكين مايتا وزير خارجية بيرو في القصر الرئاسي.';
    expect(officialOf(text, 'خواكين مايتا')?.role_en).toMatch(/Minister of Foreign Affairs of Peru/);
  });
  it('reads no name out of a time phrase or a preposition between the comma and the office', () => {
    expect(names('وحضر اللقاء، يوم أمس وزير الخارجية البوليفي.')).toEqual([]);
    expect(names('والتقى، على هامش القمة وزير الخارجية الإسباني.')).toEqual([]);
    expect(names('والتقى وزيرا الخارجية، بعد ظهر اليوم وزير الخارجية الإسباني.')).toEqual([]);
  });
});
