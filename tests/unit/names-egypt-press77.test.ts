import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';
import { egyptianFamilyName } from '../../lib/english/egyptian';

describe("Egypt's press spells a family name El-, k for ق and a final y", () => {
  it('in an Egyptian Arab name no gazetteer holds', () => {
    expect(nameToEnglish('سمير الشرقاوي', { country: 'EG' })).toMatch(/^Samir El-Sharkawy$/);
    expect(nameToEnglish('عبد الهادي القصبي', { country: 'EG' })).toMatch(/ El-Kas\w*y$/);
    expect(nameToEnglish('منى فوزي', { country: 'EG' })).toMatch(/ Fawzy$/);
  });
  it('keeps a short name’s i and a Western name’s letters', () => {
    expect(egyptianFamilyName('Zaki', 'زكي')).toBe('Zaki');
    expect(egyptianFamilyName('Al-Sisi', 'السيسي')).toBe('El-Sisi');
    expect(egyptianFamilyName('Jacqueline', 'جاكلين')).toBe('Jacqueline');
  });
  it('not in a Gulf name', () => {
    expect(nameToEnglish('سمير الشرقاوي', { country: 'SA' })).toMatch(/ Al-Sharqawi$/);
  });
});

describe('a person the story lends Egypt', () => {
  it('gets the article and the final y, but keeps her q', () => {
    expect(nameToEnglish('سمير الشرقاوي', { home: 'EG' })).toMatch(/^Samir El-Sharqawy$/);
  });
});

describe("Chad's press spells its Arabic names in Chadian French letters", () => {
  it('Mahamat, Oumar, Zene for a Chadian', () => {
    expect(nameToEnglish('محمد عمر زين', { country: 'TD' })).toBe('Mahamat Oumar Zene');
    expect(nameToEnglish('يوسف آدم', { home: 'TD' })).toBe('Youssouf Adoum');
  });
  it('not for a Nigerien or a Tunisian', () => {
    expect(nameToEnglish('محمد عمر', { country: 'TN' })).not.toMatch(/Mahamat|Oumar/);
    expect(nameToEnglish('محمد عمر', { country: 'NE' })).not.toMatch(/Mahamat/);
  });
});
