import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«وأضاف البيان» goes on for the body that issued the statement', () => {
  it('past people of a delegation named after the body spoke', () => {
    const text = 'عمّان - عقدت اللجنة العسكرية الأردنية المصرية المشتركة اجتماعها الثالث في العاصمة الأردنية.\n\n'
      + 'وقالت وزارة الدفاع الأردنية في بيان، إن الاجتماع ترأسه عن الجانب الأردني اللواء الركن سامي الخطيب، مساعد رئيس هيئة الأركان.\n\n'
      + 'وضم وفد الجانب الأردني العميد حسن المومني، مدير التعاون الدولي في القيادة العامة.\n\n'
      + 'وضم وفد الجانب المصري اللواء كريم الشافعي.\n\n'
      + 'وأضاف البيان أن الجانبين بحثا برامج التدريب المشترك وتبادل الخبرات.';
    const q = quoteWith(text, 'برامج التدريب');
    expect(q?.speaker_ar).toBe('البيان');
    expect(q?.speaker_en).not.toMatch(/Momani|Khatib|Shafei/i);
    expect(q?.speaker_en).toMatch(/Defen[cs]e/);
  });

  it('names the body again by its bare noun after a statement «صادر عن الصندوق»', () => {
    const text = 'القاهرة - أنهت بعثة صندوق النقد الدولي برئاسة السيد بيتر كوهين زيارتها إلى مصر اليوم.\n\n'
      + 'وستقدم البعثة تقريرها إلى المجلس التنفيذي للصندوق خلال الشهر المقبل.\n\n'
      + 'وذكر بيان صادر عن الصندوق في ختام الزيارة أن «النمو في مصر يتوقع أن يتسارع خلال العام الجاري».\n\n'
      + 'وأضاف البيان أن السلطات مطالبة بمواصلة الإصلاحات المالية.';
    expect(quoteWith(text, 'النمو في مصر')?.speaker_en).toBe('International Monetary Fund');
    expect(quoteWith(text, 'الإصلاحات المالية')?.speaker_en).toBe('International Monetary Fund');
  });
});

describe('a title before «بـ» and the guest welcomed is read without the guest’s nationality', () => {
  it('gives the words to the holder of the title, not to a deputy of no known country', () => {
    const text = 'استقبل صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية، في مكتبه اليوم، سفير جمهورية إيطاليا لدى المملكة روبرتو كانتوني.\n\n'
      + 'ورحب سمو أمير المنطقة الشرقية بالسفير الإيطالي، مشيرا إلى عمق العلاقات السعودية الإيطالية.\n\n'
      + 'وحضر الاستقبال صاحب السمو الملكي الأمير خالد بن سعود بن عبدالله نائب أمير المنطقة الشرقية.';
    expect(quoteWith(text, 'عمق العلاقات')?.speaker_ar).toBe('سعود بن نايف بن عبدالعزيز');
  });
});
