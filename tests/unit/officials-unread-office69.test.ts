import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);
const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a body named only in quotation marks right after the office that heads it', () => {
  it('reads the holder after the closing mark of a head alone in the construct, the body in the role', () => {
    const o = find('وتفقد الوزير الموقع برفقة رئيس "كاسا" يوسف كيليتش وعدد من المسؤولين.', 'يوسف كيليتش');
    expect(o?.role_en).toMatch(/^Head of [A-Z]\w+$/);
  });

  it('reads the holder after a body the grammar read and its short name in marks, keeping the read role', () => {
    const o = find('وحضر اللقاء مدير وكالة تشجيع الاستثمار "إنفستا" بيدرو غارسيا.', 'بيدرو غارسيا');
    expect(o?.role_en).toContain('Agency');
  });

  it('reads no holder where the marks hold a quoted phrase and no name follows', () => {
    expect(names('وقال رئيس "أخذ علما" بالحكم وإنه سيدرسه.')).toEqual([]);
  });
});

describe('a field before the noun of a body that acts on it is singular in English', () => {
  it('renders «وكالة تشجيع الصادرات» as the Export Promotion Agency', () => {
    expect(find('وقال مدير وكالة تشجيع الصادرات التشيلية خوان بيريث إن الصادرات ارتفعت.', 'خوان بيريث')?.role_en).toContain('Export Promotion Agency');
  });
});

describe('the football bodies the press names by their acronym', () => {
  it('reads «رئيس فيفا» as President of FIFA and «رئيس الاتحاد الأوروبي لكرة القدم» as President of UEFA', () => {
    expect(find('وكتب رئيس فيفا جياني إنفانتينو على حسابه أن البطولة ستكون تاريخية.', 'جياني إنفانتينو')?.role_en).toBe('President of FIFA');
    expect(find('وقال رئيس الاتحاد الأوروبي لكرة القدم ألكسندر تشيفيرين إن البطولة ناجحة.', 'ألكسندر تشيفيرين')?.role_en).toBe('President of UEFA');
  });

  it('leaves the African Union to be the African Union', () => {
    expect(find('وأكد رئيس الاتحاد الأفريقي موسى فقي محمد أن القمة ناجحة.', 'موسى فقي محمد')?.role_en).not.toContain('Football');
  });
});

describe('the head of government of a federal state («المستشار الاتحادي»)', () => {
  it('reads the Federal Chancellor with the state after it or its nationality', () => {
    expect(find('تلقى ولي العهد اتصالا هاتفيا من المستشار الاتحادي لجمهورية النمسا الصديقة كارل نيهامر.', 'كارل نيهامر')?.role_en).toBe('Federal Chancellor of Austria');
    expect(find('وقال المستشار الاتحادي النمساوي كارل نيهامر إن الوضع صعب.', 'كارل نيهامر')?.role_en).toBe('Austrian Federal Chancellor');
  });

  it('keeps an adviser with a describing modifier an adviser', () => {
    expect(find('وقال المستشار الاقتصادي للرئيس أحمد حسن إن الوضع صعب.', 'أحمد حسن')?.role_en).toBe('Economic Adviser to the President');
  });
});

describe('the First Secretary of a party («الكاتب الأول»), the Maghreb\'s name for its leader', () => {
  it('reads the office in apposition and before the name', () => {
    expect(find('من جهته، طالب خالد يوسف، الكاتب الأول لحزب الاتحاد الاشتراكي للقوات الشعبية، بتجنب لغة الاستفزاز.', 'خالد يوسف')?.role_en).toMatch(/^First Secretary of the Socialist Union of Popular Forces/);
    expect(find('وقال الكاتب الأول للحزب سمير كامل إن الوفد جاهز.', 'سمير كامل')?.role_en).toBe('First Secretary of the Party');
  });

  it('reads no office in the first writer of something', () => {
    expect(names('وقال الكاتب الأول للرواية إن النقد ظالم.')).toEqual([]);
  });
});

describe('an officer\'s nationality between his rank and his name', () => {
  it('reads the name after «الجنرال الموريتاني» and «نائب المارشال الجوي الهندي», with the state', () => {
    const general = findOfficials('وتقود القوة الجنرال الموريتاني حسن ولد أحمد منذ العام الماضي.').find((o) => o.name_ar === 'حسن ولد أحمد');
    expect(general?.role_en).toBe('General');
    expect(general?.country).toBe('MR');
    const marshal = find('وقال نائب المارشال الجوي الهندي راجيش كومار للصحفيين إن الطيار بخير.', 'راجيش كومار');
    expect(marshal?.role_en).toBe('Air Vice Marshal');
    expect(marshal?.country).toBe('IN');
  });

  it('reads no name after a team or a brigade and its nationality', () => {
    expect(names('وفاز الفريق المغربي نهضة بركان على منافسه.')).toEqual([]);
  });
});

describe('a title in the dual, then two names with a comma before the «و» of the second', () => {
  it('gives the shared office to both names', () => {
    const text = 'وشارك في الجلسة الافتتاحية عضوا لجنة الوساطة جون قرنق دينق، وماثيو بول جاك، إضافة إلى المبعوث.';
    expect(find(text, 'جون قرنق دينق')?.role_en).toBe('Member of the Mediation Committee');
    expect(find(text, 'ماثيو بول جاك')?.role_en).toBe('Member of the Mediation Committee');
  });
});
