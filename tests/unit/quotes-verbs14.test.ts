import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quote = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));

describe('verbs of reassuring, reminding and asking', () => {
  it('reads the words after طمأن إلى أن / بأن', () => {
    expect(quote('من جهته، طمأن حاكم المصرف المركزي كمال النابلسي الى ان "العملة الوطنية بخير".', 'العملة الوطنية')?.speaker_ar).toMatch(/كمال النابلسي/);
    expect(quote('وطمأنت وزيرة الصحة هالة العطار المواطنين بأن اللقاحات متوفرة في جميع المراكز.', 'اللقاحات متوفرة')?.speaker_ar).toMatch(/هالة العطار/);
  });

  it('reads the words after مذكرا بأن as the same speaker\'s', () => {
    const text = 'واعتبر الباحث سامر العلي أن الدبلوماسية "تتغير"، مذكرا بأن عددا من الدول سحبت اعترافها بالكيان خلال السنوات الأخيرة.';
    expect(quote(text, 'سحبت اعترافها')?.speaker_ar).toMatch(/سامر العلي/);
  });

  it('reads the quoted words after تساءل عن', () => {
    expect(quote('فيما تساءلت النائبة ريم الخطيب عن "ضمانات عدم تحميل المواطن أعباء جديدة".', 'ضمانات')?.speaker_ar).toMatch(/ريم الخطيب/);
  });
});

describe('an object after a circumstance set off by commas', () => {
  it('opens the words with the object, not after the preposition inside it', () => {
    const text = 'وأكد وزير الخارجية أيمن الصفدي، خلال لقائه نظيره الكرواتي، حرص المملكة على تطوير علاقاتها مع كرواتيا.';
    expect(quote(text, 'تطوير علاقاتها')?.text).toMatch(/^حرص المملكة/);
    const other = 'وأكد رئيس الوزراء عمر الرزاز، في كلمة ألقاها أمام النواب، التزام الحكومة بخفض العجز في الموازنة.';
    expect(quote(other, 'خفض العجز')?.text).toMatch(/^التزام الحكومة/);
  });

  it('keeps the preposition opening the words when it comes right after the circumstance', () => {
    const text = 'وأكد وزير الخارجية أيمن الصفدي، خلال لقائه نظيره الكرواتي، على أهمية العلاقات بين البلدين.';
    expect(quote(text, 'أهمية العلاقات')?.text).toMatch(/^أهمية العلاقات/);
  });
});
