import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { nameToEnglish } from '@/lib/english/names';
import { foreignNameWord } from '@/lib/vocab/names';
import { normalize } from '@/lib/arabic/normalize';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// Invented sentences: an officer's arm or corps written after the rank without the article («العميد بحري», «اللواء
// طيار», «العقيد ركن»). It belongs to the rank, as «العميد البحري» and «الفريق الركن» do: no word of the name.
describe('an officer\'s arm of service written bare after the rank', () => {
  const cases: [string, string][] = [
    ['العميد بحري سليم الحارثي', 'سليم الحارثي'],
    ['اللواء طيار ماجد العتيبي', 'ماجد العتيبي'],
    ['العقيد ركن فهد المطيري', 'فهد المطيري'],
    ['الفريق أول طيار سالم الكعبي', 'سالم الكعبي'],
    ['اللواء طبيب عادل الشريف', 'عادل الشريف'],
  ];
  for (const [officer, name] of cases) {
    it(`reads ${name}`, () => {
      const read = names(`وحضر الاجتماع من الجانب الكويتي ${officer} قائد القاعدة الجوية، وسفير الكويت لدى عمان.`);
      expect(read).toContain(name);
      expect(read.some((n) => /^(بحري|طيار|ركن|طبيب)/.test(n))).toBe(false);
    });
  }
});

// A list's English that closes on the Turkish -oğlu the Arabic word does not write is another name than the word's
// (the list aligned one Arabic word with two of the English): the word is read by its own letters.
describe('no -oglu the Arabic does not write', () => {
  it('reads «صاري» as Sari, not Sarioglu', () => {
    expect(foreignNameWord(normalize('صاري'))).toBeUndefined();
    expect(nameToEnglish('حقان صاري', { country: 'TR' })).not.toMatch(/oglu/i);
  });
  it('keeps an -oğlu the Arabic writes', () => {
    expect(nameToEnglish('أحمد داود أوغلو', { country: 'TR' })).toMatch(/oglu$/);
  });
});

// Invented: the last item of a list of attendees closing on a word the lexicon reads as a verb, at the sentence's full
// stop: the clause has its verb before the list, so the word is the family name.
describe('a last word that reads as a verb, closing a list item at the full stop', () => {
  it('keeps the family name', () => {
    expect(names('وحضر اللقاء وزير الدفاع أحمد كمال، والسفير الإيطالي لدى بغداد روبرتو دانيلو نوفوا. وبحث الجانبان التعاون.'))
      .toContain('روبرتو دانيلو نوفوا');
  });
  it('leaves a verb out of a name that is the subject of its own clause', () => {
    expect(names('ووزير الخارجية سامح شكري جار عليه الزمن.')).not.toContain('سامح شكري جار');
  });
});

// Invented: a leader's office in the construct before the holder's name («المبعوث الخاص للرئيس الروسي … X Y»). A known
// person whose listed short form is only the name's first word is not that name's bearer.
describe('a known person spelt by every word of the name after a leader\'s office', () => {
  it('does not take «زامير كابولوف» for the Zamir of «إيال زامير»', () => {
    const r = analyze('ورافق الوزير الروسي المبعوث الخاص للرئيس الروسي إلى أفغانستان زامير كابولوف، فيما رافق الوزير الصيني مساعده.');
    const o = r.officials.find((x) => x.name_ar === 'زامير كابولوف');
    expect(o?.name_en).toMatch(/^Zamir Kab/);
  });
});

// Invented: the French general officers' ranks as the Moroccan press writes them in Arabic letters (général de corps
// d'armée, de division, de brigade): the rank, not the first words of the name.
describe('French general officers\' ranks in Arabic letters', () => {
  const cases: [string, string, string][] = [
    ['الجنرال دوكور دارمي', 'سعيد العلمي', 'Lieutenant General'],
    ['الجنرال دو ديفيزيون', 'حسن البقالي', 'Major General'],
    ['الجنرال دو بريغاد', 'نبيل الصقلي', 'Brigadier General'],
  ];
  for (const [rank, name, en] of cases) {
    it(`reads ${name} after ${rank}`, () => {
      const r = analyze(`وقال ${rank} ${name} إن الوحدات أنهت المناورات بنجاح.`);
      const o = r.officials.find((x) => x.name_ar === name);
      expect(o?.role_en).toBe(en);
    });
  }
});
