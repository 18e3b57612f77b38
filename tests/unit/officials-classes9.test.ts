import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { analyze } from '@/lib/analyze';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);
const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a name before a comma and a fixed office of several words', () => {
  it('reads «X، رئيس مجلس النواب،» as the speaker', () => {
    const text = 'وكان الوفد قد التقى هشام الدباغ، رئيس مجلس النواب، قبل يومين.';
    expect(names(text)).toEqual(['هشام الدباغ']);
    expect(roleOf(text, 'هشام الدباغ')).toBe('Speaker of Parliament');
  });

  it('reads «X، رئيس البرلمان،» and «X، رئيس الوزراء،»', () => {
    expect(names('وقال سامر العبيدي، رئيس البرلمان، إن الجلسة تأجلت.')).toEqual(['سامر العبيدي']);
    expect(names('وأكد فادي الخوري، رئيس الوزراء، أن الحكومة باقية.')).toEqual(['فادي الخوري']);
  });

  it('still takes no name before a bare one-word head', () => {
    expect(names('وقال هشام الدباغ، الرئيس، إن التعاون مهم.')).toEqual([]);
  });
});

describe('a given name that is a common word too, opening a name', () => {
  it('reads it before a family name with the article, after a bare MP title', () => {
    expect(names('وقال النائب جميل الحلبي إن الخطة فاشلة.')).toEqual(['جميل الحلبي']);
    expect(names('وقال النائب جميل السيد إن الخطة فاشلة.')).toEqual(['جميل السيد']);
  });

  it('reads it before a comma and a full title', () => {
    const text = 'وقال كريم الدباغ، وزير الخارجية، إن التعاون مهم.';
    expect(names(text)).toEqual(['كريم الدباغ']);
    expect(names('ورأى شريف بقرادوني، رئيس حزب الكتائب السابق، أن الحل قريب.')).toEqual(['شريف بقرادوني']);
  });

  it('leaves the word a word where no family name follows', () => {
    expect(names('ودعا الوزير إلى سلام دائم في المنطقة.')).toEqual([]);
    expect(names('وقال الوزير إن كريم الأصل لا ينسى.')).toEqual([]);
    expect(names('وقال النائب إن جميل الكلام لا يكفي.')).toEqual([]);
  });

  it('takes no verb glued to و into the name before a title', () => {
    expect(names('ورأى سامي بقرادوني، رئيس حزب الكتائب السابق، أن الحل قريب.')).toEqual(['سامي بقرادوني']);
  });
});

describe('one plural title shared by a list of names', () => {
  it('gives each name of «النواب X وY وZ» the singular office', () => {
    const text = 'وضم الوفد النواب سامر حداد ووليد كرامي ومحمد عيسى.';
    expect(names(text)).toEqual(['سامر حداد', 'وليد كرامي', 'محمد عيسى']);
    expect(roleOf(text, 'وليد كرامي')).toBe('MP');
  });

  it('reads the plural with its complement and after a colon', () => {
    const text = 'وحضر الجلسة أعضاء مجلس النواب خالد زيادة وفادي سعد.';
    expect(names(text)).toEqual(['خالد زيادة', 'فادي سعد']);
    expect(roleOf(text, 'فادي سعد')).toBe('Member of the House of Representatives');
    expect(names('وحضر الاجتماع السفراء: بيتر مولر، وجان دوبوا.')).toEqual(['بيتر مولر', 'جان دوبوا']);
  });

  it('ends the list at an item with a title of its own', () => {
    const text = 'وحضر اللقاء الوزراء جورج قرم وعلي حمدان والنائب سامي فرح.';
    expect(roleOf(text, 'علي حمدان')).toBe('Minister');
    expect(roleOf(text, 'سامي فرح')).toBe('MP');
  });

  it('takes no plural in a body\'s name for a title, nor one name for a list', () => {
    expect(names('وانتقد حزب المحافظين سامر حداد ووليد كرامي.')).toEqual([]);
    expect(names('وقال الوزراء سامر حداد إن الأمر خطير.')).toEqual([]);
  });
});

describe('a name right after «بقيادة», «بزعامة», «برئاسة»', () => {
  it('leads the body named before it', () => {
    const text = 'وانسحب تحالف «البناء» بزعامة فادي العنزي من الجلسة.';
    expect(names(text)).toEqual(['فادي العنزي']);
    expect(roleOf(text, 'فادي العنزي')).toMatch(/^Leader of the .+ Alliance$/);
    expect(names('وأعلنت الحركة الشعبية بقيادة سامر القيسي رفضها للاتفاق.')).toEqual(['سامر القيسي']);
  });

  it('heads the delegation named before, not the body it comes from', () => {
    const text = 'ووصل وفد من البنك الدولي برئاسة ماريا فونتانا إلى عمان.';
    expect(names(text)).toEqual(['ماريا فونتانا']);
    expect(roleOf(text, 'ماريا فونتانا')).toBe('Head of the Delegation');
  });

  it('keeps the office given in apposition after the name', () => {
    const text = 'والتقى الوزير وفد المجلس الوطني برئاسة سلمى حسن، الرئيسة المشتركة للمجلس.';
    expect(roleOf(text, "سلمى حسن")).toBe("Co-Chair of the National Council");
  });

  it('takes no country, place or ordinary words for a leader', () => {
    expect(names('وشن التحالف بقيادة السعودية غارات جديدة.')).toEqual([]);
    expect(names('ودعا إلى حكومة بقيادة مدنية في البلاد.')).toEqual([]);
    expect(names('وسيطرت القوات بقيادة الولايات المتحدة على المدينة.')).toEqual([]);
  });
});

describe('leaders of the opposition and of a chamber\'s majority', () => {
  it('reads «زعيم المعارضة X» with the opposition\'s nationality', () => {
    const text = 'وقال زعيم المعارضة البوليفية كارلوس ميسا إن الانتخابات مزورة.';
    expect(names(text)).toEqual(['كارلوس ميسا']);
    expect(roleOf(text, 'كارلوس ميسا')).toBe('Leader of the Bolivian Opposition');
    expect(roleOf('وقال زعيم المعارضة سامي فرح إن الحوار ممكن.', 'سامي فرح')).toBe('Leader of the Opposition');
  });

  it('reads «زعيم الأغلبية في مجلس الشيوخ X»', () => {
    expect(names('وقال زعيم الأغلبية في مجلس الشيوخ جون ثون إن التصويت قريب.')).toEqual(['جون ثون']);
  });

  it('takes the opposition speaking alone for no person', () => {
    expect(names('وقالت المعارضة إن الانتخابات مزورة.')).toEqual([]);
  });
});

describe('offices of international bodies and the state\'s services the title grammar lacked', () => {
  it('reads a special rapporteur and an inspector general', () => {
    const text = 'وقالت المقررة الخاصة للأمم المتحدة سلمى بيرغ إن التحقيق ضروري.';
    expect(names(text)).toEqual(['سلمى بيرغ']);
    expect(roleOf(text, 'سلمى بيرغ')).toBe('UN Special Rapporteur');
    expect(roleOf('وقال المفتش العام لوزارة الداخلية سامي الحسني إن التحقيق مستمر.', 'سامي الحسني')).toBe('Inspector General of the Ministry of Interior');
  });

  it('reads a service («مصلحة السجون») as the body its head heads', () => {
    expect(roleOf('وقال رئيس مصلحة السجون فادي العنزي إن الوضع مستقر.', 'فادي العنزي')).toMatch(/^Head of the Prisons? (Service|Authority)$/);
  });

  it('reads «وأمر» as the verb, not a commander', () => {
    const text = 'وأمر النائب العام، المستشار نبيل صادق، بحبس المتهمين.';
    expect(roleOf(text, 'نبيل صادق')).not.toMatch(/Commander/);
  });
});

describe('an executive of a private company is a person, not an official', () => {
  const officialsOf = (text: string) => analyze(text).officials.map((o) => o.name_ar);
  const peopleOf = (text: string) => analyze(text).people.map((p) => p.name_ar);

  it('reads the head of a company known by a quoted brand as a person, quoted or not', () => {
    const text = 'وقال المدير التنفيذي لشركة «إيرباص» غيوم فوري إن الشركة «ستعوض العملاء»، مضيفاً أن التسليم سيتأخر.';
    expect(officialsOf(text)).toEqual([]);
    expect(peopleOf(text)).toContain('غيوم فوري');
    expect(officialsOf('وقال رئيس مجلس إدارة مجموعة «الفطيم» سامي الحسني إن الأرباح ارتفعت.')).toEqual([]);
  });

  it('keeps the head of a state company an official', () => {
    expect(officialsOf('وقالت نائبة رئيس شركة "تركمان غاز" الحكومية مايا ديفيس إن الاستثمار مهم.')).toEqual(['مايا ديفيس']);
    expect(officialsOf('وقال رئيس شركة «غازبروم» الروسية أليكسي ميلر إن الإمدادات مستمرة.')).toEqual(['أليكسي ميلر']);
    expect(officialsOf('وقال المدير العام لشركة «سوناطراك» الوطنية سامي الحسني إن الإنتاج ارتفع.')).toEqual(['سامي الحسني']);
  });
});

describe('a surname shared with someone the gazetteer knows', () => {
  it('is someone else\'s after another given name («أليسون هولاند» is not François Hollande)', () => {
    const a = analyze('وضمت البعثة الخبيرة الاقتصادية في البنك أليسون هولاند والممثل المقيم توماس كرم.');
    expect(a.officials.map((o) => o.name_en)).not.toContain('François Hollande');
  });

  it('is still the known person after his own given name, in another spelling too', () => {
    const names_en = (t: string) => analyze(t).officials.map((o) => o.name_en);
    expect(names_en('وقال فرانسوا هولاند إن فرنسا قوية.')).toContain('François Hollande');
    expect(names_en('والتقى إمانويل ماكرون نظيره الألماني.')).toContain('Emmanuel Macron');
  });

  it('a bare surname after a full name of another given name does not make that person the known one', () => {
    const text = 'وقالت المديرة الإقليمية للبنك الدولي سارة هولاند إن الإصلاحات مستمرة. وأضافت هولاند أن البنك سيدعم الحكومة.';
    const o = findOfficials(text).find((x) => x.name_ar === 'سارة هولاند');
    expect(o?.name_en).not.toBe('François Hollande');
    expect(o?.mentions.length).toBe(2);
  });
});
