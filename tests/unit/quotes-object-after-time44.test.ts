import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'لاباز - شهدت البلاد احتجاجات واسعة.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('the object of «أعلن X» opens the words after a time set right after the subject, with no commas', () => {
  it('leaves out «مساء أمس الأحد»', () => {
    expect(quotesOf('أعلن الرئيس البوليفي إيفو موراليس مساء أمس الأحد استقالته من منصبه.')).toEqual(['استقالته من منصبه']);
  });

  it('leaves out a day name', () => {
    expect(quotesOf('وأعلن الرئيس الأفغاني أشرف غني الخميس وقفا مؤقتا لإطلاق النار من طرف واحد.')).toEqual(['وقفا مؤقتا لإطلاق النار من طرف واحد']);
  });
});

describe('an indefinite body in construct with a country («حكومة بنغلاديش») is the whole subject', () => {
  it('opens the words after the country', () => {
    const q = analyze(LEAD + 'أعلنت حكومة بنغلاديش فرض حظر تجول في أنحاء البلاد.').quotes;
    expect(q.map((x) => x.text)).toEqual(['فرض حظر تجول في أنحاء البلاد']);
    expect(q[0]!.speaker_ar).toBe('حكومة بنغلاديش');
  });
});
