import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_en);

describe('a known name that names a place or a thing', () => {
  it('is no mention of the person after a place noun («مطار رفيق الحريري الدولي»)', () => {
    expect(names('وهبطت الطائرة القبرصية في مطار رفيق الحريري الدولي مساء أمس.')).toEqual([]);
    expect(names('ونقل الجرحى إلى مستشفى رفيق الحريري الحكومي في بيروت.')).toEqual([]);
  });

  it('is no mention of the person after a model noun, in quotation marks or not', () => {
    expect(names('وتملك القوات الجوية ثلاث مروحيات من طراز "سيكورسكي" لا تعمل.')).toEqual([]);
    expect(names('وتملك القوات الجوية ثلاث مروحيات من طراز سيكورسكي لا تعمل.')).toEqual([]);
  });

  it('keeps the person named with a title in the same article', () => {
    expect(names('وقال رئيس الحكومة سعد الحريري في مطار رفيق الحريري الدولي إن الدولة حاضرة.')).toEqual(['Saad Hariri']);
  });
});

describe('two words of a name the article gave, taken up again', () => {
  it('are that person, not a known namesake of one of the words', () => {
    const text = 'والتقى وزير الداخلية نظيره الإسباني فرناندو غراندي مارلاسكا في الرباط. وقال غراندي مارلاسكا إن التعاون مثمر.';
    const officials = findOfficials(text);
    expect(officials.map((o) => o.name_ar)).toEqual(['فرناندو غراندي مارلاسكا']);
    expect(officials[0]!.mentions).toHaveLength(3);
  });

  it('still lets the known namesake in when the article names him on his own', () => {
    expect(names('وقال المفوض السامي لشؤون اللاجئين فيليبو غراندي إن الوضع صعب.')).toEqual(['Filippo Grandi']);
  });
});
