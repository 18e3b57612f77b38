import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const STORY = 'وقال وزير الداخلية في مؤتمر صحفي إن "فرق الإنقاذ تواصل عملها في القرى المنكوبة".';
const headQuotes = (head: string) => analyze(`${head}\n\n${STORY}`).quotes.filter((q) => q.start < head.length).map((q) => q.text);

describe('a headline whose prefix opens with news (a disaster, violence) is the story\'s topic', () => {
  it('reads no statement after «زلزال المغرب:», «فيضانات ليبيا:»', () => {
    for (const head of [
      'زلزال المغرب: ارتفاع عدد القتلى إلى أكثر من ألفين وسباق مع الزمن في قرى الأطلس',
      'فيضانات ليبيا: آلاف المفقودين في درنة وصعوبات في وصول المساعدات',
    ]) expect(headQuotes(head)).toEqual([]);
  });

  it('keeps what a country or a person says in a headline', () => {
    expect(headQuotes('السويد: محادثاتنا مع بيونغ يانغ شملت حلا سلميا للأزمة').length).toBe(1);
    expect(headQuotes('وزير الخارجية: اعتقال الصحفيين خط أحمر لن نقبل بتجاوزه').length).toBe(1);
  });
});
