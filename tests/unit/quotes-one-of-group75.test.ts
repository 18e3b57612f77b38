import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«أحد/إحدى» and a broken plural, or a plural in construct, of a class of persons with no office', () => {
  it('reads a broken plural in construct as one of that group, not as a name', () => {
    const text = 'ارتفعت الأسعار في أسواق المدينة.\n\nوقال أحد تجار الخضار في السوق المركزي إن "الإقبال ضعيف منذ أسبوع".';
    const q = speakerOf(text, 'الإقبال ضعيف');
    expect(q?.speaker_en).toBe('A trader');
    expect(q?.speaker_ar).toContain('أحد تجار الخضار');
  });

  it('gives the relatives and the people of a village their English, never a transliteration', () => {
    const relative = 'أحيت العائلات ذكرى الهجوم.\n\nوقال أحد أقارب المفقودين: "ما زلنا ننتظر الحقيقة".';
    expect(speakerOf(relative, 'ننتظر الحقيقة')?.speaker_en).toBe('A relative');
    const village = 'ضربت السيول البلدة.\n\nوقال أحد أهالي قرية الصافية إن "المياه دخلت البيوت ليلا".';
    expect(speakerOf(village, 'دخلت البيوت')?.speaker_en).toBe('A resident');
  });

  it('reads the masculine sound plural in construct, and the feminine of the ordinary persons', () => {
    const staff = 'تأخرت الرواتب للشهر الثالث.\n\nوقال أحد موظفي البلدية إن "الرواتب لم تصل بعد".';
    expect(speakerOf(staff, 'لم تصل بعد')?.speaker_en).toBe('An employee');
    const students = 'أعلنت نتائج الامتحانات.\n\nوقالت إحدى الطالبات: "تعبنا طوال العام".';
    expect(speakerOf(students, 'تعبنا طوال')?.speaker_en).toBe('A student');
  });

  it('gives the quote to the person named before the group they belong to', () => {
    const text = 'زار الوفد قرى المحافظة.\n\nوقال الحاج سالم عبد الكريم، أحد أهالي قرية الصافية، إن الأهالي "ينتظرون المشروع منذ سنوات".';
    expect(speakerOf(text, 'ينتظرون المشروع')?.speaker_ar).toBe('سالم عبد الكريم');
  });

  it('puts the adjectives of «أحد المصادر» after «one of the»', () => {
    const text = 'تصاعد التوتر بين البلدين.\n\nوقال أحد المصادر الحكومية إن "القنوات ما زالت مفتوحة".';
    expect(speakerOf(text, 'ما زالت مفتوحة')?.speaker_en).toBe('One of the government sources');
  });
});
