import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: lists that name their side after the verb', () => {
  // Written for the test, in the style of KUNA: «وضم الجانب X …، فيما ضم الجانب Y …».
  const text = [
    'استقبل وزير الخارجية الكويتي الشيخ خالد الصباح اليوم نظيره العراقي حسن الجبوري في قصر بيان.',
    'وضم الجانب الكويتي السفير سالم العتيبي ومدير إدارة آسيا فهد المطيري، فيما ضم الجانب العراقي وكيل الوزارة عماد الموسوي والسفير كريم الربيعي.',
  ].join('\n\n');
  const officials = [
    official(text, 'خالد الصباح', 'Khaled Al-Sabah', 'KW'),
    official(text, 'حسن الجبوري', 'Hassan Al-Jubouri', 'IQ'),
    official(text, 'سالم العتيبي', 'Salem Al-Otaibi', null),
    official(text, 'فهد المطيري', 'Fahd Al-Mutairi', null),
    official(text, 'عماد الموسوي', 'Imad Al-Musawi', null),
    official(text, 'كريم الربيعي', 'Karim Al-Rubaie', null),
  ];

  it('opens a list at ضم + الجانب and starts the other side at فيما ضم', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kuwait', members: ['*Khaled Al-Sabah', 'Salem Al-Otaibi', 'Fahd Al-Mutairi'] },
      { side: 'Iraq', members: ['*Hassan Al-Jubouri', 'Imad Al-Musawi', 'Karim Al-Rubaie'] },
    ]);
  });
});

describe('findDelegations: only the participants of the article’s meeting', () => {
  // Written for the test, in the style of Annahar: a meeting noun with بـ, a later meeting still to come, a quoted MP.
  const text = [
    'استهل المبعوث الفرنسي بيار دوران جولته على المسؤولين بلقاء رئيس مجلس النواب سمير حداد في مكتبه، في حضور السفير الفرنسي في لبنان جاك مارتان.',
    'وفي المقابل، قال النائب وليد شمعون إن الحوار هو الحل.',
    'ويلتقي دوران غدا قائد الجيش العماد طوني خوري.',
  ].join('\n\n');
  const officials = [
    official(text, 'بيار دوران', 'Pierre Durand', 'FR', 'المبعوث الفرنسي', ['دوران']),
    official(text, 'سمير حداد', 'Samir Haddad', 'LB', 'رئيس مجلس النواب'),
    official(text, 'جاك مارتان', 'Jacques Martin', 'FR', 'السفير الفرنسي في لبنان'),
    official(text, 'وليد شمعون', 'Walid Chamoun', 'LB', 'النائب'),
    official(text, 'طوني خوري', 'Tony Khoury', null, 'قائد الجيش'),
  ];

  it('reads the host after his title, leaves out the quoted MP and the meeting of tomorrow', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'France', members: ['*Pierre Durand', 'Jacques Martin'] },
      { side: 'Lebanon', members: ['*Samir Haddad'] },
    ]);
  });
});

describe('findDelegations: a spokesman who briefs after the meeting', () => {
  // Written for the test, in the style of Youm7.
  const text = [
    'استقبل رئيس الوزراء المصري أحمد حسن اليوم السفير الياباني كينجي ساتو بمقر الحكومة.',
    'وصرح المستشار عادل منصور، المتحدث الرسمي باسم مجلس الوزراء، بأن رئيس الوزراء أكد خلال اللقاء أهمية الشراكة.',
  ].join('\n\n');
  const officials = [
    official(text, 'أحمد حسن', 'Ahmed Hassan', 'EG'),
    official(text, 'كينجي ساتو', 'Kenji Sato', 'JP'),
    official(text, 'عادل منصور', 'Adel Mansour', null),
  ];

  it('does not take the reporter before بأن for a participant', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Ahmed Hassan'] },
      { side: 'Japan', members: ['*Kenji Sato'] },
    ]);
  });
});

describe('findDelegations: meeting verbs', () => {
  it('reads «بحث X مع Y» as a meeting of X and Y', () => {
    const text = 'بحث وزير الخارجية السعودي فيصل العمري مع نظيره الأردني زيد الخطيب في الرياض اليوم العلاقات الثنائية.';
    const officials = [official(text, 'فيصل العمري', 'Faisal Al-Omari', 'SA'), official(text, 'زيد الخطيب', 'Zaid Al-Khatib', 'JO')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Saudi Arabia', members: ['*Faisal Al-Omari'] },
      { side: 'Jordan', members: ['*Zaid Al-Khatib'] },
    ]);
  });

  it('reads the two callers of a phone call as the sides', () => {
    const text = 'تلقى أمير قطر حمد الكواري اتصالا هاتفيا من الرئيس الفرنسي لوران بيرنار، بحثا خلاله العلاقات بين البلدين.';
    const officials = [official(text, 'حمد الكواري', 'Hamad Al-Kuwari', 'QA'), official(text, 'لوران بيرنار', 'Laurent Bernard', 'FR')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Qatar', members: ['*Hamad Al-Kuwari'] },
      { side: 'France', members: ['*Laurent Bernard'] },
    ]);
  });

  it('reads «أجرى X اتصالا هاتفيا مع Y»', () => {
    const text = 'أجرى الرئيس المصري محمود فهمي اتصالا هاتفيا مع الرئيس التركي أحمد يلماز، تناول تطورات الأوضاع في المنطقة.';
    const officials = [official(text, 'محمود فهمي', 'Mahmoud Fahmy', 'EG'), official(text, 'أحمد يلماز', 'Ahmet Yilmaz', 'TR')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Mahmoud Fahmy'] },
      { side: 'Turkey', members: ['*Ahmet Yilmaz'] },
    ]);
  });
});

describe('findDelegations: one attendance sentence naming two sides', () => {
  it('splits «حضر اللقاء من الجانب X … ومن الجانب Y …»', () => {
    const text = [
      'استقبل الرئيس التونسي منصف الجلاصي اليوم رئيس الوزراء الإيطالي ماركو روسي.',
      'وحضر اللقاء من الجانب التونسي وزير الخارجية نبيل الطرابلسي، ومن الجانب الإيطالي السفير جوفاني بيانكي.',
    ].join('\n\n');
    const officials = [
      official(text, 'منصف الجلاصي', 'Moncef Jlassi', 'TN'),
      official(text, 'ماركو روسي', 'Marco Rossi', 'IT'),
      official(text, 'نبيل الطرابلسي', 'Nabil Trabelsi', null),
      official(text, 'جوفاني بيانكي', 'Giovanni Bianchi', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Tunisia', members: ['*Moncef Jlassi', 'Nabil Trabelsi'] },
      { side: 'Italy', members: ['*Marco Rossi', 'Giovanni Bianchi'] },
    ]);
  });
});

describe('findDelegations: more than two sides, organisations', () => {
  it('reads a trilateral meeting with three sides', () => {
    const text = 'عقد وزراء خارجية مصر والأردن والعراق اجتماعا ثلاثيا في عمان، بمشاركة وزير الخارجية المصري عمرو سالم ووزير الخارجية الأردني باسل النسور ووزير الخارجية العراقي علي الحسيني.';
    const officials = [
      official(text, 'عمرو سالم', 'Amr Salem', 'EG'),
      official(text, 'باسل النسور', 'Basel Al-Nsour', 'JO'),
      official(text, 'علي الحسيني', 'Ali Al-Husseini', 'IQ'),
    ];
    const sides = findDelegations(text, officials).map((d) => d.side_en);
    expect(sides).toEqual(['Egypt', 'Jordan', 'Iraq']);
  });

  it('takes an organisation as a side', () => {
    const text = 'استقبل وزير الخارجية اليمني سالم باعوم في عدن المبعوث الأممي إلى اليمن توماس لندبرغ، وبحث معه جهود السلام.';
    const officials = [official(text, 'سالم باعوم', 'Salem Baoum', 'YE'), official(text, 'توماس لندبرغ', 'Thomas Lindberg', null, 'المبعوث الأممي إلى اليمن')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Yemen', members: ['*Salem Baoum'] },
      { side: 'United Nations', members: ['*Thomas Lindberg'] },
    ]);
  });
});

describe('findDelegations: more classes', () => {
  it('reads «بحث X و Y» without مع as a meeting of the two', () => {
    const text = 'بحث الرئيس الفلسطيني محمود علي والأمين العام للأمم المتحدة أنطونيو سيلفا في نيويورك تطورات الأوضاع.';
    const officials = [
      official(text, 'محمود علي', 'Mahmoud Ali', 'PS'),
      official(text, 'أنطونيو سيلفا', 'Antonio Silva', null, 'الأمين العام للأمم المتحدة'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Palestine', members: ['*Mahmoud Ali'] },
      { side: 'United Nations', members: ['*Antonio Silva'] },
    ]);
  });

  it('does not make a spokesman who speaks "after the meeting" a participant, nor a head', () => {
    const text = [
      'استقبل الرئيس المصري سامي فؤاد اليوم وزير الخارجية الأمريكي جون ميلر.',
      'وقال المتحدث باسم الرئاسة المصرية هشام عبده في بيان عقب اللقاء إن الرئيس أكد أهمية العلاقات.',
    ].join('\n\n');
    const officials = [
      official(text, 'سامي فؤاد', 'Sami Fouad', 'EG'),
      official(text, 'جون ميلر', 'John Miller', 'US'),
      official(text, 'هشام عبده', 'Hisham Abdo', null, 'المتحدث باسم الرئاسة المصرية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Sami Fouad'] },
      { side: 'United States', members: ['*John Miller'] },
    ]);
  });

  it('takes the side of an attendance list from after its opener, not from an earlier clause', () => {
    const text = 'استقبل رئيس الوزراء العراقي كمال الدليمي وفدا من الاتحاد الأوروبي برئاسة المفوض هانز مولر، بحضور وزير الخارجية العراقي علي الحسيني.';
    const officials = [
      official(text, 'كمال الدليمي', 'Kamal Al-Dulaimi', 'IQ'),
      official(text, 'هانز مولر', 'Hans Muller', null, 'المفوض'),
      official(text, 'علي الحسيني', 'Ali Al-Husseini', 'IQ'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Iraq', members: ['*Kamal Al-Dulaimi', 'Ali Al-Husseini'] },
      { side: 'European Union', members: ['*Hans Muller'] },
    ]);
  });
});

describe('findDelegations: sides from adjectives, leaders per side, accompanying delegations', () => {
  it('reads «مباحثات سعودية أمريكية» with a leader for each side', () => {
    const text = 'عقدت في الرياض جلسة مباحثات سعودية أمريكية، ترأسها من الجانب السعودي وزير الخارجية فيصل العمري، ومن الجانب الأمريكي وزير الخارجية جون ميلر.';
    const officials = [official(text, 'فيصل العمري', 'Faisal Al-Omari', null), official(text, 'جون ميلر', 'John Miller', null)];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Saudi Arabia', members: ['*Faisal Al-Omari'] },
      { side: 'United States', members: ['*John Miller'] },
    ]);
  });

  it('reads the object of «حيث التقى Y» after a clause whose subject is named before', () => {
    const text = 'ترأس ولي العهد الكويتي الشيخ مشعل الصباح وفد بلاده إلى القمة الخليجية في الرياض، حيث التقى ولي العهد السعودي الأمير محمد بن سلمان.';
    const officials = [official(text, 'مشعل الصباح', 'Mishal Al-Sabah', 'KW'), official(text, 'محمد بن سلمان', 'Mohammed bin Salman', 'SA')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kuwait', members: ['*Mishal Al-Sabah'] },
      { side: 'Saudi Arabia', members: ['*Mohammed bin Salman'] },
    ]);
  });

  it('puts «الوفد المرافق له الذي يضم …» with the guest it accompanies', () => {
    const text = 'استقبل الرئيس الجزائري كريم بن علي اليوم رئيس الوزراء الإيطالي ماركو روسي، والوفد المرافق له الذي يضم وزير الخارجية أنطونيو تاياني ووزير الطاقة جيلبرتو فراتين.';
    const officials = [
      official(text, 'كريم بن علي', 'Karim Ben Ali', 'DZ'),
      official(text, 'ماركو روسي', 'Marco Rossi', 'IT'),
      official(text, 'أنطونيو تاياني', 'Antonio Tajani', null),
      official(text, 'جيلبرتو فراتين', 'Gilberto Fratin', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Algeria', members: ['*Karim Ben Ali'] },
      { side: 'Italy', members: ['*Marco Rossi', 'Antonio Tajani', 'Gilberto Fratin'] },
    ]);
  });

  it('heads a side known only from a summit list by its highest-ranking member', () => {
    const text = 'انطلقت في العقبة أعمال القمة الثلاثية، وشارك في القمة كل من وزير الخارجية المصري عمرو سالم والرئيس المصري سامي فؤاد والعاهل الأردني الملك فهد الزعبي.';
    const officials = [
      official(text, 'عمرو سالم', 'Amr Salem', 'EG', 'وزير الخارجية المصري'),
      official(text, 'سامي فؤاد', 'Sami Fouad', 'EG', 'الرئيس المصري'),
      official(text, 'فهد الزعبي', 'Fahd Al-Zoubi', 'JO', 'العاهل الأردني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Sami Fouad', 'Amr Salem'] },
      { side: 'Jordan', members: ['*Fahd Al-Zoubi'] },
    ]);
  });
});

describe('findDelegations: meetings at another time', () => {
  it('leaves out a meeting the visitor had before («وكان X قد التقى …»)', () => {
    const text = [
      'استقبل الرئيس التونسي منصف الجلاصي اليوم وزير الخارجية الإيطالي ماركو روسي.',
      'وكان روسي قد التقى أمس رئيس البرلمان التونسي عماد بوزيد.',
    ].join('\n\n');
    const officials = [
      official(text, 'منصف الجلاصي', 'Moncef Jlassi', 'TN'),
      official(text, 'ماركو روسي', 'Marco Rossi', 'IT', null, ['روسي']),
      official(text, 'عماد بوزيد', 'Imed Bouzid', 'TN'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Tunisia', members: ['*Moncef Jlassi'] },
      { side: 'Italy', members: ['*Marco Rossi'] },
    ]);
  });
});

describe('findDelegations: sides named by their role in the meeting', () => {
  it('puts «عن الجانب الضيف» with the guest and «عن الجانب التونسي» with the host', () => {
    const text = [
      'استقبل الرئيس التونسي منصف الجلاصي اليوم رئيس الوزراء الإيطالي ماركو روسي.',
      'وحضر اللقاء عن الجانب الضيف السفير جوفاني بيانكي، وعن الجانب التونسي وزير الخارجية نبيل الطرابلسي.',
    ].join('\n\n');
    const officials = [
      official(text, 'منصف الجلاصي', 'Moncef Jlassi', 'TN'),
      official(text, 'ماركو روسي', 'Marco Rossi', 'IT'),
      official(text, 'جوفاني بيانكي', 'Giovanni Bianchi', null),
      official(text, 'نبيل الطرابلسي', 'Nabil Trabelsi', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Tunisia', members: ['*Moncef Jlassi', 'Nabil Trabelsi'] },
      { side: 'Italy', members: ['*Marco Rossi', 'Giovanni Bianchi'] },
    ]);
  });
});

describe('findDelegations: names that are clauses', () => {
  it('never makes a member of a "name" that starts with a meeting verb («ويبحثان تعزيز …»)', () => {
    const text = 'وزير الخارجية يستقبل نظيره الكوري ويبحثان تعزيز الشراكة\n\nاستقبل الأمير فيصل العمري اليوم الوزير بارك مين.';
    const officials = [
      official(text, 'فيصل العمري', 'Faisal Al-Omari', 'SA', null, ['وزير الخارجية']),
      official(text, 'بارك مين', 'Park Min', 'KR'),
      // As the officials layer read it: the counterpart of the headline and the clause after it, one "person".
      official(text, 'ويبحثان تعزيز الشراكة', 'Wibhthan Taziz', 'KR', 'نظيره الكوري', ['نظيره الكوري']),
    ];
    const names = findDelegations(text, officials).flatMap((d) => d.members.map((m) => m.name_en));
    expect(names).toEqual(['Faisal Al-Omari', 'Park Min']);
  });
});
