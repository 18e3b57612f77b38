// The Maghreb names a game's federation «الجامعة»: its head is the federation's, an official, not a university's
// president (who stays an academic). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const found = (text: string) => findOfficials(text).map((o) => [o.name_ar, o.role_en]);

describe('a «جامعة» that governs a game', () => {
  it('reads the head of a national football «جامعة» as the federation\'s president, Royal first', () => {
    expect(found('وأكد رئيس الجامعة الملكية المغربية لكرة القدم سعيد الناصري أن الاستعدادات تسير بشكل جيد.'))
      .toContainEqual(['سعيد الناصري', 'President of the Royal Moroccan Football Federation']);
  });

  it('reads the head in apposition after the name, for another game too', () => {
    expect(found('وقال هشام المرزوقي، رئيس الجامعة التونسية لكرة اليد، إن المنتخب جاهز.'))
      .toContainEqual(['هشام المرزوقي', 'President of the Tunisian Handball Federation']);
  });

  it('still makes no official of a university\'s president', () => {
    expect(findOfficials('وقال رئيس جامعة القاهرة سعيد الناصري إن الامتحانات ستبدأ الأسبوع المقبل.')).toEqual([]);
  });
});
