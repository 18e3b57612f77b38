import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

describe('a deputy\'s title never answers the bare title it is the genitive of', () => {
  it('«الوزير البوليفي» is not the deputy minister named before', () => {
    const text = 'استقبل وزير الخارجية سامح شكري اليوم وفدا بوليفيا يضم نائب وزير الخارجية فريدي ماماني ماتشاكا.\n\n'
      + 'وأشار الوزير البوليفي إلى أن بلاده ترغب في إعادة تفعيل آلية المشاورات السياسية بين البلدين.';
    expect(speakerOf(text, 'إعادة تفعيل')).not.toBe('فريدي ماماني ماتشاكا');
  });
  it('nor is a deputy whose title is written before the name after a side («من الجانب الأذربيجاني نائب وزير الاقتصاد X»)', () => {
    const text = 'عقدت اللجنة المشتركة بين البلدين اجتماعها في عمان اليوم برئاسة وزير الصناعة والتجارة يوسف الشمالي.\n\n'
      + 'وشارك في الاجتماعات من الجانب الأذربيجاني نائب وزير الاقتصاد ساهب محمدوف.\n\n'
      + 'وأشار الوزير الأذربيجاني إلى أن بلاده تدرس تسيير رحلات جوية مباشرة بين باكو وعمان.';
    expect(speakerOf(text, 'تسيير رحلات جوية')).not.toBe('ساهب محمدوف');
  });
  it('a minister of that country is still found', () => {
    const text = 'استقبل وزير الخارجية سامح شكري اليوم وزير الخارجية البوليفي روخيليو مايتا ونائب وزير الخارجية فريدي ماماني ماتشاكا.\n\n'
      + 'وأشار الوزير البوليفي إلى أن بلاده ترغب في إعادة تفعيل آلية المشاورات السياسية بين البلدين.';
    expect(speakerOf(text, 'إعادة تفعيل')).toBe('روخيليو مايتا');
  });
});
