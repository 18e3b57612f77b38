import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe('a pronoun of style is the one given that style when nobody spoke before it', () => {
  it('«وأكد معاليه» after «معالي رئيس المجلس الشيخ الدكتور X» is X, and so is the participle after it', () => {
    const text = 'استقبل معالي رئيس مجلس النواب الشيخ الدكتور خالد بن سعيد المري، بمقر المجلس في المنامة اليوم، وفد لجنة الصداقة في البرلمان الفرنسي، برئاسة رئيسة اللجنة السيدة ماري دوبون، والوفد المرافق لها.\n\nوأكد معاليه أن المجلس يولي أهمية كبيرة للتعاون البرلماني، مشيرا إلى أن التجربة البرلمانية تطورت كثيرا.';
    const quotes = analyze(text).quotes;
    expect(quotes.find((q) => q.text.includes('يولي أهمية'))?.speaker_en).toMatch(/Khal/);
    expect(quotes.find((q) => q.text.includes('تطورت كثيرا'))?.speaker_en).toMatch(/Khal/);
  });

  it('«وقال سموه» after «سمو الأمير الشيخ X» who has not spoken yet is X, not the guest', () => {
    const text = 'استقبل سمو ولي العهد الأمير الشيخ سالم بن راشد الحمد اليوم السفيرة الكندية جين سميث.\n\nوقال سموه إن العلاقات بين البلدين تشهد تطورا مستمرا.';
    expect(analyze(text).quotes.find((q) => q.text.includes('تشهد تطورا'))?.speaker_en).toMatch(/Salem|Salim/);
  });
});
