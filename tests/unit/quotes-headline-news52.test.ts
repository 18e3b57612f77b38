import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const STORY = 'وقال وزير الداخلية في مؤتمر صحفي إن "قوات الأمن ستلاحق المسؤولين عن أعمال العنف".';
const headQuotes = (head: string) => analyze(`${head}\n\n${STORY}`).quotes.filter((q) => q.start < head.length).map((q) => q.text);

describe('headlines that put a place before the story', () => {
  it('reads no statement in a verdict or the start of an event after a place', () => {
    for (const head of [
      'البرازيل: الحكم بسجن وزير سابق ثماني سنوات بتهمة الرشوة',
      'السودان: انطلاق جولة جديدة من المفاوضات بين الجيش والدعم السريع في جدة',
      'تشاد: تصاعد التوتر بين الحكومة والمعارضة قبل الانتخابات',
      'ليبيا: استئناف الرحلات الجوية في مطار معيتيقة بعد توقف أسبوع',
    ]) expect(headQuotes(head)).toEqual([]);
  });

  it('reads no statement in a plural subject and its verb after a place', () => {
    for (const head of [
      'مالي: مسلحون يهاجمون قافلة للجيش قرب الحدود مع النيجر',
      'تونس: المحتجون يغلقون الطريق إلى ميناء صفاقس',
    ]) expect(headQuotes(head)).toEqual([]);
  });

  it('keeps what a country or a person says', () => {
    expect(headQuotes('السويد: محادثاتنا مع بيونغ يانغ شملت حلا سلميا للأزمة').length).toBe(1);
    expect(headQuotes('وزير العدل: الحكم بسجن المتهمين رسالة واضحة لكل من يعبث بالمال العام').length).toBe(1);
  });
});
