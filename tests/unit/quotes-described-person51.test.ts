import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

const opening = 'استقبل وزير الخارجية خالد العمري نظيره الفرنسي جان دوبون في العاصمة.\n\n';

// A person who holds no office, named after what they are (an analyst, a researcher, an activist), with a name the
// dictionaries do not hold as a name: the name speaks, not the description.
describe('a described person whose name words are not dictionary names', () => {
  it('an unknown given name before a family name with the article (after heldout23 2408)', () => {
    const text = opening + 'ويرى المحلل الرياضي منصف اليازغي أن المغرب «كسب رهانا دبلوماسيا قبل أن يكون رياضيا».';
    expect(speakerOf(text, 'كسب رهانا')).toBe('منصف اليازغي');
  });
  it('a given name that is also a word or a style, before a family name an Arab name source lists (after heldout20 2105)', () => {
    const text = opening + 'وقالت الباحثة في منظمة "هيومن رايتس ووتش" آية مجذوب إن "الضغوط على اللاجئين تتزايد".';
    expect(speakerOf(text, 'الضغوط على اللاجئين')).toBe('آية مجذوب');
  });
  it('after a style, a given name that is also a title (after heldout22 2313)', () => {
    const text = opening + 'ويرى الباحث في العلاقات الدولية بجامعة الملك سعود الدكتور سلطان العنزي أن الزيارة "تعكس ثقل المملكة".';
    expect(speakerOf(text, 'تعكس ثقل')).toBe('سلطان العنزي');
  });
  it('«آية الله» stays a style', () => {
    const text = opening + 'وقال آية الله علي السيستاني إن "الوضع خطير".';
    expect(speakerOf(text, 'الوضع خطير')).toBe('علي السيستاني');
  });
  it('a description with no name stays the description', () => {
    const text = opening + 'وقال المحلل السياسي في مركز الدراسات إن "الزيارة مهمة".';
    expect(speakerOf(text, 'الزيارة مهمة')).not.toMatch(/^(خالد العمري|جان دوبون)$/);
  });
});

// A campaign, a hospital, a club, a camp named in quotation marks inside the subject is a name, not the words.
describe('a label noun before a quoted name inside the subject (after heldout23 2423)', () => {
  it('«الناشط في حملة "…" X لـ"…" إن "…"»: the activist speaks the words after إن', () => {
    const text = opening + 'وقال الناشط البيئي في حملة "بيروت مدينتي" كريم سلامة لـ"الديار" إن "التوأمة مع المدن مفيدة".';
    const q = analyze(text).quotes.find((x) => x.text.includes('التوأمة'));
    expect(q?.speaker_ar).toBe('كريم سلامة');
    expect(q?.text).not.toContain('بيروت مدينتي');
  });
  it('the same after a hospital named in quotation marks', () => {
    const text = opening + 'وقال الطبيب في مستشفى "الأمل" سامر الخطيب لـ"الديار" إن "الوضع صعب جدا".';
    const q = analyze(text).quotes.find((x) => x.text.includes('الوضع صعب'));
    expect(q?.speaker_ar).toBe('سامر الخطيب');
    expect(q?.text).not.toContain('الأمل');
  });
});

// «أما X، فأكد» where X ended a name written in full before and is also a word of the language («بوشاح», with a sash).
describe('a topic that is a family name also read as a word (after heldout23 2421)', () => {
  const text = 'وحضر رئيس وفد مجلس النواب جلال الشويهدي، ورئيس وفد المجلس الأعلى للدولة عمر بوشاح.\n\n'
    + 'من جانبه، قال الشويهدي إن اللجنة "قطعت شوطا كبيرا".\n\n'
    + 'أما بوشاح، فأكد أن المجلس الأعلى للدولة منفتح على كل المقترحات.';
  it('is the person named in full before, not the one who spoke last', () => {
    expect(speakerOf(text, 'منفتح على كل')).toBe('عمر بوشاح');
  });
  it('not a word that followed a title or a word of the language before', () => {
    const other = 'وحضر رئيس الوفد جلال الشويهدي جانب بوشاح.\n\nمن جانبه، قال الشويهدي إن اللجنة "قطعت شوطا كبيرا".\n\nأما بوشاح، فأكد أن المجلس منفتح على الحوار.';
    expect(speakerOf(other, 'منفتح على الحوار')).not.toBe('جانب بوشاح');
  });
});
