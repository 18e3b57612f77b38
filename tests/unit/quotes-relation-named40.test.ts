import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('a title followed by a noun of relation and its genitive, then a name set off by commas', () => {
  it('gives the words to the name, not to «شريك ميركل» (heldout8 906)', () => {
    const text = 'انتخب الحزب زعيمة جديدة.\n\nوفي ردود الفعل، قالت زعيمة الحزب الاشتراكي الديمقراطي، شريك ميركل في الائتلاف الحاكم، أندريا ناليس، إن حزبها "مستعد لمواصلة العمل" مع القيادة الجديدة.';
    expect(speakerOf(text, 'مستعد لمواصلة')).toBe('أندريا ناليس');
  });
});
