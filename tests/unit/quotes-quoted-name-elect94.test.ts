import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a party named in quotation marks inside the title of the one who speaks', () => {
  it('is no part of the words: the official named after it speaks them, past a circumstance and a colon', () => {
    const text = 'عقد مجلس النواب جلسة أمس. وقال رئيس مجلس النواب نبيه بري إن الجلسة "قانونية". '
      + 'في المقابل، قال رئيس "القوات اللبنانية" سمير جعجع، في مؤتمر صحافي عقده في معراب بعد الجلسة: "لن نقبل بأي تسوية على حساب الدستور والقانون".';
    const q = quoteOf(text, 'لن نقبل بأي تسوية');
    expect(q?.text.startsWith('"لن نقبل')).toBe(true);
    expect(q?.speaker_ar).toBe('سمير جعجع');
  });
});

describe('«الرئيس المنتخب» after the president in office spoke', () => {
  it('is the winner the story reported, not his father who holds the title', () => {
    const text = 'أعلنت اللجنة المركزية للانتخابات في أذربيجان، الثلاثاء، فوز إلهام علييف، نجل الرئيس حيدر علييف، في الانتخابات الرئاسية. '
      + 'وكان الرئيس حيدر علييف قد أعلن في فبراير الماضي أنه "سيفسح الطريق أمام القادة الشباب". '
      + 'وفي أول تعليق له عقب إعلان النتائج، قال الرئيس المنتخب، في كلمة نقلها التلفزيون الرسمي، إنه سيواصل "سياسة الانفتاح على جميع الشركاء في المنطقة".';
    expect(quoteOf(text, 'سيفسح الطريق')?.speaker_ar).toBe('حيدر علييف');
    expect(quoteOf(text, 'سياسة الانفتاح')?.speaker_ar).toBe('إلهام علييف');
  });
});
