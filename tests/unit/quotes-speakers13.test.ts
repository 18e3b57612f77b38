// Quotes and speakers on unseen text (issue 11, round 13), by class of sentence. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { quoteWith } from './helpers/quotes';

describe('a source inside a ministry is named by the ministry the news names it by ("Foreign Ministry source")', () => {
  it('"مصدر في وزارة الخارجية المصرية": a source in the Egyptian Foreign Ministry, not the "Ministry of Foreign Affairs"', () => {
    const t = 'وقال مصدر في وزارة الخارجية المصرية للصحيفة إن "المحادثات تناولت ملف المياه". وأضاف المصدر أن "الجانبين اتفقا على لقاء جديد".';
    expect(quoteWith(t, 'ملف المياه').speaker_en).toBe('Source in the Egyptian Foreign Ministry');
    expect(quoteWith(t, 'لقاء جديد').speaker_en).toBe('Source in the Egyptian Foreign Ministry');
  });
  it('other portfolios of one word, feminine and plural heads: "Interior Ministry", "Finance Ministry"', () => {
    expect(quoteWith('وأوضحت مسؤولة في وزارة الداخلية التونسية أن "الحدود ستفتح الأسبوع المقبل".', 'الحدود ستفتح').speaker_en).toMatch(/^Official in the Tunisian Interior Ministry$/);
    expect(quoteWith('وقالت مصادر في وزارة المالية اللبنانية إن "الرواتب ستدفع في موعدها".', 'الرواتب').speaker_en).toBe('Sources in the Lebanese Finance Ministry');
  });
  it('"بوزارة", "بالرئاسة": the preposition on the body\'s first word still says where the source stands', () => {
    expect(quoteWith('وصرح مصدر مسؤول بوزارة الدفاع أن "التدريبات ستستمر حتى نهاية الشهر".', 'التدريبات').speaker_en).toBe('Official source at the Defense Ministry');
    expect(quoteWith('وقال مصدر أمني بوزارة الداخلية المغربية إن "الموقوفين ثلاثة أشخاص".', 'الموقوفين').speaker_en).toBe('Security source at the Moroccan Interior Ministry');
  });
});
