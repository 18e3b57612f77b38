import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout19 2022: a researcher set before the verb, the body they work at ending in «للدراسات».
describe('«الباحث في مركز "X للدراسات" Y، قال إن»: the researcher speaks, the body\'s «لل» governs no name', () => {
  const opening = 'زار وزير الخارجية الأردني أيمن الصفدي دمشق والتقى وزير الخارجية السوري فيصل المقداد.\n\n';
  it('the person named after the body speaks, quoted body or not', () => {
    for (const body of ['"جسور للدراسات"', 'جسور للدراسات', '«الشرق للدراسات»']) {
      const text = opening + `الباحث في مركز ${body} سامر العبد الله، قال لعنب بلدي إن "الزيارة تحمل رسائل سياسية".`;
      expect(speakerOf(text, 'رسائل سياسية')).toBe('سامر العبد الله');
    }
  });
  it('a name after «للرئيس» is still governed by it: whoever sent the message speaks', () => {
    const text = opening + 'وبعد أن نقل الصفدي رسالة شفهية للرئيس بشار الأسد، قال إن "الأردن حريص على أمن سوريا".';
    expect(speakerOf(text, 'حريص على أمن')).toBe('أيمن الصفدي');
  });
});

// A spokesperson relays what a minister affirmed, then a participle: the recent held-out sets (heldout15 1617, 28 2924,
// 29 3016, 31 3222) give it to the one relaying, who goes on telling (heldout20 2118 and 31 3210 to the minister).
describe('«وأضاف المتحدث أن الوزير X أكد …، مشيرا إلى أن»: the participle goes on with the one relaying', () => {
  const opening = 'ترأس وزير الخارجية سامح شكري ونظيره الزامبي ستانلي كاكوبو أعمال اللجنة المشتركة.\n'
    + 'وصرح السفير أحمد حافظ المتحدث الرسمي باسم وزارة الخارجية بأن اللجنة ناقشت سبل تعزيز التعاون.\n';
  it('the spokesperson speaks the participle and the words before it', () => {
    const text = opening + 'وأضاف المتحدث الرسمي أن الوزير شكري أكد خلال الجلسة حرص مصر على نقل خبراتها، مشيرا إلى أن الشركات المصرية مستعدة للمشاركة في مشروعات الطاقة.';
    expect(speakerOf(text, 'الشركات المصرية مستعدة')).toBe('أحمد حافظ');
    expect(speakerOf(text, 'حرص مصر')).toBe('أحمد حافظ');
  });
  it('with nobody relayed, the participle goes on with the spokesperson', () => {
    const text = opening + 'وأضاف المتحدث الرسمي أن الجلسة شهدت نقاشا مطولا، مشيرا إلى أن الشركات المصرية مستعدة للمشاركة في مشروعات الطاقة.';
    expect(speakerOf(text, 'الشركات المصرية مستعدة')).toBe('أحمد حافظ');
  });
});
