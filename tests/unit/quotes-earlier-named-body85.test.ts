import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker_en);

describe('a bare definite body noun is the body the story named in full before it', () => {
  it('«بلاغ للوزارة» after «وزارة الداخلية» is the Ministry of Interior, not "the ministry"', () => {
    const text = 'أعلنت وزارة الداخلية، مساء السبت، إغلاق الطرق الجبلية. وأوضح بلاغ للوزارة أن فرق الطوارئ انتشرت في القرى المعزولة.';
    expect(speakers(text).at(-1)).toBe('Ministry of Interior');
  });
  it('a ministry is also the one of the minister the story named', () => {
    const text = 'استقبلت سعاد العلمي، وزيرة الاقتصاد والمالية، اليوم الأربعاء وفدا أجنبيا. وأفاد بلاغ للوزارة بأن اللقاء تناول سبل تمويل المشاريع.';
    expect(speakers(text).at(-1)).toBe('Ministry of Economy and Finance');
  });
  it('a body noun with its nationality names the body', () => {
    const text = 'اعتقلت الشرطة الفلبينية ثلاثة أشخاص. وقالت الشرطة إن المشتبه بهم "أطلقوا النار أولا على الدورية".';
    expect(speakers(text).at(-1)).toBe('Philippine Police');
  });
  it('when the story named two bodies of that noun, it stays "the council"', () => {
    const text = 'التقى رئيس مجلس النواب وفداً من مجلس النقابة، وقال بيان صادر عن المجلس إن الرئيس «يسعى إلى تقريب وجهات النظر».';
    expect(speakers(text).at(-1)).toBe('the council');
  });
  it('a minister of state holds no ministry of that name', () => {
    const text = 'التقى خالد العمري، وزير الدولة، وفدا برلمانيا. وأفاد بلاغ للوزارة بأن اللقاء تناول سبل التعاون.';
    expect(speakers(text).at(-1)).toBe('the ministry');
  });
});
