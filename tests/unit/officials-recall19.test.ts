// Round 19: families of missed officials that recur across independently written sets. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a foreign name that ends on a word of no language, after a full role', () => {
  it('keeps a given name the lexicon reads as a word before a foreign family name', () => {
    expect(names('وقال نائب وزير الخارجية يرجان توكاييفوش إن المحادثات كانت مثمرة.')).toContain('يرجان توكاييفوش');
    expect(names('وأكدت وزيرة المالية آشتي كولانيمو، أن الموازنة ستقر قريبا.')).toContain('آشتي كولانيمو');
  });

  it('reads three words when the reader would stop after the given name', () => {
    expect(names('وقال محافظ البنك المركزي مراد تشتين أوزكارا إن السوق مستقرة.')).toContain('مراد تشتين أوزكارا');
    expect(names('وصرح وزير الدولة لشؤون النفط إيمانويل إيبي نغوزيكا، بأن الإنتاج سيرتفع.')).toContain('إيمانويل إيبي نغوزيكا');
  });

  it('does not take a function word or a reporting verb for a given name', () => {
    expect(names('وقال وزير الخارجية إن كاتشيمورا لن يحضر.')).not.toContain('إن كاتشيمورا');
    expect(names('وصل وزير الخارجية قال كاتشيمورا.').some((n) => n.includes('قال'))).toBe(false);
  });
});
