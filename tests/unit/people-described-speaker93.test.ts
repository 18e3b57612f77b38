import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { personNoun } from '../../lib/people/described-speaker';

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

  it('the quote a commentator is introduced for names them by what they are, then by name', () => {
    const text = 'أعلن البنك المركزي رفع سعر الفائدة نصف نقطة مئوية.\n\n'
      + 'وقال المحلل الاقتصادي حازم سمير الدباغ إن "القرار كان متوقعا بعد ارتفاع التضخم".\n\n'
      + 'وأضاف الدباغ أن الأسواق ستتكيف مع القرار خلال أسابيع.';
    const quotes = analyze(text).quotes;
    const said = (words: RegExp) => quotes.find((q) => words.test(q.text))?.speaker_ar;
    expect(said(/القرار كان متوقعا/)).toBe('المحلل الاقتصادي حازم سمير الدباغ');
    expect(said(/الأسواق ستتكيف/)).toMatch(/الدباغ/);
    expect(said(/الأسواق ستتكيف/)).not.toMatch(/المحلل/);
  });

  it('an unnamed Gulf source keeps its qualifier', () => {
    const text = 'وقال مصدر دبلوماسي خليجي إن المشاورات بين الدول الأعضاء ستستمر حتى نهاية الشهر.';
    expect(speakers(text)[0]?.[1]).toBe('Gulf diplomatic source');
  });
});

describe('the noun that says what a person of no office is', () => {
  it('keeps the adjective of a definite head', () => {
    expect(personNoun('الخبير الاقتصادي')).toBe('الخبير الاقتصادي');
    expect(personNoun('المحلل السياسي في جامعة القاهرة')).toBe('المحلل السياسي');
  });
  it('drops the complement of a head in construct and what follows a preposition', () => {
    expect(personNoun('أستاذ القانون الدستوري في جامعة الكويت')).toBe('أستاذ');
    expect(personNoun('الباحث في الشؤون الآسيوية')).toBe('الباحث');
  });
  it('gives nothing for an office or an unknown noun', () => {
    expect(personNoun('رئيس المركز المغربي للدراسات')).toBeNull();
    expect(personNoun('صاحب شركة سياحة')).toBeNull();
  });
});
