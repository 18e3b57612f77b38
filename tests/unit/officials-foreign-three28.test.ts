import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a foreign given name and two more words that close at a comma or «إن», after a full role', () => {
  it('is one name of three words, whatever the lexicon reads the syllables as', () => {
    expect(names('وقال وزير الطاقة الكولومبي ألبرتو توكا ريفيرا، إن الإنتاج ارتفع.')).toEqual(['ألبرتو توكا ريفيرا']);
    expect(names('وقال وزير الصحة البيروفي أوسكار يانق ريوس إن الحملة بدأت.')).toEqual(['أوسكار يانق ريوس']);
  });

  it('leaves a time phrase, a preposition and an adverb after the name out of it', () => {
    expect(names('وقال الرئيس الفرنسي ماكرون مساء أمس، إن الاتفاق ممكن.')).toEqual(['ماكرون']);
    expect(names('وقال الرئيس الأمريكي ترامب للصحفيين أمس، إن الصفقة قريبة.')).toEqual(['ترامب']);
    expect(names('وقال وزير الخارجية البريطاني كاميرون عقب اللقاء، إن لندن تدعم الحل.')).toEqual(['كاميرون']);
  });
});
