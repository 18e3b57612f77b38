import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'كولومبو - فاز ديساناياكي بالرئاسة.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('Latin initials as Arabic spells them («آر. إم. إيه. إل.»): no sentence ends at their full stops', () => {
  it('reads the words after the name with its initials', () => {
    const q = quotesOf('وقال رئيس مفوضية الانتخابات آر. إم. إيه. إل. راتنايكي، في مؤتمر صحافي، إن ديساناياكي حصل على 5.74 مليون صوت.');
    expect(q).toEqual(['ديساناياكي حصل على 5.74 مليون صوت']);
  });

  it('still ends a sentence at «بي بي سي.»', () => {
    const q = quotesOf('وكان الوزير قد تحدث إلى بي بي سي. وقال رئيس الوزراء أحمد علي إن "الوضع مستقر".');
    expect(q).toEqual(['"الوضع مستقر"']);
  });
});
