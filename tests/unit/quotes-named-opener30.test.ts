import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

const OPENING = 'الإسكندرية - غرقت شوارع المدينة بعد أمطار غزيرة، وقال محافظ الإسكندرية محمد الشريف إن "فرق الطوارئ تعمل". ';

describe('a participle after a verb whose subject is a person named right after it, not an official', () => {
  it('goes to that person when the verb has an object or a complement first', () => {
    expect(speakerOf(OPENING + 'ووصف سامح فؤاد ما جرى في الحي قائلا: «المياه وصلت إلى الطابق الأول».', 'الطابق الأول')).toBe('سامح فؤاد');
    expect(speakerOf(OPENING + 'وتحدث سامح فؤاد عن الليلة الماضية قائلا: «لم ننم حتى الصباح».', 'لم ننم')).toBe('سامح فؤاد');
  });

  it('with a description set off by commas after the name', () => {
    const text = OPENING + 'وروى سامح فؤاد، صاحب مقهى في المنشية، للصحفيين ما حدث قائلا: «المياه دخلت المحل في دقائق».';
    expect(speakerOf(text, 'دخلت المحل')).toBe('سامح فؤاد');
  });

  it('or a definite noun that says what the person is before the name', () => {
    const text = OPENING + 'وروت الممرضة هالة منصور ما حدث في المستشفى قائلة: «انقطعت الكهرباء ساعتين».';
    expect(speakerOf(text, 'انقطعت الكهرباء')).toBe('هالة منصور');
  });

  it('not after a phrase of place closed by a comma, where a title names the subject', () => {
    const text = OPENING + 'وفي العجمي، أمر رئيس الحي، كريم ناصف، بإغلاق الشوارع، مضيفا أن «الفرق تعمل طوال الليل».';
    expect(speakerOf(text, 'طوال الليل')).not.toMatch(/^أمر/);
  });
});
