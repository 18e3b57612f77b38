import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('an Ethiopian or Eritrean Gebre written apart with its e («جبري مريم»)', () => {
  it('is one name with the next word, spelt as that word is spelt (Gebremariam, not Jabri Mariam)', () => {
    expect(nameToEnglish('تولدي جبري مريم', { country: 'ET' })).toMatch(/ Gebremariam$/);
    expect(nameToEnglish('ديبريتسيون جبري ميكائيل', { country: 'ET' })).toMatch(/ Gebremikael$/);
  });

  it('joins a short second part by the letters, as without the e (Gebreab)', () => {
    expect(nameToEnglish('يماني قبري آب', { country: 'ER' })).toBe('Yemane Gebreab');
    expect(nameToEnglish('يماني قبر آب', { country: 'ER' })).toBe('Yemane Gebreab');
  });

  it('leaves an Arab named Jabri alone', () => {
    expect(nameToEnglish('محمد جبري', { country: 'EG' })).toMatch(/Jabri|Gabri|Gabry/);
  });
});
