// A preposition after a title read as a name's first word: «على» before a verbal noun and its complement (heldout24
// «على حسن الاستقبال», heldout25 «على كرم الضيافة»), «ل» glued to a feminine noun that completes the title (heldout24
// «لمقاطعة قوانغدونغ»). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a preposition after a title opens no name', () => {
  it('reads no name in «على حسن الاستقبال» after the title of the one thanked', () => {
    const found = names('وأعرب وزير الخارجية البرازيلي عن شكره لسمو نائب رئيس مجلس الوزراء على حسن الاستقبال وكرم الضيافة.');
    expect(found.some((n) => n.startsWith('على'))).toBe(false);
  });

  it('reads no name in «على كرم الضيافة»', () => {
    const found = names('وقال الرئيس الضيف: "أشكر سمو ولي العهد على كرم الضيافة، وبلادي ستبقى وفية".');
    expect(found.some((n) => n.startsWith('على'))).toBe(false);
  });

  it('still reads «علي حسن» and a family name after a title', () => {
    expect(names('وقال وزير الزراعة علي حسن الشريف إن الموسم جيد.').some((n) => n.startsWith('علي حسن'))).toBe(true);
  });

  it('reads no name in «ل» and a feminine noun that completes the title', () => {
    const found = names('والتقى المحافظ وفدا برئاسة رئيس غرفة التجارة الصينية لمقاطعة قوانغدونغ لبحث فرص الاستثمار.');
    expect(found.some((n) => n.includes('لمقاطعة'))).toBe(false);
  });

  it('still reads a listed name that begins with ل', () => {
    expect(names('وقالت وزيرة الثقافة لطيفة بن علي إن المهرجان ينطلق غدا.').some((n) => n.startsWith('لطيفة'))).toBe(true);
  });
});
