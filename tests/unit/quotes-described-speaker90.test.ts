import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { describedSpeakerEnglish, namedBodyEnglish } from '@/lib/quotes/described-speaker';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('an unnamed speaker the text describes has English, never its Arabic', () => {
  it('is a delegation by its nationality and adjectives', () => {
    expect(describedSpeakerEnglish('الوفد المغربي')).toBe('Moroccan delegation');
    expect(describedSpeakerEnglish('وفد برلماني أردني')).toBe('Jordanian parliamentary delegation');
    expect(describedSpeakerEnglish('وفد سوداني آخر')).toBe('Another Sudanese delegation');
  });

  it('is one of a group of persons the vocabularies know', () => {
    expect(describedSpeakerEnglish('إحدى المسنات')).toBe('An elderly woman');
    expect(describedSpeakerEnglish('أحد المتطوعين')).toBe('A volunteer');
    expect(describedSpeakerEnglish('أحد البحارة')).toBe('A sailor');
  });

  it('is one person of no office with the adjectives after the noun', () => {
    expect(describedSpeakerEnglish('طالب جامعي')).toBe('University student');
    expect(describedSpeakerEnglish('الضابطة المتقاعدة')).toBe('The retired officer');
    expect(describedSpeakerEnglish('قبطان قارب صيد')).toBe('Captain');
  });

  it('is the two holders of a title written as a dual', () => {
    expect(describedSpeakerEnglish('الزعيمان')).toBe('The two leaders');
    expect(describedSpeakerEnglish('الطيران')).toBeNull();
  });

  it('is no noun before a name in apposition, nor a word no vocabulary knows as a person', () => {
    expect(describedSpeakerEnglish('الطالبة سلمى حداد')).toBeNull();
    expect(describedSpeakerEnglish('التقرير')).toBeNull();
  });

  it('reaches the quote a described speaker says, its Arabic as written', () => {
    const text = 'زار وفد من البرلمان الأردني العاصمة الرباط أمس. وقال الوفد الأردني إن الزيارة "فتحت صفحة جديدة في العلاقات".';
    const q = quoteOf(text, 'صفحة جديدة');
    expect(q?.speaker_ar).toBe('الوفد الأردني');
    expect(q?.speaker_en).toBe('Jordanian delegation');
  });
});

describe('a call is how the speaker spoke, not part of who they are', () => {
  it('ends the speaker before «في اتصال»', () => {
    const text = 'أفرج القراصنة عن الطائرة أمس. وقال أحد الركاب اليونانيين في اتصال مع الصحفيين إن الطاقم "بخير".';
    expect(quoteOf(text, 'بخير')?.speaker_ar).toBe('أحد الركاب اليونانيين');
  });
});

describe('a body named in full that the speaker readings kept as written', () => {
  it('is in English when its first word is a noun of institutions', () => {
    expect(namedBodyEnglish('المعهد الوطني للجيوفيزياء')).toBe('National Institute for Geophysics');
    expect(namedBodyEnglish('الديوان الأميري')).toBe('Amiri Diwan');
  });

  it('is nothing for a one-word noun or words that open with no institution', () => {
    expect(namedBodyEnglish('المكتب')).toBeNull();
    expect(namedBodyEnglish('أركان الجيش')).toBeNull();
  });
});
