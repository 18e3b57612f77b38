import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// Between a civil style and a full office with no comma, a given name and a last word that the lexicon reads as a verb:
// the style opens the name, the office closes it, so the verb-looking word is the family name. (Invented sentences.)
describe('a family name that reads as a verb between a style and an office', () => {
  it('closes the name', () => {
    expect(names('وشارك في الاجتماع معالي السيد مامادو هوت وزير المالية والميزانية.')).toContain('مامادو هوت');
  });
  it('not a verb of the present after the given name', () => {
    expect(names('وقال السيد محمد يستقبل رئيس الوزراء الوفد غدا.')).not.toContain('محمد يستقبل');
  });
});
