import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: the UN envoy named as «المبعوث الدولي» is the UN side', () => {
  // Written for the test: an envoy whose title says «الدولي» meets a foreign minister; his deputy's own nationality
  // (read by the officials layer) does not take him out of the envoy's team.
  const text = [
    'التقى المبعوث الدولي إلى اليمن بيتر هانسن في عدن الاثنين وزير الخارجية اليمني خالد باعوم.',
    'وحضر اللقاء من الجانب اليمني وكيل الوزارة سالم الحداد، فيما رافق المبعوث الدولي نائبه عمرو الشريف.',
  ].join('\n\n');
  const officials = [
    official(text, 'بيتر هانسن', 'Peter Hansen', null, 'المبعوث الدولي إلى اليمن'),
    official(text, 'خالد باعوم', 'Khaled Baoum', 'YE', 'وزير الخارجية اليمني'),
    official(text, 'سالم الحداد', 'Salem Al-Haddad', 'YE', 'وكيل الوزارة'),
    official(text, 'عمرو الشريف', 'Amr El-Sherif', 'EG', 'نائب المبعوث الدولي'),
  ];

  it('puts the envoy and his deputy on the United Nations side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'United Nations', members: ['*Peter Hansen', 'Amr El-Sherif'] },
      { side: 'Yemen', members: ['*Khaled Baoum', 'Salem Al-Haddad'] },
    ]);
  });
});

describe('findDelegations: a meeting of another time named right after the article’s meeting noun', () => {
  // Written for the test: «ويأتي اللقاء بعد أسبوع من اجتماع بين X و Y» tells of another meeting; X and Y were not at this one.
  const text = [
    'استقبل رئيس الوزراء الأردني سمير العلي في عمان الأحد وزير الخارجية الكندي بول روبرتس.',
    'ويأتي اللقاء بعد أسبوع من اجتماع في جنيف بين وزير الخارجية الألماني هانز كلاين ونظيره الياباني تارو سوزوكي.',
  ].join('\n\n');
  const officials = [
    official(text, 'سمير العلي', 'Samir Al-Ali', 'JO', 'رئيس الوزراء الأردني'),
    official(text, 'بول روبرتس', 'Paul Roberts', 'CA', 'وزير الخارجية الكندي'),
    official(text, 'هانز كلاين', 'Hans Klein', 'DE', 'وزير الخارجية الألماني'),
    official(text, 'تارو سوزوكي', 'Taro Suzuki', 'JP', 'نظيره الياباني'),
  ];

  it('keeps the other meeting’s parties out of the delegations', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Jordan', members: ['*Samir Al-Ali'] },
      { side: 'Canada', members: ['*Paul Roberts'] },
    ]);
  });
});

describe('findDelegations: factions of one country hosted by a third party', () => {
  // Written for the test: both rivals are Sudanese; the faction in the apposition after a name («، قائد قوات الدعم السريع»)
  // makes its own side; the host's side stays his country.
  const text = [
    'جمع الرئيس الكيني جوزيف موانغي في نيروبي الخميس رئيس الوفد الحكومي السوداني الفريق عمر الطيب والفريق حامد نور، قائد قوات الدعم السريع.',
    'ورافق نور مستشاره السياسي يوسف عزت.',
  ].join('\n\n');
  const officials = [
    official(text, 'جوزيف موانغي', 'Joseph Mwangi', 'KE', 'الرئيس الكيني'),
    official(text, 'عمر الطيب', 'Omar Al-Tayeb', 'SD', 'الفريق'),
    official(text, 'حامد نور', 'Hamed Nour', 'SD', 'الفريق', ['نور']),
    official(text, 'يوسف عزت', 'Youssef Ezzat', 'SD', 'مستشاره السياسي'),
  ];

  it('puts each rival on his own side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Joseph Mwangi'] },
      { side: 'Sudan', members: ['*Omar Al-Tayeb'] },
      { side: 'Rapid Support Forces', members: ['*Hamed Nour', 'Youssef Ezzat'] },
    ]);
  });
});

describe('findDelegations: those attending a meeting of another time', () => {
  // Written for the test: «بعد لقاء أول جمعهما … برعاية X»: X sponsored the earlier meeting, not this one.
  const text = [
    'التقى رئيس الوزراء الإثيوبي أبيي تسفاي ورئيس الوزراء الإريتري سلمون كidane في جدة الأحد.',
    'وهو ثاني لقاء بين الرجلين بعد لقاء أول جمعهما في الخرطوم الشهر الماضي برعاية الرئيس السوداني محمد الأمين.',
  ].join('\n\n').replace('كidane', 'كيداني');
  const officials = [
    official(text, 'أبيي تسفاي', 'Abiy Tesfaye', 'ET', 'رئيس الوزراء الإثيوبي'),
    official(text, 'سلمون كيداني', 'Solomon Kidane', 'ER', 'رئيس الوزراء الإريتري'),
    official(text, 'محمد الأمين', 'Mohamed Al-Amin', 'SD', 'الرئيس السوداني'),
  ];

  it('leaves the sponsor of the earlier meeting out', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ethiopia', members: ['*Abiy Tesfaye'] },
      { side: 'Eritrea', members: ['*Solomon Kidane'] },
    ]);
  });
});

describe('findDelegations: an ambassador received by a host the officials layer did not read', () => {
  // Written for the test: the host's title («محافظ إربد») gives no person; the ambassador's posting says the host's country,
  // and those who attended go to the host's side.
  const text = [
    'استقبل محافظ إربد رضوان العتوم، اليوم الأحد بمقر المحافظة، سفير جمهورية كوريا لدى الأردن كيم سون هو والوفد المرافق له.',
    'وحضر اللقاء مدير الصحة في المحافظة الدكتور نبيل الزعبي، ومدير السياحة خالد الربابعة.',
  ].join('\n\n');
  const officials = [
    official(text, 'كيم سون هو', 'Kim Sun-ho', 'KR', 'سفير جمهورية كوريا لدى الأردن'),
    official(text, 'نبيل الزعبي', 'Nabil Al-Zoubi', null, 'مدير الصحة في المحافظة'),
    official(text, 'خالد الربابعة', 'Khaled Al-Rababaa', null, 'مدير السياحة'),
  ];

  it('puts the attendees on the country the ambassador is posted to', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Jordan', members: ['Nabil Al-Zoubi', 'Khaled Al-Rababaa'] },
      { side: 'South Korea', members: ['*Kim Sun-ho'] },
    ]);
  });
});

describe('findDelegations: a country word read as a name is no member', () => {
  // Written for the test: «وسفير كوريا لدى المغرب» read by the officials layer as an ambassador named «كوريا».
  const text = [
    'استقبل رئيس الحكومة المغربية عزيز بناني في الرباط الاثنين رئيس وزراء كوريا الجنوبية لي هان سو.',
    'وحضر اللقاء من الجانب الكوري وزير التجارة بارك مين جون وسفير كوريا لدى المغرب.',
  ].join('\n\n');
  const officials = [
    official(text, 'عزيز بناني', 'Aziz Bennani', 'MA', 'رئيس الحكومة المغربية'),
    official(text, 'لي هان سو', 'Lee Han-soo', 'KR', 'رئيس وزراء كوريا الجنوبية'),
    official(text, 'بارك مين جون', 'Park Min-jun', 'KR', 'وزير التجارة'),
    { ...official(text, 'كوريا', 'Correa', 'KR', 'سفير'), mentions: [[text.lastIndexOf('كوريا'), text.lastIndexOf('كوريا') + 5]] as [number, number][] },
  ];

  it('leaves the country word out', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Morocco', members: ['*Aziz Bennani'] },
      { side: 'South Korea', members: ['*Lee Han-soo', 'Park Min-jun'] },
    ]);
  });
});

describe('findDelegations: a meeting told beside the article’s own', () => {
  // Written for the test: «وفي جدة، اجتمع … في اليوم نفسه، بحضور X»: X attended the other meeting, elsewhere.
  const text = [
    'عقد الرئيس المصري حسن البدري والرئيس الغاني كوفي منساه قمة في القاهرة الثلاثاء.',
    'وشارك في القمة وزير الخارجية المصري سامح فؤاد.',
    'وفي جدة، اجتمعت فصائل المعارضة السودانية في اليوم نفسه، في لقاء موسع، بحضور المبعوث الأممي إريك لارسن.',
  ].join('\n\n');
  const officials = [
    official(text, 'حسن البدري', 'Hassan El-Badry', 'EG', 'الرئيس المصري'),
    official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
    official(text, 'سامح فؤاد', 'Sameh Fouad', 'EG', 'وزير الخارجية المصري'),
    official(text, 'إريك لارسن', 'Erik Larsen', null, 'المبعوث الأممي'),
  ];

  it('leaves out those present at the other meeting', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Hassan El-Badry', 'Sameh Fouad'] },
      { side: 'Ghana', members: ['*Kofi Mensah'] },
    ]);
  });
});

describe('findDelegations: a call still to come, dated by «خلال الأيام المقبلة»', () => {
  // Written for the test: the call between the two presidents may happen in the days to come; they were not at the talks.
  const text = [
    'أجرى وزير الخارجية الإيطالي ماركو بيانكي في روما محادثات مع نظيره الأرجنتيني خوان غوميز.',
    'وقال المتحدث باسم الحكومة إن اتصالا هاتفيا بين الرئيس الإيطالي لوكا فيراري والرئيس الأرجنتيني دييغو رويز قد يجري خلال الأيام المقبلة.',
  ].join('\n\n');
  const officials = [
    official(text, 'ماركو بيانكي', 'Marco Bianchi', 'IT', 'وزير الخارجية الإيطالي'),
    official(text, 'خوان غوميز', 'Juan Gomez', 'AR', 'نظيره الأرجنتيني'),
    official(text, 'لوكا فيراري', 'Luca Ferrari', 'IT', 'الرئيس الإيطالي'),
    official(text, 'دييغو رويز', 'Diego Ruiz', 'AR', 'الرئيس الأرجنتيني'),
  ];

  it('leaves the presidents out', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Italy', members: ['*Marco Bianchi'] },
      { side: 'Argentina', members: ['*Juan Gomez'] },
    ]);
  });
});

describe('findDelegations: an ambassador’s posting named with a state word', () => {
  // Written for the test, in the style of WAM: «سفير الدولة لدى جمهورية كازاخستان» serves in Kazakhstan, for the host.
  const text = [
    'استقبل وزير الخارجية الإماراتي سعيد الكتبي في أبوظبي اليوم وزير خارجية جمهورية كازاخستان أسلان نوربيك.',
    'حضر اللقاء معالي حمد الشامسي وزير دولة، ومعالي مريم الحمادي وزيرة دولة، وسعادة راشد الكعبي سفير الدولة لدى جمهورية كازاخستان.',
  ].join('\n\n');
  const officials = [
    official(text, 'سعيد الكتبي', 'Saeed Al Ketbi', 'AE', 'وزير الخارجية الإماراتي'),
    official(text, 'أسلان نوربيك', 'Aslan Nurbek', 'KZ', 'وزير خارجية جمهورية كازاخستان'),
    official(text, 'حمد الشامسي', 'Hamad Al Shamsi', 'AE', 'وزير دولة'),
    official(text, 'مريم الحمادي', 'Maryam Al Hammadi', 'AE', 'وزيرة دولة'),
    official(text, 'راشد الكعبي', 'Rashid Al Kaabi', null, 'سفير الدولة لدى جمهورية كازاخستان'),
  ];

  it('keeps the ambassador with the ministers of his side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'United Arab Emirates', members: ['*Saeed Al Ketbi', 'Hamad Al Shamsi', 'Maryam Al Hammadi', 'Rashid Al Kaabi'] },
      { side: 'Kazakhstan', members: ['*Aslan Nurbek'] },
    ]);
  });
});

describe('findDelegations: quoted words after a name are not a title', () => {
  // Written for the test: the headline «وهبي يطلب "شراكة أوروبية"» says what the host asked for, not that he is European.
  const text = [
    'وهبي يطلب "شراكة أوروبية" للمشاريع خلال استقباله رئيسة وزراء لاتفيا',
    'استقبل رئيس الحكومة عبد اللطيف وهبي في الرباط أمس رئيسة وزراء لاتفيا إيفيكا سيلينا.',
  ].join('\n\n');
  const officials = [
    official(text, 'عبد اللطيف وهبي', 'Abdellatif Ouahbi', null, 'رئيس الحكومة', ['وهبي']),
    official(text, 'إيفيكا سيلينا', 'Evika Silina', 'LV', 'رئيسة وزراء لاتفيا'),
  ];

  it('does not put the host on the European side', () => {
    expect(summary(findDelegations(text, officials)).map((d) => d.side)).not.toContain('European Union');
  });
});

describe('findDelegations: members of a faction’s delegation whose titles name only their country', () => {
  // Written for the test: «وفدا من حركة الجهاد … برئاسة X، وضم الوفد Y و Z»: Y's title gives no faction, his country is
  // the faction's, and he travels in its delegation. The president who receives a faction's delegation stays on his side.
  const text = [
    'التقى وزير الخارجية القطري خالد العطية في الدوحة، اليوم الأحد، وفدا من حركة الجهاد الإسلامي برئاسة الأمين العام للحركة زياد شلح، وضم الوفد عضو المكتب السياسي محمد الهندي وعضو المكتب السياسي خالد البطش.',
  ].join('\n\n');
  const officials = [
    official(text, 'خالد العطية', 'Khalid Al-Attiyah', 'QA', 'وزير الخارجية القطري'),
    official(text, 'زياد شلح', 'Ziad Shallah', 'PS', 'الأمين العام لحركة الجهاد الإسلامي'),
    official(text, 'محمد الهندي', 'Mohammed Al-Hindi', 'PS', 'عضو المكتب السياسي'),
    official(text, 'خالد البطش', 'Khaled Al-Batsh', 'PS', 'عضو المكتب السياسي'),
  ];

  it('puts the whole delegation on the faction’s side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Qatar', members: ['*Khalid Al-Attiyah'] },
      { side: 'Palestinian Islamic Jihad', members: ['*Ziad Shallah', 'Mohammed Al-Hindi', 'Khaled Al-Batsh'] },
    ]);
  });

  it('takes in a member of unknown country whom the words around place in the faction’s country', () => {
    const text3 = 'التقى وزير الخارجية القطري خالد العطية في الدوحة وفدا من حركة الجهاد الإسلامي برئاسة الأمين العام للحركة زياد شلح. وضم الوفد محمد الهندي، القيادي في الحركة من قطاع غزة، وخالد البطش، عضو المكتب السياسي.';
    const officials3 = [
      official(text3, 'خالد العطية', 'Khalid Al-Attiyah', 'QA', 'وزير الخارجية القطري'),
      official(text3, 'زياد شلح', 'Ziad Shallah', 'PS', 'الأمين العام لحركة الجهاد الإسلامي'),
      official(text3, 'محمد الهندي', 'Mohammed Al-Hindi', null, null),
      official(text3, 'خالد البطش', 'Khaled Al-Batsh', 'PS', 'عضو المكتب السياسي'),
    ];
    expect(summary(findDelegations(text3, officials3))).toEqual([
      { side: 'Qatar', members: ['*Khalid Al-Attiyah'] },
      { side: 'Palestinian Islamic Jihad', members: ['*Ziad Shallah', 'Mohammed Al-Hindi', 'Khaled Al-Batsh'] },
    ]);
  });

  const host = 'استقبل الرئيس الفلسطيني سليم داود في رام الله اليوم وفدا من حركة الجهاد الإسلامي برئاسة عضو المكتب السياسي محمد الهندي.';
  it('keeps a host of the faction’s country on his own side', () => {
    const officials2 = [
      official(host, 'سليم داود', 'Salim Daoud', 'PS', 'الرئيس الفلسطيني'),
      official(host, 'محمد الهندي', 'Mohammed Al-Hindi', 'PS', 'عضو المكتب السياسي'),
    ];
    expect(summary(findDelegations(host, officials2))).toEqual([
      { side: 'Palestine', members: ['*Salim Daoud'] },
      { side: 'Palestinian Islamic Jihad', members: ['*Mohammed Al-Hindi'] },
    ]);
  });
});

describe('findDelegations: a portfolio that names an organisation is not the minister’s side', () => {
  // Written for the test: «وزيرة الدولة للشؤون الأوروبية» is a French minister, not the European Union's.
  const text = 'استقبل وزير الخارجية المغربي ناصر بوريطة في الرباط اليوم وزيرة الدولة الفرنسية للشؤون الأوروبية لورانس بون، بحضور سفير فرنسا لدى المغرب كريستوف لوكورتيه.';
  const officials = [
    official(text, 'ناصر بوريطة', 'Nasser Bourita', 'MA', 'وزير الخارجية المغربي'),
    official(text, 'لورانس بون', 'Laurence Boone', 'FR', 'وزيرة الدولة للشؤون الأوروبية'),
    official(text, 'كريستوف لوكورتيه', 'Christophe Lecourtier', 'FR', 'سفير فرنسا لدى المغرب'),
  ];

  it('keeps the minister on her country’s side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Morocco', members: ['*Nasser Bourita'] },
      { side: 'France', members: ['*Laurence Boone', 'Christophe Lecourtier'] },
    ]);
  });
});

describe('findDelegations: a meeting told as another matter', () => {
  // Written for the test: «وفي سياق آخر، بحث X هاتفيا مع Y»: the host's call with someone else is not the article's meeting.
  const text = [
    'استقبل الرئيس السنغالي ماكي سال في داكار اليوم رئيس الوزراء البرتغالي جواو سيلفا، وبحث الجانبان التعاون في مجال الصيد.',
    'وفي سياق آخر، بحث ماكي سال في اتصال هاتفي مع الرئيس النيجيري بولا تينوبو الأوضاع في منطقة الساحل.',
  ].join('\n\n');
  const officials = [
    official(text, 'ماكي سال', 'Macky Sall', 'SN', 'الرئيس السنغالي'),
    official(text, 'جواو سيلفا', 'João Silva', 'PT', 'رئيس الوزراء البرتغالي'),
    official(text, 'بولا تينوبو', 'Bola Tinubu', 'NG', 'الرئيس النيجيري'),
  ];

  it('leaves the other matter’s party out', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Senegal', members: ['*Macky Sall'] },
      { side: 'Portugal', members: ['*João Silva'] },
    ]);
  });
});

describe('findDelegations: a national body named like an organisation', () => {
  // Written for the test: «أمين مجلس الأمن القومي» is his country's official, not the UN Security Council's.
  const text = 'استقبل مستشار الأمن الوطني العراقي قاسم الحسني في بغداد اليوم أمين مجلس الأمن القومي الأرميني أرمين غريغوريان.';
  const officials = [
    official(text, 'قاسم الحسني', 'Qasim Al-Husseini', 'IQ', 'مستشار الأمن الوطني العراقي'),
    official(text, 'أرمين غريغوريان', 'Armen Grigoryan', 'AM', 'أمين مجلس الأمن القومي'),
  ];

  it('keeps him on his country’s side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Iraq', members: ['*Qasim Al-Husseini'] },
      { side: 'Armenia', members: ['*Armen Grigoryan'] },
    ]);
  });
});

describe('findDelegations: «المبعوث الأممي الخاص» of any nationality is the UN side', () => {
  // Written for the test: the officials layer gives the envoy his own country; «الخاص» after «الأممي» is still the UN's envoy.
  const text = 'التقى المبعوث الأممي الخاص إلى ليبيا يان كوبيش في طرابلس اليوم رئيس المجلس الرئاسي محمد المنفي.';
  const officials = [
    official(text, 'يان كوبيش', 'Ján Kubiš', 'SK', 'المبعوث الأممي الخاص إلى ليبيا'),
    official(text, 'محمد المنفي', 'Mohamed al-Menfi', 'LY', 'رئيس المجلس الرئاسي'),
  ];

  it('puts the envoy on the United Nations side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'United Nations', members: ['*Ján Kubiš'] },
      { side: 'Libya', members: ['*Mohamed al-Menfi'] },
    ]);
  });
});
