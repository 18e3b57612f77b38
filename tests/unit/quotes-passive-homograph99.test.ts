import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Round 99, quotes: a verb the text marks passive (a damma on its first letter) takes the next word as its subject,
// so a reporting verb's homograph right after it is the noun: «قُتل طالب» is "a student was killed", not «طالَبَ»
// (demanded), and the clause after it is narration, nobody's words.
const LEAD = 'عنوان الخبر\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('a reporting verb\'s homograph right after a passive verb is its subject', () => {
  it('reads no words in «قُتل طالب وأصيب العشرات في مواجهات …» (heldout14 1501)', () => {
    const q = quotesOf('دكار- قُتل طالب وأصيب العشرات في مواجهات بين قوات الأمن ومحتجين في مدينة سان لويس شمالي السنغال وفي العاصمة دكار، احتجاجا على قرار الرئيس ماكي سال تأجيل الانتخابات الرئاسية.');
    expect(q.some((t) => t.includes('العشرات'))).toBe(false);
  });

  it('still reads «طالب» as a verb after an active verb\'s clause (near miss: «وطالب النائب …»)', () => {
    const q = quotesOf('وانتقد النائب ممدوح سالم أداء الوزارة. وطالب النائب ممدوح سالم بزيادة الاعتمادات المخصصة لقرى إدفو.');
    expect(q.some((t) => t.includes('بزيادة الاعتمادات'))).toBe(true);
  });
});
