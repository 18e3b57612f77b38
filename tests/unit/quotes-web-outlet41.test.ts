import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'إسلام آباد - توصلت باكستان إلى اتفاق مع صندوق النقد.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('a web outlet\'s name with its full stop («للعربية.نت»): no sentence ends inside it', () => {
  it('reads the words after «قال X للعربية.نت إن»', () => {
    const q = quotesOf('وقال الخبير الاقتصادي في كراتشي خرم حسين للعربية.نت إن الاتفاق "يشتري الوقت فقط".');
    expect(q).toEqual(['الاتفاق "يشتري الوقت فقط"']);
  });

  it('still ends a sentence at a full stop followed by a space', () => {
    const q = quotesOf('وكان الوزير قد تحدث إلى العربية. وقال رئيس الوزراء أحمد علي إن "الوضع مستقر".');
    expect(q).toEqual(['"الوضع مستقر"']);
  });
});
