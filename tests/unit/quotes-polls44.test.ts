import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'برازيليا - يستعد حزب العمال لخوض الانتخابات الرئاسية.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('what polls show («تشير استطلاعات الرأي إلى أن …») is no one\'s words', () => {
  it('reads no quote after «تشير استطلاعات الرأي إلى أن»', () => {
    expect(quotesOf('وتشير استطلاعات الرأي إلى أن نصف القاعدة الشعبية لدا سيلفا ستنتخب المرشح الذي يختاره.')).toEqual([]);
  });

  it('reads no quote after «تتوقع استطلاعات الرأي أن»', () => {
    expect(quotesOf('وتأتي الأزمة قبل يومين من الانتخابات التي تتوقع استطلاعات الرأي أن يحقق فيها حزب الحرية تقدما كبيرا.')).toEqual([]);
  });

  it('still reads a person\'s words about the same', () => {
    expect(quotesOf('وقال المحلل السياسي محمد علي إن نصف القاعدة الشعبية ستنتخب المرشح.')).toEqual(['نصف القاعدة الشعبية ستنتخب المرشح']);
  });
});
