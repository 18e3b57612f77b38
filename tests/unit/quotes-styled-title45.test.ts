import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of a QNA call readout (heldout18 1916): the answering side named by style and title only.
describe('«من جانبه، تمنى سمو الأمير لفخامته …، مؤكدا»: a participle goes on with a subject named by style and title', () => {
  const opening = 'تلقى حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت، اليوم، اتصالا هاتفيا من فخامة الرئيس عبد المجيد تبون رئيس الجمهورية الجزائرية.\n'
    + 'وقدم فخامة الرئيس الجزائري الشكر لسمو الأمير على تهنئته، معربا عن تقدير بلاده للدعم الذي تقدمه دولة الكويت للشعب الجزائري.\n';
  const reply = (subject: string) => opening + `من جانبه، تمنى ${subject} لفخامته التوفيق والنجاح في مهامه، مؤكدا حرص دولة الكويت على تعزيز علاقاتها مع الدول العربية.`;
  it('the emir named by «سمو الأمير» speaks, not the president named as the object («لفخامته»)', () => {
    expect(speakerOf(reply('سمو الأمير'), 'تعزيز علاقاتها')).toBe('مشعل الأحمد الجابر الصباح');
  });
  it('the president who opened the sentence before keeps his own participle', () => {
    expect(speakerOf(reply('سمو الأمير'), 'تقدير بلاده')).toBe('عبد المجيد تبون');
  });
  it('a subject written by name is unchanged', () => {
    expect(speakerOf(reply('مشعل الأحمد'), 'تعزيز علاقاتها')).toBe('مشعل الأحمد الجابر الصباح');
  });
  it('a style and a title that name nobody of the text give the emir nothing', () => {
    expect(speakerOf(reply('سمو ولي العهد'), 'تعزيز علاقاتها')).not.toBe('مشعل الأحمد الجابر الصباح');
  });
});
