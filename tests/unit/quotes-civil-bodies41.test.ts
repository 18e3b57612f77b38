// Bodies of civil society speak as institutions: a syndicate, an association, a league («نقابة أطباء السودان»,
// «جمعية المحامين»). The body is the speaker, not the start of what it announced. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const opening = 'تتواصل الاشتباكات في العاصمة لليوم الثاني.\n\n';
const quoteWith = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));

describe('a syndicate, an association or a league speaks', () => {
  it('نقابة … announces a toll: the body speaks, the toll is the statement', () => {
    const q = quoteWith(opening + 'وأعلنت نقابة الأطباء سقوط خمسة قتلى مدنيين على الأقل وعشرات الجرحى في الأحياء الشرقية.', 'خمسة قتلى');
    expect(q?.speaker_ar).toBe('نقابة الأطباء');
    expect(q?.text.startsWith('سقوط')).toBe(true);
  });
  it('جمعية … in a statement', () => {
    expect(quoteWith(opening + 'وقالت جمعية المحامين في بيان إن "القانون الجديد غير دستوري ويجب سحبه".', 'غير دستوري')?.speaker_ar).toBe('جمعية المحامين');
  });
  it('الرابطة … with its adjective', () => {
    expect(quoteWith(opening + 'وقالت رابطة الصحفيين المستقلين إن "الاعتقالات طالت عشرة مراسلين هذا الأسبوع".', 'عشرة مراسلين')?.speaker_ar).toBe('رابطة الصحفيين المستقلين');
  });
});
