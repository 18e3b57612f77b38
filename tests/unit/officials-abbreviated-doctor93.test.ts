// «د.» (Dr.) before a name: its full stop ends no sentence, and the name after it is read as after «الدكتور».
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { withAbbreviatedStylesOpen } from '@/lib/arabic/abbreviations';

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);

describe('«د.» before a name', () => {
  it('reads the name after an office and «د.», with a space after the stop or none', () => {
    expect(officials('أعلن وزير الصحة د. سالم عبد الرحيم حامد اليوم خطة جديدة لمكافحة الملاريا.')).toEqual([['سالم عبد الرحيم حامد', 'Minister of Health']]);
    expect(officials('أعلن وزير الصحة د.سالم عبد الرحيم حامد اليوم خطة جديدة لمكافحة الملاريا.')).toEqual([['سالم عبد الرحيم حامد', 'Minister of Health']]);
  });

  it('keeps the article text as written, and the offsets', () => {
    const text = 'أعلن وزير الصحة د. سالم عبد الرحيم حامد اليوم خطة جديدة.';
    const a = analyze(text);
    expect(a.article.text).toBe(text);
    const [s, e] = a.officials[0]!.mentions[0]!;
    expect(text.slice(s, e)).toContain('سالم عبد الرحيم حامد');
  });

  it('gives a quote holding «د.» as the page writes it', () => {
    const [q] = analyze('وقال وزير الصحة سالم حامد إن "المستشفى الذي يديره د. كريم علي سيفتتح غدا".').quotes;
    expect(q!.text).toContain('يديره د. كريم علي');
  });

  it('leaves a «د» that ends a word, follows a number or closes the text alone', () => {
    for (const text of ['وصل الوفد إلى بغداد. ثم غادر', 'سجل الهدف في الدقيقة 45 د. وبعدها', 'انتهى الاجتماع عند الساعة الخامسة بعد الظهر د.']) {
      expect(withAbbreviatedStylesOpen(text)).toBe(text);
    }
    expect(withAbbreviatedStylesOpen('وقال د. سالم')).toBe('وقال د  سالم');
  });
});
