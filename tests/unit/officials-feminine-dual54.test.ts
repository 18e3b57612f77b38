// A title in the feminine dual shared by two names: its ت is the singular's ة («النائبتين» is two of «النائبة»,
// «وزيرتا» two of «الوزيرة»). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const found = (text: string) => findOfficials(text).map((o) => [o.name_ar, o.role_en]);

describe('a feminine dual title shared by two names', () => {
  it('gives each of two women the title of «النائبتين»', () => {
    const o = found('وضم الوفد البرلماني النائبتين سلمى الحسيني وهدى القاسم إلى جانب رئيسه.');
    expect(o).toContainEqual(['سلمى الحسيني', 'MP']);
    expect(o).toContainEqual(['هدى القاسم', 'MP']);
  });

  it('gives each of two ministers her own portfolio after «وزيرتا»', () => {
    const o = found('واجتمعت وزيرتا التعليم والصحة ليلى الساعدي ونور الهاشمي بممثلي النقابات.');
    expect(o).toContainEqual(['ليلى الساعدي', 'Minister of Education']);
    expect(o).toContainEqual(['نور الهاشمي', 'Minister of Health']);
  });

  it('still reads no title out of a feminine plural noun that is no head («الطالبتين»)', () => {
    expect(findOfficials('وكرمت المدرسة الطالبتين سلمى الحسيني وهدى القاسم.')).toEqual([]);
  });
});
