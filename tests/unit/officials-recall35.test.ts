import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('the Levantine spelling «جوزف» of Joseph, which the lexicon reads as a word', () => {
  it('is a given name after an office and after a military rank', () => {
    expect(officialOf('وقال رئيس الجمهورية جوزف عون إن الوضع هادئ.', 'جوزف عون')?.role_ar).toBe('رئيس الجمهورية');
    expect(officialOf('وقال قائد الجيش العماد جوزف عون إن الوضع هادئ.', 'جوزف عون')?.role_ar).toBe('قائد الجيش');
    expect(officialOf('وقال النائب جوزف إسحق للصحافيين إن الجلسة تأجلت.', 'جوزف إسحق')?.role_en).toBe('MP');
  });
  it('is spelled Joseph in English, whatever the origin the role suggests', () => {
    expect(officialOf('وقال رئيس الجمهورية جوزف عون إن الوضع هادئ.', 'جوزف عون')?.name_en).toBe('Joseph Aoun');
  });
});

describe('a definite office with only its nationality right after a verb of meeting, then an office in the construct', () => {
  it('is the subject, and the office after it is the one met, with its own role', () => {
    const o = officialOf('كما التقى الموفد الفرنسي قائد الجيش العماد جوزيف عون في اليرزة.', 'جوزيف عون');
    expect(o?.role_ar).toBe('قائد الجيش');
    const p = officialOf('واستقبل الوزير الفرنسي رئيس الوزراء اللبناني نجيب ميقاتي في باريس.', 'نجيب ميقاتي');
    expect(p?.role_en).toBe('Lebanese Prime Minister');
    expect(p?.country).toBe('LB');
  });
  it('still stacks an office and a second one whose first names its body', () => {
    expect(officialOf('والتقى نائب رئيس الوزراء الإيطالي وزير الخارجية أنطونيو تاياني نظيره المصري.', 'أنطونيو تاياني')?.role_ar).toBe('نائب رئيس الوزراء الإيطالي وزير الخارجية');
  });
});

describe('an Arab family name written like a function word, closing a name of two words', () => {
  const ala = ' وشدد على أهمية الحوار.';
  it('reads «خلف» as the family name before a comma, a full stop or «إن»', () => {
    expect(officialOf('وقال النائب ملحم خلف إن القرار باطل.', 'ملحم خلف')?.role_en).toBe('MP');
    expect(officialOf('بينهم النائب ملحم خلف، الذي رأى أن القرار باطل.', 'ملحم خلف')).not.toBeNull();
    expect(officialOf('وحضر اللقاء النائب ملحم خلف.', 'ملحم خلف')).not.toBeNull();
  });
  it('reads «علي» as the name Ali where the article writes the preposition «على» with ى', () => {
    expect(officialOf('وأكد وزير المالية محمد علي أن العجز تراجع.' + ala, 'محمد علي')?.role_ar).toBe('وزير المالية');
    expect(officialOf('وقال وزير النقل أحمد علي، إن الطريق افتتح.' + ala, 'أحمد علي')?.role_ar).toBe('وزير النقل');
  });
  it('but not where the preposition goes on to its noun, nor «علي» where the article never writes «على»', () => {
    expect(officialOf('وحث وزير المالية محمد على خفض العجز.', 'محمد على')).toBeNull();
    expect(officialOf('وأكد وزير المالية محمد علي أن العجز تراجع.', 'محمد علي')).toBeNull();
  });
});

describe('a Slavic or Turkic family name after given names the lexicon reads as words', () => {
  it('reads the whole name, up to four words, after a full role', () => {
    const o = officialOf('ونقل تحيات الرئيس التركمانستاني قربان قولي بردي محمدوف إلى أمير قطر.', 'قربان قولي بردي محمدوف');
    expect(o?.role_ar).toBe('الرئيس التركمانستاني');
  });
  it('but not nouns of the language before a word in «اف»', () => {
    const names = analyze('وقال وزير الخارجية الروسي بسبب عدم اعتراف الحكومة بالنتائج.').officials.map((x) => x.name_ar);
    expect(names).not.toContain('بسبب عدم اعتراف');
  });
});

describe('an unnamed source after a nationality that is a name too', () => {
  it('keeps «رفيع» (senior) an adjective of the source, no family name', () => {
    expect(analyze('وقال مصدر دبلوماسي تركي رفيع إن الزيارة ناجحة.').officials).toEqual([]);
  });
});
