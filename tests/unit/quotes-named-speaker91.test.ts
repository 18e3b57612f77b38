import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { namedSpeakerEnglish } from '@/lib/quotes/named-speaker';

const speakerOf = (text: string) => analyze(text).quotes[0];

describe('a person quoted by name alone, of no office, has an English name, never Arabic', () => {
  it('is a lone given name the dictionaries know', () => {
    const q = speakerOf('ارتفعت الأسعار في السوق. وقال خديجة: "ارتفعت الأسعار كثيرا".');
    expect(q?.speaker_ar).toBe('خديجة');
    expect(q?.speaker_en).toBe('Khadija');
  });

  it('is the name after the noun of persons or the honorific that introduces it', () => {
    expect(speakerOf('انهار المبنى في الحي القديم. وقالت الناجية روزاليا: "خرجنا قبل أن يسقط السقف بدقائق".')?.speaker_en).toBe('Rozalya');
    expect(speakerOf('توجه الناخبون إلى مراكز الاقتراع. وقال الناخب غانبولد: "أريد حكومة تحارب الفساد".')?.speaker_en).toBe('Ganbold');
    expect(speakerOf('وقالت السيدة سعاد إن المياه دخلت بيتها.')?.speaker_en).toBe('Suad');
    expect(namedSpeakerEnglish('جارها الحبيب الطرابلسي')).toBe('Habib Al-Trabelsi');
  });

  it('keeps a family name the lexicon also reads as a word only in apposition to a known noun of persons', () => {
    expect(speakerOf('وقالت الطالبة هدى حياتي: "نحن سعداء بهذه الزيارة".')?.speaker_en).toBe('Huda Hayati');
    expect(namedSpeakerEnglish('هدى حياتي')).toBeNull();
  });

  it('reads a lineage name after another noun, and leaves the circumstance after it out', () => {
    expect(speakerOf('وتقول المرابطة أم خليل وهي تجلس قرب الباب: "لن نغادر المكان".')?.speaker_en).toBe('Um Khalil');
  });

  it('never transliterates a common word, a verb, a place or a label', () => {
    expect(namedSpeakerEnglish('الطالبة قالت')).toBeNull();
    expect(namedSpeakerEnglish('النتائج')).toBeNull();
    expect(namedSpeakerEnglish('آخرون')).toBeNull();
    expect(namedSpeakerEnglish('سيول')).toBeNull();
    expect(namedSpeakerEnglish('السويد')).toBeNull();
    expect(namedSpeakerEnglish('دول «الترويكا»')).toBeNull();
    expect(namedSpeakerEnglish('الموريتاني')).toBeNull();
    expect(namedSpeakerEnglish('إسكاميلا البالغ')).toBeNull();
  });

  it('ends a styled name where the office after it begins', () => {
    expect(namedSpeakerEnglish('سعادة خوسيه أنطونيو كيسبي وامان سفير جمهورية بيرو')).toBe('Jose Antonio Kisbi Waman');
    expect(namedSpeakerEnglish('سعادة كارلوس ماماني سفير جمهورية بوليفيا')).toBe('Carlos Mamani');
    expect(namedSpeakerEnglish('معالي أحمد سالم وزير الخارجية')).toBe('Ahmed Salem');
    expect(namedSpeakerEnglish('سعادة السفير')).toBeNull();
    expect(namedSpeakerEnglish('سعادة وزير الخارجية')).toBeNull();
  });
});
