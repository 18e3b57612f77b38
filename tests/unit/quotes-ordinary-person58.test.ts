import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('an unnamed person of no office, an indefinite noun after the verb, speaks with the complements that describe them', () => {
  it('keeps where a vendor or a trader works, and the one who goes on after them', () => {
    const text = 'ارتفعت أسعار الوقود في العاصمة للمرة الثانية هذا العام.\n\n'
      + '"لم نعد نبيع شيئا منذ الصباح"، قالت بائعة في سوق الخضار بوسط المدينة. وأضافت أن الزبائن "اختفوا تماما".\n\n'
      + 'وقال تاجر في سوق الحبوب إن "المخزون يكفي أسبوعين فقط".';
    expect(quoteWith(text, 'نبيع شيئا')?.speaker_ar).toBe('بائعة في سوق الخضار بوسط المدينة');
    expect(quoteWith(text, 'نبيع شيئا')?.speaker_en).toBe('Vendor');
    expect(quoteWith(text, 'اختفوا')?.speaker_ar).toBe('بائعة في سوق الخضار بوسط المدينة');
    expect(quoteWith(text, 'المخزون')?.speaker_ar).toBe('تاجر في سوق الحبوب');
  });

  it('reads an owner with what they own, a mother with her children, and the hospital a nurse works at', () => {
    const text = 'تضررت عشرات المحلات التجارية في الحي القديم جراء الفيضانات.\n\n'
      + 'وقال صاحب مطعم صغير في الحي إن خسائره "تتجاوز عشرة آلاف دولار".\n\n'
      + '"لم ننم منذ ثلاثة أيام"، قالت أم لطفلين في مخيم الإيواء.\n\n'
      + 'وقالت ممرضة في مستشفى الرحمة، الذي استقبل معظم المصابين، إن "أربعة منهم في العناية المركزة".';
    expect(quoteWith(text, 'عشرة آلاف')?.speaker_ar).toBe('صاحب مطعم صغير في الحي');
    expect(quoteWith(text, 'لم ننم')?.speaker_ar).toBe('أم لطفلين في مخيم الإيواء');
    expect(quoteWith(text, 'لم ننم')?.speaker_en).toBe('Mother');
    expect(quoteWith(text, 'العناية المركزة')?.speaker_ar).toBe('ممرضة في مستشفى الرحمة');
  });

  it('takes the description after «إحداهن، وهي …»', () => {
    const text = 'تجمع العشرات من المودعين أمام مقر البنك المفلس.\n\nوقالت إحداهن، وهي موظفة متقاعدة، "خسرت كل ما ادخرته".';
    expect(quoteWith(text, 'ادخرته')?.speaker_ar).toBe('موظفة متقاعدة');
  });

  it('leaves a person named after the description to the name («سائق الحافلة سمير …», «… بالمدينة خالد …»)', () => {
    const text = 'توقفت حركة النقل في المدينة بسبب الإضراب.\n\n'
      + 'وقال سائق الحافلة سمير الحلبي إن "الأجرة لم تعد تغطي الوقود".\n\n'
      + 'وقال تاجر الأقمشة في السوق القديم بالمدينة خالد يوسف إن "الطلب تراجع إلى النصف".';
    expect(quoteWith(text, 'تغطي الوقود')?.speaker_ar).toBe('سمير الحلبي');
    expect(quoteWith(text, 'النصف')?.speaker_ar).toBe('خالد يوسف');
  });

  it('leaves a person named in apposition or by what they are called («بائعة الخبز، سلمى …،», «… تدعى …»)', () => {
    const text = 'شهدت المخابز طوابير طويلة منذ الفجر.\n\n'
      + 'وقالت بائعة الخبز، سلمى الأحمد، إن "الطحين لم يصل منذ يومين".\n\n'
      + 'وقالت ربة منزل تدعى فاطمة الزين إن "الأطفال ينامون جائعين".';
    expect(quoteWith(text, 'الطحين')?.speaker_ar).toBe('سلمى الأحمد');
    expect(quoteWith(text, 'جائعين')?.speaker_ar).toBe('فاطمة الزين');
  });

  it('needs what an owner owns and whose parent a parent is', () => {
    const text = 'وقال صاحب السمو الملكي ولي العهد إن "التعاون مثمر".';
    expect(quoteWith(text, 'مثمر')?.speaker_ar).not.toMatch(/^صاحب السمو الملكي$/);
  });
});
