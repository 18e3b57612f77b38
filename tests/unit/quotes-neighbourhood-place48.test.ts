import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout18 1906: the name after «حي» (a neighbourhood) is a place's, not the witness's.
describe('«شاهد عيان من حي زمان بارك»: a neighbourhood\'s name is no person\'s', () => {
  it('the witness speaks, not the place', () => {
    const text = 'اعتقال عمران خان\n\nاعتقلت الشرطة الباكستانية رئيس الوزراء السابق عمران خان في لاهور.\n\n'
      + 'وقال شاهد عيان من حي زمان بارك في لاهور لمراسل الأناضول إن عشرات من عناصر الشرطة طوقوا المنزل.';
    expect(speakerOf(text, 'طوقوا المنزل')).toBe('شاهد عيان من حي زمان بارك في لاهور'); // round 58: an unnamed person speaks with where they are from
  });
  it('nor after «ضاحية»', () => {
    const text = 'احتجاجات\n\nخرج المحتجون إلى الشوارع مساء الأحد.\n\nوقال أحد السكان من ضاحية جميل حسن لمراسل الوكالة إن الشرطة أغلقت الطرق.';
    expect(speakerOf(text, 'أغلقت الطرق')).not.toBe('جميل حسن');
  });
});
