// stripEndMark tries its end-mark patterns only on a line with an end word that no letter follows (round 36, speed):
// «خلال» (during) holds «خلا» and is not an end mark; the marks themselves are still cut, with an agency's credit too.
import { describe, expect, it } from 'vitest';
import { stripEndMark } from '@/lib/article/boilerplate';

const sentence = 'وأكد الوزير أهمية الشراكة مع البنك في دعم الإصلاحات خلال السنوات المقبلة.';

describe('stripEndMark', () => {
  it('leaves a line whose only end-like word is «خلال»', () => {
    expect(stripEndMark(sentence)).toBe(sentence);
    expect(stripEndMark(`${sentence}  `)).toBe(sentence);
  });
  for (const mark of [' (النهاية)', ' -انتهى-', ' - خلا -', ' //انتهى// ع ع', ' (انتهى) م ع ش / ه م ا', ' -انتهي-']) {
    it(`cuts «${mark.trim()}» after a sentence with «خلال»`, () => {
      expect(stripEndMark(sentence + mark)).toBe(sentence);
    });
  }
  it('cuts an agency credit in brackets, and an end mark after it', () => {
    expect(stripEndMark(`${sentence} (أ ش أ)`)).toBe(sentence);
    expect(stripEndMark(`${sentence} (أ ش أ) -انتهى-`)).toBe(sentence);
  });
  it('keeps brackets that are not a credit', () => {
    expect(stripEndMark(`${sentence} (انظر الصورة)`)).toBe(`${sentence} (انظر الصورة)`);
  });
});
