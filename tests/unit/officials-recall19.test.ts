// Round 19: families of missed officials that recur across independently written sets. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a foreign name that ends on a word of no language, after a full role', () => {
  it('keeps a given name the lexicon reads as a word before a foreign family name', () => {
    expect(names('وقال نائب وزير الخارجية يرجان توكاييفوش إن المحادثات كانت مثمرة.')).toContain('يرجان توكاييفوش');
    expect(names('وأكدت وزيرة المالية آشتي كولانيمو، أن الموازنة ستقر قريبا.')).toContain('آشتي كولانيمو');
  });

  it('reads three words when the reader would stop after the given name', () => {
    expect(names('وقال محافظ البنك المركزي مراد تشتين أوزكارا إن السوق مستقرة.')).toContain('مراد تشتين أوزكارا');
    expect(names('وصرح وزير الدولة لشؤون النفط إيمانويل إيبي نغوزيكا، بأن الإنتاج سيرتفع.')).toContain('إيمانويل إيبي نغوزيكا');
  });

  it('does not take a function word or a reporting verb for a given name', () => {
    expect(names('وقال وزير الخارجية إن كاتشيمورا لن يحضر.')).not.toContain('إن كاتشيمورا');
    expect(names('وصل وزير الخارجية قال كاتشيمورا.').some((n) => n.includes('قال'))).toBe(false);
  });
});

const role = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('an office owned by a pronoun', () => {
  it('reads «وزير خارجيته/داخليتها/دفاعه» as a minister of that portfolio, whose name follows', () => {
    expect(role('ووصل رئيس الوزراء البلغاري برفقة وزير خارجيته بويكو تودوروف إلى المطار.', 'بويكو تودوروف')).toBe('Minister of Foreign Affairs');
    expect(role('وأعلنت الحكومة أن وزيرة داخليتها سلمى الزعبي ستزور عمان.', 'سلمى الزعبي')).toMatch(/Minister of Interior/);
    expect(role('واستقبل الأمير وزير دفاعه ناصر الحربي في القصر.', 'ناصر الحربي')).toBe('Minister of Defense');
  });

  it('does not stack the owned office on the title of its owner before it', () => {
    expect(role('وحضر الرئيس الكيني وزير خارجيته جوزيف كيبيتشو.', 'جوزيف كيبيتشو')).toBe('Minister of Foreign Affairs');
  });

  it('reads «رئيسها/زعيمها X» after the body it names as that body\'s head', () => {
    expect(names('وانسحبت الكتلة من الجلسة، وقال رئيسها سليم الرواشدة إن القرار نهائي.')).toContain('سليم الرواشدة');
    expect(names('وزار البلدة وفد من الحزب يتقدمه زعيمه فارس القطامين أمس.')).toContain('فارس القطامين');
  });
});

describe('a known given name that a family name of no language goes on', () => {
  it('keeps «عبد الله X» whole where X with the article is no word of the language', () => {
    expect(names('وقال وزير التخطيط عبد الله الشواهنة إن الخطة جاهزة.')).toContain('عبد الله الشواهنة');
  });
});

describe('a foreign name after role words the title grammar skips', () => {
  it('reads a name ending on a word of no language after the skipped words of a long body', () => {
    expect(names('وقال رئيس هيئة التنظيم والرقابة المصرفية يرجان كولانيمو، إن البنوك مستقرة.')).toContain('يرجان كولانيمو');
  });
});

describe('a party named in quotation marks before its leader', () => {
  it('reads past a long quoted name, its describing words and a comma', () => {
    expect(names('وقال زعيم حزب "الجبهة من أجل العدالة والتنمية" المعارض، بيتر مولينغا، إن الانتخابات مزورة.')).toContain('بيتر مولينغا');
    expect(names('أما رئيس حزب "التجمع من أجل الجمهورية"، فرانسوا بايرولا، فقال إنه سيترشح.')).toContain('فرانسوا بايرولا');
  });

  it('reads past the short name in brackets after the quoted one', () => {
    expect(names('وقال رئيس حزب "الاتحاد الوطني الديمقراطي" (أوندا)، جوزيف كابيلوا، إن الحزب باق.')).toContain('جوزيف كابيلوا');
  });
});

describe('the Sultanate, as Oman\'s press names its own state', () => {
  it('reads «سفير السلطنة المعتمد لدى X» after a name as a full office', () => {
    expect(role('وحضر المقابلة سعادة خالد بن سالم الراشدي سفير السلطنة المعتمد لدى جمهورية الهند.', 'خالد بن سالم الراشدي')).toMatch(/^Ambassador/);
  });
});

describe('a family name that reads as a word, between a given name and a close', () => {
  it('keeps the word after a given name when a comma, «إن» or «قد» follows it', () => {
    expect(names('وقال المتحدث باسم وزارة الدفاع، كمال الزعق، إن الوضع تحت السيطرة.')).toContain('كمال الزعق');
    expect(names('وكان محافظ البنك المركزي ستيفان قوس قد حذر من التضخم.')).toContain('ستيفان قوس');
  });

  it('does not take a reporting verb or a time word for the family name', () => {
    expect(names('وكان وزير الخارجية سامح قال إن الزيارة مهمة.').some((n) => n.includes('قال'))).toBe(false);
    expect(names('ووصل وزير الخارجية يوسف أمس، إلى الرياض.').some((n) => n.includes('أمس'))).toBe(false);
  });
});
