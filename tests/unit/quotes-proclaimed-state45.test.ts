import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'الرباط - ارتفع عدد ضحايا الزلزال الذي ضرب منطقة الأطلس إلى أكثر من ألفي قتيل.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('proclaiming a state («أعلن X الحداد / حالة الطوارئ») is an act, not words', () => {
  it('reads no words in a proclamation of mourning, even when the body took the noun into its name', () => {
    expect(quotesOf('وأعلن الديوان الملكي الحداد الوطني لمدة ثلاثة أيام، بعد اجتماع ترأسه العاهل المغربي لبحث تداعيات الكارثة.')).toEqual([]);
  });

  it('reads no words in a state of emergency or a curfew', () => {
    expect(quotesOf('وأحرق محتجون مقر الحزب الحاكم، فيما أعلنت السلطات حالة الطوارئ وحظر التجول في عدد من الولايات.')).toEqual([]);
  });

  it('does not let a later «، كما أعلنت Y الحداد» attribute the sentence', () => {
    const q = quotesOf('وتوالت برقيات التعزية من الخارج، إذ أعلن رئيس الدولة الجزائري عبد القادر بن صالح الحداد ثلاثة أيام في الجزائر، كما أعلنت موريتانيا وليبيا ومصر الحداد.');
    expect(q).toEqual([]);
  });

  it('still reads the quoted words of a participle after the proclamation', () => {
    const q = quotesOf('وأعلن الرئيس الفلسطيني محمود عباس السبت يوم حداد وطني على أرواح الشهداء، محملا سلطات الاحتلال «المسؤولية الكاملة» عن سقوطهم.');
    expect(q).toEqual(['سلطات الاحتلال «المسؤولية الكاملة» عن سقوطهم']);
  });

  it('keeps the proclamation when the speaker goes on speaking in the sentence', () => {
    const q = quotesOf('وأعلن رئيس الحكومة حدادا عاما ثلاثة أيام في جميع أنحاء البلاد، ووصف درنة بأنها "مدينة منكوبة".');
    expect(q).toHaveLength(2);
  });

  it('still reads what an official said after أن', () => {
    expect(quotesOf('وأعلن وزير الداخلية أن الحداد سيستمر ثلاثة أيام في كل المدن.')).toEqual(['الحداد سيستمر ثلاثة أيام في كل المدن']);
  });
});
