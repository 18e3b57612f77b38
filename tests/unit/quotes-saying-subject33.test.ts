import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a verb, its subject, then «بالقول» («واكتفى حمدان بالقول»): the subject speaks', () => {
  it('is the one named between the verb and «بالقول», not the one the sentence before was about', () => {
    const text = 'استقبل رئيس مجلس النواب نبيه بري وفدا بحضور المستشار الإعلامي علي حمدان. '
      + 'فالرئيس المكلف سعد الحريري لم يتصل ببري منذ عودته. واكتفى حمدان بالقول لـ"الديار": "الرئيس بري قام بما عليه، والكرة في ملعب غيره".';
    expect(quoteOf(text, 'الكرة في ملعب')?.speaker_ar).toContain('حمدان');
  });

  it('takes a title for subject too', () => {
    const text = 'وقال رئيس الحكومة أحمد يوسف إن "الإصلاحات ماضية". فرد وزير المالية سامي الخطيب بالقول: "لا أموال قبل إقرار الموازنة".';
    expect(quoteOf(text, 'لا أموال')?.speaker_ar).toContain('سامي الخطيب');
  });
});
