import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('what a statement reports an official as saying is the official’s', () => {
  const opening = 'تلقى وزير الخارجية عبدالله علي اليحيا اتصالا هاتفيا من وزير خارجية إيران عباس عراقجي.\n\n'
    + 'وذكرت وزارة الخارجية في بيان صحفي أن الجانبين تبادلا وجهات النظر حول التطورات الإقليمية.\n\n';
  it('«وأوضح البيان أن الوزير X أكد …»: a title and the official’s name before their own verb', () => {
    // After heldout19/2008 (KUNA, 24 September 2024), shortened.
    const text = `${opening}وأوضح البيان أن الوزير اليحيا أكد موقف دولة الكويت الثابت الداعي إلى ضبط النفس.`;
    expect(speakerOf(text, 'ضبط النفس')).toBe('عبدالله علي اليحيا');
  });
  it('«وأضاف البيان أن X شدد على …»: the name alone', () => {
    const text = `${opening}وأضاف البيان أن اليحيا شدد على أهمية احترام مبادئ حسن الجوار.`;
    expect(speakerOf(text, 'حسن الجوار')).toBe('عبدالله علي اليحيا');
  });
  it('the statement keeps what it says itself, and what it says of both sides', () => {
    const text = `${opening}وأضاف البيان أن الجانبين اتفقا على مواصلة التشاور.`;
    expect(speakerOf(text, 'مواصلة التشاور')).not.toBe('عبدالله علي اليحيا');
    const own = `${opening}وأضاف البيان أن الكويت تتابع باهتمام التطورات.`;
    expect(speakerOf(own, 'تتابع باهتمام')).not.toBe('عبدالله علي اليحيا');
  });
});
