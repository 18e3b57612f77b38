import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('a title head in the construct before a run of three name words («محامية أسانج جنيفر روبنسون»)', () => {
  it('governs the first word; the speaker is the rest', () => {
    // Al Jazeera Net, Quito/Assange (heldout12, 1301).
    expect(speakerOf('لندن - وقالت محامية أسانج جنيفر روبنسون للصحفيين أمام المحكمة إن موكلها "سيقاوم طلب التسليم".', 'طلب التسليم')).toBe('جنيفر روبنسون');
    expect(speakerOf('لندن - أما رئيس تحرير ويكيليكس كريستين هرافنسون، وهو صحفي آيسلندي، فقال إن الإكوادور "انتهكت القانون الدولي".', 'القانون الدولي')).toBe('كريستين هرافنسون');
  });

  it('leaves a three-word name after a full title alone', () => {
    expect(speakerOf('إسلام آباد - وقال رئيس وزراء باكستان عمران أحمد خان إن بلاده "لن تقبل الضغوط".', 'الضغوط')).toBe('عمران أحمد خان');
    expect(speakerOf('الخرطوم - وقال نائب رئيس المجلس محمد حمدان دقلو إن الاتفاق "تاريخي".', 'تاريخي')).toBe('محمد حمدان دقلو');
  });

  it('leaves a compound Arab name after a head owned by a pronoun alone («رئيسها عبد الله العكايلة»)', () => {
    // Al Jazeera Net, Amman confidence vote (heldout4, 530).
    expect(speakerOf('عمان - وقال رئيسها عبد الله العكايلة في كلمته إن البيان الوزاري "خلا من أي التزام".', 'التزام')).toBe('عبد الله العكايلة');
  });
});
