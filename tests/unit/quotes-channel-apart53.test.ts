// «لـ» written apart before a listed outlet («لـ«الشرق الأوسط»», «لـ"سكاي نيوز عربية"») is the channel spoken to, like
// «لرويترز»: it ends the subject, so a person named before it is read whole. And a district («قضاء سيدكان») names a
// place, not a person. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { channelLength } from '@/lib/vocab/speakers';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));
const opening = 'تتواصل المشاورات بين البلدين للأسبوع الثالث.\n\n';

describe('لـ apart before a listed outlet is a channel', () => {
  it('reads the outlet after لـ', () => {
    const norms = 'ل الشرق الاوسط ان'.split(' ');
    expect(channelLength(norms, 0)).toBe(3);
  });
  it('a researcher named before لـ«الشرق الأوسط» speaks by name', () => {
    const t = opening + 'وقال الباحث في مركز الدراسات الاستراتيجية في لندن عادل ناصيف لـ«الشرق الأوسط» إن «الزيارة تحمل رسائل كثيرة».';
    expect(quoteWith(t, 'رسائل كثيرة')?.speaker_ar).toBe('عادل ناصيف');
  });
  it('and before لـ"سكاي نيوز عربية"', () => {
    const t = opening + 'وقال المحلل في معهد الشرق الأدنى في واشنطن سامر إيبش لـ"سكاي نيوز عربية" إن "الاتفاق ما زال بعيدا".';
    expect(quoteWith(t, 'ما زال بعيدا')?.speaker_ar).toBe('سامر إيبش');
  });
});

describe('a district names a place', () => {
  it('a resident of a district is a resident, not a person named by the place', () => {
    const t = opening + 'وقال أحد سكان قضاء سيدكان الحدودي لـ«القدس العربي»، طالبا عدم ذكر اسمه، إن الأهالي «يأملون أن تنتهي الضربات».';
    const q = quoteWith(t, 'تنتهي الضربات');
    expect(q?.speaker_ar).toContain('أحد سكان');
    expect(q?.speaker_en).toBe('A resident');
  });
});
