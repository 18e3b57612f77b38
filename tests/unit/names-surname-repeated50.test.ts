import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 50, names: a full name cut one word short by the name reader, whose missing family name the article then uses
// alone as the speaker («وقال بانداري …»). Sentences written for the test, in the style of the wires.

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('completeNamesBySurnameRepeated: the family name the article repeats after a verb of saying', () => {
  it('keeps a clitic-looking family name before «إن» when «قال» later stands before it alone', () => {
    const text = [
      'كاتماندو - وقال المتحدث باسم الجيش النيبالي كريشنا براساد بانداري إن فرق الإنقاذ وصلت إلى القرى المنكوبة.',
      'وأضاف المسؤول أن المروحيات نقلت الجرحى، فيما قال بانداري إن الجيش سيبقى في المنطقة.',
    ].join('\n\n');
    expect(names(text)).toContain('كريشنا براساد بانداري');
  });
  it('keeps a fifth name word before «إن» when «وأضاف» later stands before it alone', () => {
    const text = [
      'إسلام آباد - وقال المتحدث باسم وزارة الداخلية الباكستانية عبد الرشيد بن غلام حسين خواجه إن الهجوم فشل.',
      'وأضاف خواجه "العملية انتهت خلال ساعتين".',
    ].join('\n\n');
    expect(names(text)).toContain('عبد الرشيد بن غلام حسين خواجه');
  });
  it('leaves the name as it was when the word after it never stands alone as a speaker', () => {
    const text = 'كاتماندو - وقال المتحدث باسم الجيش النيبالي كريشنا براساد بانداري إن فرق الإنقاذ وصلت إلى القرى المنكوبة.';
    expect(names(text)).toContain('كريشنا براساد');
    expect(names(text)).not.toContain('كريشنا براساد بانداري');
  });
  it('does not take a verb of saying that follows the name', () => {
    const text = [
      'الجزائر - وكان وزير العدل عبد الرشيد طبي قال إن القضاء مستقل.',
      'وقال طبي إن الأحكام نهائية.',
    ].join('\n\n');
    expect(names(text).some((n) => n.includes('قال'))).toBe(false);
  });
});
