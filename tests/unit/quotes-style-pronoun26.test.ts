import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe('a pronoun of style («سموه», «معاليه») followed by a circumstance is the subject', () => {
  it('«وقال سموه في تغريدة» is the highness the sentence named, not the bare word', () => {
    const text = 'وتابع صاحب السمو الشيخ سعود بن صقر القاسمي، حاكم رأس الخيمة، حفظه الله، افتتاح الميناء الجديد، وقال سموه في تغريدة على «تويتر»: "هذا إنجاز لكل أبناء الإمارة".';
    const q = analyze(text).quotes.find((x) => x.text.includes('إنجاز لكل'));
    expect(q?.speaker_en).toMatch(/Saud/);
  });
});
