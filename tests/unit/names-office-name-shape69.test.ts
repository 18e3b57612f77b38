import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 69, officials: an office read with no name at it, whose holder's name the name reader refused (a foreign
// word, a name word the lexicon also reads as a word), vouched for by the name's own words and its place between the
// office and a close. Sentences written for the test, in the style of the wires.

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en] as const);
const names = (text: string) => officials(text).map(([n]) => n);

describe('nameOfficesByNameShape: a full office gets the name its words vouch for', () => {
  it('names the holder after the office, a word of the language for surname, closed by a preposition', () => {
    expect(names('وقال رئيس المحكمة الدستورية العليا محمد ينر للصحفيين في إسطنبول إن الطعون رفضت.')).toContain('محمد ينر');
  });
  it('names the holder whose given name is also a word, after an office with its nationality', () => {
    expect(names('بحث وزير الصناعة والتجارة اليمني واعد بازرعة، مع السفير الياباني سبل التعاون.')).toContain('واعد بازرعة');
  });
  it('skips a rank between the office and the name', () => {
    expect(names('ومساعد وزير الخارجية لشؤون آسيا السفير صادق معرفي.')).toContain('صادق معرفي');
  });
  it('names the holders before the offices and their commas, a list item after «، و» too', () => {
    const found = names('وحضر الاجتماع تيينا ديارا، وزير الزراعة المالي، وكاميسا سيسوكو، وزيرة التجارة والصناعة، وعدد من المسؤولين.');
    expect(found).toContain('تيينا ديارا');
    expect(found).toContain('كاميسا سيسوكو');
  });
  it('takes no noun and adjective after an office for a name', () => {
    expect(names('وفي ختام اللقاء، قدم محافظ المنطقة الشرقية هدية تذكارية للسفير الكوري.')).toEqual([]);
  });
  it('takes no verb or noun behind a conjunction for a name', () => {
    expect(names('ويستقبل وزير الخارجية الإيطالي ويبحثان مكافحة الهجرة.')).toEqual([]);
    expect(names('وأشاد الرئيس بالعاهل المغربي وولي عهده، وبالشعب المغربي.').some((n) => n.includes('عهده'))).toBe(false);
  });
  it('leaves a name of two ordinary words before its office unread', () => {
    expect(names('واعتبرت فاطمة ماء العينين، النائبة عن حزب الاستقلال، أن القانون ناقص.').some((n) => n.includes('العينين'))).toBe(false);
  });
  it('makes no official of the spokesman of a body of civil society', () => {
    expect(names('وقال جوزيف مبيكي، المتحدث باسم لجنة التنسيق الشعبية، إن الاحتجاج سلمي.')).toEqual([]);
  });
});
