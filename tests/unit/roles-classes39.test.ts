import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { tradeStyled } from '@/lib/english/roles';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a ministry of «التجارة» by its state', () => {
  it('names it Trade in a state that calls it so', () => {
    const text = 'وحضر من الجانب الجزائري وزير التجارة كمال رزيق، وسفير الجزائر في تونس عزوز باعلال، فيما حضر من الجانب الجزائري وزير الداخلية.';
    expect(officialOf(text, 'كمال رزيق')?.role_en).toMatch(/^Minister of Trade\b/);
  });
  it('keeps Commerce in a Gulf state, and where the state is unknown', () => {
    expect(tradeStyled('Minister of Commerce and Industry', 'QA')).toBe('Minister of Commerce and Industry');
    expect(tradeStyled('Minister of Commerce and Industry', null)).toBe('Minister of Commerce and Industry');
    expect(tradeStyled('Minister of Commerce and Industry', 'EG')).toBe('Minister of Trade and Industry');
  });
  it('keeps a chamber of commerce one', () => {
    expect(tradeStyled('President of the Chamber of Commerce', 'EG')).toBe('President of the Chamber of Commerce');
  });
});

describe('a parliamentary group named by its adjectives', () => {
  it('reads «رئيس الفريق الاشتراكي بالمجلس» as the head of a parliamentary group', () => {
    const text = 'وحضر اللقاء النائب الأول لرئيس مجلس النواب محمد صباري، وعبد الرحيم شهيد، رئيس الفريق الاشتراكي بالمجلس.';
    expect(officialOf(text, 'عبد الرحيم شهيد')?.role_en).toBe('Head of the Socialist Parliamentary Group');
  });
  it('leaves a team with no chamber after it a team', () => {
    const text = 'وقال رئيس الفريق الطبي أحمد سالم إن الحالة مستقرة.';
    expect(officialOf(text, 'أحمد سالم')?.role_en ?? '').not.toMatch(/Group/);
  });
});

describe('«القوة الدولية» after the article named an international force', () => {
  it('is that force: the UNIFIL Commander, its Spokesman', () => {
    const text = 'وتفقد الوزير الكتيبة الإسبانية العاملة ضمن "اليونيفيل"، حيث التقى قائد القوة الدولية الجنرال أرولدو لاثارو. وقال الناطق الرسمي باسم القوة الدولية أندريا تيننتي إن الوضع هادئ.';
    expect(officialOf(text, 'أرولدو لاثارو')?.role_en).toBe('Commander of UNIFIL');
    expect(officialOf(text, 'أندريا تيننتي')?.role_en).toBe('Spokesman for UNIFIL');
  });
  it('stays an international force where the article named none', () => {
    const text = 'وقال قائد القوة الدولية الجنرال أرولدو لاثارو إن الوضع هادئ.';
    expect(officialOf(text, 'أرولدو لاثارو')?.role_en).not.toMatch(/UNIFIL/);
  });
});

describe('a bare title with its nationality after a verb of meeting', () => {
  it('is the subject\'s: the name after the next title holds that title alone', () => {
    const text = 'والتقى وزير الخارجية الإسباني خوسيه مانويل ألباريس نظيره اللبناني. كما زار الوزير الإسباني رئيس مجلس النواب نبيه بري في عين التينة.';
    expect(officialOf(text, 'نبيه بري')?.role_en).toBe('Speaker of Parliament');
  });
  it('keeps two titles of one person where no verb of meeting comes before them', () => {
    const text = 'وقال الرئيس الفلسطيني رئيس منظمة التحرير محمود عباس إن القدس خط أحمر.';
    expect(officialOf(text, 'محمود عباس')?.role_en).toMatch(/Palestinian President|President of Palestine/);
  });
});
