import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe('a name in quotation marks inside reported words («حزب "…"،»): its closing mark ends no words', () => {
  it('reads on past the party\'s name to the end of the statement', () => {
    const q = analyze('أبوجا - أعلنت اللجنة النتائج.\n\nوقال رئيس اللجنة محمود ياكوبو في أبوجا إن تينوبو، مرشح حزب "مؤتمر جميع التقدميين"، حصل على 8,79 ملايين صوت، متقدما على منافسيه.').quotes.map((x) => x.text);
    expect(q).toContain('تينوبو، مرشح حزب "مؤتمر جميع التقدميين"، حصل على 8,79 ملايين صوت، متقدما على منافسيه');
  });

  it('still ends the words at the closing mark of a quotation that is no name', () => {
    const q = analyze('أبوجا - أعلنت اللجنة النتائج.\n\nوقال الوزير أحمد علي إن الانتخابات "جرت بسلام"، في أول تعليق له على النتائج.').quotes.map((x) => x.text);
    expect(q).toEqual(['الانتخابات "جرت بسلام"']);
  });
});
