// A present verb of the sentence read into a name after an office: at its head in a headline («وزير التعليم العالي
// يتابع سير امتحانات …», heldout21), at its close before the verb's object («بينيرا يولي أهمية», heldout32; «سلام
// سيلبي الدعوة», heldout34). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a present verb after an office is no part of a name', () => {
  it('reads no name where the words after the office are a verb and its object', () => {
    expect(names('وزير التعليم العالي يتابع سير الدراسة في المعاهد الفنية')).toEqual([]);
  });

  it('ends a foreign name before a verb that has its object after it', () => {
    const found = names('وقال السفير إن رئيس بلاده ماتيو سالفيني يولي أهمية كبيرة للعلاقات مع المنطقة.');
    expect(found).toContain('ماتيو سالفيني');
    expect(found.some((n) => n.includes('يولي'))).toBe(false);
  });

  it('ends a name before a verb in the future with its object', () => {
    const found = names('وأكدت المصادر أن الرئيس ميشال سليمان سيلبي الدعوة في أقرب وقت.');
    expect(found.some((n) => n.includes('سيلبي'))).toBe(false);
  });

  it('keeps a given name the lexicon reads as a verb before a family name it does not hold', () => {
    expect(names('وقال النائب ينال فريحات، إن الموازنة لا تلبي الطموح.')).toContain('ينال فريحات');
  });

  it('keeps a listed family name before a comma', () => {
    expect(names('وقال رئيس الكتلة البرلمانية عمر يوم، إن القانون يحتاج إلى توافق.')).toContain('عمر يوم');
  });
});
