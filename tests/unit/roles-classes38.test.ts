import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a monarch named «عاهل»', () => {
  it('styles the monarch of a named kingdom its King', () => {
    expect(officialOf('واستقبل عاهل مملكة البحرين حمد بن عيسى آل خليفة وزير الخارجية الكويتي.', 'حمد بن عيسى آل خليفة')?.role_en).toBe('King of Bahrain');
  });
  it('styles a monarch named by his people\'s adjective the King of his country', () => {
    expect(officialOf('وبحث العاهل الأردني عبد الله الثاني مع الرئيس الفرنسي التطورات في المنطقة.', 'عبد الله الثاني')?.role_en).toBe('King of Jordan');
  });
});

describe('the undersecretary of a senate', () => {
  const text = 'وضم الوفد المستشار بهاء الدين أبو شقة، وكيل أول مجلس الشيوخ، والنائبة فيبى فوزى جرجس، وكيلة مجلس الشيوخ.';
  it('reads the first undersecretary as the First Deputy Speaker', () => {
    expect(officialOf(text, 'بهاء الدين أبو شقة')?.role_en).toBe('First Deputy Speaker of the Senate');
  });
  it('reads the undersecretary, a woman, as the Deputy Speaker', () => {
    expect(officialOf(text, 'فيبى فوزى جرجس')?.role_en).toBe('Deputy Speaker of the Senate');
  });
  it('keeps a ministry\'s undersecretary an Undersecretary', () => {
    expect(officialOf('وقال وكيل وزارة المالية خليفة حمادة إن العجز تراجع.', 'خليفة حمادة')?.role_en).toMatch(/^Undersecretary of the Ministry of Finance/);
  });
});

describe('«لدى المملكة» where the country the article tells most is no kingdom', () => {
  it('names the kingdom of the article\'s other officials', () => {
    const text = 'بحث الأمين العام لمنظمة التعاون الإسلامي يوسف العثيمين، في جدة أمس، مع عضو مجلس الرئاسة في البوسنة والهرسك بكر عزت بيغوفيتش أوضاع المسلمين، بحضور النائبة في مجلس النواب البوسني سابينا تشوديتش، وسفير البوسنة والهرسك لدى المملكة حازم فازليتش. ونقل عن ولي العهد السعودي الأمير محمد بن سلمان دعمه.';
    expect(officialOf(text, 'حازم فازليتش')?.role_en).toMatch(/to Saudi Arabia$/);
  });
});

describe('Lebanon\'s judicial investigator', () => {
  it('reads «المحقق العدلي» as one office', () => {
    expect(officialOf('وادعى المدعي العام التمييزي على المحقق العدلي القاضي طارق البيطار بجرم اغتصاب السلطة.', 'طارق البيطار')?.role_en).toBe('Judicial Investigator');
  });
  it('reads no name in a passive participle after the office', () => {
    const o = analyze('وقال عويدات إن "يد المحقق العدلي مكفوفة بحكم القانون".').officials;
    expect(o.map((x) => x.name_ar)).not.toContain('مكفوفة بحكم');
  });
  it('still reads a given name of the same shape a name source lists', () => {
    expect(officialOf('وقال وزير الداخلية محمود توفيق إن الأمن مستتب.', 'محمود توفيق')?.role_en).toBe('Minister of Interior');
  });
});
