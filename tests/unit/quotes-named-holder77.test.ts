import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a title or description speaks as the person the text names holding it', () => {
  it('«رئيس الوفد» is the one named after «يرأسه», as after «برئاسة»', () => {
    const text = 'التقى رئيس مجلس الشيوخ الأردني فيصل الفايز اليوم وفدا برلمانيا ماليزيا يرأسه نائب رئيس البرلمان الماليزي داتو رملي نور.\n\n'
      + 'وقال الفايز إن العلاقات بين البلدين متينة.\n\n'
      + 'وأشار رئيس الوفد إلى أن بلاده تتطلع إلى زيادة التبادل التجاري مع المملكة.';
    expect(quoteWith(text, 'زيادة التبادل')?.speaker_ar).toBe('رملي نور');
    expect(quoteWith(text, 'متينة')?.speaker_ar).toBe('فيصل الفايز');
  });

  it('a title and its adjective before an official\'s surname is that official', () => {
    const text = 'أما الاتحاد الأفريقي فيمثله مفوض التجارة والصناعة ألبير كامارا.\n\n'
      + 'وقال المفوض الأفريقي كامارا للصحفيين إن القارة تحتاج إلى سوق موحدة للطاقة.';
    expect(quoteWith(text, 'سوق موحدة')?.speaker_ar).toBe('ألبير كامارا');
  });

  it('a name written «أل…» with its hamza closes a description as a name, not a definite word', () => {
    const text = 'ويقول عالم الآثار في جامعة المكسيك ألكسندر بتروف إن الموقع "يعود إلى القرن الثاني قبل الميلاد".';
    expect(quoteWith(text, 'القرن الثاني')?.speaker_ar).toBe('ألكسندر بتروف');
  });
});
