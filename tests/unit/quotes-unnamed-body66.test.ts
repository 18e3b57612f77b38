import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker_en);

describe('a body the text names only by a word of its name', () => {
  it('the adjective of a bank\'s name stands for the bank named with it before', () => {
    const text = 'خفض بنك تركيا المركزي، صباح الخميس، سعر الفائدة. وقال المركزي في بيان إن التضخم بدأ يتراجع بوضوح.';
    expect(speakers(text)).toEqual(['Central Bank of Turkey']);
  });
  it('with the article on the noun, the same', () => {
    const text = 'اجتمع مجلس إدارة البنك المركزي أمس في العاصمة. وأعلن المركزي في بيان أن الاحتياطي ارتفع خلال الشهر.';
    expect(speakers(text)[0]).toMatch(/central bank/i);
  });
  it('a ministry no earlier sentence names in full is "the ministry", not a bare "Ministry"', () => {
    const text = 'زارت الوزيرة مقر الوزارة صباحا. وأفاد بلاغ للوزارة بأن الجانبين بحثا سبل تطوير الشراكة في قطاع الطاقة.';
    expect(speakers(text)).toEqual(['the ministry']);
  });
  it('a ministry named in full before is that ministry', () => {
    const text = 'أصدرت وزارة الخارجية الكويتية تعليمات جديدة. وقالت الوزارة في بيان إن السفارة ستعمل كالمعتاد.';
    expect(speakers(text)[0]).toMatch(/Foreign Ministry|Ministry of Foreign Affairs/);
  });
});
