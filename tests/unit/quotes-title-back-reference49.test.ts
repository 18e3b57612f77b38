import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleNamesUnitedNations } from '@/lib/quotes/united-nations';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('a long title and a nationality, with no name, refer back to the official who holds it', () => {
  it('«وأوضح رئيس هيئة الأركان المشتركة الباكستاني أن»: five words ending in a nationality', () => {
    // After heldout19/2024 (Youm7, 10 March 2024), shortened.
    const text = 'التقى الفريق أسامة عسكر رئيس أركان حرب القوات المسلحة، اليوم، الجنرال ساحر شمشاد ميرزا رئيس هيئة الأركان المشتركة بجمهورية باكستان الإسلامية.\n\n'
      + 'وحضر اللقاء اللواء ياسر الطودي رئيس هيئة عمليات القوات المسلحة.\n\n'
      + 'وأوضح رئيس هيئة الأركان المشتركة الباكستاني أن بلاده مهتمة بالاستفادة من التجربة المصرية في مجال التصنيع العسكري.';
    expect(speakerOf(text, 'بلاده مهتمة')).toBe('ساحر شمشاد ميرزا');
  });
  it('a five-word title with no nationality at its end is still no reference', () => {
    const text = 'التقى وزير الدفاع خالد العمري رئيس هيئة الأركان المشتركة الجنرال سامي الحسن.\n\n'
      + 'وأوضح رئيس هيئة الأركان المشتركة في الجيش أن التعاون يتطور.';
    expect(speakerOf(text, 'التعاون يتطور')).not.toBe('خالد العمري');
  });
});

describe('«المسؤول الأممي» refers back to the official whose role names the United Nations', () => {
  it('after a UN High Commissioner and a national minister', () => {
    // After heldout21/2222 (Al-Diyar), shortened.
    const text = 'التقى وزير الشؤون الاجتماعية هكتور حجار، المفوض السامي للأمم المتحدة لشؤون اللاجئين فيليبو غراندي في بيروت.\n\n'
      + 'وقال حجار إن "لبنان لم يعد قادرا على تحمل هذا العبء".\n\n'
      + 'وأوضح المسؤول الأممي أن المفوضية لا تعارض العودة لكنها ترفض أي عودة قسرية.';
    expect(speakerOf(text, 'لا تعارض العودة')).toBe('فيليبو غراندي');
  });
  it('not when the text spoke of an unnamed UN official before («مسؤول أممي»)', () => {
    const text = 'التقى وزير الشؤون الاجتماعية هكتور حجار المفوض السامي للأمم المتحدة لشؤون اللاجئين فيليبو غراندي.\n\n'
      + 'وقال مسؤول أممي طلب عدم ذكر اسمه إن المساعدات ستتأخر.\n\n'
      + 'وأضاف المسؤول الأممي أن التمويل لا يكفي.';
    expect(speakerOf(text, 'التمويل لا يكفي')).not.toBe('فيليبو غراندي');
  });
  it('roles that name the UN, and one that does not', () => {
    expect(roleNamesUnitedNations('المفوض السامي للامم المتحده لشوون اللاجيين'.split(' '))).toBe(true);
    expect(roleNamesUnitedNations('المنسق الاممي للشوون الانسانيه'.split(' '))).toBe(true);
    expect(roleNamesUnitedNations('وزير الشوون الاجتماعيه'.split(' '))).toBe(false);
  });
});
