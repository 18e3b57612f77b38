import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.speaker_ar, q.speaker_en]);

describe('speakers who hold no office (issue 11, point 3)', () => {
  it('a place after «بمدينة» closing the description of a person named before it is no person', () => {
    const text = 'ارتفع عدد السياح الوافدين إلى البلاد خلال الربع الأول من العام.\n\n'
      + 'أما سامي فؤاد الشريف، صاحب فندق صغير بمدينة الأقصر، فقال إن نسب الحجوزات تضاعفت خلال الشتاء.';
    const [speaker] = speakers(text);
    expect(speaker?.[0]).not.toMatch(/الأقصر/);
    expect(speaker?.[1] ?? '').not.toMatch(/Luxor|Aqsar|Bemdina/i);
  });

  it('a place after «بمدينة» ends a name the description runs into', () => {
    const text = 'قال شاهد العيان حسن كمال رضوان، الذي نجا من الحريق في مصنع النسيج بمدينة المحلة، إن "النيران انتشرت بسرعة كبيرة".';
    const [speaker] = speakers(text);
    expect(speaker?.[0] ?? '').not.toMatch(/بمدينة|المحلة/);
  });

  it('an unnamed Gulf source keeps its qualifier', () => {
    const text = 'وقال مصدر دبلوماسي خليجي إن المشاورات بين الدول الأعضاء ستستمر حتى نهاية الشهر.';
    expect(speakers(text)[0]?.[1]).toBe('Gulf diplomatic source');
  });
});
