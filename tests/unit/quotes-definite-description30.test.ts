import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

const MINISTER = 'أعلن وزير الفلاحة والصيد البحري محمد صديقي، اليوم الإثنين بالرباط، عن خطة لدعم مربي الماشية. '
  + 'وقال صديقي إن "الموسم الفلاحي الحالي صعب". ';

describe('a describing noun with the article and an adjective that is no nationality («المسؤول الحكومي»)', () => {
  it('refers back to the official last named, not to a new unnamed source', () => {
    const text = MINISTER + 'وأضاف المسؤول الحكومي أن الدعم سيشمل الأعلاف والأدوية البيطرية.';
    expect(quoteOf(text, 'الأعلاف')?.speaker_en).toBe(quoteOf(text, 'الموسم الفلاحي')?.speaker_en);
    expect(quoteOf(text, 'الأعلاف')?.speaker_kind).toBeNull();
  });

  it('keeps its circumstances after it, and agrees in gender', () => {
    const text = 'قدمت وزيرة الانتقال الطاقي ليلى بنعلي أمس حصيلة القطاع. وقالت بنعلي إن "الطلب على الكهرباء ارتفع". '
      + 'وأوضحت المسؤولة الحكومية، في ندوة صحافية، أن محطات جديدة ستدخل الخدمة قريبا.';
    expect(quoteOf(text, 'محطات جديدة')?.speaker_ar).toBe('ليلى بنعلي');
  });

  it('goes to the official whose role holds the adjective, before one named later', () => {
    const text = 'استقبل رئيس الحكومة أمس نائب رئيس صندوق النقد الدولي جهاد أزعور، بحضور وزير المالية يوسف الخليل. '
      + 'وقال المسؤول الدولي عقب اللقاء إن المباحثات تناولت الإصلاحات المصرفية.';
    expect(quoteOf(text, 'الإصلاحات المصرفية')?.speaker_ar).toBe('جهاد أزعور');
  });

  it('stays an unnamed source when the text keeps it unnamed, or without the article', () => {
    const aside = MINISTER + 'وقال المسؤول الحكومي، الذي طلب عدم ذكر اسمه، إن التمويل لم يحسم بعد.';
    expect(quoteOf(aside, 'التمويل')?.speaker_kind).toBe('source');
    const indefinite = MINISTER + 'وأكد مسؤول حكومي أن الميزانية كافية.';
    expect(quoteOf(indefinite, 'الميزانية')?.speaker_kind).toBe('source');
  });
});
