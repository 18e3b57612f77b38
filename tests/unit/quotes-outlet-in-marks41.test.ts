// An outlet's name in quotation marks after ل («لـ«الشرق الأوسط»»، «لـ"العربية.نت"») is the channel spoken to, not
// words said, even when a wish not to be named stands between it and the words. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const opening = 'تتواصل الاشتباكات في العاصمة لليوم الثاني.\n\n';
const quotes = (text: string) => analyze(text).quotes;

describe('an outlet in marks after ل is no quotation', () => {
  it('«الشرق الأوسط» then the wish not to be named', () => {
    const t = opening + 'وقال مصدر عسكري رفيع لـ«الشرق الأوسط»، طالباً عدم الإشارة إلى اسمه، إن «سلاح الجو نفذ ضربات على معسكرات في أم درمان».';
    const q = quotes(t);
    expect(q.some((x) => x.text.includes('الشرق الأوسط'))).toBe(false);
    expect(q.find((x) => x.text.includes('سلاح الجو'))?.speaker_ar).toBe('مصدر عسكري رفيع');
  });
  it('"العربية.نت" with its edition', () => {
    const t = opening + 'وقال مسؤول حكومي لـ"العربية.نت"، مفضلا عدم ذكر اسمه، إن "المفاوضات ستستأنف الأسبوع المقبل في جدة".';
    const q = quotes(t);
    expect(q.some((x) => x.text.includes('العربية'))).toBe(false);
    expect(q.find((x) => x.text.includes('المفاوضات'))?.speaker_ar).toBe('مسؤول حكومي');
  });
});

describe('the full stop of an outlet web name ends no sentence', () => {
  it('للعربية.نت between the speaker and إن', () => {
    const t = opening + 'وقال الخبير الاقتصادي في كراتشي خرم حسين للعربية.نت إن الاتفاق "يشتري الوقت فقط"، مضيفا أن البلاد تحتاج إلى برنامج أطول.';
    const q = quotes(t);
    expect(q.some((x) => x.text.includes('للعربية'))).toBe(false);
    expect(q.find((x) => x.text.includes('يشتري الوقت'))?.speaker_ar).toBe('خرم حسين');
  });
});
