import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speaker_ar : undefined;
};

const OPENING = 'أعلنت وزيرة الصحة خومبيزي تشيبوندا تسجيل إصابات جديدة بالكوليرا. وتقول السلطات إن موسم الأمطار ساهم في انتشار المرض بسرعة. ';

describe('a present of saying with ل of purpose after «عاد» («وعادت الوزيرة X لتؤكد أن»)', () => {
  it('reports, and its subject speaks', () => {
    const text = OPENING + 'وعادت الوزيرة تشيبوندا لتؤكد أن الحكومة خصصت مبالغ إضافية لشراء أقراص تعقيم المياه.';
    expect(speakerOf(text, 'خصصت مبالغ')).toBe('خومبيزي تشيبوندا');
  });

  it('lets the next «وتابعت» go on with that speaker, not the body that spoke before', () => {
    const text = OPENING + 'وعادت الوزيرة تشيبوندا لتؤكد أن الحكومة خصصت مبالغ إضافية لشراء أقراص تعقيم المياه. '
      + 'وتابعت أن السلطات المحلية ستمنع بيع الأطعمة المكشوفة في الأسواق حتى إشعار آخر.';
    expect(speakerOf(text, 'ستمنع بيع')).toBe('خومبيزي تشيبوندا');
  });

  it('does not report after another verb of coming («وجاءت الزيارة لتؤكد أن»)', () => {
    const text = OPENING + 'وجاءت الزيارة لتؤكد أن العلاقات بين البلدين متينة وراسخة منذ عقود طويلة.';
    expect(speakerOf(text, 'متينة وراسخة')).toBeUndefined();
  });
});
