import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a toll written as «مقتل» and attributed after it is the story\'s news', () => {
  it('reads no words in a lede with «مقتل …» and «بحسب ما أعلنه …»', () => {
    const text = 'رئيس الوزراء يستقيل بعد احتجاجات دامية\n\n'
      + 'استقال رئيس وزراء البلاد من منصبه وغادر العاصمة على متن طائرة عسكرية، بعد أسابيع من احتجاجات أسفرت عن مقتل أكثر من 200 شخص، بحسب ما أعلنه قائد الجيش.';
    expect(quotesOf(text)).toEqual([]);
  });
});
