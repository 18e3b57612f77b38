import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'كولومبو - فاز ديساناياكي بالرئاسة.\n\nوقال الرئيس الجديد أنورا كومارا ديساناياكي إن "الشعب اختار التغيير".\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('an accusative participle right after an indefinite accusative noun is its adjective («تحولا لافتا»)', () => {
  it('reads no words after «تحولا لافتا في …»', () => {
    expect(quotesOf('ويُعد فوز ديساناياكي تحولا لافتا في بلد هيمنت عليه عائلات سياسية تقليدية منذ الاستقلال.')).toEqual(['"الشعب اختار التغيير"']);
  });

  it('still reads a participle of saying with its preposition and أن after an accusative word', () => {
    const q = quotesOf('وقال رئيس الوزراء أحمد علي إن الوضع بات مستقرا لافتا إلى أن الحكومة ستواصل الإصلاحات.');
    expect(q.some((t) => t.startsWith('الحكومة ستواصل'))).toBe(true);
  });
});
