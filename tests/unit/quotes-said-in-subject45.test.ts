import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout18 1903 (a presidency's page broadcasts a video in which the president speaks).
describe('«بثت صفحة الرئاسة مقطعا مصورا …، قال فيه الرئيس إن»: the subject written after «قال فيه» speaks', () => {
  const opening = 'أقال الرئيس التونسي قيس سعيّد، ليل الثلاثاء، رئيسة الحكومة نجلاء بودن، من دون أن تقدم الرئاسة أي تفسير.\n\n';
  it('the president named by title, not the presidency that broadcast the video', () => {
    const text = opening + 'وبثّت صفحة الرئاسة على «فيسبوك» مقطعا مصورا لأداء رئيس الحكومة الجديد اليمين، قال فيه الرئيس إن «هناك تحديات كبيرة يجب رفعها».';
    expect(speakerOf(text, 'تحديات كبيرة')).toBe('قيس سعيّد');
  });
  it('«أصدرت الرئاسة بيانا قال فيه إن»: with nobody written after the pronoun, the issuer speaks as before', () => {
    const text = opening + 'وأصدرت الرئاسة التونسية بيانا قال فيه إن «الحكومة الجديدة ستباشر مهامها فورا».';
    expect(speakerOf(text, 'ستباشر مهامها')).not.toBe('قيس سعيّد');
  });
});
