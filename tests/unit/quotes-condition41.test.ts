import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'جنيف - ارتفعت حصيلة ضحايا الفيضانات في المدينة.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('a condition after a long quotation the words open with («"…" لو/إذا لم/في حال …») is still the words', () => {
  it('reads on through «لو»', () => {
    const q = quotesOf('وقال الأمين العام للمنظمة العالمية للأرصاد الجوية بيتيري تالاس إن "معظم الخسائر البشرية كان يمكن تجنبها" لو كانت هناك أنظمة إنذار مبكر فعالة.');
    expect(q).toEqual(['"معظم الخسائر البشرية كان يمكن تجنبها" لو كانت هناك أنظمة إنذار مبكر فعالة']);
  });

  it('reads on through «في حال»', () => {
    const q = quotesOf('وقال المنسق الأممي أحمد علي إن "خمسين ألف شخص قد يخسرون كل شيء" في حال اندلاع معركة طويلة في المدينة.');
    expect(q).toEqual(['"خمسين ألف شخص قد يخسرون كل شيء" في حال اندلاع معركة طويلة في المدينة']);
  });

  it('still ends at the closing mark before the writer\'s own words', () => {
    const q = quotesOf('وقال المنسق الأممي أحمد علي إن "خمسين ألف شخص قد يخسرون كل شيء" في أول تعليق له على المعارك.');
    expect(q).toEqual(['"خمسين ألف شخص قد يخسرون كل شيء"']);
  });
});
