import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«وتابع/وأضاف» with a description that names nobody: the one speaking, described another way', () => {
  it('a describing noun and a nationality goes on with the speaker, not with another official of that nationality', () => {
    const text = 'وصل المبعوث الفرنسي المكلف متابعة مؤتمر الدعم السفير جان لوغران إلى بيروت أمس. '
      + 'واستقبله رئيس الحكومة سعد الحريري بحضور السفير الفرنسي في لبنان برونو فوشيه. '
      + 'وقال لوغران بعد اللقاء: «لبنان أمام فرصة حقيقية والوقت ليس مفتوحا». '
      + 'وتابع الموفد الفرنسي أن «خفض العجز ليس مطلبا تعجيزيا».';
    expect(quoteOf(text, 'خفض العجز')?.speaker_en).toBe(quoteOf(text, 'فرصة حقيقية')?.speaker_en);
  });

  it('an office and its nationality that no other official holds is the minister who spoke', () => {
    const text = 'أجرى وزير الخارجية المغربي ناصر بوريطة مباحثات في نواكشوط مع نظيره الموريتاني محمد سالم ولد مرزوك. '
      + 'وقال بوريطة إن "العلاقات بين البلدين تعيش أفضل مراحلها". '
      + 'وأضاف رئيس الدبلوماسية المغربية أن الطرفين اتفقا على عقد اللجنة المشتركة قبل نهاية السنة.';
    expect(quoteOf(text, 'اللجنة المشتركة')?.speaker_ar).toBe('ناصر بوريطة');
  });

  it('an office with a status adjective («المنتخب») goes on with the speaker, not with the one addressed', () => {
    const text = 'فاز مرشح المعارضة أكرم إمام أوغلو برئاسة بلدية إسطنبول. وهنأ الرئيس التركي رجب طيب أردوغان الفائز. '
      + 'وقال إمام أوغلو أمام أنصاره: "هذه بداية جديدة لإسطنبول". '
      + 'وتابع رئيس البلدية المنتخب، موجها كلامه إلى أردوغان: "أنا مستعد للعمل معكم بانسجام".';
    expect(quoteOf(text, 'مستعد للعمل')?.speaker_ar).toBe('أكرم إمام أوغلو');
  });

  it('leaves the description to another official of the text who holds that office', () => {
    const text = 'التقى الرئيس المغربي محمد بن علي وزير المالية المغربي أحمد العلوي. '
      + 'وقال بن علي إن "الإصلاحات ماضية". وأضاف وزير المالية المغربي أن العجز سينخفض هذا العام.';
    expect(quoteOf(text, 'العجز سينخفض')?.speaker_ar).toBe('أحمد العلوي');
  });
});

describe('a description followed by «ذاته/نفسه»: the one who spoke last', () => {
  it('«المسؤول الحكومي ذاته» goes on with the minister', () => {
    const text = 'أجرى وزير الخارجية المغربي ناصر بوريطة مباحثات في نواكشوط مع نظيره الموريتاني محمد سالم ولد مرزوك. '
      + 'وقال بوريطة إن "العلاقات بين البلدين تعيش أفضل مراحلها". '
      + 'وأكد المسؤول الحكومي ذاته أن المملكة "لن تدخر جهدا في مواكبة موريتانيا".';
    expect(quoteOf(text, 'لن تدخر جهدا')?.speaker_ar).toBe('ناصر بوريطة');
  });

  it('«الوزيرة نفسها» agrees in gender with the one who spoke', () => {
    const text = 'قدمت وزيرة الانتقال الطاقي ليلى بنعلي أمس حصيلة القطاع. وقالت بنعلي إن "الطلب على الكهرباء ارتفع". '
      + 'وأوضحت الوزيرة نفسها أن محطات جديدة ستدخل الخدمة قريبا.';
    expect(quoteOf(text, 'محطات جديدة')?.speaker_ar).toBe('ليلى بنعلي');
  });
});
