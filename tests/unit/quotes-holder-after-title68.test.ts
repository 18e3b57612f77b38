import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 68, speakers: a title read as the speaker whose holder is named after it in the same clause — right after it,
// past a rank, or past the title's complement — speaks as that person, not as the title. Sentences written for the
// test, in the style of the wires.

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker_ar);

describe('holderNamedAfterTitle: the name after a title speaks', () => {
  it('takes the name after a spokesperson of a body, before a participle clause', () => {
    const text = 'وفي بنغازي، رحب المتحدث باسم المجلس البلدي سالم الورفلي بالاتفاق، مشيرا إلى أن الحوار هو الطريق الوحيد.';
    expect(speakers(text)).toContain('سالم الورفلي');
    expect(speakers(text)).not.toContain('المتحدث باسم المجلس البلدي');
  });
  it('takes the name past the complement of the title', () => {
    const text = 'وفي نيروبي، انتقد مفوض الشؤون الاقتصادية والتجارة في السوق المشتركة جوزيف موانغي هذه الخطوة، وقال للصحفيين إن «الرسوم الجديدة تضر بالتجارة البينية».';
    expect(speakers(text)).toEqual(['جوزيف موانغي']);
  });
  it('leaves an unnamed source alone, whoever its complement names', () => {
    const text = 'ونقلت الوكالة عن مصدر مطلع على ملف الوزير كريم الساعدي قوله إن التحقيق سيستمر أسابيع.';
    expect(speakers(text).join()).not.toContain('الساعدي');
  });
  it('stops at the one spoken to', () => {
    const text = 'وقال ناطق باسم وزارة الداخلية في العاصمة لوكالة رويترز إن الحدود ستفتح غدا.';
    expect(speakers(text).join()).not.toMatch(/رويترز/);
  });
});

describe('namedOpener: a neighbour or colleague named after the verb speaks', () => {
  it('takes the name after a noun of kin or relation with its pronoun, not the one who spoke before', () => {
    const text = 'وفي الحي، روى أحد التجار، ويدعى كمال الشريف، ما حدث. "فقدنا كل شيء"، قال الشريف. وقاطعه جاره ناصر العبيدي قائلا: "المياه دخلت البيوت في دقائق".';
    const quotes = analyze(text).quotes;
    expect(quotes.find((q) => q.text.includes('المياه'))!.speaker_ar).toBe('ناصر العبيدي');
  });
});

describe('a family name alone after the words and their verb', () => {
  it('is the one named in full before, not a name with «على» after it', () => {
    const text = [
      'وبموجب القرار، عينت غلوريا موانزا وزيرة للتعليم خلفا لسلفها.',
      '"سأبدأ بإصلاح المناهج وتحسين أجور المعلمين"، هكذا علقت موانزا على تعيينها في حديث للصحفيين.',
    ].join('\n\n');
    const quotes = analyze(text).quotes;
    expect(quotes.find((q) => q.text.includes('المناهج'))!.speaker_ar).toBe('غلوريا موانزا');
  });
});
