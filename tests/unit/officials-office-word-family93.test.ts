// An office word that is a family name too («القاضي»), bare before the comma of an office in apposition, closes the
// name before it. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a family name that is an office word, before an office in apposition', () => {
  it('reads the given name and the office word as the name', () => {
    expect(names('وقال خالد القاضي، رئيس الهيئة العامة للاستثمار، إن المشروعات ستبدأ الشهر المقبل.')).toEqual(['خالد القاضي']);
    expect(names('من جانبه، أكد سامر القاضي، وزير النقل الأردني، أن الطريق سيفتتح قريبا.')).toEqual(['سامر القاضي']);
  });

  it('leaves the office word a rank where a name follows it, and a judge with no name no one', () => {
    expect(names('وقال القاضي سامر خليل، رئيس المحكمة الدستورية، إن الطعن مرفوض.')).toEqual(['سامر خليل']);
    expect(names('وقال القاضي، رئيس المحكمة، إن الطعن مرفوض.')).toEqual([]);
  });
});
