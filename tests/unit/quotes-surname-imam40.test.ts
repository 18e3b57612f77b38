import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('«إمام» written with its hamza below after a given name', () => {
  it('is the family name Imam before a comma (heldout15 1611)', () => {
    const text = 'من جانبه، أكد حازم إمام، عضو مجلس إدارة الاتحاد المصري لكرة القدم، أن الجهاز الفني الجديد سيضم إبراهيم حسن مديرا للمنتخب.';
    expect(speakerOf(text, 'الجهاز الفني')).toBe('حازم إمام');
  });

  it('is the family name Imam before the complementizer', () => {
    const text = 'وقال الفنان عادل إمام في حوار تلفزيوني إن الفيلم «سيعرض في الصيف». وأكد محمد إمام أن العرض الأول سيقام في القاهرة.';
    expect(speakerOf(text, 'العرض الأول')).toBe('محمد إمام');
  });

  it('leaves the preposition «أمام» after a name to the circumstance', () => {
    const text = 'وقال حازم أمام الصحفيين إن المنتخب «سيتأهل».';
    expect(speakerOf(text, 'سيتأهل') ?? '').not.toContain('أمام');
  });
});
