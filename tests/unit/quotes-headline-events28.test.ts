import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const STORY = 'وقال وزير الداخلية في مؤتمر صحفي إن "قوات الأمن ستلاحق المسؤولين عن أعمال العنف".';
const headQuotes = (head: string) => analyze(`${head}\n\n${STORY}`).quotes.filter((q) => q.start < head.length).map((q) => q.text);

describe('headlines that put a country before an event named by a noun', () => {
  it('reads no statement in casualties, clashes or charges after a country', () => {
    for (const head of [
      'البيرو: قتلى وجرحى في انهيار منجم للذهب جنوب البلاد',
      'تونس: اشتباكات بين الشرطة ومحتجين في القصرين بعد وفاة شاب',
      'الأردن: اعتقال خلية خططت لاستهداف منشآت أمنية في الزرقاء',
      'باكستان: توجيه تهم بالتحريض إلى زعيم حزب معارض',
      'السنغال: مقتل ثلاثة متظاهرين في داكار احتجاجا على تأجيل الانتخابات',
    ]) expect(headQuotes(head)).toEqual([]);
  });

  it('keeps what a country or a person says in a headline', () => {
    expect(headQuotes('السويد: محادثاتنا مع بيونغ يانغ شملت حلا سلميا للأزمة').length).toBe(1);
    expect(headQuotes('وزير الخارجية: اعتقال الصحفيين خط أحمر لن نقبل بتجاوزه').length).toBe(1);
    expect(headQuotes('واشنطن: انسحاب القوات من المنطقة ليس مطروحا على الطاولة').length).toBe(1);
  });
});
