// «وعلمت X من مصادر … أن»: what an outlet learned from sources is the sources' statement; what it learned with no
// source named, or «حسبما علمت X», is its own reporting. The bare «علم» stays a name (Alam) or a noun. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { reportingVerb } from '@/lib/vocab/reporting';

const opening = 'تتواصل الأزمة السياسية في البلاد للأسبوع الثالث وسط احتجاجات واسعة.\n\n';
const quotes = (text: string) => analyze(text).quotes;

describe('an outlet learns from sources', () => {
  it('the outlet in marks, then من and the sources', () => {
    const q = quotes(opening + 'وعلمت «الشرق الأوسط» من مصادر حكومية مطلعة أن الحكومة ستقدم استقالتها الأسبوع المقبل.');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker_ar).toBe('مصادر حكومية مطلعة');
    expect(q[0]!.text.startsWith('الحكومة ستقدم')).toBe(true);
  });
  it('the outlet without marks, the Levantine spelling of diplomatic', () => {
    const q = quotes(opening + 'وعلمت الديار من مصادر ديبلوماسية ان المبعوث الأممي "سيعود إلى بيروت الشهر المقبل". وأشارت المصادر إلى أن باريس "لم تعد متمسكة بالمقايضة".');
    expect(q.map((x) => x.speaker_en)).toEqual(['Diplomatic sources', 'Diplomatic sources']);
  });
  it('no source named: the outlet reports, nobody is quoted', () => {
    expect(quotes(opening + 'وعلمت «النهار» أن عدد طالبي الكلام تجاوز الأربعين نائبا في الجلسة.')).toHaveLength(0);
    expect(quotes(opening + 'يرجح أن يلتقي الرئيس الأمريكي الملكة أثناء زيارته الرسمية لبريطانيا، حسبما علمت بي بي سي.')).toHaveLength(0);
  });
  it('the bare past is no reporting verb', () => {
    expect(reportingVerb('علم')).toBeNull();
    expect(reportingVerb('وعلمت')?.lemma).toBe('علم');
  });
});
