import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«في تصريح X بأنه …»: whose statement the words after the complementizer are', () => {
  it('gives the words to the body whose statement is doubted, not to the one who doubts it', () => {
    const text = 'قال مصدر في التحالف الدولي لبي بي سي إنه يعتقد أن "الضربات الجوية قد أدت لمقتل مدنيين". '
      + 'وشكك المصدر في تصريح وزارة الدفاع البريطانية بأنه "ليس هناك أي دليل على مقتل مدنيين".';
    expect(quoteOf(text, 'ليس هناك أي دليل')?.speaker_ar).toBe('وزارة الدفاع البريطانية');
  });

  it('gives them to an official whose claim is questioned', () => {
    const text = 'وقال وزير الخارجية الإيراني عباس عراقجي إن بلاده "لن تتراجع". '
      + 'وشكك المحلل السياسي سامي حداد في تأكيد عراقجي أن "التخصيب حق لا تنازل عنه".';
    expect(quoteOf(text, 'التخصيب حق')?.speaker_ar).toBe('عباس عراقجي');
  });

  it('leaves a reply to a statement to the one who replies', () => {
    const text = 'وقال وزير الخارجية الإيراني عباس عراقجي إن بلاده "لن تتراجع". '
      + 'ورد المتحدث باسم الخارجية الأمريكية على تصريح عراقجي بأن "الباب لا يزال مفتوحا".';
    expect(quoteOf(text, 'الباب لا يزال')?.speaker_ar).not.toBe('عباس عراقجي');
  });

  it('leaves a statement given to an outlet to the one who gives it', () => {
    const text = 'وأكد وزير الخارجية المغربي ناصر بوريطة في تصريح للصحافة أن "المغرب مستعد للتعاون".';
    expect(quoteOf(text, 'مستعد للتعاون')?.speaker_ar).toBe('ناصر بوريطة');
  });
});
