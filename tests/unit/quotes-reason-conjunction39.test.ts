import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«باعتبار أن» / «على اعتبار أن»: a conjunction of reason in the writer\'s voice, no statement', () => {
  it('reads no words after «باعتبار أن»', () => {
    const text = 'قدم تسعة أعضاء من المجلس البلدي استقالاتهم اليوم، وهو ما يضع المجلس على حافة الحل، باعتبار أن عدد المستقيلين يمثل نصف أعضائه.';
    expect(quoteOf(text, 'عدد المستقيلين')).toBeUndefined();
  });

  it('reads no words after «على اعتبار أن»', () => {
    const text = 'وأرجأت الهيئة العليا للانتخابات جلستها إلى الأسبوع المقبل، على اعتبار أن النصاب القانوني لم يكتمل بعد.';
    expect(quoteOf(text, 'النصاب القانوني')).toBeUndefined();
  });

  it('still reads «وباعتبار أن» as no report, and a speaker\'s own words before it as his', () => {
    const text = 'وقال وزير المالية أحمد علي إن الموازنة "ستقر قبل نهاية الشهر"، وباعتبار أن البرلمان في عطلة فسيعقد جلسة استثنائية.';
    expect(quoteOf(text, 'البرلمان في عطلة')?.text ?? '').not.toMatch(/^البرلمان/);
    expect(quoteOf(text, 'ستقر قبل نهاية الشهر')?.speaker_en).toBeTruthy();
  });
});
