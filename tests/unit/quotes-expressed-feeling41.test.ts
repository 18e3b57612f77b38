import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'الرياض - وصل الرئيس الصيني شي جين بينغ إلى الرياض في زيارة رسمية.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('أعرب/عبر عن a feeling of the speaker\'s own is the words, however short', () => {
  it('reads «أعرب عن سعادته بزيارة المملكة»', () => {
    expect(quotesOf('وأعرب الرئيس الصيني عن سعادته بزيارة المملكة.')).toEqual(['سعادته بزيارة المملكة']);
  });

  it('reads «عبّر عن ارتياحه لنتائج المباحثات»', () => {
    expect(quotesOf('وعبّر الرئيس الصيني عن ارتياحه لنتائج المباحثات.')).toEqual(['ارتياحه لنتائج المباحثات']);
  });

  it('still reads nothing in a short thing one speaks about («تحدث عن قتيلين فقط») or a stance («عن موقفه»)', () => {
    expect(quotesOf('وتحدث الرئيس الصيني عن قتيلين فقط.')).toEqual([]);
    expect(quotesOf('وعبر الرئيس الصيني بطريقة مختلفة عن موقفه من الزيارة.')).toEqual([]);
  });
});
