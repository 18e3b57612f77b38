import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));

describe('a lone family name as speaker takes the full name written before, a foreign given name too', () => {
  it('a given name of no language, «نورلانبيك»: the speaker is the full name, in English', () => {
    const text = 'التقى رئيس مجلس الأمة أحمد السعدون في مكتبه اليوم الوفد البرلماني القرغيزي برئاسة نورلانبيك شاكييف والوفد المرافق له.\n\n'
      + 'وقال شاكييف إن "زيارتنا الأولى إلى الكويت فرصة لبناء علاقات برلمانية متينة".';
    const q = quoteOf(text, 'زيارتنا الأولى');
    expect(q?.speaker_ar).toBe('نورلانبيك شاكييف');
    expect(q?.speaker_en).toMatch(/^[A-Z][a-z]+ [A-Z]/);
  });
  it('a given name that reads as an indefinite nationality, «ألبان»', () => {
    const text = 'استقبل رئيس مجلس الأمة أحمد السعدون في مكتبه اليوم رئيس البرلمان الغاني ألبان بانجين والوفد المرافق له.\n\n'
      + 'وأعرب بانجين عن "تقدير الشعب الغاني للمساعدات الكويتية".';
    expect(quoteOf(text, 'تقدير الشعب الغاني')?.speaker_ar).toBe('ألبان بانجين');
  });
  it('a word of the language is no family name: «وجهت النيابة» names nobody', () => {
    const text = 'وجهت النيابة العامة اتهامات إلى عدد من اللاعبين في القضية.\n\nوقالت النيابة إن "التحقيقات ما زالت جارية".';
    expect(quoteOf(text, 'التحقيقات ما زالت')?.speaker_ar).not.toMatch(/وجهت/);
  });
});
