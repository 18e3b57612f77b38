import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

// Classes of failure seen on articles nobody had tuned on (issue 12); every sentence here is written for the test.

describe('findDelegations: receptions that name the guest before the place and the hosts', () => {
  it('reads past a relative clause about the place to the hosts («في استقبال X على أرض مطار …، حيث …، Y»)', () => {
    const text = [
      'وصل الرئيس الكيني جون موانغي اليوم إلى غانا للمشاركة في قمة إقليمية.',
      'وكان في استقبال موانغي في مطار أكرا، حيث تعقد القمة، الرئيس الغاني كوفي منساه، ووزير الخارجية الغاني ياو أدجي.',
    ].join('\n\n');
    const officials = [
      official(text, 'جون موانغي', 'John Mwangi', 'KE', 'الرئيس الكيني', ['موانغي']),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*John Mwangi'] },
      { side: 'Ghana', members: ['*Kofi Mensah', 'Yaw Adjei'] },
    ]);
  });

  it('takes «في استقبالهم» (a plural pronoun) as the guests named before, the list as their hosts', () => {
    const text = [
      'استقبل الرئيس الغاني كوفي منساه في قصره اليوم رئيس الوزراء الكيني بيتر أوتينو والوفد المرافق له.',
      'وكان أوتينو قد وصل أمس مع الوفد المرافق له، حيث كان في استقبالهم بالمطار وزير الخارجية الغاني ياو أدجي ووزير المالية كوابينا أوسي.',
    ].join('\n\n');
    const officials = [
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس الوزراء الكيني', ['أوتينو']),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'كوابينا أوسي', 'Kwabena Osei', null, 'وزير المالية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah', 'Yaw Adjei', 'Kwabena Osei'] },
      { side: 'Kenya', members: ['*Peter Otieno'] },
    ]);
  });
});

describe('findDelegations: people expected at an event are not at the meeting', () => {
  it('leaves out «ومن المتوقع أن يشارك في المنتدى X» and «سيحضر»', () => {
    const text = [
      'وصل الرئيس الكيني جون موانغي اليوم إلى أكرا، وكان في استقباله الرئيس الغاني كوفي منساه.',
      'ومن المتوقع أن يشارك في المنتدى الرئيس النيجيري السابق إيمانويل أوكافور.',
      'كما سيحضر الجلسة الختامية رئيس الوزراء التوغولي كوامي أغبو.',
    ].join('\n\n');
    const officials = [
      official(text, 'جون موانغي', 'John Mwangi', 'KE', 'الرئيس الكيني'),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'إيمانويل أوكافور', 'Emmanuel Okafor', 'NG', 'الرئيس النيجيري السابق'),
      official(text, 'كوامي أغبو', 'Kwame Agbo', 'TG', 'رئيس الوزراء التوغولي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*John Mwangi'] },
      { side: 'Ghana', members: ['*Kofi Mensah'] },
    ]);
  });
});

describe('findDelegations: talks between two delegations, the leaders mentioned in passing', () => {
  const text = [
    'اتفاق على قمة جديدة بين البلدين',
    'توصل البلدان الاثنين إلى اتفاق على عقد قمة بين زعيمي البلدين في الخريف، بعد محادثات أجراها وفدا البلدين على الحدود.',
    'وجرت المحادثات بين وفدي أرمينيا وأذربيجان في بلدة حدودية، بطلب من يريفان، منذ القمة التي مهدت الطريق للقاء التاريخي بين الرئيس الأرميني آرام بتروسيان والرئيس الأذربيجاني إلهام قاسموف في جنيف.',
    'وقال رئيس الوفد الأرميني غريغور سركيسيان في كلمته إن الاجتماع كان مثمرا.',
    'وقال نائب وزير الخارجية الأذربيجاني رشاد مامادوف الذي ترأس وفد بلاده إلى الاجتماع إن الجانبين اقتربا من تسوية.',
    'ومهد التقارب إلى لقاء بين بتروسيان وقاسموف، كما أشاد بتروسيان بلقائه مع قاسموف.',
  ].join('\n\n');
  const officials = [
    official(text, 'آرام بتروسيان', 'Aram Petrosyan', 'AM', 'الرئيس الأرميني', ['بتروسيان']),
    official(text, 'إلهام قاسموف', 'Ilham Gasimov', 'AZ', 'الرئيس الأذربيجاني', ['قاسموف']),
    official(text, 'غريغور سركيسيان', 'Grigor Sargsyan', 'AM'),
    official(text, 'رشاد مامادوف', 'Rashad Mammadov', 'AZ', 'نائب وزير الخارجية الأذربيجاني'),
  ];

  it('heads each side with «رئيس الوفد X» and «X الذي ترأس وفد بلاده», not with the presidents of another meeting', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Armenia', members: ['*Grigor Sargsyan'] },
      { side: 'Azerbaijan', members: ['*Rashad Mammadov'] },
    ]);
  });
});

describe('findDelegations: an envoy met, a summit prepared or called off, a dinner', () => {
  const text = [
    'وزير الخارجية الفرنسي يلتقي مبعوثا إيرانيا في جنيف لإحياء قمة ماكرون وروحاني',
    'التقى وزير الخارجية الفرنسي جان دوبوا، كبير مساعدي الرئيس الإيراني حسن روحاني، الذي وصل إلى جنيف الأربعاء، لبحث ترتيبات القمة المرتقبة بين الرئيسين.',
    'ودعا دوبوا الدبلوماسي الإيراني علي رضائي، الذراع اليمنى للرئيس الإيراني، إلى العشاء بعد وصوله.',
    'ماكرون يلغي قمته مع روحاني',
    'وكان الرئيس الفرنسي إيمانويل ماكرون قد ألغى القمة الشهر الماضي، ووفد فرنسي في طهران للإعداد لقمة ماكرون وروحاني.',
  ].join('\n\n');
  const officials = [
    official(text, 'جان دوبوا', 'Jean Dubois', 'FR', 'وزير الخارجية الفرنسي', ['دوبوا']),
    official(text, 'حسن روحاني', 'Hassan Rouhani', 'IR', 'الرئيس الإيراني', ['روحاني']),
    official(text, 'علي رضائي', 'Ali Rezaei', null),
    official(text, 'إيمانويل ماكرون', 'Emmanuel Macron', 'FR', 'الرئيس الفرنسي', ['ماكرون']),
  ];

  it('takes the aide of a president as someone of his side, not the president, and the dinner guest as that side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'France', members: ['*Jean Dubois'] },
      { side: 'Iran', members: ['*Ali Rezaei'] },
    ]);
  });
});

describe('findDelegations: one dual title for both sides («وزيرا خارجية مصر والسودان، X و Y»)', () => {
  it('gives each name the country in the same place, even when the words around a name say the other', () => {
    const text = [
      'وزيرا خارجية كينيا وأوغندا يبحثان في نيروبي أمن الحدود',
      'بحث وزيرا خارجية كينيا وأوغندا، رايتشل أوما وسام كوتيسا، اليوم الأحد في نيروبي أمن الحدود المشتركة.',
      'وقال المتحدث باسم الخارجية الكينية جوزيف موانغي إن الوزيرين اتفقا على مواصلة التنسيق.',
    ].join('\n\n');
    const officials = [
      official(text, 'رايتشل أوما', 'Raychelle Omamo', null),
      official(text, 'سام كوتيسا', 'Sam Kutesa', 'KE'),
      official(text, 'جوزيف موانغي', 'Joseph Mwangi', 'KE', 'المتحدث باسم الخارجية الكينية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Raychelle Omamo'] },
      { side: 'Uganda', members: ['*Sam Kutesa'] },
    ]);
  });

  it('reads «اجتمع وزيرا دفاع البلدين X و Y» with each on his own side, and the genitive «اجتماع وزيري …»', () => {
    const text = 'اجتمع وزيرا دفاع البلدين، الفرنسي بيار دوران والإيطالي ماريو روسي، في روما أمس.\n\nوجاء اجتماع وزيري دفاع فرنسا وإيطاليا بعد أسبوع من التوتر.';
    const officials = [official(text, 'بيار دوران', 'Pierre Durand', 'FR'), official(text, 'ماريو روسي', 'Mario Rossi', 'IT')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'France', members: ['*Pierre Durand'] },
      { side: 'Italy', members: ['*Mario Rossi'] },
    ]);
  });
});

describe('findDelegations: meetings told of in the article are not all its meeting', () => {
  it('leaves out a meeting a participant says he had with someone of another side («أكد X أنه بحث الملف مع Y»)', () => {
    const text = [
      'أمير الكويت يبحث مع الرئيس التركي العلاقات',
      'بحث أمير الكويت الشيخ صباح الأحمد مع الرئيس التركي رجب طيب أردوغان، في اتصال هاتفي اليوم، العلاقات الثنائية.',
      'كما تناول الاتصال الأوضاع في سوريا، حيث أكد أردوغان أنه بحث الملف مع الرئيس الروسي فلاديمير بوتين أمس.',
    ].join('\n\n');
    const officials = [
      official(text, 'صباح الأحمد', 'Sabah Al-Ahmad', 'KW', 'أمير الكويت'),
      official(text, 'رجب طيب أردوغان', 'Recep Tayyip Erdogan', 'TR', 'الرئيس التركي', ['أردوغان']),
      official(text, 'فلاديمير بوتين', 'Vladimir Putin', 'RU', 'الرئيس الروسي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kuwait', members: ['*Sabah Al-Ahmad'] },
      { side: 'Turkey', members: ['*Recep Tayyip Erdogan'] },
    ]);
  });

  it('takes a visitor from another country than the one visited, however far back the sentence names him («… مع الوزير التونسي Y خلال زيارته إلى تونس»)', () => {
    const text = [
      'وزير الخارجية الأردني: نعول على تونس',
      'أشاد وزير الخارجية الأردني أيمن الصفدي بالعلاقة الخاصة والمتينة التي تربط الأردن بتونس قيادة وشعبا، والتي تتجلى مجددا من خلال التنسيق الدائم بين البلدين في المحافل الدولية والإقليمية، ومن خلال الدعم المتبادل في القضايا العربية الكبرى، والتشاور المستمر حول الملفات الاقتصادية والأمنية، واعتبر أن الاتفاقيات الموقعة مع وزير الخارجية التونسي عثمان الجرندي، خلال زيارته الحالية إلى تونس، تمثل نقلة نوعية في التعاون.',
    ].join('\n\n');
    const officials = [
      official(text, 'أيمن الصفدي', 'Ayman Safadi', 'JO', 'وزير الخارجية الأردني'),
      official(text, 'عثمان الجرندي', 'Othman Jerandi', 'TN', 'وزير الخارجية التونسي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Jordan', members: ['*Ayman Safadi'] },
      { side: 'Tunisia', members: ['*Othman Jerandi'] },
    ]);
  });
});

describe('findDelegations: a delegation nobody in it is named', () => {
  it('takes «لقاء مع وفد يمثل "قوات سوريا الديمقراطية"» as a meeting with that side', () => {
    const text = [
      'أنقرة ترفض وساطة باريس',
      'وجاء عرض الوساطة من الرئيس الفرنسي إيمانويل ماكرون أثناء لقاء مع وفد يمثل "قوات سوريا الديمقراطية" في قصر الإليزيه.',
      'وانتقد الرئيس التركي رجب طيب أردوغان العرض في وقت لاحق.',
    ].join('\n\n');
    const officials = [
      official(text, 'إيمانويل ماكرون', 'Emmanuel Macron', 'FR', 'الرئيس الفرنسي'),
      official(text, 'رجب طيب أردوغان', 'Recep Tayyip Erdogan', 'TR', 'الرئيس التركي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([{ side: 'France', members: ['*Emmanuel Macron'] }]);
  });

  it('has no delegations for «لقاء مع وفد من رجال الأعمال» (a delegation of no side)', () => {
    const text = 'التقى الرئيس الفرنسي إيمانويل ماكرون في الإليزيه أمس، خلال لقاء مع وفد من رجال الأعمال، عددا من المستثمرين.';
    expect(findDelegations(text, [official(text, 'إيمانويل ماكرون', 'Emmanuel Macron', 'FR', 'الرئيس الفرنسي')])).toEqual([]);
  });
});

describe('findDelegations: a KUNA-style reception', () => {
  // Written for the test. The officials layer may link a bare title («ووزير الخارجية») to the guest's minister of that
  // title: right before another name, the title is that person's.
  const text = [
    'سمو الأمير يستقبل رئيس وزراء ماليزيا',
    'الكويت - كونا -- استقبل حضرة صاحب السمو أمير البلاد الشيخ ناصر الحمد بقصر بيان صباح اليوم رئيس وزراء ماليزيا أنور داود والوفد المرافق له.',
    'وحضر المقابلة رئيس مجلس الوزراء الشيخ فهد السالم ونائب رئيس مجلس الوزراء ووزير الخارجية الشيخ خالد الناصر ووزير شؤون الديوان الأميري الشيخ علي الجراح.',
    'كما حضرها من الجانب الماليزي وزير الخارجية سيف الدين عبدالله.',
  ].join('\n\n');
  const saifuddin = official(text, 'سيف الدين عبدالله', 'Saifuddin Abdullah', 'MY', 'وزير الخارجية');
  const bareTitle = text.indexOf('ووزير الخارجية الشيخ');
  saifuddin.mentions.unshift([bareTitle, bareTitle + 'ووزير الخارجية'.length]);
  const officials = [
    official(text, 'ناصر الحمد', 'Nasser Al-Hamad', 'KW', 'أمير البلاد'),
    official(text, 'أنور داود', 'Anwar Daud', 'MY', 'رئيس وزراء ماليزيا'),
    official(text, 'فهد السالم', 'Fahad Al-Salem', 'KW', 'رئيس مجلس الوزراء'),
    official(text, 'خالد الناصر', 'Khaled Al-Nasser', 'KW', 'نائب رئيس مجلس الوزراء ووزير الخارجية'),
    official(text, 'علي الجراح', 'Ali Al-Jarrah', null, 'وزير شؤون الديوان الأميري'),
    saifuddin,
  ];

  it('lists the host’s attendance under him (not «حضرة صاحب السمو» as a list) and the guest’s under «من الجانب الماليزي»', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kuwait', members: ['*Nasser Al-Hamad', 'Fahad Al-Salem', 'Khaled Al-Nasser', 'Ali Al-Jarrah'] },
      { side: 'Malaysia', members: ['*Anwar Daud', 'Saifuddin Abdullah'] },
    ]);
  });
});

describe('findDelegations: another meeting someone tells of, between other people of the same sides', () => {
  it('keeps a side meeting of the same visit a spokesman tells of («وقال المتحدث X إن وزير الخارجية W التقى نظيره V»)', () => {
    const text = [
      'الرئيس الروسي يستقبل العاهل الأردني في موسكو',
      'استقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم العاهل الأردني الملك عبد الله الثاني.',
      'وقال المتحدث باسم الكرملين دميتري بيسكوف إن وزير الخارجية سيرغي لافروف التقى نظيره الأردني أيمن الصفدي على هامش الزيارة.',
    ].join('\n\n');
    const officials = [
      official(text, 'فلاديمير بوتين', 'Vladimir Putin', 'RU', 'الرئيس الروسي'),
      official(text, 'عبد الله الثاني', 'Abdullah II', 'JO', 'العاهل الأردني الملك'),
      official(text, 'دميتري بيسكوف', 'Dmitry Peskov', 'RU', 'المتحدث باسم الكرملين'),
      official(text, 'سيرغي لافروف', 'Sergey Lavrov', 'RU', 'وزير الخارجية'),
      official(text, 'أيمن الصفدي', 'Ayman Safadi', 'JO', 'نظيره الأردني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Russia', members: ['*Vladimir Putin', 'Sergey Lavrov'] },
      { side: 'Jordan', members: ['*Abdullah II', 'Ayman Safadi'] },
    ]);
  });

  it('leaves out «قال X … مؤكدا أن ولي العهد بحث الملفات مع الرئيس Y في وقت سابق»', () => {
    const text = [
      'وزير الخارجية الروسي يلتقي نظيره السعودي في موسكو',
      'التقى وزير الخارجية الروسي سيرغي لافروف في موسكو اليوم نظيره السعودي عادل الجبير، وبحث الجانبان الأزمة السورية.',
      'من جهته، قال الجبير إن المملكة تقدر دور روسيا، مؤكدا أن ولي العهد الأمير محمد بن سلمان بحث هذه الملفات مع الرئيس فلاديمير بوتين في وقت سابق.',
    ].join('\n\n');
    const officials = [
      official(text, 'سيرغي لافروف', 'Sergey Lavrov', 'RU', 'وزير الخارجية الروسي'),
      official(text, 'عادل الجبير', 'Adel al-Jubeir', 'SA', null, ['الجبير']),
      official(text, 'محمد بن سلمان', 'Mohammed bin Salman', 'SA', 'ولي العهد'),
      official(text, 'فلاديمير بوتين', 'Vladimir Putin', 'RU', 'الرئيس'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Russia', members: ['*Sergey Lavrov'] },
      { side: 'Saudi Arabia', members: ['*Adel al-Jubeir'] },
    ]);
  });
});

describe('findDelegations: three parties, and those present at an earlier summit', () => {
  it('gives each of three sides its column and leaves out «وكان الزعماء قد عقدوا قمة مماثلة …، بحضور X»', () => {
    const text = [
      'قمة ثلاثية تونسية جزائرية ليبية في تونس',
      'عقد الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون ورئيس المجلس الرئاسي الليبي محمد المنفي قمة ثلاثية في تونس اليوم.',
      'وشارك في القمة من الجانب التونسي وزير الخارجية عثمان الجرندي، ومن الجانب الجزائري وزير الخارجية رمطان لعمامرة.',
      'وكان الزعماء الثلاثة قد عقدوا قمة مماثلة في مارس الماضي، بحضور الرئيس الموريتاني محمد ولد الغزواني.',
    ].join('\n\n');
    const officials = [
      official(text, 'قيس سعيد', 'Kais Saied', 'TN', 'الرئيس التونسي'),
      official(text, 'عبد المجيد تبون', 'Abdelmadjid Tebboune', 'DZ', 'الرئيس الجزائري'),
      official(text, 'محمد المنفي', 'Mohamed al-Menfi', 'LY', 'رئيس المجلس الرئاسي الليبي'),
      official(text, 'عثمان الجرندي', 'Othman Jerandi', null, 'وزير الخارجية'),
      official(text, 'رمطان لعمامرة', 'Ramtane Lamamra', null, 'وزير الخارجية'),
      official(text, 'محمد ولد الغزواني', 'Mohamed Ould Ghazouani', 'MR', 'الرئيس الموريتاني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Tunisia', members: ['*Kais Saied', 'Othman Jerandi'] },
      { side: 'Algeria', members: ['*Abdelmadjid Tebboune', 'Ramtane Lamamra'] },
      { side: 'Libya', members: ['*Mohamed al-Menfi'] },
    ]);
  });
});

describe('findDelegations: people who send, greet or are represented are not at the table', () => {
  it('leaves out «يسلمه رسالة من الرئيس X»، «نقل تحيات X»، «نيابة عن الملك X» and a meeting «بعد أيام من لقائه» another', () => {
    const text = [
      'وزير الخارجية المغربي يصل نواكشوط',
      'وصل وزير الخارجية المغربي ناصر بوريطة إلى نواكشوط اليوم، في زيارة عمل يلتقي خلالها الرئيس الموريتاني محمد ولد الغزواني، ويسلمه رسالة خطية من العاهل المغربي الملك محمد السادس.',
      'ونقل بوريطة تحيات رئيس الحكومة المغربية عزيز أخنوش، وأكد الغزواني، نيابة عن رئيس الوزراء الموريتاني محمد ولد بلال، حرص بلاده على التعاون، وذلك بعد أيام من لقائه في داكار الرئيس السنغالي ماكي سال.',
    ].join('\n\n');
    const officials = [
      official(text, 'ناصر بوريطة', 'Nasser Bourita', 'MA', 'وزير الخارجية المغربي', ['بوريطة']),
      official(text, 'محمد ولد الغزواني', 'Mohamed Ould Ghazouani', 'MR', 'الرئيس الموريتاني', ['الغزواني']),
      official(text, 'محمد السادس', 'Mohammed VI', 'MA', 'العاهل المغربي الملك'),
      official(text, 'عزيز أخنوش', 'Aziz Akhannouch', 'MA', 'رئيس الحكومة المغربية'),
      official(text, 'محمد ولد بلال', 'Mohamed Ould Bilal', 'MR', 'رئيس الوزراء الموريتاني'),
      official(text, 'ماكي سال', 'Macky Sall', 'SN', 'الرئيس السنغالي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Morocco', members: ['*Nasser Bourita'] },
      { side: 'Mauritania', members: ['*Mohamed Ould Ghazouani'] },
    ]);
  });
});

describe('findDelegations: farewells, and attendance of a meeting already over', () => {
  it('reads «ودع X … Y لدى مغادرته» and «وكان في وداعه …» as the host’s side seeing off the guest', () => {
    const text = [
      'ولي العهد يودع رئيس وزراء كوريا',
      'ودع ولي العهد الأمير سلطان بن فهد في مطار الملك خالد الدولي بالرياض اليوم رئيس وزراء كوريا الجنوبية لي جون سو لدى مغادرته المملكة.',
      'وكان في وداعه أمير منطقة الرياض الأمير بندر بن سعود، ووزير الخارجية فهد العتيبي.',
    ].join('\n\n');
    const officials = [
      official(text, 'سلطان بن فهد', 'Sultan bin Fahd', 'SA', 'ولي العهد'),
      official(text, 'لي جون سو', 'Lee Jun-soo', 'KR', 'رئيس وزراء كوريا الجنوبية'),
      official(text, 'بندر بن سعود', 'Bandar bin Saud', null, 'أمير منطقة الرياض'),
      official(text, 'فهد العتيبي', 'Fahd Al-Otaibi', 'SA', 'وزير الخارجية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Saudi Arabia', members: ['*Sultan bin Fahd', 'Bandar bin Saud', 'Fahd Al-Otaibi'] },
      { side: 'South Korea', members: ['*Lee Jun-soo'] },
    ]);
  });

  it('leaves out «بمخرجات الاجتماع الثلاثي مع السودان الذي شارك فيه الرئيس السوداني X»', () => {
    const text = [
      'الرئيس المصري يلتقي رئيس وزراء إثيوبيا',
      'التقى الرئيس المصري حسن عامر اليوم رئيس الوزراء الإثيوبي داويت تسفاي على هامش القمة الأفريقية، بحضور وزير الخارجية المصري كريم فؤاد.',
      'وأشار رئيس الوزراء الإثيوبي إلى التزام بلاده بمخرجات الاجتماع الثلاثي مع السودان الذي شارك فيه الرئيس السوداني عثمان الطيب.',
    ].join('\n\n');
    const officials = [
      official(text, 'حسن عامر', 'Hassan Amer', 'EG', 'الرئيس المصري'),
      official(text, 'داويت تسفاي', 'Dawit Tesfaye', 'ET', 'رئيس الوزراء الإثيوبي'),
      official(text, 'كريم فؤاد', 'Karim Fouad', 'EG', 'وزير الخارجية المصري'),
      official(text, 'عثمان الطيب', 'Osman Al-Tayeb', 'SD', 'الرئيس السوداني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Hassan Amer', 'Karim Fouad'] },
      { side: 'Ethiopia', members: ['*Dawit Tesfaye'] },
    ]);
  });
});

describe('findDelegations: regional bodies as sides', () => {
  it('puts «رئيس البرلمان العربي X» on the Arab Parliament’s side, not unplaced', () => {
    const text = 'التقى رئيس البرلمان العربي سالم الكعبي، في عمان اليوم، رئيس مجلس النواب الأردني فيصل الخطيب، وبحث معه سبل التعاون.';
    const officials = [
      official(text, 'سالم الكعبي', 'Salem Al-Kaabi', null, 'رئيس البرلمان العربي'),
      official(text, 'فيصل الخطيب', 'Faisal Al-Khatib', 'JO', 'رئيس مجلس النواب الأردني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Arab Parliament', members: ['*Salem Al-Kaabi'] },
      { side: 'Jordan', members: ['*Faisal Al-Khatib'] },
    ]);
  });
});

describe('findDelegations: a mediator hosting two sides', () => {
  it('keeps the host of talks between two delegations led by named heads, one column per side', () => {
    const text = [
      'مسقط تستضيف لقاء بين وفدي الحكومة اليمنية والحوثيين',
      'استضاف وزير الدولة العماني خالد الحارثي في مسقط اليوم اجتماعا بين وفد الحكومة اليمنية برئاسة وزير الخارجية علي الصالحي، ووفد جماعة الحوثي برئاسة عمار الكبسي.',
    ].join('\n\n');
    const officials = [
      official(text, 'خالد الحارثي', 'Khalid Al-Harthi', 'OM', 'وزير الدولة العماني'),
      official(text, 'علي الصالحي', 'Ali Al-Salehi', 'YE', 'وزير الخارجية'),
      // The officials layer gives the movement's negotiator the country he is from.
      official(text, 'عمار الكبسي', 'Ammar Al-Kibsi', 'YE'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Yemen', members: ['*Ali Al-Salehi'] },
      { side: 'Houthis', members: ['*Ammar Al-Kibsi'] },
      { side: 'Oman', members: ['*Khalid Al-Harthi'] },
    ]);
  });
});

describe('findDelegations: the visit an office announces, and earlier meetings of the same people', () => {
  it('reads «أعلن مكتب X أنه قام بزيارة …، التقى خلالها Y» with X as the visitor; an earlier visit by another is left out', () => {
    const text = [
      'رئيس الوزراء الياباني يزور بروناي',
      'أعلن مكتب رئيس الوزراء الياباني كينجي تاناكا أنه قام بزيارة إلى بروناي، التقى خلالها السلطان حسن البلقيه، في أول زيارة من نوعها.',
      'وكان رئيس الوزراء الياباني الأسبق هيروشي ساتو قد زار بروناي عام 1996، والتقى حينها السلطان حسن البلقيه.',
      'ورافق تاناكا في الزيارة وزير الخارجية ماساشي إيتو.',
    ].join('\n\n');
    const officials = [
      official(text, 'كينجي تاناكا', 'Kenji Tanaka', 'JP', 'رئيس الوزراء الياباني', ['تاناكا']),
      official(text, 'حسن البلقيه', 'Hassanal Bolkiah', 'BN', 'السلطان'),
      official(text, 'هيروشي ساتو', 'Hiroshi Sato', 'JP', 'رئيس الوزراء الياباني الأسبق'),
      official(text, 'ماساشي إيتو', 'Masashi Ito', 'JP', 'وزير الخارجية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Japan', members: ['*Kenji Tanaka', 'Masashi Ito'] },
      { side: 'Brunei', members: ['*Hassanal Bolkiah'] },
    ]);
  });

  it('leaves out a third leader of «بعد أيام من اجتماع ثلاثي في طهران جمع X و Y و Z»', () => {
    const text = [
      'بوتين وأردوغان يبحثان الوضع في إدلب',
      'بحث الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان في سوتشي اليوم الوضع في إدلب.',
      'وتأتي القمة بعد أيام من اجتماع ثلاثي في طهران جمع بوتين وأردوغان وروحاني، ولم يتوصل إلى اتفاق.',
    ].join('\n\n');
    const officials = [
      official(text, 'فلاديمير بوتين', 'Vladimir Putin', 'RU', 'الرئيس الروسي', ['بوتين']),
      official(text, 'رجب طيب أردوغان', 'Recep Tayyip Erdogan', 'TR', null, ['أردوغان']),
      official(text, 'روحاني', 'Hassan Rouhani', 'IR'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Russia', members: ['*Vladimir Putin'] },
      { side: 'Turkey', members: ['*Recep Tayyip Erdogan'] },
    ]);
  });
});

describe('findDelegations: headlines of other stories inside the text', () => {
  it('leaves out a meeting named only on a short line of its own between paragraphs', () => {
    const text = [
      'وزير الخارجية الياباني يلتقي نظيره الصيني في بكين',
      'التقى وزير الخارجية الياباني كينجي تاناكا في بكين اليوم نظيره الصيني لي وي، وبحث الجانبان العلاقات الثنائية.',
      'رئيس الوزراء الياباني هيرو ساتو يستقبل الرئيس الكوري الجنوبي مون هو',
      'وقال تاناكا إن المحادثات كانت صريحة.',
    ].join('\n\n');
    const officials = [
      official(text, 'كينجي تاناكا', 'Kenji Tanaka', 'JP', 'وزير الخارجية الياباني', ['تاناكا']),
      official(text, 'لي وي', 'Li Wei', 'CN', 'نظيره الصيني'),
      official(text, 'مون هو', 'Moon Ho', 'KR', 'الرئيس الكوري الجنوبي'),
      official(text, 'هيرو ساتو', 'Hiro Sato', 'JP', 'رئيس الوزراء الياباني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Japan', members: ['*Kenji Tanaka'] },
      { side: 'China', members: ['*Li Wei'] },
    ]);
  });
});

describe('findDelegations: a side led at the talks, and its head of state receiving the guest', () => {
  it('keeps the king who receives the guest, though his minister heads the side at the talks («ترأس الجانب السعودي فيها X»)', () => {
    const text = [
      'مباحثات سعودية روسية في الرياض',
      'عقدت في الرياض اليوم جلسة مباحثات رسمية، ترأس الجانب السعودي فيها وزير الخارجية فهد العتيبي، والجانب الروسي وزير الخارجية سيرغي لافروف.',
      'واستقبل الملك سلطان بن فهد في قصر اليمامة لافروف، وبحث معه العلاقات الثنائية.',
    ].join('\n\n');
    const officials = [
      official(text, 'فهد العتيبي', 'Fahd Al-Otaibi', 'SA', 'وزير الخارجية'),
      official(text, 'سيرغي لافروف', 'Sergey Lavrov', 'RU', 'وزير الخارجية', ['لافروف']),
      official(text, 'سلطان بن فهد', 'Sultan bin Fahd', 'SA', 'الملك'),
    ];
    const out = summary(findDelegations(text, officials));
    expect(out.find((d) => d.side === 'Saudi Arabia')?.members).toEqual(['*Fahd Al-Otaibi', 'Sultan bin Fahd']);
    expect(out.find((d) => d.side === 'Russia')?.members).toEqual(['*Sergey Lavrov']);
  });
});
