import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'الخرطوم - شهدت المدينة احتجاجات واسعة.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('«دون أن / بدون أن» after a report is the writer\'s «without …», not the words of the verb before it', () => {
  it('reads no words after «دون أن» when the verb took a preposition', () => {
    const q = quotesOf('وأقر وزير الإعلام بشارة جمعة أرور بسقوط قتلى، دون أن يحدد عددهم، وقال إن الحكومة «ستحقق في كل حالة وفاة».');
    expect(q).toEqual(['الحكومة «ستحقق في كل حالة وفاة»']);
  });

  it('reads no words after «بدون أن» either', () => {
    const q = quotesOf('ونقل الوزير رسالة خطية من الرئيس إلى أمير قطر، تتضمن دعوة لزيارة أستانا، بدون أن تكشف الخارجية عن موعد الزيارة.');
    expect(q).toEqual([]);
  });

  it('still reads the words after a plain «أن»', () => {
    const q = quotesOf('وأكد وزير الإعلام بشارة جمعة أرور أن الحكومة ستحقق في كل حالة وفاة.');
    expect(q).toEqual(['الحكومة ستحقق في كل حالة وفاة']);
  });
});
