import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout18 1901 (a deposed president's video, broadcast by local media).
describe('«وفي مقطع مصور بثته وسائل إعلام محلية، ظهر X … مطالبا»: the person after the opening phrase speaks', () => {
  const opening = 'أعلن ضباط في الجيش صباح اليوم عزل الرئيس جان بيير موكامبا ووضعه قيد الإقامة الجبرية.\n\n';
  it('the participle and the verb after it go to the person, not to the outlet in the opening phrase', () => {
    const text = opening + 'وفي مقطع مصور بثته وسائل إعلام محلية، ظهر موكامبا من مقر إقامته مطالبا "أصدقاء البلاد في كل مكان" بأن "يرفعوا أصواتهم"، وقال إنه محتجز في منزله.';
    expect(speakerOf(text, 'أصدقاء البلاد')).toMatch(/موكامبا/);
    expect(speakerOf(text, 'محتجز في منزله')).toMatch(/موكامبا/);
  });
  it('with no person after the opening phrase, the body that opened the sentence still speaks', () => {
    const text = opening + 'وفي بيان صدر مساء اليوم، أعلنت وزارة الخارجية رفضها الانقلاب، مطالبة "بالعودة الفورية إلى النظام الدستوري".';
    expect(speakerOf(text, 'العودة الفورية')).toMatch(/وزارة الخارجية|الوزارة/);
  });
});
