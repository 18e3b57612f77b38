import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shapes of heldout6 720 and heldout33 3417: a description by nationality after a delegation's members were listed.
describe('«وقال المسؤول X-ي»: the official of that country the story is about, not a delegation member named last', () => {
  it('the visiting minister named twice before, not the deputy listed in his delegation after him', () => {
    const text = 'بحث وزير الخارجية المغربي ناصر بوريطة في الرباط مع نظيره البيروفي ريكاردو لوبيز كاسترو العلاقات الثنائية.\n\n'
      + 'وقال لوبيز كاسترو إن "البيرو تريد علاقات أوثق مع المغرب".\n'
      + 'وضم الوفد البيروفي نائب وزير الخارجية للشؤون الاقتصادية خوان بيريز.\n'
      + 'وأشار المسؤول البيروفي إلى أن بلاده "ستفتح سفارة مقيمة في الرباط خلال السنة الجارية".';
    expect(speakerOf(text, 'ستفتح سفارة مقيمة')).toBe('ريكاردو لوبيز كاسترو');
  });
  it('the head of a delegation of that nationality («وفدا تشيكيا برئاسة X») is of that country', () => {
    const text = 'استقبل رئيس مجلس الأمة مرزوق الغانم اليوم وفدا برلمانيا تشيكيا برئاسة نائب رئيس مجلس النواب توماش هوفمان.\n'
      + 'وضم الوفد التشيكي سفير جمهورية التشيك لدى الكويت بيتر هوراك.\n'
      + 'من جانبه، أعرب هوفمان عن شكره للكويت على حفاوة الاستقبال.\n'
      + 'وقال المسؤول التشيكي إن بلاده "ترى في الكويت بوابة مهمة إلى منطقة الخليج".';
    expect(speakerOf(text, 'بوابة مهمة')).toBe('توماش هوفمان');
  });
});
