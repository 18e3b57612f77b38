import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('a title whose English is the English-only role of an official refers back to that official', () => {
  it('«وأوضح الأمين العام لأوبك أن» after the secretary general was named with the organisation spelt out', () => {
    const text = 'استقبل وزير الطاقة الجزائري محمد عرقاب، اليوم، الأمين العام لمنظمة البلدان المصدرة للنفط (أوبك) هيثم الغيص.\n\n'
      + 'وقال عرقاب إن بلاده ملتزمة بحصتها الإنتاجية.\n\n'
      + 'وأوضح الأمين العام لأوبك أن الطلب على الطاقة سيرتفع في العقد المقبل.';
    expect(speakerOf(text, 'الطلب على الطاقة')).toBe('هيثم الغيص');
  });
  it('«وتابع الرئيس المعزول أن» after a president named with no Arabic role kept', () => {
    const text = 'صوت البرلمان البيروفي أمس على عزل الرئيس مارتن فيزكارا بعد جلسة طويلة.\n\n'
      + 'وقال فيزكارا في كلمة أمام أنصاره إنه سيغادر القصر بهدوء.\n\n'
      + 'وتابع الرئيس المعزول أن التهم الموجهة إليه باطلة.';
    expect(speakerOf(text, 'التهم الموجهة')).toBe('مارتن فيزكارا');
  });
  it('a title whose English is another office is no reference to them', () => {
    const text = 'استقبل وزير الطاقة الجزائري محمد عرقاب، اليوم، الأمين العام لمنظمة البلدان المصدرة للنفط (أوبك) هيثم الغيص.\n\n'
      + 'وأوضح الأمين العام للجامعة العربية أن الأزمة تتطلب حلا سياسيا.';
    expect(speakerOf(text, 'تتطلب حلا')).not.toBe('هيثم الغيص');
  });
});
