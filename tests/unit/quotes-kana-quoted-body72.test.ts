import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

const OPENING = 'استقبل وزير الخارجية الأردني أيمن الصفدي نظيره البلجيكي في عمان. وقال الصفدي إن المباحثات "كانت بناءة". ';

describe('a body named in quotation marks as the subject of كان', () => {
  it('«وكانت "هيئة …" العاملة في … قد أعلنت»: the body speaks, not whoever spoke before', () => {
    const text = OPENING + 'وكانت "هيئة الإغاثة" العاملة في المدينة قد أعلنت في وقت سابق أن المساعدات ستصل خلال أيام.';
    expect(speakerOf(text, 'المساعدات ستصل')).toBe('هيئة الإغاثة');
  });

  it('a channel in quotation marks that relays others («نقلت عن») does not take their words', () => {
    const text = OPENING + 'وكانت "رويترز" نقلت عن مسؤولين أتراك أن التحقيق "لم ينته بعد".';
    expect(speakerOf(text, 'لم ينته')).not.toBe('رويترز');
  });
});
