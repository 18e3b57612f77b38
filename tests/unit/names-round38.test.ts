import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { matchKnownPersonAt } from '@/lib/gazetteer';
import { normalize } from '@/lib/arabic/normalize';
import { analyze } from '@/lib/analyze';

const words = (s: string) => s.split(' ').map(normalize);
const officialNames = (text: string) => analyze(text).officials.map((o) => o.name_en);

describe('«الابن» closing a name is Jr.', () => {
  it('reads the son who carries his father’s name', () => {
    expect(nameToEnglish('فرديناند ماركوس الابن', { country: 'PH' })).toBe('Ferdinand Marcos Jr.');
    expect(nameToEnglish('جورج بوش الابن', { country: 'US' })).toBe('George Bush Jr.');
  });
});

describe('a name the Arabic list knows whole, its opening ال written without the hamza', () => {
  it('is the given name, not the article', () => {
    expect(nameToEnglish('الياس حنا', { country: 'LB' })).toBe('Elias Hanna');
    expect(nameToEnglish('الهام أحمد', { country: 'SY' })).toMatch(/^Ilham /);
  });

  it('leaves the article of a family name alone', () => {
    expect(nameToEnglish('محمد الديب', { country: 'EG' })).toMatch(/ [AE]l-?Deeb$/i);
  });
});

describe('a chain of «بن» is an Arab nasab whatever country the story gave it', () => {
  it('spells a Saudi prince the Arab way under a Japanese or French hint', () => {
    expect(nameToEnglish('محمد بن عبدالرحمن بن عبدالعزيز', { country: 'JP' })).toBe('Mohammed bin Abdulrahman bin Abdulaziz');
    expect(nameToEnglish('محمد بن عبدالرحمن بن عبدالعزيز', { country: 'FR' })).toBe('Mohammed bin Abdulrahman bin Abdulaziz');
  });

  it('leaves a Japanese name Japanese', () => {
    expect(nameToEnglish('كينجي ياماموتو', { country: 'JP' })).toBe('Kenji Yamamoto');
  });
});

describe('a person the gazetteer lists with an honorific, read after it', () => {
  it('finds Sheikh Hasina from the name after «الشيخة», or without it', () => {
    const s = words('رئيسة الوزراء الشيخة حسينة واجد أمرت');
    expect(matchKnownPersonAt(s, 3)?.person.name_en).toBe('Sheikh Hasina');
    expect(matchKnownPersonAt(s, 3)?.length).toBe(2);
    expect(matchKnownPersonAt(words('قالت حسينة واجد إن'), 1)?.person.name_en).toBe('Sheikh Hasina');
  });

  it('takes no single given name after the honorific for the person', () => {
    expect(matchKnownPersonAt(words('قالت حسينة إن'), 1)).toBeNull();
  });
});

describe('the last word of a foreign name of three that reads as a word', () => {
  it('closes the name before punctuation or what the person said', () => {
    expect(officialNames('وقالت الوزيرة، التي تحدثت إلى جانب رئيس مكتب التحقيق في حوادث الطيران أمديي أيالو فانتا، إن التحقيق مستمر.'))
      .toContainEqual(expect.stringMatching(/ Fanta$/));
    expect(officialNames('وقال وزير الخارجية الإسباني ألبيرتو نونييث فيخو، إن الحكومة فشلت.')).toContainEqual(expect.stringMatching(/^Alberto \S+ F\S+$/));
  });

  it('leaves a verb after the name out of it', () => {
    expect(officialNames('وقال رئيس الوزراء الإثيوبي أمديي أيالو فاز الحزب.')).not.toContainEqual(expect.stringMatching(/F\S+$/));
  });
});

describe('a noun of the dictionary after a foreign name of two', () => {
  it('is what the sentence says, not the name', () => {
    expect(officialNames('وقال الرئيس التشيلي سيباستيان بينيرا إرسال الجيش، إن الحرائق تحت السيطرة.')).not.toContainEqual(expect.stringMatching(/Ersal/));
  });
});

describe('a preposition on a noun after a foreign name of two', () => {
  it('is not the name’s last word', () => {
    const a = analyze('التقى وزير الخارجية الأردني خالد العلي نظيره اليوناني نيكوس ديندياس بحضور نائبة وزير الخارجية اليونانية ماريا كوستا.');
    expect(a.officials.map((o) => o.name_ar)).not.toContainEqual(expect.stringMatching(/بحضور/));
  });
});
