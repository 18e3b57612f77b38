import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { nameToEnglish } from '@/lib/english/names';

const englishOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.name_en ?? null;

// A Maghreb country's officials hosting the affairs of an Arab country of the East: the people the article gives no
// country are the guests', not written in the Maghreb's French letters. (Invented sentences.)
const HOSTED = 'انطلقت في مدينة طنجة المغربية جولة جديدة من الحوار العراقي بين الأحزاب العراقية، بهدف التوافق على قانون الانتخابات في العراق. ' +
  'وافتتح وزير الخارجية المغربي ناصر بوريطة الجلسة، بحضور رئيس وفد مجلس النواب فوزي العقاب. ' +
  'وقال العقاب إن الحوار "يمضي في الاتجاه الصحيح"، مؤكدا أن العراقيين يريدون انتخابات في موعدها. وأضاف أن بغداد ستستضيف الجولة المقبلة.';

describe("a Maghreb country hosting an Arab country's affairs", () => {
  it("spells the unplaced guests by the guests' country, the host's own officials by the host's", () => {
    expect(englishOf(HOSTED, 'فوزي العقاب')).toBe(nameToEnglish('فوزي العقاب', { story: 'IQ' }));
    expect(englishOf(HOSTED, 'فوزي العقاب')).not.toBe(nameToEnglish('فوزي العقاب', { home: 'MA' }));
    expect(englishOf(HOSTED, 'ناصر بوريطة')).toBe('Nasser Bourita');
  });
  it("keeps the host's spelling where the words name the host as often as the other country", () => {
    const home = 'وافتتح وزير الخارجية المغربي ناصر بوريطة في الرباط الجلسة، بحضور رئيس وفد مجلس النواب فوزي العقاب، في إطار التعاون بين المغرب والعراق.';
    expect(englishOf(home, 'فوزي العقاب')).toBe(nameToEnglish('فوزي العقاب', { home: 'MA' }));
  });
});
