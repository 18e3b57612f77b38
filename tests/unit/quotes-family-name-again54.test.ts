// A person the text named in full (a speaker with no office, read without a kind) and then by family name alone is
// that person in full; and a definite title followed by the verb's object («وأكد الملك حرص …») refers to the official
// of that title, the object cut off. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));
const opening = 'تتواصل المشاورات بين البلدين للأسبوع الثالث.\n\n';

describe('a family name alone after the name in full', () => {
  it('an analyst named in full, then by a family name the dictionaries do not read, is the same person', () => {
    const t = opening
      + 'وفي قراءة للمحادثات، قال الباحث في معهد الدراسات الدولية في لندن سامر إيبش لـ«الشرق الأوسط» إن «الزيارة تحمل رسائل كثيرة».\n\n'
      + 'وأشار إيبش إلى أن الملف النووي كان حاضرا على الأرجح في النقاشات.';
    expect(quoteWith(t, 'الملف النووي')?.speaker_ar).toBe('سامر إيبش');
    expect(quoteWith(t, 'الملف النووي')?.speaker_en).toBe('Samer Ibsh');
  });
});

describe('a definite title and then the object', () => {
  it('«وأكد جلالة الملك حرص الأردن على …» is the king named before', () => {
    const t = 'استقبل جلالة الملك عبدالله الثاني في قصر الحسينية اليوم رئيس وزراء اليونان.\n\n'
      + 'وأكد جلالة الملك حرص الأردن على تعزيز التعاون مع اليونان في مجالات الطاقة والسياحة.';
    expect(quoteWith(t, 'تعزيز التعاون')?.speaker_en).toBe('King Abdullah II');
  });
  it('«من جانبه، أكد سمو الأمير موقف …» with no quotation: the style and title are the subject, not the words', () => {
    const t = 'تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد، اتصالا هاتفيا اليوم، من رئيس وزراء إسبانيا.\n\n'
      + 'وأعرب رئيس الوزراء الإسباني خلال الاتصال عن تقديره لجهود الوساطة.\n\n'
      + 'من جانبه، أكد سمو الأمير موقف دولة قطر الثابت من الحلول السلمية للنزاعات، وضرورة حماية المدنيين، مشددا على أهمية الحوار.';
    const q = quoteWith(t, 'الحلول السلمية');
    expect(q?.speaker_en).toBe('Tamim bin Hamad Al Thani');
    expect(q?.text.startsWith('موقف')).toBe(true);
  });
});
