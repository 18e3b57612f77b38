import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«أحد/إحدى» and the plural of a noun the titles know as a person with no office', () => {
  it('is one unnamed person of that group in English', () => {
    const text = 'وتجمع مئات المحتجين أمام مقر البرلمان في العاصمة.\n\nوقال أحد المحتجين: "لن نغادر الساحة حتى تتحقق مطالبنا".';
    expect(speakerOf(text, 'لن نغادر')?.speaker_en).toBe('A protester');
  });

  it('reads the feminine plural as one woman of the group', () => {
    const text = 'خرجت مسيرات في عدة مدن.\n\nوقالت إحدى المتظاهرات إن "الحكومة لا تسمعنا".';
    expect(speakerOf(text, 'لا تسمعنا')?.speaker_en).toBe('A protester');
  });

  it('puts the article before the adjectives that follow the group', () => {
    const text = 'وصل آلاف الفارين إلى الحدود.\n\nوقال أحد اللاجئين السودانيين إن "الأسر تنتظر أي خطوة توقف الحرب".';
    expect(speakerOf(text, 'الأسر تنتظر')?.speaker_en).toBe('A Sudanese refugee');
    const local = 'غمرت السيول المدينة.\n\nوقال أحد السكان المحليين إن "المياه غمرت الشوارع".';
    expect(speakerOf(local, 'غمرت الشوارع')?.speaker_en).toBe('A local resident');
  });
});
