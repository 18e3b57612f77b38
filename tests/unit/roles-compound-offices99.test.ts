import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';

const official = (text: string, nameAr: string) => findOfficials(text).find((o) => o.name_ar === nameAr);

// One person holding two offices, or an office with a second qualifier, whose English kept only the first.
describe('an ambassador who is also his state’s permanent representative', () => {
  // heldout39 4021-mena-cairo-sisi-addis-ababa-au-summit: «ومندوبها» — the pronoun is his state's.
  it('joins «ومندوبها الدائم لدى …» after the ambassador’s office', () => {
    const text = 'وضم الوفد سامح شكري وزير الخارجية، والسفير أسامة عبد الخالق سفير مصر لدى إثيوبيا ومندوبها الدائم لدى الاتحاد الأفريقي.';
    expect(official(text, 'أسامة عبد الخالق')?.role_en).toBe('Ambassador of Egypt to Ethiopia and Permanent Representative to the African Union');
  });
  // heldout41 4218-kuna-kuwait-ethiopia-joint-committee: the second office with its article after «سفير» in the construct.
  it('joins «والممثل الدائم لدى …» after «سفير دولة الكويت لدى إثيوبيا» and keeps the name after it', () => {
    const text = 'وضم الجانب الكويتي مساعد وزير الخارجية لشؤون أفريقيا السفير فهد سعود الرشيدي وسفير دولة الكويت لدى إثيوبيا والممثل الدائم لدى الاتحاد الأفريقي بدر مبارك الدعيج ونائب المدير العام للصندوق الكويتي للتنمية الاقتصادية العربية وليد شملان البحر.';
    expect(official(text, 'بدر مبارك الدعيج')?.role_en).toBe('Ambassador of Kuwait to Ethiopia and Permanent Representative to the African Union');
  });
  it('renders the phrase through the role machinery', () => {
    expect(roleToEnglish('سفير مصر لدى إثيوبيا ومندوبها الدائم لدى الاتحاد الأفريقي')).toBe('Ambassador of Egypt to Ethiopia and Permanent Representative to the African Union');
  });
  // Near miss: after a definite ambassador, the article's «والمندوب الدائم» may be another person; and «ونائبه» is his deputy.
  it('does not join a definite ambassador’s «والمندوب الدائم», nor «ونائبه»', () => {
    const text = 'وحضر السفير المصري لدى إثيوبيا والمندوب الدائم لدى الأمم المتحدة محمد إدريس.';
    expect(official(text, 'محمد إدريس')?.role_en).toBe('Permanent Representative to the United Nations');
    expect(roleToEnglish('سفير مصر لدى إثيوبيا ونائبه')).toBe('Ambassador of Egypt to Ethiopia');
  });
});

describe('two offices set off by a comma before the name', () => {
  // heldout30 3120-rt-arabic-moscow-gerasimov-farid
  it('keeps both, in the text’s order', () => {
    const text = 'أجرى رئيس هيئة الأركان العامة للقوات المسلحة الروسية، النائب الأول لوزير الدفاع، الجنرال فاليري غيراسيموف، اليوم الثلاثاء في موسكو، محادثات مع رئيس أركان حرب القوات المسلحة المصرية الفريق محمد فريد حجازي.';
    expect(official(text, 'فاليري غيراسيموف')?.role_en).toBe('Chief of the General Staff of the Russian Armed Forces and First Deputy Minister of Defense');
  });
  // heldout3 406-bbc-arabic-harare-mugabe: a leader's office named by its nationality names the state.
  it('names the state of a leader’s second office', () => {
    const text = 'وقال رئيس الاتحاد الإفريقي، الرئيس الغيني ألفا كوندي، إن الشعب الزيمبابوي "عبر عن إرادته بطريقة سلمية".';
    expect(official(text, 'ألفا كوندي')?.role_en).toBe('Head of the African Union and President of Guinea');
  });
  // Near misses (heldout5 609, heldout16 1703): a former office says who he was; a judge's nationality says what she is.
  it('leaves a former office and a nationality of one of many out', () => {
    expect(official('وقال المبعوث الأممي إلى الصحراء الغربية، الرئيس الألماني الأسبق هورست كولر، إن المحادثات بناءة.', 'هورست كولر')?.role_en).toBe('UN Envoy to Western Sahara');
    expect(official('وقالت رئيسة المحكمة، القاضية الأمريكية جوان دونوهيو، إن المحكمة مختصة.', 'جوان دونوهيو')?.role_en).toBe('President of the Court');
  });
});

describe('a portfolio joined by «و»', () => {
  // heldout41 4214-ona-muscat-karis-farewell
  it('joins a portfolio of information technology', () => {
    expect(roleToEnglish('وزير الاقتصاد وتقنية المعلومات')).toBe('Minister of Economy and Information Technology');
    expect(roleToEnglish('وزير الاتصالات وتكنولوجيا المعلومات')).toBe('Minister of Communications and Information Technology');
  });
});
