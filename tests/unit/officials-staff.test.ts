// Offices around a leader or an embassy, and names that only a clitic reading makes words. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('embassy staff', () => {
  it('reads ب + an institution of a nationality as where the office is, with that country', () => {
    const o = byName('وحضر المستشار الاقتصادي والتجاري بالسفارة الصينية لي جيان هوا حفل التوقيع.', 'لي جيان هوا');
    expect(o?.role_en).toBe('Economic and Commercial Counsellor at the Chinese Embassy');
    expect(o?.country).toBe('CN');
  });

  it('calls an adviser at an embassy a counsellor and keeps an adviser elsewhere an adviser', () => {
    expect(byName('وشارك المستشار الثقافي بالسفارة السعودية فهد المطيري في الندوة.', 'فهد المطيري')?.role_en).toMatch(/^Cultural Counsellor at the .*Embassy/);
    expect(byName('وقال مستشار الرئيس للشؤون الاقتصادية فهد المطيري إن الخطة جاهزة.', 'فهد المطيري')?.role_en).toMatch(/Adviser/);
  });
});

describe('Chinese names', () => {
  it('goes on with a syllable that a clitic reading makes a word (باو as ب + او)', () => {
    const o = byName('واستقبل الوزير نائب وزير الخارجية الصيني لي باو دونغ في مكتبه.', 'لي باو دونغ');
    expect(o?.name_en).toBe('Li Baodong');
    expect(o?.country).toBe('CN');
  });
});

describe('a function before a rank', () => {
  it('takes the function whose body is named in quotation marks, not the rank after it', () => {
    const o = byName('وقال الناطق باسم "الجيش الوطني" العقيد أحمد المسماري إن القوات تقدمت.', 'أحمد المسماري');
    expect(o?.role_en).toBe('Spokesman for the National Army');
  });

  it('reads «مدير مكتبه» as the office of the person before, whose title it is not', () => {
    const a = analyze('وصل المشير خليفة حفتر إلى باريس، ورافق حفتر مدير مكتبه العميد عون الفرجاني.');
    const haftar = a.officials.find((o) => o.name_ar.includes('حفتر'));
    const aide = a.officials.find((o) => o.name_ar === 'عون الفرجاني');
    expect(aide?.role_en).toBe('Director of the Office');
    expect(haftar?.role_en).not.toMatch(/Office/);
  });

  it('places an office of a generic body in its city', () => {
    const o = byName('ورافق المبعوث الدولي نائبه، ومديرة مكتبه في دمشق خولة مطر.', 'خولة مطر');
    expect(o?.role_en).toBe('Director of the Office in Damascus');
  });
});

describe('sides in one paragraph', () => {
  it('ends one side\'s list at a contrasting clause («فيما رافق …»)', () => {
    const a = analyze('استقبل وزير الخارجية السوري وليد المعلم في دمشق المبعوث الأممي ستافان دي ميستورا. وحضر اللقاء من الجانب السوري نائب وزير الخارجية فيصل المقداد، فيما رافق المبعوث الدولي مديرة مكتبه في دمشق خولة مطر.');
    const un = a.delegations.find((d) => d.members.some((m) => m.name_ar === 'ستافان دي ميستورا'));
    expect(un?.members.map((m) => m.name_ar)).toContain('خولة مطر');
    expect(a.officials.find((o) => o.name_ar === 'خولة مطر')?.country).toBeNull();
  });
});

describe('"his deputy", "his adviser"', () => {
  it('gives the person after «نائبه» the deputy\'s office of the one before, not a member of parliament\'s', () => {
    const o = byName('وقال وزير الخارجية المصري سامح شكري ونائبه حمدي لوزا إن الجانبين اتفقا.', 'حمدي لوزا');
    expect(o?.role_en).toMatch(/^Deputy .*Minister of Foreign Affairs$/);
    expect(o?.country).toBe('EG');
  });

  it('gives «مستشاره» after a president the adviser\'s office, not the president\'s', () => {
    const o = byName('ووصل الرئيس السوداني عمر البشير يرافقه مستشاره محمد أحمد.', 'محمد أحمد');
    expect(o?.role_en).toBe('Adviser to the Sudanese President');
  });

  it('keeps the feminine «نائبة» a title of its own', () => {
    expect(byName('وحضرت نائبة رئيس الوزراء سارة الحسن اللقاء.', 'سارة الحسن')?.role_en).toBe('Deputy Prime Minister');
  });
});

describe('envoys to the United Nations', () => {
  it('calls a country\'s مندوب to the UN its ambassador, as the press does', () => {
    expect(byName('وقالت مندوبة الولايات المتحدة لدى الأمم المتحدة نيكي هيلي إن الأدلة دامغة.', 'نيكي هيلي')?.role_en).toBe('US Ambassador to the United Nations');
    expect(byName('وقالت المندوبة الأمريكية لدى الأمم المتحدة نيكي هيلي إن الأدلة دامغة.', 'نيكي هيلي')?.role_en).toBe('US Ambassador to the United Nations');
  });

  it('keeps a permanent representative a representative', () => {
    expect(byName('وقال المندوب الكويتي الدائم لدى الأمم المتحدة منصور العتيبي إن المجلس سيجتمع.', 'منصور العتيبي')?.role_en).toBe('Kuwaiti Permanent Representative to the United Nations');
  });
});

describe('the place of a local office', () => {
  it('gives a regional office in a province its country, and the name that country\'s spelling', () => {
    const o = byName('وقال المندوب الجهوي للصحة بالمنستير رضا الحمروني إن الحملة تتواصل.', 'رضا الحمروني');
    expect(o?.country).toBe('TN');
    expect(o?.name_en).toBe('Ridha Hamrouni');
  });

  it('accredits an ambassador to the country named after ب', () => {
    expect(findOfficials('وحضر السفير الصيني بتونس وانغ وين الحفل.').find((o) => o.name_ar.startsWith('وانغ'))?.role_en).toBe('Chinese Ambassador to Tunisia');
  });

  it('spells an office holder the quotes layer found by the article\'s country', () => {
    const a = analyze('قال والي المنستير محمد الصحبي الخماسي إن الموسم واعد. وقال المندوب الجهوي للصحة بالمنستير رضا الحمروني إن المستشفى جاهز. وكانت وزيرة السياحة والصناعات التقليدية سلمى اللومي قد أعلنت أن تونس تنتظر ثمانية ملايين سائح.');
    expect(a.officials.find((o) => o.name_ar.startsWith('سلمى اللومي'))?.name_en).toMatch(/^Selma Loumi/);
  });
});

describe('titles that name their body by a pronoun or in quotation marks', () => {
  it('reads «سفير بلاده لدى الخرطوم» as an ambassador to Sudan and takes the name after it', () => {
    expect(byName('ورافق الوزير في المباحثات سفير بلاده لدى الخرطوم تسفاي بيرهانو.', 'تسفاي بيرهانو')?.role_en).toBe('Ambassador to Sudan');
  });

  it('reads a member of parliament for a quoted bloc, and the name after the closing mark', () => {
    // (The vocabularies name the bloc, so the MP sits for it: roles-mp22.test.ts; a named «تحالف» is an Alliance: roles-parties23.test.ts.)
    expect(byName('ورأت النائبة عن تحالف «الفتح» سهام الموسوي أن الحكومة ستنال الثقة.', 'سهام الموسوي')?.role_en).toBe('MP for the Fatah Alliance');
  });
});

describe('kinship nouns with an office', () => {
  it('gives the office to the name after «نجل النائب» when the son is named before it', () => {
    const text = 'وحضر وزير التجارة الخارجية حسن مراد، نجل النائب عبد الرحيم مراد، الحفل.';
    expect(byName(text, 'عبد الرحيم مراد')?.role_en).toBe('MP');
    expect(byName(text, 'حسن مراد')?.role_en).toBe('Minister of Foreign Trade');
  });

  it('keeps the name after an opening «نجل الرئيس السابق» the son\'s, who holds no office', () => {
    const a = analyze('وحضر الحفل نجل الرئيس السابق علاء مبارك.');
    expect(a.officials.map((o) => o.name_ar)).not.toContain('علاء مبارك');
    expect(a.people.find((p) => p.name_ar === 'علاء مبارك')?.description_en).toBe('Son of the Former President');
  });
});

describe('a courtesy title between the office and the name', () => {
  it('keeps the office as the role past a comma and a rank', () => {
    expect(byName('قال المتحدث باسم قيادة العمليات المشتركة، العميد سعد معن، إن القوات تتقدم.', 'سعد معن')?.role_en).toBe('Spokesman for the Joint Operations Command');
  });

  it('keeps the office past a courtesy المستشار, الوزير or السفير before the name', () => {
    expect(byName('وكان رئيس هيئة الرقابة الإدارية، الوزير حسن فؤاد، قد قال إن الهيئة لا تتهاون.', 'حسن فؤاد')?.role_en).toBe('Head of the Administrative Control Authority');
    expect(byName('وقال رئيس المحكمة المستشار عادل سليمان إن الحكم نهائي.', 'عادل سليمان')?.role_en).toMatch(/Court$/);
    expect(byName('وقال المتحدث باسم الجامعة العربية السفير محمود عفيفي إن القمة ستعقد.', 'محمود عفيفي')?.role_en).toBe('Spokesman for the Arab League');
  });

  it('reads «المتحدث باسمه» as a spokesman, not the rank after it', () => {
    expect(byName('وأعلن المتحدث باسمه اللواء سالم حداد أن القوات تقدمت.', 'سالم حداد')?.role_en).toBe('Spokesman');
  });
});
