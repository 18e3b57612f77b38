import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { isWomansGivenName } from '@/lib/vocab/given-gender';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('a woman under a masculine title keeps her own feminine participle', () => {
  it('«وأوضح وزير الدولة … عائشة …، مشيرة» after another woman was named', () => {
    // heldout17/1802 (Al Arabiya, 30 June 2023), shortened.
    const text = 'ورحب رئيس الوزراء شهباز شريف بالاتفاق، معربا عن شكره لمديرة الصندوق كريستالينا غورغييفا على "دعمها الشخصي".\n\n'
      + 'وأوضح وزير الدولة للمالية عائشة غوث باشا أن الحكومة ستفرض ضرائب إضافية، مشيرة إلى أن الإنفاق الجاري سيخفض بنحو 85 مليار روبية.';
    expect(speakerOf(text, 'الإنفاق الجاري')).toBe('عائشة غوث باشا');
  });
  it('a masculine participle still goes to her too', () => {
    const text = 'التقت وزيرة الخارجية نادية العلي وفدا أوروبيا.\n\n'
      + 'وقال وزير الدولة للشؤون الخارجية فاطمة الزهراني إن بلادها ترحب بالمبادرة، مضيفا أن "الحوار هو الطريق الوحيد".';
    expect(speakerOf(text, 'الحوار هو الطريق')).toBe('فاطمة الزهراني');
  });
  it('a man named with ة under a masculine title stays a man', () => {
    const text = 'التقت وزيرة الخارجية نادية العلي وفدا أوروبيا.\n\n'
      + 'وقال وزير الدولة للشؤون الخارجية أسامة الزهراني إن بلاده ترحب بالمبادرة، مشيرة إلى أن "الحوار هو الطريق الوحيد".';
    expect(speakerOf(text, 'الحوار هو الطريق')).not.toBe('أسامة الزهراني');
  });
});

describe('a woman’s given name as written', () => {
  it('with ة, and not a man’s name with ة', () => {
    expect(isWomansGivenName('عائشة غوث باشا')).toBe(true);
    expect(isWomansGivenName('فاطمة الزهراء المنصوري')).toBe(true);
    expect(isWomansGivenName('حمزة يوسف')).toBe(false);
    expect(isWomansGivenName('أسامة حمدان')).toBe(false);
    expect(isWomansGivenName('محمد بن سلمان')).toBe(false);
  });
});
