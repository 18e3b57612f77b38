import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«وأضاف البيان»: the statement named again speaks for the body that issued it', () => {
  it('gives the words to the office of «وأفاد المكتب … في بيان» before it, not to a "Statement"', () => {
    const text = 'وأفاد المكتب الإعلامي لوزارة الخارجية في بيان بأن الطرفين ناقشا التعاون الأمني. وأضاف البيان أن الوزيرين "اتفقا على مواصلة المشاورات".';
    const q = quoteWith(text, 'مواصلة المشاورات');
    expect(q?.speaker_ar).toBe('المكتب الإعلامي لوزارة الخارجية');
    expect(q?.speaker_en).not.toBe('Statement');
  });

  it('gives them to an office named by its owner («وقال المكتب الإعلامي للحريري في بيان …، وأشار البيان إلى»)', () => {
    const text = 'وقال المكتب الإعلامي لرئيس الحكومة سعد الحريري في بيان إن الحريري أكد "التزام لبنان بالعودة الآمنة"، وأشار البيان إلى أن القرار "لم يطرح على مجلس الوزراء".';
    const q = quoteWith(text, 'لم يطرح');
    expect(q?.speaker_en).not.toBe('Statement');
    expect(q?.speaker_ar).toMatch(/المكتب الإعلامي/);
  });

  it('names an office by its owner with its adjectives («المكتب الإعلامي للحريري»: the Media Office of Saad Hariri)', () => {
    const text = 'وقال رئيس الحكومة سعد الحريري إن لبنان "ملتزم بالقرارات الدولية". وقال المكتب الإعلامي للحريري في بيان إن الحريري أكد "التزام لبنان بالعودة الآمنة"، وأشار البيان إلى أن القرار "لم يطرح على مجلس الوزراء".';
    expect(quoteWith(text, 'لم يطرح')?.speaker_en).toBe('Media Office of Saad Hariri');
  });

  it('keeps «البيان» when the text never said who issued it', () => {
    const text = 'وصدر في ختام الاجتماع بيان ختامي. وأضاف البيان أن المجتمعين "اتفقوا على تعزيز التعاون".';
    expect(quoteWith(text, 'تعزيز التعاون')?.speaker_ar).toMatch(/البيان/);
  });
});
