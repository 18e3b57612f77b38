import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar ?? 'no quote';

describe('a relative who shares a family name', () => {
  it('gives the family name alone to the one the relative is named after, not to the relative named last', () => {
    const text = 'وقضت المحكمة بسجن محافظ البصرة السابق ماجد النصراوي ست سنوات، فيما عوقب سامر النصراوي، نجل المحافظ السابق، بالسجن عاما واحدا. وقال النصراوي في رسالة من محبسه إن "الحكم سياسي ولا يستند إلى أي دليل".';
    expect(speakerOf(text, 'الحكم سياسي')).toBe('ماجد النصراوي');
  });

  it('does so when the relative is named after a possessive kinship noun', () => {
    const text = 'وحضر حفل التوقيع وزير الزراعة الأسبق فؤاد الحلبي ونجله رامز الحلبي. وأكد الحلبي أن "القطاع الزراعي يحتاج إلى دعم حكومي عاجل".';
    expect(speakerOf(text, 'القطاع الزراعي')).toBe('فؤاد الحلبي');
  });

  it('gives the family name with «الابن» to the relative', () => {
    const text = 'وقضت المحكمة بسجن محافظ البصرة السابق ماجد النصراوي ست سنوات، فيما عوقب سامر النصراوي، نجل المحافظ السابق، بالسجن عاما واحدا. وقال النصراوي الابن إن "والدي بريء من كل التهم".';
    expect(speakerOf(text, 'والدي بريء')).toBe("سامر النصراوي");
  });
});
