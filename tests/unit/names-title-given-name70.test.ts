import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 70, officials: a title or kept-out word the name dictionary also gives as a given name («شريف», «شيخ»,
// «سلطان») is a name's word beside an office when it stands in a two-word name with a listed name word. Sentences
// written for the test, in the style of the wires.

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('titleAsName: a title that is a given name, in a name beside an office', () => {
  it('names the holder before the office and its comma whose given name is a title', () => {
    expect(names('وقال الطيار شريف حسني، وزير النقل البحري، إن الميناء سيفتح الشهر المقبل.')).toContain('شريف حسني');
  });
  it('names the holder after the office whose family name is a title', () => {
    expect(names('واستقبل الوزير ممثل منظمة الصحة العالمية ونائبه السفير عمران شيخ والوفد المرافق له.')).toContain('عمران شيخ');
  });
  it('keeps a title before a country or a word with the article a title', () => {
    expect(names('وقال سلطان عمان، رئيس مجلس الوزراء، إن البلاد ماضية في الإصلاح.').some((n) => n.includes('عمان'))).toBe(false);
    expect(names('وأكد شيخ الأزهر، رئيس مجلس حكماء المسلمين، أن الحوار ضروري.').some((n) => n.includes('الازهر') || n.includes('الأزهر'))).toBe(false);
  });
  it('takes no preposition the dictionary also lists as a name for a given name', () => {
    expect(names('ووقف خالد أمام، وزير الداخلية، في القاعة.').some((n) => n.includes('امام') || n.includes('أمام'))).toBe(false);
  });
  it('takes no office word for a given name', () => {
    expect(names('وقال رئيس وزير، المدير العام للهيئة، إن العمل مستمر.').some((n) => n.includes('وزير'))).toBe(false);
  });
});
