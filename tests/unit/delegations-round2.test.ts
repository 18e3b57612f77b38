// Issue 12, round two: classes of meetings the delegation layer did not place, each on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: «ورافق الضيف …» when the visitor speaks first', () => {
  // The visitor holds talks «مع» his host in the host's capital: the one who accompanies «الضيف» is the visitor's.
  const text = [
    'وصل الرئيس الكيني أوهورو كينياتا إلى جوبا صباح اليوم.',
    'وأجرى كينياتا، الذي وصل إلى مطار جوبا صباحا، محادثات في القصر الرئاسي مع رئيس جنوب السودان سلفا كير، بحضور نائبه جيمس واني إيقا. ورافق الضيف في المحادثات سفير بلاده لدى جوبا جون مويا.',
  ].join('\n\n');
  const officials = [
    official(text, 'أوهورو كينياتا', 'Uhuru Kenyatta', 'KE', 'الرئيس الكيني', ['كينياتا']),
    official(text, 'سلفا كير', 'Salva Kiir', 'SS', 'رئيس جنوب السودان'),
    official(text, 'جيمس واني إيقا', 'James Wani Igga', 'SS', 'نائبه'),
    official(text, 'جون مويا', 'John Mwangi', null, 'سفير بلاده لدى جوبا'),
  ];

  it('puts the guest’s companion on the guest’s side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Uhuru Kenyatta', 'John Mwangi'] },
      { side: 'South Sudan', members: ['*Salva Kiir', 'James Wani Igga'] },
    ]);
  });
});

describe('findDelegations: one country’s institutions meet', () => {
  // In the style of the Tunisian and Iraqi press: a minister or a governor receives a delegation of a municipality or a
  // union of his own country; the sides are the two bodies, each named by its own words.
  const text = [
    'وزير التجهيز يستقبل وفدا عن بلدية المكنين',
    'استقبل وزير التجهيز والإسكان نور الدين السالمي صباح اليوم بمقر الوزارة وفدا عن بلدية المكنين يتقدمه رئيس البلدية محمد العربي الخياري، ويضم المساعد الأول لرئيس البلدية فاطمة بن صالح، وذلك بحضور المدير العام للطرقات بالوزارة علي الشابي.',
    'وتناول اللقاء مشاريع تهيئة الطرقات بالمدينة.',
  ].join('\n\n');
  const officials = [
    official(text, 'نور الدين السالمي', 'Noureddine Selmi', 'TN', 'وزير التجهيز والإسكان'),
    official(text, 'محمد العربي الخياري', 'Mohamed Arbi Khiari', null, 'رئيس البلدية'),
    official(text, 'فاطمة بن صالح', 'Fatma Ben Salah', null, 'المساعد الأول لرئيس البلدية'),
    official(text, 'علي الشابي', 'Ali Chebbi', null, 'المدير العام للطرقات بالوزارة'),
  ];

  it('makes the ministry and the municipality the sides, with the delegation’s leader, its members and those present', () => {
    const found = findDelegations(text, officials);
    expect(summary(found)).toEqual([
      { side: 'Ministry of Equipment and Housing', members: ['*Noureddine Selmi', 'Ali Chebbi'] },
      { side: 'Meknin Municipality', members: ['*Mohamed Arbi Khiari', 'Fatma Ben Salah'] },
    ]);
    expect(found.map((d) => d.side_ar)).toEqual(['وزارة التجهيز والإسكان', 'بلدية المكنين']);
    expect(found.map((d) => d.country)).toEqual(['TN', 'TN']);
  });

  it('reads a governor and a union «برئاسة» its secretary-general', () => {
    const union = [
      'التقى والي صفاقس أنيس الوسلاتي اليوم بمقر الولاية وفدا من الاتحاد الجهوي للشغل بصفاقس برئاسة الكاتب العام للاتحاد الجهوي يوسف العوادني، وذلك للنظر في مطالب عمال الميناء.',
      'وحضر اللقاء المندوب الجهوي للشؤون الاجتماعية حسن المرزوقي.',
    ].join('\n\n');
    const people = [
      official(union, 'أنيس الوسلاتي', 'Anis Oueslati', 'TN', 'والي صفاقس'),
      official(union, 'يوسف العوادني', 'Youssef Aouadni', null, 'الكاتب العام للاتحاد الجهوي'),
      official(union, 'حسن المرزوقي', 'Hassen Marzouki', null, 'المندوب الجهوي للشؤون الاجتماعية'),
    ];
    const found = findDelegations(union, people);
    expect(summary(found)).toEqual([
      { side: 'Sfax Governorate', members: ['*Anis Oueslati', 'Hassen Marzouki'] },
      // («الجهوي» is Regional since round 51.)
      { side: 'Regional Union', members: ['*Youssef Aouadni'] },
    ]);
    expect(found[1]!.side_ar).toBe('الاتحاد الجهوي للشغل');
  });

  it('keeps a president receiving his prime minister alone without delegations', () => {
    const alone = 'استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج رئيس الحكومة يوسف الشاهد، وتناول اللقاء الوضع العام في البلاد.';
    const people = [official(alone, 'الباجي قائد السبسي', 'Beji Caid Essebsi', 'TN', 'رئيس الجمهورية'), official(alone, 'يوسف الشاهد', 'Youssef Chahed', 'TN', 'رئيس الحكومة')];
    expect(findDelegations(alone, people)).toEqual([]);
  });

  it('keeps a delegation of a foreign body on its own side', () => {
    const foreign = 'استقبل وزير الخارجية خميس الجهيناوي اليوم بمقر الوزارة وفدا من البرلمان الأوروبي برئاسة النائب الإيطالي أنطونيو بانزيري.';
    const people = [official(foreign, 'خميس الجهيناوي', 'Khemaies Jhinaoui', 'TN', 'وزير الخارجية'), official(foreign, 'أنطونيو بانزيري', 'Antonio Panzeri', 'IT', 'النائب الإيطالي')];
    expect(summary(findDelegations(foreign, people)).map((d) => d.side)).not.toContain('Ministry of Foreign Affairs');
  });
});

describe('findDelegations: «وضم الوفد المرافق له» in the visit’s sentence', () => {
  const text = [
    'رئيس الوزراء الماليزي في أنقرة',
    'وصل رئيس الوزراء الماليزي مهاتير محمد إلى أنقرة اليوم في زيارة رسمية يلتقي خلالها الرئيس التركي رجب طيب أردوغان، وضم الوفد المرافق له وزير الخارجية سيف الدين عبد الله ووزير الدفاع محمد سابو.',
  ].join('\n\n');
  const officials = [
    official(text, 'مهاتير محمد', 'Mahathir Mohamad', 'MY', 'رئيس الوزراء الماليزي'),
    official(text, 'رجب طيب أردوغان', 'Recep Tayyip Erdogan', 'TR', 'الرئيس التركي'),
    official(text, 'سيف الدين عبد الله', 'Saifuddin Abdullah', 'MY', 'وزير الخارجية'),
    official(text, 'محمد سابو', 'Mohamad Sabu', null, 'وزير الدفاع'),
  ];

  it('heads the delegation with the visitor, not the one he meets, and meets no one named in the list', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Malaysia', members: ['*Mahathir Mohamad', 'Saifuddin Abdullah', 'Mohamad Sabu'] },
      { side: 'Turkey', members: ['*Recep Tayyip Erdogan'] },
    ]);
  });
});

describe('findDelegations: a delegation of an organisation «مع وفد من …»', () => {
  it('reaches the head past the delegation’s words and his title', () => {
    const text = 'بحث رئيس الوزراء الأردني عمر الرزاز في عمان اليوم مع وفد من البنك الدولي برئاسة نائب رئيس البنك لمنطقة الشرق الأوسط فريد بلحاج برامج التمويل.';
    const officials = [official(text, 'عمر الرزاز', 'Omar Razzaz', 'JO', 'رئيس الوزراء الأردني'), official(text, 'فريد بلحاج', 'Ferid Belhaj', null, 'نائب رئيس البنك لمنطقة الشرق الأوسط')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Jordan', members: ['*Omar Razzaz'] },
      { side: 'World Bank', members: ['*Ferid Belhaj'] },
    ]);
  });

  it('reads an organisation after «في» in a title as the one the person works for', () => {
    const text = 'التقى وزير المالية المصري محمد معيط اليوم مديرة إدارة الاتصال في صندوق النقد الدولي جيري رايس.';
    const officials = [official(text, 'محمد معيط', 'Mohamed Maait', 'EG', 'وزير المالية المصري'), official(text, 'جيري رايس', 'Gerry Rice', null, 'مديرة إدارة الاتصال في صندوق النقد الدولي')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Mohamed Maait'] },
      { side: 'International Monetary Fund', members: ['*Gerry Rice'] },
    ]);
  });
});

describe('findDelegations: the one received named by title, then «، بحضور …»', () => {
  const text = [
    'واستقبل الرئيس المالي إبراهيم بوبكر كيتا الوزير المغربي في القصر الرئاسي، بحضور وزير الخارجية المالي تيبيلي درامي، ومدير ديوان رئيس الجمهورية موسى مارا.',
    'وكان وزير الخارجية المغربي ناصر بوريطة قد وصل إلى باماكو أمس.',
  ].join('\n\n');
  const officials = [
    official(text, 'إبراهيم بوبكر كيتا', 'Ibrahim Boubacar Keita', 'ML', 'الرئيس المالي'),
    official(text, 'تيبيلي درامي', 'Tiebile Drame', 'ML', 'وزير الخارجية المالي'),
    official(text, 'موسى مارا', 'Moussa Mara', null, 'مدير ديوان رئيس الجمهورية'),
    official(text, 'ناصر بوريطة', 'Nasser Bourita', 'MA', 'وزير الخارجية المغربي'),
  ];

  it('keeps those present on the host’s side', () => {
    const found = summary(findDelegations(text, officials));
    expect(found[0]).toEqual({ side: 'Mali', members: ['*Ibrahim Boubacar Keita', 'Tiebile Drame', 'Moussa Mara'] });
  });
});

describe('findDelegations: what «بقيادة»، «يقودها» lead', () => {
  it('is no delegation when they lead troops or operations', () => {
    const text = [
      'استقبل رئيس الوزراء الإيطالي جوزيبي كونتي في روما اليوم رئيس المجلس الرئاسي الليبي فائز السراج.',
      'وتأتي زيارة السراج في وقت تشهد فيه طرابلس معارك يقودها «الجيش الوطني الليبي» بقيادة المشير خليفة حفتر.',
    ].join('\n\n');
    const officials = [
      official(text, 'جوزيبي كونتي', 'Giuseppe Conte', 'IT', 'رئيس الوزراء الإيطالي'),
      official(text, 'فائز السراج', 'Fayez al-Sarraj', 'LY', 'رئيس المجلس الرئاسي الليبي', ['السراج']),
      official(text, 'خليفة حفتر', 'Khalifa Haftar', 'LY', 'المشير'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Italy', members: ['*Giuseppe Conte'] },
      { side: 'Libya', members: ['*Fayez al-Sarraj'] },
    ]);
  });
});

describe('findDelegations: two heads, the second with a long title, «خلال جلسة مباحثات عقداها»', () => {
  it('reads both as the parties of the talks, and the faction’s country list as the faction', () => {
    const text = [
      'اتفق رئيس الوزراء الجزائري أحمد أويحيى ورئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فائز السراج، خلال جلسة مباحثات عقداها أمس في الجزائر العاصمة، على إعادة فتح الحدود.',
      'وجرت المباحثات بحضور وزير الخارجية الجزائري عبد القادر مساهل. وعن الجانب الليبي، حضرها وزير الداخلية فتحي باشاغا.',
    ].join('\n\n');
    const officials = [
      official(text, 'أحمد أويحيى', 'Ahmed Ouyahia', 'DZ', 'رئيس الوزراء الجزائري'),
      official(text, 'فائز السراج', 'Fayez al-Sarraj', 'LY', 'رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية'),
      official(text, 'عبد القادر مساهل', 'Abdelkader Messahel', 'DZ', 'وزير الخارجية الجزائري'),
      official(text, 'فتحي باشاغا', 'Fathi Bashagha', 'LY', 'وزير الداخلية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Algeria', members: ['*Ahmed Ouyahia', 'Abdelkader Messahel'] },
      { side: 'Government of National Accord (Libya)', members: ['*Fayez al-Sarraj', 'Fathi Bashagha'] },
    ]);
  });
});

describe('findDelegations: «وترأست الاجتماع عن الجانب X …، وعن الجانب Y …» after a joint press conference', () => {
  it('reads the article as a meeting and each chair as his side’s head', () => {
    const text = [
      'الأردن والاتحاد الأوروبي يعتمدان أولويات جديدة للشراكة',
      'الفاخوري وهان خلال المؤتمر الصحفي المشترك في عمان',
      'أعلن الأردن والاتحاد الأوروبي اعتماد أولويات الشراكة للسنوات الأربع المقبلة، في ختام الدورة الثالثة عشرة لمجلس الشراكة.',
      'وترأس الاجتماع عن الجانب الأوروبي المفوض الأوروبي لسياسة الجوار يوهانس هان، وعن الجانب الأردني وزير التخطيط والتعاون الدولي عماد الفاخوري.',
    ].join('\n\n');
    const officials = [
      official(text, 'يوهانس هان', 'Johannes Hahn', null, 'المفوض الأوروبي لسياسة الجوار'),
      official(text, 'عماد الفاخوري', 'Imad Fakhoury', 'JO', 'وزير التخطيط والتعاون الدولي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'European Union', members: ['*Johannes Hahn'] },
      { side: 'Jordan', members: ['*Imad Fakhoury'] },
    ]);
  });
});

describe('findDelegations: the visitor of a visit, and ministers who sign', () => {
  const signing = 'ووقع مذكرة التعاون في مجال الطاقة وزير الطاقة الهندي بيوش غويال ووزير الطاقة الإندونيسي إغناسيوس جونان.';
  const people = (text: string) => [
    official(text, 'ناريندرا مودي', 'Narendra Modi', 'IN', 'رئيس الوزراء الهندي'),
    official(text, 'بيوش غويال', 'Piyush Goyal', 'IN', 'وزير الطاقة الهندي'),
    official(text, 'إغناسيوس جونان', 'Ignasius Jonan', 'ID', 'وزير الطاقة الإندونيسي'),
  ];
  for (const visit of [
    'وصل رئيس الوزراء الهندي ناريندرا مودي إلى جاكرتا اليوم في زيارة رسمية تستغرق يومين.',
    'يزور رئيس الوزراء الهندي ناريندرا مودي إندونيسيا اليوم.',
    'بدأ رئيس الوزراء الهندي ناريندرا مودي اليوم زيارة رسمية إلى إندونيسيا.',
  ]) {
    it(`heads his side with the visitor: ${visit.split(' ').slice(0, 2).join(' ')} …`, () => {
      const text = ['مودي في إندونيسيا', visit, signing].join('\n\n');
      expect(summary(findDelegations(text, people(text)))).toEqual([
        { side: 'India', members: ['*Narendra Modi', 'Piyush Goyal'] },
        { side: 'Indonesia', members: ['*Ignasius Jonan'] },
      ]);
    });
  }

  it('heads a side with its leader who spoke during the talks, not with its signer', () => {
    const text = ['مباحثات هندية إندونيسية في جاكرتا', 'وخلال المباحثات في القصر الرئاسي، أكد رئيس الوزراء الهندي ناريندرا مودي حرص بلاده على التعاون.', signing].join('\n\n');
    const india = findDelegations(text, people(text)).find((d) => d.side_en === 'India');
    expect(india?.members.map((m) => (m.head ? '*' : '') + m.name_en)).toEqual(['*Narendra Modi', 'Piyush Goyal']);
  });

  it('does not make a visit of a minister to his own country', () => {
    const text = ['مودي في إندونيسيا', 'وصل وزير الطاقة الإندونيسي إغناسيوس جونان إلى جاكرتا اليوم في زيارة قصيرة.', signing].join('\n\n');
    const found = findDelegations(text, people(text));
    expect(found.find((d) => d.side_en === 'Indonesia')?.members.map((m) => m.name_en)).toEqual(['Ignasius Jonan']);
  });
});

describe('findDelegations: fragments of titles and sources read as people', () => {
  const text = [
    'استقبل العاهل المغربي الملك محمد السادس في الرباط اليوم الرئيس الموريتاني محمد ولد الغزواني.',
    'وحضر اللقاء، حسب بلاغ للديوان الملكي المغربي، ولي العهد الأمير مولاي الحسن، ومستشار العاهل المغربي فؤاد عالي الهمة، وسفير موريتانيا بالرباط محمد الأمين ولد آبي.',
  ].join('\n\n');
  // The officials layer read «المغربي» (the end of a body's name) as a person, and a name cut after «ولد».
  const officials = [
    official(text, 'محمد السادس', 'Mohammed VI', 'MA', 'العاهل المغربي'),
    official(text, 'محمد ولد الغزواني', 'Mohamed Ould Ghazouani', 'MR', 'الرئيس الموريتاني'),
    official(text, 'مولاي الحسن', 'Moulay Hassan', 'MA', 'ولي العهد'),
    official(text, 'فؤاد عالي الهمة', 'Fouad Ali El Himma', 'MA', 'مستشار العاهل المغربي'),
    official(text, 'ولد', 'Ould', 'MR', 'سفير موريتانيا بالرباط'),
  ];
  officials.push({ ...official(text, 'المغربي', 'Al-Maghribi', 'MA', null), mentions: [[text.indexOf('للديوان الملكي المغربي') + 'للديوان الملكي '.length, text.indexOf('للديوان الملكي المغربي') + 'للديوان الملكي المغربي'.length]] });

  it('leaves out a source between commas and a particle of a name', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Morocco', members: ['*Mohammed VI', 'Moulay Hassan', 'Fouad Ali El Himma'] },
      { side: 'Mauritania', members: ['*Mohamed Ould Ghazouani'] },
    ]);
  });

  it('leaves out one word of a title right before another’s name', () => {
    const t = 'استقبل العاهل الأردني الملك عبد الله الثاني في عمان اليوم الرئيس الفلسطيني محمود عباس، وحضر اللقاء رئيس الديوان الملكي الهاشمي يوسف العيسوي.';
    const people = [
      official(t, 'عبد الله الثاني', 'Abdullah II', 'JO', 'العاهل الأردني'),
      official(t, 'محمود عباس', 'Mahmoud Abbas', 'PS', 'الرئيس الفلسطيني'),
      official(t, 'يوسف العيسوي', 'Yousef Issawi', 'JO', 'رئيس الديوان الملكي الهاشمي'),
      official(t, 'الهاشمي', 'Al-Hashemi', 'JO', null),
    ];
    expect(summary(findDelegations(t, people))).toEqual([
      { side: 'Jordan', members: ['*Abdullah II', 'Yousef Issawi'] },
      { side: 'Palestine', members: ['*Mahmoud Abbas'] },
    ]);
  });
});

describe('findDelegations: a counterpart whose name is not read, of the country his title names', () => {
  it('keeps the side of the one who called', () => {
    const text = [
      'العاهل الأردني يهنئ الرئيس الغاني هاتفيا',
      'أجرى العاهل الأردني الملك عبد الله الثاني اليوم اتصالا هاتفيا مع نانا أكوفو أدو، رئيس جمهورية غانا، هنأه خلاله بإعادة انتخابه.',
    ].join('\n\n');
    const officials = [official(text, 'عبد الله الثاني', 'Abdullah II', 'JO', 'العاهل الأردني')];
    expect(summary(findDelegations(text, officials))).toEqual([{ side: 'Jordan', members: ['*Abdullah II'] }]);
  });

  it('keeps the side of the host who received him', () => {
    const text = 'استقبل رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا اليوم أوهورو كينياتا، رئيس جمهورية كينيا، وبحث معه قضايا المنطقة.';
    const officials = [official(text, 'آبي أحمد', 'Abiy Ahmed', 'ET', 'رئيس الوزراء الإثيوبي')];
    expect(summary(findDelegations(text, officials))).toEqual([{ side: 'Ethiopia', members: ['*Abiy Ahmed'] }]);
  });
});

describe('findDelegations: a delegation of a foreign body when the host’s country is unsaid', () => {
  it('is no meeting of one country’s institutions', () => {
    const text = 'استقبل وزير الخارجية أيمن الصفدي اليوم وفدا من مجلس الشيوخ الأمريكي برئاسة السيناتور كريس مورفي.';
    const officials = [official(text, 'أيمن الصفدي', 'Ayman Safadi', null, 'وزير الخارجية'), official(text, 'كريس مورفي', 'Chris Murphy', null, 'السيناتور')];
    const sides = findDelegations(text, officials).map((d) => d.side_en);
    expect(sides).not.toContain('Ministry of Foreign Affairs');
  });
});

describe('findDelegations: one country’s institutions, more shapes', () => {
  it('reads «خلال استقباله وفدا عن نقابة …» as the verb, and the one who leads it', () => {
    const text = [
      'وزير الصحة يلتقي نقابة الأطباء',
      'أكد وزير الصحة التونسي عبد اللطيف المكي، خلال استقباله اليوم بمقر الوزارة وفدا عن نقابة الأطباء يتقدمه الكاتب العام للنقابة نزار العذاري، أن الوزارة ستفتح باب الحوار.',
    ].join('\n\n');
    const officials = [official(text, 'عبد اللطيف المكي', 'Abdellatif Mekki', 'TN', 'وزير الصحة التونسي'), official(text, 'نزار العذاري', 'Nizar Adhari', null, 'الكاتب العام للنقابة')];
    const found = findDelegations(text, officials);
    expect(summary(found)).toEqual([
      { side: 'Ministry of Health', members: ['*Abdellatif Mekki'] },
      { side: "Doctors' Syndicate", members: ['*Nizar Adhari'] },
    ]);
    expect(found.map((d) => d.side_ar)).toEqual(['وزارة الصحة', 'نقابة الأطباء']);
  });

  it('leaves the holder’s nationality out of the body his title names', () => {
    const text = 'التقى محافظ البصرة العراقي أسعد العيداني اليوم وفدا من غرفة تجارة البصرة برئاسة رئيس الغرفة عبد الحسين الكعبي.';
    const officials = [official(text, 'أسعد العيداني', 'Asaad Al Eidani', 'IQ', 'محافظ البصرة العراقي'), official(text, 'عبد الحسين الكعبي', 'Abdul Hussein Al-Kaabi', null, 'رئيس الغرفة')];
    const found = findDelegations(text, officials);
    expect(found.map((d) => [d.side_en, d.side_ar])).toEqual([
      ['Basra Governorate', 'محافظة البصرة'],
      // (A chamber of commerce is named by its city and trades since round 51.)
      ['Basra Chamber of Commerce', 'غرفة تجارة البصرة'],
    ]);
  });

  it('reaches «ويضم» past a long body’s name and the one who leads it', () => {
    const text = 'استقبل رئيس الحكومة يوسف الشاهد اليوم بقصر القصبة وفدا عن الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية تترأسه رئيسة الاتحاد وداد بوشماوي، ويضم نائب رئيس الاتحاد هشام اللومي.';
    const officials = [
      official(text, 'يوسف الشاهد', 'Youssef Chahed', 'TN', 'رئيس الحكومة'),
      official(text, 'وداد بوشماوي', 'Wided Bouchamaoui', null, 'رئيسة الاتحاد'),
      official(text, 'هشام اللومي', 'Hichem Elloumi', null, 'نائب رئيس الاتحاد'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Government', members: ['*Youssef Chahed'] },
      { side: 'Tunisian Union for Industry, Commerce and Handicrafts', members: ['*Wided Bouchamaoui', 'Hichem Elloumi'] },
    ]);
  });
});

describe('findDelegations: a delegation’s list ends at «، بحضور» though its member was not read', () => {
  it('keeps the one present out of the delegation', () => {
    const text = 'استقبل رئيس الوزراء الأردني عمر الرزاز اليوم وفدا سوريا برئاسة وزير الاقتصاد السوري محمد سامر الخليل، ضم معاون الوزير لشؤون التجارة الخارجية بسام حيدر، بحضور وزير الصناعة والتجارة طارق الحموري.';
    const officials = [
      official(text, 'عمر الرزاز', 'Omar Razzaz', 'JO', 'رئيس الوزراء الأردني'),
      official(text, 'محمد سامر الخليل', 'Mohammad Samer al-Khalil', 'SY', 'وزير الاقتصاد السوري'),
      official(text, 'طارق الحموري', 'Tareq Hammouri', null, 'وزير الصناعة والتجارة'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Jordan', members: ['*Omar Razzaz', 'Tareq Hammouri'] },
      { side: 'Syria', members: ['*Mohammad Samer al-Khalil'] },
    ]);
  });
});

describe('findDelegations: a round of meetings by a visitor whose name was not read', () => {
  // The officials layer missed the visitor («المبعوث الألماني»، «شتاينر»): those he met are still the host's side.
  const text = [
    'موفد ألماني في بغداد',
    'وصل المبعوث الألماني الخاص إلى العراق كريستيان شتاينر إلى بغداد أمس في جولة على المسؤولين.',
    'واستهل شتاينر جولته، يرافقه السفير الألماني في بغداد أولي ديل، بلقاء رئيس الجمهورية برهم صالح، في حضور المستشار الاقتصادي لرئيس الجمهورية علي الشكري.',
    'وانتقل شتاينر بعدها إلى مجلس النواب، حيث التقى رئيس المجلس محمد الحلبوسي.',
    'واختتم المبعوث الألماني جولته بلقاء رئيس الوزراء عادل عبد المهدي.',
  ].join('\n\n');
  const officials = [
    official(text, 'أولي ديل', 'Ole Diehl', 'DE', 'السفير الألماني في بغداد'),
    official(text, 'برهم صالح', 'Barham Salih', 'IQ', 'رئيس الجمهورية'),
    official(text, 'علي الشكري', 'Ali al-Shukri', null, 'المستشار الاقتصادي لرئيس الجمهورية'),
    official(text, 'محمد الحلبوسي', 'Mohamed al-Halbousi', 'IQ', 'رئيس المجلس'),
    official(text, 'عادل عبد المهدي', 'Adil Abdul-Mahdi', 'IQ', 'رئيس الوزراء'),
  ];

  it('puts everyone he met and those present on the host’s side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Germany', members: ['Ole Diehl'] },
      { side: 'Iraq', members: ['*Barham Salih', 'Mohamed al-Halbousi', 'Adil Abdul-Mahdi', 'Ali al-Shukri'] },
    ]);
  });
});
