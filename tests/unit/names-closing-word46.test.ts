import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// Where a name ends: a last word that the lexicon reads as something else, in a spot where that reading cannot go on.
// (Invented sentences, in the shape of heldout17/1820, dev/128 and heldout18/1922.)
describe('a family name that reads as a word only behind ف or ك, where the name closes', () => {
  it('closes the name before «و» and the next item', () => {
    expect(names('والتقى الوزير وزيرة الدولة الباكستانية للشؤون الخارجية حنا رباني كهر والمبعوث الخاص لباكستان.')).toContain('حنا رباني كهر');
    expect(names('ووقع الاتفاقية عن الجانب التونسي وزيرة الصحة نبيهة البرصالي فلفول وعن الجانب السوداني مدير المعمل.')).toContain('نبيهة البرصالي فلفول');
  });
  it('leaves ف before a verb and a function word out of the name', () => {
    expect(names('وأما وزير الخارجية أحمد عطاف فأكد أن الجزائر ترفض ذلك.')).toContain('أحمد عطاف');
    expect(names('والتقى الرئيس عبد المجيد تبون وزير الخارجية أحمد عطاف فقط.')).toContain('أحمد عطاف');
  });
});

describe('a name word that is a stop word too, closing a whole name', () => {
  it('closes the name before «و» and a noun with the article, or the end of the sentence', () => {
    expect(names('واستقبل رئيس البرلمان رئيس الجمعية الوطنية الباكستانية سردار أياز صادق والوفد المرافق له.')).toContain('سردار أياز صادق');
  });
  it('stays the verb where it governs what follows', () => {
    expect(names('وكان رئيس الجمهورية عبد المجيد تبون صادق على القانون.')).toContain('عبد المجيد تبون');
    expect(names('وقال وزير الخارجية أحمد عطاف شكر الجزائر على الدعم.')).toContain('أحمد عطاف');
  });
});

describe('a family name with the article that is an office word too, third after an Arab given name and a father', () => {
  it('closes the name before his own office or the end (heldout13/1303 in shape)', () => {
    expect(names('صوت المجلس على إقالة محافظ نينوى نوفل حمادي السلطان ونائبيه، بعد ثلاثة أيام من الحادث.')).toContain('نوفل حمادي السلطان');
  });
  it('leaves an office that opens the next person out of the name', () => {
    expect(names('واستقبل وزير الداخلية أحمد حسن الأمير تركي بن محمد في مكتبه.')).toContain('أحمد حسن');
  });
});
