import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

// After heldout33/3410 (Al-Ahram, 24 November 2021), shortened.
const opening = 'تلقى الرئيس عبد الفتاح السيسي، اليوم، اتصالا هاتفيا من الرئيس ألبرتو فرنانديز رئيس جمهورية الأرجنتين.\n'
  + 'وصرح السفير بسام راضي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الاتصال تناول سبل تعزيز العلاقات الثنائية بين البلدين.\n'
  + 'ومن جانبه، أعرب الرئيس الأرجنتيني عن تقدير بلاده للدور المحوري الذي تقوم به مصر في محيطها الإقليمي.\n';

describe('a spokesman’s title is not the title of the official his clause names', () => {
  it('«وأوضح المتحدث الرسمي أن الرئيس X أبدى …» after X spoke: the spokesman’s own account', () => {
    const text = `${opening}وأوضح المتحدث الرسمي أن الرئيس فرنانديز أبدى اهتمام بلاده بالاستفادة من الخبرة المصرية في مجال إنشاء المدن الجديدة.`;
    expect(speakerOf(text, 'إنشاء المدن')).toBe('بسام راضي');
  });
  it('«وأوضح المتحدث الرسمي أن اللقاء تناول …»: the spokesman, not the one who spoke last', () => {
    const text = `${opening}وأوضح المتحدث الرسمي أن الرئيس فرنانديز وجه الدعوة للرئيس السيسي.\n\nوأضاف المتحدث الرسمي أن الاتصال تناول التحضيرات لمؤتمر المناخ.`;
    expect(speakerOf(text, 'مؤتمر المناخ')).toBe('بسام راضي');
  });
  it('near miss: a title written right before the name is still that official’s', () => {
    const text = `${opening}وقال الرئيس الأرجنتيني ألبرتو فرنانديز إن بلاده تدعم نجاح المؤتمر.`;
    expect(speakerOf(text, 'تدعم نجاح')).toBe('ألبرتو فرنانديز');
  });
});
