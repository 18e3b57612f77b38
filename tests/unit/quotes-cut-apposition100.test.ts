import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// tests/heldout8/903-asharq-al-awsat-tripoli-truce.txt, cut before «إن»: the first reading makes «الناطق باسم» a source
// (people/unnamed), and the second reading of the speakers (quotes/late-speakers) finds that person's mention on the
// title, then reads past the quoted body «اللواء السابع», beyond the subject's end, for an apposition (appositionName).
const sentence = 'في المقابل، قال الناطق باسم «اللواء السابع» سعد الهمالي';
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker_ar);

describe('a title over a quoted body that ends the subject', () => {
  it('leaves the cut text its source, with no apposition to read', () => {
    expect(speakers(sentence)).toEqual(['الناطق باسم']);
  });

  it('still gives the whole sentence to the name after the quoted body (near miss)', () => {
    expect(speakers(`${sentence} إن قواته «ملتزمة بالهدنة ما دام الطرف الآخر ملتزماً بها».`)).toEqual(['سعد الهمالي']);
  });
});
