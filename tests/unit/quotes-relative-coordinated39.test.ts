import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('a relative clause set off by a comma whose second verb, joined by و with no comma, reports', () => {
  it('has the one the clause hangs on for speaker, not the subject of the sentence', () => {
    const text = 'فازت كلوديا شينباوم بالانتخابات الرئاسية في المكسيك.\n\n'
      + 'وتعهدت الرئيسة المنتخبة بمواصلة سياسات سلفها الرئيس أندريس مانويل لوبيز أوبرادور، الذي هنأها في مقطع مصور ووصف فوزها بأنه "انتصار تاريخي للديمقراطية".';
    expect(speakerOf(text, 'انتصار تاريخي')).toBe('أندريس مانويل لوبيز أوبرادور');
  });

  it('still does with a comma before the second verb', () => {
    const text = 'وصل وزير الخارجية البريطاني جيريمي هانت إلى مسقط.\n\n'
      + 'وتحدث الوزير العماني مع نظيره البريطاني جيريمي هانت، الذي رحب بالمبادرة، وقال إن بلاده "تدعم الحل السياسي في اليمن".';
    expect(speakerOf(text, 'تدعم الحل السياسي')).toBe('جيريمي هانت');
  });
});
