import { describe, expect, it } from 'vitest';
import { findOfficials, parseTitle, toWords } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('roles composed in English', () => {
  it.each([
    ['نائب وزير الدفاع', 'Deputy Minister of Defense'],
    ['النائب الأول لرئيس الوزراء', 'First Deputy Prime Minister'],
    ['رئيس الإدارة الدولية للجنة العسكرية المركزية للحزب', 'Head of the International Department of the Central Military Commission of the Party'],
    ['المتحدث باسم الرئاسة الروسية', 'Spokesman for the Russian Presidency'],
    ['وزير الخارجية', 'Minister of Foreign Affairs'],
    ['السفير الروسي في بيونغ يانغ', 'Russian Ambassador in Pyongyang'],
    ['وزير الدولة للشؤون الخارجية', 'Minister of State for Foreign Affairs'],
    ['خادم الحرمين الشريفين', 'Custodian of the Two Holy Mosques'],
    ['ووزيرة الخارجية', 'Minister of Foreign Affairs'],
    ['ووزير الدفاع الدفاع', 'Minister of Defense'],
    ['ومساعد الرئيس للشؤون الدولية', 'Presidential Aide for International Affairs'],
    ['ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الداخلية', 'Deputy Crown Prince, Second Deputy Prime Minister and Minister of Interior'],
    ['رئيس جهاز أمن الدولة', 'Head of the State Security Service'],
  ])('%s → %s', (ar, en) => {
    expect(roleToEnglish(ar)).toBe(en);
  });
});

describe('parseTitle', () => {
  it('ends the role where the name begins, past a place tail', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim)
    const words = toWords('والسفير الروسي في بيونغ يانغ ألكسندر ماتسيغورا');
    const t = parseTitle(words, 0)!;
    expect(t.end).toBe(5);
    expect(t.country).toBe('RU');
  });
});

describe('findOfficials', () => {
  // Al-Diyar, June 2024 (dev corpus diyar-putin-kim)
  const list = 'ويشارك من الجانب الروسي وزير الخارجية سيرغي لافروف، والنائب الأول لرئيس الوزراء دينيس مانتوروف، ووزير الدفاع الدفاع أندريه بيلاوسوف، ووزير النقل رومان ستاروفويت. وعن الجانب الكوري الشمالي يشارك في المباحثات، رئيس الوزراء كيم دوك هون ووزيرة الخارجية تشوي سونغ هي، نائب رئيس اللجنة العسكرية المركزية لحزب العمال الكوري بارك تشونغ تشون.';
  it('reads a delegation list: names end at the و of the next item, the doubled word and the pronoun-like syllable', () => {
    const names = findOfficials(list).map((o) => o.name_ar);
    expect(names).toEqual(expect.arrayContaining(['سيرغي لافروف', 'دينيس مانتوروف', 'أندريه بيلاوسوف', 'رومان ستاروفويت', 'كيم دوك هون', 'تشوي سونغ هي', 'بارك تشونغ تشون']));
    expect(byName(list, 'دينيس مانتوروف')!.role_en).toBe('First Deputy Prime Minister');
    expect(byName(list, 'تشوي سونغ هي')!.country).toBe('KP');
  });
  it('mentions are the name span, not the title', () => {
    const o = byName(list, 'سيرغي لافروف')!;
    expect(o.mentions.map(([a, b]) => list.slice(a, b))).toEqual(['سيرغي لافروف']);
    expect(o.evidence).toBe('وزير الخارجية سيرغي لافروف');
  });
  it('links a title-only reference and a bare surname to the one person', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim)
    const text = 'وأكد كيم في مستهل اللقاء مع الرئيس الروسي فلاديمير بوتين أن بلاده تعتزم تعزيز التعاون. وقال بوتين مخاطبا الزعيم الكوري الشمالي كيم جونغ أون إن العلاقات قوية. وكان الرئيس الروسي صدق أمس على مسودة اتفاقية.';
    const officials = findOfficials(text);
    const putin = officials.find((o) => o.name_ar === 'فلاديمير بوتين')!;
    expect(putin.mentions.map(([a, b]) => text.slice(a, b))).toEqual(['فلاديمير بوتين', 'بوتين', 'الرئيس الروسي']);
    const kim = officials.find((o) => o.name_ar === 'كيم جونغ أون')!;
    expect(kim.mentions.map(([a, b]) => text.slice(a, b))).toContain('كيم');
    expect(officials.some((o) => o.name_ar.includes('صدق'))).toBe(false);
  });
  it('keeps people with the same family name apart', () => {
    const text = 'رئيس الوزراء كيم دوك هون ووزيرة الخارجية تشوي سونغ هي. والتقى الزعيم الكوري الشمالي كيم جونغ أون الوفد.';
    const names = findOfficials(text).map((o) => o.name_ar);
    expect(names).toContain('كيم دوك هون');
    expect(names).toContain('كيم جونغ أون');
  });
  it('a verb with pronoun endings ends the name', () => {
    // Sky News Arabia (dev corpus 023-sky-news-arabia)
    const text = 'وأضاف أن 9 مساعدين رئيسين للزعيم الكوري الشمالي كيم جونغ-أون سيرافقونه في سفره إلى قرية الحدود.';
    expect(findOfficials(text).map((o) => o.name_ar)).toEqual(['كيم جونغ-أون']);
  });
  it('reads Gulf apposition: honorific, name, then stacked roles', () => {
    // Ain Alyoum / SPA (dev corpus 002-ain-alyoum)
    const text = 'كما حضر من الجانب القطري معالي الشيخ عبدالله بن ناصر آل ثاني رئيس مجلس الوزراء وزير الداخلية، ووزير الخارجية الدكتور خالد بن محمد العطية، والشيخ خالد بن خليفة آل ثاني رئيس الديوان الأميري.';
    const pm = byName(text, 'عبدالله بن ناصر آل ثاني')!;
    expect(pm.role_en).toBe('Prime Minister and Minister of Interior');
    expect(byName(text, 'خالد بن محمد العطية')!.role_en).toBe('Minister of Foreign Affairs');
    expect(byName(text, 'خالد بن خليفة آل ثاني')!.role_en).toBe('Chief of the Amiri Diwan');
  });
  it('reads a title, nationality and a comma before the name', () => {
    // Al Arabiya (dev corpus 053-al-arabiya)
    const text = 'بدوره، دعا وزير الدولة للشؤون الخارجية الإماراتي، أنور قرقاش، إلى تحقيق دولي.';
    const o = byName(text, 'أنور قرقاش')!;
    expect(o.role_en).toContain('Minister of State for Foreign Affairs');
    expect(o.country).toBe('AE');
  });
  it('does not take common words after a title for a name', () => {
    // France 24 (dev corpus 040-france-24-arabic)
    const text = 'وأمهلت الرياض السفير الكندي لديها مغادرة البلاد خلال 24 ساعة.';
    expect(findOfficials(text)).toEqual([]);
  });
  it('the personal dictionary wins', () => {
    const text = 'وقال وزير الخارجية سيرغي لافروف إن المباحثات مثمرة.';
    const [o] = findOfficials(text, [{ name_ar: 'سيرغي لافروف', name_en: 'S. Lavrov', role_en: 'Top Diplomat' }]);
    expect(o!.name_en).toBe('S. Lavrov');
    expect(o!.role_en).toBe('Top Diplomat');
  });
  it('reads NAME TITLE lists: each title belongs to the name before it', () => {
    // Sky News Arabia (dev corpus 023-sky-news-arabia)
    const text = 'بينما يشمل الوفد الجنوبي إم جونغ-سيوك، رئيس سكرتارية الرئاسة وجونغ إي-يونغ كبير مستشاري الأمن الوطني وسو هون رئيس الاستخبارات الوطنية ، جو ميونغ-غيون وزير الوحدة، وسونغ يونغ-مو، وزير الدفاع.';
    const officials = findOfficials(text);
    const role = (ar: string) => officials.find((o) => o.name_ar === ar)?.role_en;
    expect(role('جو ميونغ-غيون')).toBe('Minister of Unification');
    expect(role('سونغ يونغ-مو')).toBe('Minister of Defense');
    expect(role('سو هون')).toContain('National Intelligence');
  });
  it('reads a construct portfolio with a country', () => {
    // France 24 (dev corpus 029-france-24-arabic)
    const text = 'وقال وزير خارجية فرنسا جان إيف لودريان إن الوضع خطير.';
    const o = findOfficials(text).find((x) => x.name_ar === 'جان إيف لودريان')!;
    expect(o.role_en).toBe('Minister of Foreign Affairs of France');
    expect(o.country).toBe('FR');
  });
  it('skips an honorific and a parenthesis between title and name', () => {
    // CNN Arabic (dev corpus 013-cnn-arabic); BBC Arabic (dev corpus 059-bbc-arabic)
    const a = 'وصل ولي العهد السعودي، الأمير محمد بن سلمان، الأحد، إلى القاهرة.';
    expect(findOfficials(a).find((o) => o.name_ar === 'محمد بن سلمان')!.role_en).toBe('Saudi Crown Prince');
    const b = 'وقال المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) أدريان غالاواي: "إن خارطة الطريق تنطبق على هذه المدينة فقط".';
    const o = findOfficials(b).find((x) => x.name_ar === 'أدريان غالاواي')!;
    expect(o.role_en).toBe('Spokesman for the Pentagon');
  });
  it('an office held by an institution and a rank after the title', () => {
    // CNN Arabic (dev corpus 013-cnn-arabic)
    const text = 'ومعالي المستشار في الديوان الملكي المشرف العام على مكتب سمو وزير الدفاع الأستاذ فهد العيسى ومعالي رئيس هيئة الأركان العامة الفريق أول ركن فياض الرويلي.';
    const officials = findOfficials(text);
    expect(officials.find((o) => o.name_ar === 'فهد العيسى')!.role_en).toBe('Adviser at the Royal Court and General Supervisor of the Office of the Minister of Defense');
    expect(officials.find((o) => o.name_ar === 'فياض الرويلي')!.role_en).toBe('Chief of the General Staff');
  });
  it('a Gulf-style name before its title, outside the name dictionaries', () => {
    // Al-Eqtisadiah (dev corpus 016-al-eqtisadiah)
    const text = 'كما حضر الاجتماع ماغمد داؤدوف رئيس البرلمان في جمهورية الشيشان، و حسن حكيموف نائب رئيس حكومة الشيشان.';
    const names = findOfficials(text).map((o) => o.name_ar);
    expect(names).toEqual(['ماغمد داؤدوف', 'حسن حكيموف']);
  });
  it('a regnal number stays in the name, and the US takes its own titles', () => {
    const text = 'واستقبل العاهل الأردني الملك عبدالله الثاني وزير الخارجية الأميركي مايك بومبيو.';
    const officials = findOfficials(text);
    expect(officials.map((o) => o.name_ar)).toContain('عبدالله الثاني');
    expect(officials.find((o) => o.name_ar === 'مايك بومبيو')!.role_en).toBe('US Secretary of State');
  });
  it('a foreign name outside the dictionaries after a full role', () => {
    const text = 'وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين قلقة.';
    const [o] = findOfficials(text);
    expect(o!.name_ar).toBe('أنالينا بيربوك');
    expect(o!.role_en).toBe('German Minister of Foreign Affairs');
    expect(o!.evidence).toBe('وزيرة الخارجية الألمانية أنالينا بيربوك');
  });
});
