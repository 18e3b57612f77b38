import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

const MOURNING = 'توفي الرئيس التونسي الباجي قائد السبسي. وقال رئيس الحكومة يوسف الشاهد إن "تونس فقدت رجل دولة". ';

describe('a noun of kin with its pronoun and the name after it («نجله حافظ قائد السبسي»): the relative speaks', () => {
  it('is the son named, not the father whose family name he bears', () => {
    const text = MOURNING + 'فيما قال نجله حافظ قائد السبسي، المدير التنفيذي للحزب، إن العائلة «تشكر التونسيين على محبتهم».';
    expect(quoteOf(text, 'تشكر التونسيين')?.speaker_ar).toBe('حافظ قائد السبسي');
  });

  it('takes a given name alone, and circumstances after it', () => {
    const text = MOURNING + 'وقالت ابنته ليلى للصحفيين إن "والدي كان رجلا طيبا".';
    expect(quoteOf(text, 'رجلا طيبا')?.speaker_ar).toBe('ليلى');
  });

  it('leaves a kin noun with an adjective («نجله الأكبر») unnamed', () => {
    const text = MOURNING + 'وقال نجله الأكبر إن "العائلة بخير".';
    expect(quoteOf(text, 'العائلة بخير')?.speaker_ar).not.toBe('الباجي قائد السبسي');
  });
});

describe('an outlet right after an adjective is the object of a verb of informing («أبلغ مسؤول غربي بي بي سي»)', () => {
  it('the unnamed official speaks, not the outlet', () => {
    const text = 'وقال الوزير أحمد علي إن "البلاد بخير". وأبلغ مسؤول غربي بي بي سي، طالبا عدم الكشف عن هويته، أن بلاده تتابع الزيارة "بقلق".';
    expect(quoteOf(text, 'تتابع الزيارة')?.speaker_ar).toBe('مسؤول غربي');
  });

  it('an outlet in parentheses is the name of the agency before it, which relays', () => {
    const text = 'وزار وزير الخارجية الإيراني محمد جواد ظريف دمشق. ونقلت وكالة الأنباء الإيرانية الرسمية (إرنا)، عن ظريف قوله للصحفيين، إن "سوريا تقوم بتطهير أراضيها".';
    expect(quoteOf(text, 'بتطهير أراضيها')?.speaker_en).toBe('Mohammad Javad Zarif');
  });
});
