import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { quoteWith, speakerBoth, speakerOf } from './helpers/quotes';

describe('a statement speaks for the body that issued it', () => {
  it('in construct with the body: «بيان الخارجية البرازيلية»', () => {
    const t = 'وجاء في بيان الخارجية البرازيلية أن "برازيليا لن تقبل أي تدخل في شؤونها الداخلية".';
    expect(speakerBoth(t, 'لن تقبل')).toBe('Brazilian Foreign Ministry | بيان الخارجية البرازيلية');
  });
  it('named again, after a construct: «وتابع البيان»', () => {
    const t = 'وأوضح بيان الخارجية البرازيلية أن الوزير سيزور المنطقة الشهر المقبل.\n\nوتابع البيان أن "الحوار هو السبيل الوحيد لحل الأزمة".';
    expect(speakerOf(t, 'الحوار هو السبيل')).toBe('Brazilian Foreign Ministry');
  });
  it('a communiqué named again several paragraphs after it was issued: «وحسب البلاغ»', () => {
    const t = 'وأفاد بلاغ لمجلس النواب أن الجانبين بحثا سبل التعاون البرلماني.\n\nوحضر اللقاء عدد من النواب.\n\nوتناول اللقاء الوضع في المنطقة.\n\nوجرى الحديث عن التبادل التجاري.\n\nوشدد الجانبان على الحوار.\n\nوحسب البلاغ، تم الاتفاق على تشكيل لجنة مشتركة للتعاون بين المجلسين.';
    expect(speakerOf(t, 'تم الاتفاق على تشكيل')).not.toMatch(/^Communiqu/);
  });
});

describe('a person named before in full speaks by an honorific and one word of the name', () => {
  const t = 'استقبل رئيس الغرفة الثانية، السيد النعم بلحاج، اليوم وفدا من البرلمان الكيني.\n\nوأكد السيد بلحاج أن المغرب يولي أهمية خاصة لعلاقاته مع بلدان شرق إفريقيا.';
  it('in full, in English, never the Arabic words', () => {
    const q = quoteWith(t, 'يولي أهمية');
    expect(q.speaker_ar).toBe('النعم بلحاج');
    expect(q.speaker_en).toMatch(/^[A-Za-z -]+$/);
  });
});

describe('a title linked to no official is held by the person the text named right after it', () => {
  // («سلطان» is a title as well as a given name: the officials layer links no official there.)
  it('«وقال المحافظ» after «محافظ الكرك سلطان الرواشدة»', () => {
    const t = 'استقبل محافظ الكرك سلطان الرواشدة، في مكتبه اليوم، وفدا من رجال الأعمال.\n\nوقال المحافظ إن المدينة "تملك فرصا استثمارية كبيرة".';
    expect(speakerBoth(t, 'تملك فرصا')).toBe('Sultan Al-Rawashda | سلطان الرواشدة');
  });
  it('not a town named after the title', () => {
    const t = 'وصل محافظ الكرك سان خوسيه، في زيارة رسمية اليوم.\n\nوقال المحافظ إن المدينة "تملك فرصا استثمارية كبيرة".';
    expect(quoteWith(t, 'تملك فرصا').speaker_kind).not.toBe('person');
  });
});

describe('a town at the end of a description is no person', () => {
  it('«صاحب متجر في سان خوسيه»', () => {
    const t = 'من جهته، قال صاحب متجر صغير في سان خوسيه إن البضائع "عالقة في الميناء منذ أيام".';
    const a = analyze(t);
    expect(a.quotes[0]?.speaker_ar).not.toBe('سان خوسيه');
    expect(a.people.map((p) => p.name_ar)).not.toContain('سان خوسيه');
  });
});
