// What follows the verb may be where or how the words were said, not who said them: the outlet spoken to, glued to
// its ل («لـBBC», «للنهار», «ليورونيوز24»), or the manner («بنبرة حادة»). The one speaking goes on. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;
const opening = 'تتواصل أزمة الوقود في البلاد للأسبوع الثالث.\n\n';

describe('an outlet in Latin letters or with its number is no part of the subject', () => {
  it('لـBBC after the name', () => {
    const t = opening + 'وقال ماركوس ليندبرغ، مدير شركة التوزيع، إن المخزون كاف. وقال ليندبرغ لـBBC: "الأزمة مفتعلة".';
    expect(speakerOf(t, 'مفتعلة')).toBe('ماركوس ليندبرغ');
  });
});

describe('a glued preposition after the verb opens the circumstances, the speaker goes on', () => {
  it('ل with the article: the newspaper spoken to', () => {
    const t = opening + 'وقال الخبير النفطي سامر الحداد إن الأسعار سترتفع، وأضاف للنهار أن «الحل في زيادة الاستيراد».';
    expect(speakerOf(t, 'زيادة الاستيراد')).toBe('سامر الحداد');
  });
  it('ب with a noun of manner', () => {
    const t = opening + 'وروت الموظفة سلمى الراشد، أم لثلاثة أطفال، أن الطوابير طويلة، وتابعت بنبرة حادة: "لا أحد يسمعنا".';
    expect(speakerOf(t, 'لا أحد يسمعنا')).toBe('سلمى الراشد');
  });
});
