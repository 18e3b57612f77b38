import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«رئيس الوفد» with no name speaks as the one the text named heading the delegation («برئاسة»)', () => {
  const text = 'استقبل رئيس مجلس النواب المغربي رشيد الطالبي العلمي، اليوم بالرباط، وفدا عن لجنة الشؤون الخارجية في البرلمان الإيطالي، برئاسة النائب جوليو تريمونتي.\n\n'
    + 'وأكد الطالبي العلمي أن العلاقات بين البلدين متميزة.\n\n'
    + 'من جهته، أعرب رئيس الوفد الإيطالي عن تقديره للمستوى الذي بلغه التعاون، مشيرا إلى أن المغرب شريك أساسي.';

  it('gives the head of the delegation the words and the participle after them', () => {
    expect(quoteWith(text, 'تقديره')?.speaker_ar).toBe('جوليو تريمونتي');
    expect(quoteWith(text, 'شريك أساسي')?.speaker_ar).toBe('جوليو تريمونتي');
    expect(quoteWith(text, 'متميزة')?.speaker_ar).toBe('رشيد الطالبي العلمي');
  });

  it('is the woman heading it under «رئيسة الوفد»', () => {
    const hers = 'استقبل وزير الخارجية الأردني أيمن الصفدي وفدا من البرلمان الأوروبي برئاسة النائبة ماريا أرينا.\n\n'
      + 'وأعربت رئيسة الوفد عن سعادتها بالزيارة.';
    expect(quoteWith(hers, 'سعادتها')?.speaker_ar).toBe('ماريا أرينا');
  });

  it('leaves a head of delegation alone when no delegation was brought in with «برئاسة»', () => {
    const none = 'التقى وزير الخارجية الأردني أيمن الصفدي نظيره الإيطالي برئاسة الجلسة المشتركة.\n\nوقال رئيس الوفد الإيطالي إن المباحثات مثمرة.';
    expect(quoteWith(none, 'مثمرة')?.speaker_ar).not.toBe('أيمن الصفدي');
  });
});
