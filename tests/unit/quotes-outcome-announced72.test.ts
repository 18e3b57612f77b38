import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'نيروبي - تابعت العواصم الأفريقية اليوم نتائج الاقتراع في البلاد.\n\n';
const quotesOf = (text: string, lead = LEAD) => analyze(lead + text).quotes.map((q) => q.text);

describe('a win declared («أعلن X فوز Y») is an outcome, not words', () => {
  it('reads no words in the win an electoral body declares', () => {
    expect(quotesOf('وأعلنت اللجنة المستقلة للانتخابات فوز مرشح المعارضة جوزيف كامانو بالانتخابات الرئاسية التي جرت الأحد.')).toEqual([]);
  });

  it('reads none past a time set off by commas after its named subject', () => {
    expect(quotesOf('أعلن رئيس لجنة الانتخابات بيتر موانغي، مساء السبت، فوز الرئيس المنتهية ولايته بولاية ثالثة.')).toEqual([]);
  });

  it('still reads what the announcer goes on to say', () => {
    const q = quotesOf('وأعلنت اللجنة الوطنية للانتخابات فوز الرئيس بولاية ثانية، مؤكدة أن الاقتراع جرى في أجواء هادئة وشفافة.');
    expect(q).toEqual(['الاقتراع جرى في أجواء هادئة وشفافة']);
  });

  it('still reads a win a party claims: only the body that runs the vote declares one', () => {
    const q = quotesOf('وأعلن حزب المؤتمر الشعبي فوز مرشحه بالرئاسة متقدما بفارق كبير على منافسيه.');
    expect(q.length).toBe(1);
  });

  it('still reads a win someone speaks of after أن', () => {
    const q = quotesOf('وقال المحلل السياسي كريم داودي إن فوز المعارضة يعكس غضب الشباب من البطالة.');
    expect(q).toEqual(['فوز المعارضة يعكس غضب الشباب من البطالة']);
  });
});
