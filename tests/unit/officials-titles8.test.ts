import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);
const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a possessed title that goes on after its pronoun', () => {
  it('reads a modifier after «نائبه» and the name after it', () => {
    const text = 'والتقى رئيس البرلمان الصومالي أحمد صالح ونائبه السابق أوغاندو مويري في العاصمة.';
    expect(names(text)).toContain('أوغاندو مويري');
  });

  it('reads «للشؤون …» after «مستشاره» and keeps the adviser an adviser (no Counsellor)', () => {
    const text = 'وحضر اللقاء وزير الدفاع أحمد سليمان، ومستشاره للشؤون الاقتصادية كوت مايوم.';
    expect(names(text)).toContain('كوت مايوم');
    expect(roleOf(text, 'كوت مايوم')).toBe('Adviser for Economic Affairs');
  });

  it('takes no name for «نائبه» with no name after it', () => {
    expect(names('ووصل الرئيس الفرنسي إيمانويل ماكرون ونائبه في الحزب إلى باريس.')).toEqual(['إيمانويل ماكرون']);
  });
});

describe('a body whose name goes on after a dash', () => {
  it('reads «- في الداخل» as the body\'s and the name after it', () => {
    const text = 'وقال المتحدث باسم الجبهة الوطنية - في الداخل كوامي أوتينو إن الحوار مستمر.';
    expect(names(text)).toEqual(['كوامي أوتينو']);
  });

  it('takes no words of an aside between dashes for a name', () => {
    expect(names('وقال رئيس الحزب الوطني - في بيان نشره أمس - إن الحوار مستمر.')).toEqual([]);
  });
});

describe('a foreign name of words no lexicon knows', () => {
  it('follows a bare title («المحافظ X Y»)', () => {
    expect(names('وأعلن المحافظ زوهيرنك كاتامبوري فتح الطرق أمام السيارات.')).toEqual(['زوهيرنك كاتامبوري']);
  });

  it('stands before a comma and the office of a province', () => {
    const text = 'وكتب المعارض زوهيرنك كاتامبوري، الحاكم السابق لإقليم كاسامبا الواقع في الجنوب، أن الانتخابات مزورة.';
    expect(names(text)).toEqual(['زوهيرنك كاتامبوري']);
  });

  it('takes no ordinary words after a bare title for a name', () => {
    expect(names('وقرر المحافظ إغلاق المدارس حتى إشعار آخر.')).toEqual([]);
  });
});

describe('the place of an office before its holder', () => {
  it('reads «في» + a body known by its name, then the name with no comma', () => {
    const text = 'ورحب المدير الإقليمي لدائرة الساحل في البنك الدولي تيموثي أوكوري كاماو بالإصلاحات.';
    expect(names(text)).toEqual(['تيموثي أوكوري كاماو']);
    expect(roleOf(text, 'تيموثي أوكوري كاماو')).toContain('World Bank');
  });

  it('reads «بالوزارة» and a name that opens with علي', () => {
    expect(names('وحضر مدير إدارة المراسم بالوزارة علي بن سالم الكواري حفل الاستقبال.')).toEqual(['علي بن سالم الكواري']);
  });

  it('takes no name when none follows the body', () => {
    expect(names('وقال المدير الإقليمي في البنك الدولي إن النمو تراجع هذا العام.')).toEqual([]);
  });
});

describe('«المالي» after an office of a state', () => {
  it('is Malian before the holder\'s name', () => {
    const text = 'وقال وزير الخارجية المالي عبد الله ديوب إن بلاده مستعدة للحوار.';
    expect(names(text)).toEqual(['عبد الله ديوب']);
    expect(roleOf(text, 'عبد الله ديوب')).toBe('Malian Minister of Foreign Affairs');
    expect(names('وحضر القمة الرئيس المالي أمادو سانوغو إلى جانب نظرائه.')).toEqual(['أمادو سانوغو']);
  });

  it('stays financial after a director or an adviser', () => {
    for (const o of findOfficials('وقال المدير المالي للشركة أحمد علي إن الأرباح ارتفعت.')) expect(o.role_en ?? '').not.toContain('Malian');
    for (const o of findOfficials('وقال المستشار المالي محمد سعيد إن السوق تراجعت.')) expect(o.role_en ?? '').not.toContain('Malian');
  });
});

describe('offices given in a cabinet list or by appointment', () => {
  it('reads a ministry of state taken over, and a list that runs past twelve words', () => {
    const text = 'وتسلم نبيل حداد وزارة الزراعة، ومي عيتاني وزارة الدولة لشؤون النازحين، وسامي خوري طنوس الحلبي وزارة الدولة لشؤون مكافحة الفساد.';
    expect(names(text)).toEqual(['نبيل حداد', 'مي عيتاني', 'سامي خوري طنوس الحلبي']);
  });

  it('gives the ministry the sentence named to the name after «وتولاها»', () => {
    const text = 'وذهبت وزارة الصحة إلى تيار المردة هذه المرة، وتولاها يوسف فنيانوس.';
    expect(names(text)).toEqual(['يوسف فنيانوس']);
    expect(roleOf(text, 'يوسف فنيانوس')).toBe('Minister of Health');
    expect(names('وكانت وزارة الداخلية قد طلبت الملف، وقد تولاها الجيش منذ سنوات.')).toEqual([]);
  });

  it('reads an office without the article after «تعيين X Y»', () => {
    const text = 'وأعلن رئيس المفوضية الأفريقية موسى فقي محمد تعيين مارتا سيلفيرا غوندوكو مبعوثة خاصة إلى منطقة البحيرات.';
    expect(names(text)).toContain('مارتا سيلفيرا غوندوكو');
    expect(roleOf(text, 'مارتا سيلفيرا غوندوكو')).toContain('Special Envoy');
    expect(names('وقرر المجلس تعيين لجنة خاصة للتحقيق في الحادث.')).toEqual([]);
  });
});

describe('a surname that is a stop word too, and a body quoted among the role words', () => {
  it('reads a name word that is also a verb as the surname before a comma («المستشار X صادق،»)', () => {
    const text = 'وأحال رئيس النيابة، المستشار هشام صادق، المتهمين إلى المحاكمة.';
    expect(names(text)).toEqual(['هشام صادق']);
  });

  it('takes the verb after a name for the verb when no comma closes it', () => {
    for (const n of names('وقال الوزير هشام صادق على الاتفاق البرلمان أمس.')) expect(n).not.toContain('صادق');
  });

  it('reads on past a quoted body and «المكلف» + a task, and the charge is no acting office', () => {
    const text = 'وزار بيروت المبعوث البريطاني المكلف ملف مؤتمر «روما» جوناثان ويلكس، أمس، والتقى المسؤولين.';
    expect(names(text)).toEqual(['جوناثان ويلكس']);
    expect(roleOf(text, 'جوناثان ويلكس')).not.toContain('Acting');
    expect(roleOf('وقال رئيس الحكومة المكلف سعد الحريري إن التشكيل قريب.', 'سعد الحريري')).toContain('Prime Minister');
  });
});

describe('names after role words the grammar skips, and a family name that is a style', () => {
  it('reads two words of no language after the role\'s words («قائد السرب البحري X Y»)', () => {
    expect(names('وعبر قائد السرب البحري زوهيرنك كاتامبوري الحدود مساء الجمعة.')).toEqual(['زوهيرنك كاتامبوري']);
  });

  it('takes no «للتو» (ل + the article) for a foreign surname', () => {
    expect(names('وقال الضابط: تسلمنا قائد السرب البحري زوهيرنك للتو وسيخضع لفحص.')).toEqual([]);
  });

  it('reads «السيد» as a surname before a preposition («النائب X السيد في …»)', () => {
    expect(names('وقال النائب سامي السيد في مقابلة إن الحكومة فشلت.')).toEqual(['سامي السيد']);
  });
});

describe('the next item of a list before an adviser of a leader', () => {
  it('reads «وX Y» after the last name as the adviser, not the leader after the office', () => {
    const text = 'ووصل وزير الخارجية الإريتري عثمان صالح وزوهيرنك كاتامبوري المستشار الخاص للرئيس إيسايس أفورقي إلى جدة.';
    expect(names(text)).toEqual(['عثمان صالح', 'زوهيرنك كاتامبوري', 'إيسايس أفورقي']);
    expect(roleOf(text, 'زوهيرنك كاتامبوري')).toBe('Special Adviser to the President');
  });

  it('takes no ordinary words after و for that name', () => {
    const text = 'وحضر وزير الخارجية الإريتري عثمان صالح والوفد المرافق المستشار الخاص للرئيس إيسايس أفورقي.';
    expect(names(text)).toEqual(['عثمان صالح', 'إيسايس أفورقي']);
  });
});

describe('a province named by a word of no language', () => {
  it('is the province\'s name after «ولاية/إقليم», not the governor\'s first name', () => {
    const text = 'وقال حاكم ولاية زامفارا بيلو ماتاوالي إن الوضع هادئ.';
    expect(names(text)).toEqual(['بيلو ماتاوالي']);
    expect(roleOf(text, 'بيلو ماتاوالي')).toContain('Zamfara');
  });

  it('leaves the name words after the province\'s name to the governor', () => {
    // (A construct «ولاية» right before a name, «حاكم ولاية أحمد هارون», is not Arabic: the province comes first.)
    expect(names('وقال والي ولاية الخرطوم أحمد هارون إن الوضع هادئ.')).toEqual(['أحمد هارون']);
  });
});
