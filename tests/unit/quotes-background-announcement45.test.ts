import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'الرياض - أرجأت أرامكو طرح أسهمها في البورصة مرة أخرى.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('أعلن with a plain object in a clause that sets the scene tells an event, not words', () => {
  it('reads no words after «منذ أعلن», «حين أعلن», «التي أعلن»', () => {
    expect(quotesOf('وأجلت الشركة خطط الطرح أكثر من مرة منذ أعلن ولي العهد الفكرة لأول مرة في مقابلة مع مجلة مطلع 2016.')).toEqual([]);
    expect(quotesOf('وتعود آخر زيارة للملك إلى نيجيريا إلى 2016، حين أعلن البلدان من أبوجا عن إطلاق مشروع خط الغاز.')).toEqual([]);
    expect(quotesOf('واستقال الرئيس بعد احتجاجات على نتائج الانتخابات التي أعلن فوزه فيها، وبعد ساعات من دعوة الجيش له إلى التنحي.')).toEqual([]);
  });

  it('still reads what such a clause says after أن or in quotation marks', () => {
    expect(quotesOf('وتراجعت الأسهم منذ أعلن وزير الطاقة أن الطرح سيتأجل إلى العام المقبل.')).toEqual(['الطرح سيتأجل إلى العام المقبل']);
  });
});
