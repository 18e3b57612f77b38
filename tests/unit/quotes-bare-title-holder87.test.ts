import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

describe('a bare military rank stands for the officer the text named with it', () => {
  const text = 'وقال قائد القوات البرية الجنرال كريم أوتانغو في مؤتمر صحفي إن الوضع على الحدود مستقر.\n\n'
    + 'وأضاف الجنرال: "لن نسمح لأي جماعة مسلحة بعبور أراضينا".';
  it('«وأضاف الجنرال» is the general named before', () => {
    expect(speakerOf(text, 'لن نسمح')).toBe('كريم أوتانغو');
  });
  it('a rank the text gave nobody stays no one of the text', () => {
    const other = 'وقال قائد القوات البرية العقيد كريم أوتانغو في مؤتمر صحفي إن الوضع على الحدود مستقر.\n\n'
      + 'وأضاف الجنرال: "لن نسمح لأي جماعة مسلحة بعبور أراضينا".';
    expect(speakerOf(other, 'لن نسمح')).not.toBe('كريم أوتانغو');
  });
});

describe('a ruler\'s epithet after the title is no part of it', () => {
  it('«الملك المعظم» is the king', () => {
    const text = 'استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المعظم في قصر الصخير اليوم عددا من السفراء.\n\n'
      + 'ورحب جلالة الملك المعظم بالسفراء، مؤكدا أن المملكة ماضية في نهج الانفتاح على العالم.';
    expect(speakerOf(text, 'ماضية في نهج')).toBe('حمد بن عيسى آل خليفة');
  });
});

describe('a definite title names an official whose role is that bare head', () => {
  it('«السفيرة الإستونية» is the ambassador named before (as «السفيرة X», her role "Ambassador" alone)', () => {
    const text = 'استقبل وزير الخارجية عبداللطيف الزياني اليوم السفيرة ماريا لينديك، وبحث معها علاقات التعاون بين البلدين.\n\n'
      + 'وقالت السفيرة الإستونية: "نتطلع إلى تعاون أوسع في مجال الحكومة الرقمية".';
    expect(speakerOf(text, 'نتطلع إلى تعاون')).toBe('ماريا لينديك');
  });
});

describe('«الرئيس المنتخب» is the winner the story reported', () => {
  const text = 'أعلنت لجنة الانتخابات في البلاد، الأحد، فوز نائب الرئيس جوزيف كيبتوم بالانتخابات الرئاسية بعد حصوله على 52 بالمئة من الأصوات.\n\n'
    + 'وتابع الرئيس المنتخب أن حكومته ستكون "حكومة لكل المواطنين".';
  it('the deputy president who won speaks as president-elect', () => {
    expect(speakerOf(text, 'حكومة لكل المواطنين')).toBe('جوزيف كيبتوم');
  });
});
