import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

const OPENING = 'عمان - ناقش مجلس النواب مشروع قانون الضريبة، وقال وزير المالية محمد العسعس إن "القانون يحمي الطبقة الوسطى". ';

describe('a title and a name the officials layer left unlinked, right after the verb that opens the sentence', () => {
  it('are the subject of a participle that hangs on the sentence', () => {
    const text = OPENING + 'وهاجم النائب اللواء فهد السيد الحكومة بشدة خلال الجلسة، مؤكداً أن «الضريبة ستثقل كاهل المواطنين».';
    expect(speakerOf(text, 'كاهل المواطنين')).toBe('فهد السيد');
    // (…before an MP named after it, to whom the officials layer links the bare title.)
    const later = text + ' وقال النائب العميد المتقاعد خالد رمضان إن «المتقاعدين مظلومون».';
    expect(speakerOf(later, 'كاهل المواطنين')).toBe('فهد السيد');
  });

  it('are the subject of a verb joined to the sentence with no subject of its own', () => {
    const text = OPENING + 'وزار النائب اللواء فهد السيد المحتجين أمام المجلس، وقال إن «المطالب مشروعة».';
    expect(speakerOf(text, 'المطالب مشروعة')).toBe('فهد السيد');
  });

  it('after «فيما», with a preposition and its pronoun after the verb («أمامهم»)', () => {
    const text = OPENING + 'فيما التقت النائبة ديما طهبوب المعتصمين، وقالت أمامهم إن «الحكومة لم تستمع إليهم».';
    expect(speakerOf(text, 'لم تستمع')).toBe('ديما طهبوب');
  });

  it('yield to an official the officials layer linked', () => {
    const text = OPENING + 'وزار وزير الخارجية أيمن الصفدي المحتجين أمام المجلس، وقال إن «المطالب مشروعة».';
    expect(speakerOf(text, 'المطالب مشروعة')).toBe('أيمن الصفدي');
  });
});
