import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));

describe('words relayed through an agency, with a long description of whose they are before «قوله»', () => {
  it('go to the source the agency quotes, not to someone named in its description', () => {
    const text = 'نقلت وكالة الأنباء الألمانية عن مصدر مطلع على سير المفاوضات حول ميناء مدينة الحديدة قوله إن الاتفاق "بات وشيكا جدا".';
    const q = quoteWith(text, 'بات وشيكا');
    expect(q?.text.startsWith('الاتفاق')).toBe(true);
    expect(q?.speaker_ar).toBe('مصدر مطلع');
  });

  it('go to the official the agency ascribes them to, described in a relative clause', () => {
    const text = 'وقال وزير الخارجية الأردني أيمن الصفدي إن الأردن "يدعم الحوار". ونسبت وكالة الأنباء الكويتية إلى وزير النفط الكويتي بخيت الرشيدي، الذي أدار الجلسة المغلقة بين الوفود المتنازعة، قوله إن "الجميع قدم تنازلات".';
    const q = quoteWith(text, 'الجميع قدم');
    expect(q?.speaker_ar).toBe('بخيت الرشيدي');
  });
});
