import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout19 2003: a Sudanese given name written with the article, after a title whose body is quoted.
describe('«قال المستشار الإعلامي لقائد «الدعم السريع» الفاتح قرشي إن»: a given name with the article opens the name', () => {
  const opening = 'فرضت وزارة الخزانة الأميركية عقوبات على قادة في الجيش السوداني وقوات الدعم السريع.\n\n';
  it('after a body named in quotation marks', () => {
    const text = opening + 'في المقابل، قال المستشار الإعلامي لقائد «الدعم السريع» الفاتح قرشي إن العقوبات «قرار سياسي متسرع».';
    expect(speakerOf(text, 'قرار سياسي')).toBe('الفاتح قرشي');
  });
  it('right after a title', () => {
    const text = opening + 'وقال الناشط الطيب مصطفى إن العقوبات «قرار سياسي متسرع».';
    expect(speakerOf(text, 'قرار سياسي')).toBe('الطيب مصطفى');
  });
  it('not after a definite noun it may describe: «الباحث في الشأن الديني محمد …»', () => {
    const text = opening + 'ويرى الباحث في الشأن الديني محمد عبد الوهاب رفيقي أن "العقوبات تعكس طبيعة المرحلة".';
    expect(speakerOf(text, 'طبيعة المرحلة')).toBe('محمد عبد الوهاب رفيقي');
  });
  it('not an adjective in ـي of the title: «الخبير النفطي …»', () => {
    const text = opening + 'وقال الخبير النفطي حامد الزين إن العقوبات «قرار سياسي متسرع».';
    expect(speakerOf(text, 'قرار سياسي')).toBe('حامد الزين');
  });
});
