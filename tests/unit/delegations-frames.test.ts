import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import type { Official } from '@/lib/types';
import { official, summary } from './helpers/delegations';

// Sentences written for these tests, in the style of the agencies named; the people are invented.

describe('receptions and farewells (Gulf agencies)', () => {
  // WAM style: the guest named by title only in the reception list, members with their office after the name,
  // an ambassador of the host state posted to the guest's country.
  const text = [
    'استقبل صاحب السمو الشيخ سلطان بن خليفة المهيري ولي عهد الإمارة اليوم دولة داتو هاشم إبراهيم رئيس وزراء ماليزيا.',
    'وكان في استقبال رئيس الوزراء الماليزي لدى وصوله مطار الرئاسة معالي راشد بن سعيد الكتبي وزير الدولة ومعالي ناصر عبيد الظاهري وزير الاقتصاد وسعادة عمر خلفان الرميثي سفير الدولة لدى ماليزيا.',
    'وحضر الاستقبال معالي حمد سالم النعيمي رئيس الديوان، كما حضره من الجانب الماليزي معالي داتو عزيز رحمن وزير الخارجية والوفد المرافق.',
    'وكان في وداع الضيف لدى مغادرته معالي راشد بن سعيد الكتبي.',
  ].join('\n\n');
  const officials = [
    official(text, 'سلطان بن خليفة المهيري', 'Sultan bin Khalifa Al Muhairi', 'AE', 'ولي عهد الإمارة'),
    official(text, 'داتو هاشم إبراهيم', 'Dato Hashim Ibrahim', 'MY', 'رئيس وزراء ماليزيا'),
    official(text, 'راشد بن سعيد الكتبي', 'Rashid bin Saeed Al Ketbi', 'AE', 'وزير الدولة'),
    official(text, 'ناصر عبيد الظاهري', 'Nasser Obaid Al Dhaheri', null, 'وزير الاقتصاد'),
    official(text, 'عمر خلفان الرميثي', 'Omar Khalfan Al Romaithi', null, 'سفير الدولة لدى ماليزيا'),
    official(text, 'حمد سالم النعيمي', 'Hamad Salem Al Nuaimi', null, 'رئيس الديوان'),
    official(text, 'داتو عزيز رحمن', 'Dato Aziz Rahman', null, 'وزير الخارجية'),
  ];

  it('puts those who welcome and see off the guest on the host side, the ambassador of the host state with them', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      {
        side: 'United Arab Emirates',
        members: ['*Sultan bin Khalifa Al Muhairi', 'Rashid bin Saeed Al Ketbi', 'Nasser Obaid Al Dhaheri', 'Omar Khalfan Al Romaithi', 'Hamad Salem Al Nuaimi'],
      },
      { side: 'Malaysia', members: ['*Dato Hashim Ibrahim', 'Dato Aziz Rahman'] },
    ]);
  });

  it('reads «كما حضره من الجانب X» as the event attended, not a person accompanied', () => {
    const malaysia = findDelegations(text, officials).find((d) => d.country === 'MY');
    expect(malaysia?.members.map((m) => m.name_en)).toContain('Dato Aziz Rahman');
    expect(malaysia?.members.map((m) => m.name_en)).not.toContain('Hamad Salem Al Nuaimi');
  });

  it('takes the guest of «في استقباله» from the meeting and the attendee’s own country over the order of mention', () => {
    // SPA style: the guest's own ambassador stands in the host's reception line.
    const t = [
      'وصل إلى الرياض اليوم الرئيس الكوري الجنوبي مون سانغ هو في زيارة رسمية، واستقبله خادم الحرمين الشريفين الملك فيصل بن سعد.',
      'وكان في استقباله لدى وصوله صاحب السمو الأمير خالد بن تركي أمير منطقة الرياض ومعالي عبدالعزيز الشمري وزير التجارة وسفير جمهورية كوريا لدى المملكة كيم دو يون.',
    ].join('\n\n');
    const os = [
      official(t, 'مون سانغ هو', 'Moon Sang-ho', 'KR', 'الرئيس الكوري الجنوبي'),
      official(t, 'فيصل بن سعد', 'Faisal bin Saad', 'SA', 'خادم الحرمين الشريفين الملك'),
      official(t, 'خالد بن تركي', 'Khalid bin Turki', null, 'أمير منطقة الرياض'),
      official(t, 'عبدالعزيز الشمري', 'Abdulaziz Al Shammari', null, 'وزير التجارة'),
      official(t, 'كيم دو يون', 'Kim Do-yoon', null, 'سفير جمهورية كوريا لدى المملكة'),
    ];
    expect(summary(findDelegations(t, os))).toEqual([
      { side: 'Saudi Arabia', members: ['*Faisal bin Saad', 'Khalid bin Turki', 'Abdulaziz Al Shammari'] },
      { side: 'South Korea', members: ['*Moon Sang-ho', 'Kim Do-yoon'] },
    ]);
  });
});

describe('signing ceremonies', () => {
  const text = [
    'شهد الرئيس التونسي منصف الجلاصي ورئيس الوزراء الإيطالي ماركو روسي اليوم مراسم توقيع أربع اتفاقيات بين البلدين.',
    'ووقعها من الجانب التونسي وزير التجارة سامي الدريدي، ومن الجانب الإيطالي وزيرة الاقتصاد كيارا فيراري.',
    'كما وقعها من جانب تونس وزير الصحة هشام الزواري، ووزير الصحة الإيطالي لوكا كونتي.',
  ].join('\n\n');
  const officials = [
    official(text, 'منصف الجلاصي', 'Moncef Jlassi', 'TN'),
    official(text, 'ماركو روسي', 'Marco Rossi', 'IT'),
    official(text, 'سامي الدريدي', 'Sami Dridi', null),
    official(text, 'كيارا فيراري', 'Chiara Ferrari', null),
    official(text, 'هشام الزواري', 'Hichem Zouari', null),
    official(text, 'لوكا كونتي', 'Luca Conti', 'IT'),
  ];

  it('makes the witnesses of «شهد … مراسم توقيع» the heads, and each signer a member of the side he signs for', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Tunisia', members: ['*Moncef Jlassi', 'Sami Dridi', 'Hichem Zouari'] },
      { side: 'Italy', members: ['*Marco Rossi', 'Chiara Ferrari', 'Luca Conti'] },
    ]);
  });

  it('reads «وقع X وخصمه Y … بحضور Z» as two signers and a third party who attends', () => {
    const t = 'وقع رئيس جمهورية الجنوب ألبير ماكو ورئيس المجلس الانتقالي جوزيف أوكيلو أمس وثيقة لوقف إطلاق النار في العاصمة الكينية بحضور الرئيس الكيني دانيال موانغي.';
    const os = [
      official(t, 'ألبير ماكو', 'Albert Mako', 'CF'),
      official(t, 'جوزيف أوكيلو', 'Joseph Okello', 'UG'),
      official(t, 'دانيال موانغي', 'Daniel Mwangi', 'KE'),
    ];
    expect(summary(findDelegations(t, os)).map((d) => d.side)).toEqual(['Central African Republic', 'Uganda', 'Kenya']);
  });

  it('does not take a decree signed by one person for a meeting', () => {
    const t = 'وقع الرئيس المصري محمود فهمي اليوم قرارا بتعيين السفير أحمد حسن وزيرا للخارجية.';
    const os = [official(t, 'محمود فهمي', 'Mahmoud Fahmy', 'EG'), official(t, 'أحمد حسن', 'Ahmed Hassan', 'EG')];
    expect(findDelegations(t, os)).toEqual([]);
  });
});

describe('people who were not at this meeting', () => {
  it('leaves out an earlier summit, a later one, and a meeting «قبل نحو عام»', () => {
    const text = [
      'وصل وزير الخارجية الياباني هيروشي تاناكا إلى سيول الجمعة، بعد القمة التاريخية بين الرئيس الأميركي جون كارتر والزعيم الصيني لي وي.',
      'والتقى تاناكا نظيره الكوري الجنوبي بارك مين سو في مقر الوزارة.',
      'ومنذ لقائه مع لي وي، بدا كارتر متفائلا، فيما تأتي الزيارة قبيل قمة مقررة بين الرئيس الروسي إيفان بتروف وكارتر.',
      'وأشار بارك إلى أن لقاءه بالرئيس الفرنسي جان دوبوا قبل نحو عام كان مثمرا.',
    ].join('\n\n');
    const officials = [
      official(text, 'هيروشي تاناكا', 'Hiroshi Tanaka', 'JP', null, ['تاناكا']),
      official(text, 'جون كارتر', 'John Carter', 'US', null, ['كارتر']),
      official(text, 'لي وي', 'Li Wei', 'CN'),
      official(text, 'بارك مين سو', 'Park Min-su', 'KR', null, ['بارك']),
      official(text, 'إيفان بتروف', 'Ivan Petrov', 'RU'),
      official(text, 'جان دوبوا', 'Jean Dubois', 'FR'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Japan', members: ['*Hiroshi Tanaka'] },
      { side: 'South Korea', members: ['*Park Min-su'] },
    ]);
  });

  it('reads «الجمعة» (Friday) as a day, not the verb «جمعه» (brought together)', () => {
    const text = [
      'زار وفد من المجلس الوطني الكردي برئاسة آزاد حسو دمشق للمرة الأولى.',
      'وأعلن الرئيس السوري سامر العلي الجمعة أنه يرحب بالحوار.',
    ].join('\n\n');
    const officials = [official(text, 'آزاد حسو', 'Azad Hasso', null), official(text, 'سامر العلي', 'Samer Al-Ali', 'SY')];
    const members = findDelegations(text, officials).flatMap((d) => d.members.map((m) => m.name_en));
    expect(members).not.toContain('Samer Al-Ali');
  });
});

describe('implied sides', () => {
  it('takes the name after «نظيره الكوري الشمالي،» as the counterpart, not whoever those words were linked to', () => {
    const text = [
      'وصل وزير الخارجية الأسترالي توم هاريس إلى بيونغ يانغ، بعد القمة بين الرئيس الأميركي جون كارتر والزعيم الكوري الشمالي كيم سونغ هو.',
      'وكان في استقبال هاريس نظيره الكوري الشمالي، ري تشول مين، والمسؤول في الحزب، باك جونغ سو.',
    ].join('\n\n');
    const kim = official(text, 'كيم سونغ هو', 'Kim Song-ho', 'KP');
    // The officials layer linked «نظيره الكوري الشمالي» to the leader named before.
    const at = text.indexOf('نظيره الكوري الشمالي');
    kim.mentions.push([at, at + 'نظيره الكوري الشمالي'.length]);
    const officials = [
      official(text, 'توم هاريس', 'Tom Harris', 'AU', null, ['هاريس']),
      official(text, 'جون كارتر', 'John Carter', 'US'),
      kim,
      official(text, 'ري تشول مين', 'Ri Chol-min', 'KP'),
      official(text, 'باك جونغ سو', 'Pak Jong-su', 'KP'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Australia', members: ['*Tom Harris'] },
      { side: 'North Korea', members: ['*Ri Chol-min', 'Pak Jong-su'] },
    ]);
  });

  it('places an attendee with no country by the frame and one from «ambassador of X to Y» on X’s side', () => {
    const text = [
      'استقبل وزير الخارجية الأردني باسل النسور اليوم في عمان نظيره الهندي راجيف كومار.',
      'وحضر اللقاء أمين عام الوزارة زيد المجالي وسفير الهند لدى الأردن أنيل شارما.',
    ].join('\n\n');
    const officials = [
      official(text, 'باسل النسور', 'Basel Al-Nsour', 'JO'),
      official(text, 'راجيف كومار', 'Rajiv Kumar', 'IN'),
      official(text, 'زيد المجالي', 'Zaid Al-Majali', null, 'أمين عام الوزارة'),
      official(text, 'أنيل شارما', 'Anil Sharma', null, 'سفير الهند لدى الأردن'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Jordan', members: ['*Basel Al-Nsour', 'Zaid Al-Majali'] },
      { side: 'India', members: ['*Rajiv Kumar', 'Anil Sharma'] },
    ]);
  });
});

describe('members who are not people', () => {
  it('refuses a «name» made of words of time ("سابق"، "آنذاك")', () => {
    const text = 'استقبل الرئيس المصري محمود فهمي اليوم الرئيس السوداني عمر حامد، وحضر اللقاء وزير خارجية سوداني سابق وآنذاك مشار الطيب.';
    const officials = [
      official(text, 'محمود فهمي', 'Mahmoud Fahmy', 'EG'),
      official(text, 'عمر حامد', 'Omar Hamed', 'SD'),
      official(text, 'خارجية سوداني سابق', 'Kharijiya Sudani Sabiq', 'SD'),
      official(text, 'آنذاك مشار الطيب', 'Anadhak Mashar Al-Tayeb', null),
    ];
    const members = findDelegations(text, officials).flatMap((d) => d.members.map((m) => m.name_en));
    expect(members).toEqual(['Mahmoud Fahmy', 'Omar Hamed']);
  });
});

describe('names that are not participants, sides that are subjects', () => {
  it('reads «مطار الملك خالد» as a place in a reception line, not a king at the airport', () => {
    const text = [
      'استقبل خادم الحرمين الشريفين الملك فيصل بن سعد اليوم الرئيس الكوري الجنوبي مون سانغ هو.',
      'وكان في استقبال الرئيس الكوري لدى وصوله مطار الملك خالد الدولي الأمير سعود بن نايف أمير المنطقة.',
    ].join('\n\n');
    const officials = [
      official(text, 'فيصل بن سعد', 'Faisal bin Saad', 'SA'),
      official(text, 'مون سانغ هو', 'Moon Sang-ho', 'KR'),
      official(text, 'خالد الدولي', 'Khalid Al-Dawli', null),
      official(text, 'سعود بن نايف', 'Saud bin Nayef', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Saudi Arabia', members: ['*Faisal bin Saad', 'Saud bin Nayef'] },
      { side: 'South Korea', members: ['*Moon Sang-ho'] },
    ]);
  });

  it('keeps «عقب الاجتماع» as the article’s own meeting, and a leader on the side he leads despite «الملف الفلسطيني»', () => {
    const text = [
      'استقبل رئيس المكتب السياسي للحركة سامي عوض اليوم في غزة وفدا مصريا برئاسة اللواء ناصر عبد الحميد مسؤول الملف الفلسطيني في جهاز المخابرات.',
      'وقال عوض في مؤتمر صحفي عقب الاجتماع إن اللقاء كان إيجابيا.',
    ].join('\n\n');
    const officials = [
      official(text, 'سامي عوض', 'Sami Awad', 'PS', null, ['عوض']),
      official(text, 'ناصر عبد الحميد', 'Nasser Abdel Hamid', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Palestine', members: ['*Sami Awad'] },
      { side: 'Egypt', members: ['*Nasser Abdel Hamid'] },
    ]);
  });

  it('finds the light verb of a call before a long Gulf title («تلقى صاحب السمو … اتصالا هاتفيا من …»)', () => {
    const text =
      'تلقى صاحب السمو الشيخ حمدان بن راشد آل مكتوم ولي عهد الإمارة نائب القائد الأعلى للقوات المسلحة رئيس المجلس التنفيذي اتصالا هاتفيا اليوم من فخامة الرئيس الفرنسي لوران بيرنار.';
    const officials = [official(text, 'حمدان بن راشد آل مكتوم', 'Hamdan bin Rashid Al Maktoum', 'AE'), official(text, 'لوران بيرنار', 'Laurent Bernard', 'FR')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'United Arab Emirates', members: ['*Hamdan bin Rashid Al Maktoum'] },
      { side: 'France', members: ['*Laurent Bernard'] },
    ]);
  });
});

describe('counterparts decide sides', () => {
  it('does not take «نظيره الكوري الشمالي» in a headline for a North Korean of another office', () => {
    const text = [
      'قبيل القمة.. وزير الخارجية الكندي يلتقي نظيره الكوري الشمالي',
      'التقى وزير الخارجية الكندي مارك لوبلان في بيونغ يانغ نظيره الكوري الشمالي، ري تشول مين.',
    ].join('\n\n');
    const leader = official(text, 'كيم سونغ هو', 'Kim Song-ho', 'KP', 'الزعيم الكوري الشمالي');
    // The officials layer linked the headline's «نظيره الكوري الشمالي» to the leader.
    const at = text.indexOf('نظيره الكوري الشمالي');
    leader.mentions.push([at, at + 'نظيره الكوري الشمالي'.length]);
    const officials = [
      official(text, 'مارك لوبلان', 'Marc Leblanc', 'CA', 'وزير الخارجية الكندي', ['وزير الخارجية الكندي']),
      leader,
      official(text, 'ري تشول مين', 'Ri Chol-min', 'KP', 'وزير الخارجية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Canada', members: ['*Marc Leblanc'] },
      { side: 'North Korea', members: ['*Ri Chol-min'] },
    ]);
  });

  it('puts «X ونظيرتها السودانية» on the other side of the talks, whatever country X was given', () => {
    const text =
      'تم اليوم توقيع محضر جلسة عمل بين تونس والسودان، حيث وقعت عن الجانب التونسي المديرة العامة ليلى الحامي وعن الجانب السوداني المدير العام خالد عثمان، وذلك تحت إشراف وزيرة الصحة هند بن علي ونظيرتها السودانية آمنة صالح.';
    const officials = [
      official(text, 'ليلى الحامي', 'Leila Hammi', 'TN'),
      official(text, 'خالد عثمان', 'Khaled Osman', 'SD'),
      // The officials layer gave her the country of the counterpart named after her.
      official(text, 'هند بن علي', 'Hind Ben Ali', 'SD', 'وزيرة الصحة'),
      official(text, 'آمنة صالح', 'Amna Saleh', 'SD'),
    ];
    const sides = summary(findDelegations(text, officials));
    expect(sides.find((d) => d.side === 'Tunisia')?.members).toEqual(expect.arrayContaining(['Leila Hammi', 'Hind Ben Ali'].map((n) => expect.stringContaining(n))));
    expect(sides.find((d) => d.side === 'Sudan')?.members.join()).not.toContain('Hind Ben Ali');
    expect(sides.find((d) => d.side === 'Sudan')?.members.join()).toContain('Amna Saleh');
  });
});

describe('sides that are not states', () => {
  it('puts a movement’s leader on the movement’s side, and a delegation stated as national on the nation’s', () => {
    const text = [
      'استقبل رئيس المكتب السياسي لحركة حماس سامي عوض اليوم في غزة وفدا مصريا برئاسة اللواء ناصر عبد الحميد.',
      'وحضر اللقاء من الجانب المصري العميد كريم فؤاد.',
    ].join('\n\n');
    const officials = [
      official(text, 'سامي عوض', 'Sami Awad', 'PS', 'رئيس المكتب السياسي لحركة حماس'),
      official(text, 'ناصر عبد الحميد', 'Nasser Abdel Hamid', null),
      official(text, 'كريم فؤاد', 'Karim Fouad', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Hamas', members: ['*Sami Awad'] },
      { side: 'Egypt', members: ['*Nasser Abdel Hamid', 'Karim Fouad'] },
    ]);
  });

  it('reads a regional government as a side of its own («رئيس حكومة إقليم كردستان»)', () => {
    const text = 'استقبل رئيس الوزراء العراقي حيدر سلمان اليوم في بغداد رئيس حكومة إقليم كردستان آزاد برزنجي.';
    const officials = [
      official(text, 'حيدر سلمان', 'Haider Salman', 'IQ', 'رئيس الوزراء العراقي'),
      official(text, 'آزاد برزنجي', 'Azad Barzinji', 'IQ', 'رئيس حكومة إقليم كردستان'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Iraq', members: ['*Haider Salman'] },
      { side: 'Kurdistan Region', members: ['*Azad Barzinji'] },
    ]);
  });
});

describe('calls, earlier meetings in one sentence, offices of a third person', () => {
  it('reads «أجرى X اتصالا هاتفيا بالرئيس Y» and leaves out a call «وكانت Z قد بحثت … مع Y»', () => {
    const text = [
      'أجرى الرئيس الفرنسي لوران بيرنار، السبت، اتصالا هاتفيا بالرئيس الإيراني علي رضائي، بحثا خلاله الاتفاق النووي.',
      'وكانت المستشارة الألمانية كلارا فيشر قد بحثت الملف ذاته مع رضائي الأسبوع الماضي.',
    ].join('\n\n');
    const officials = [
      official(text, 'لوران بيرنار', 'Laurent Bernard', 'FR'),
      official(text, 'علي رضائي', 'Ali Rezaei', 'IR', null, ['رضائي']),
      official(text, 'كلارا فيشر', 'Klara Fischer', 'DE'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'France', members: ['*Laurent Bernard'] },
      { side: 'Iran', members: ['*Ali Rezaei'] },
    ]);
  });

  it('keeps a whole sentence in the past after «وكان X قد …، كما زار … حيث التقى Y»', () => {
    const text = [
      'عقد الرئيس الأمريكي جون كارتر ونظيره الروسي إيفان بتروف قمتهما الأولى في هلسنكي.',
      'وكان كارتر قد زار بروكسل الأسبوع الماضي، كما زار لندن حيث التقى رئيسة الوزراء البريطانية إيما هيل.',
    ].join('\n\n');
    const officials = [
      official(text, 'جون كارتر', 'John Carter', 'US', null, ['كارتر']),
      official(text, 'إيفان بتروف', 'Ivan Petrov', 'RU'),
      official(text, 'إيما هيل', 'Emma Hill', 'GB'),
    ];
    expect(summary(findDelegations(text, officials)).map((d) => d.side)).toEqual(['United States', 'Russia']);
  });

  it('does not take «مدير مكتب الرئيس هادي» for the president at the talks', () => {
    const text = [
      'انطلقت مشاورات السلام بين وفد الحكومة برئاسة وزير الخارجية اليمني سالم باعوم ووفد جماعة الحوثي برئاسة محمد الشامي.',
      'ويضم وفد الحكومة أيضا أحمد العولقي مدير مكتب الرئيس هادي.',
    ].join('\n\n');
    const officials = [
      official(text, 'سالم باعوم', 'Salem Baoum', 'YE'),
      official(text, 'محمد الشامي', 'Mohammed Al-Shami', 'YE', 'المتحدث باسم جماعة الحوثي'),
      official(text, 'أحمد العولقي', 'Ahmed Al-Awlaki', 'YE'),
      official(text, 'هادي', 'Abdrabbuh Mansur Hadi', 'YE'),
    ];
    const members = findDelegations(text, officials).flatMap((d) => d.members.map((m) => m.name_en));
    expect(members).toContain('Ahmed Al-Awlaki');
    expect(members).not.toContain('Abdrabbuh Mansur Hadi');
  });

  it('reads a movement named in the English role of a title after the name', () => {
    const text = 'يزور وفد من المجلس دمشق للمرة الأولى.\n\nويضم الوفد قيادات سياسية وعسكرية برئاسة سلمى داود، الرئيسة المشتركة للمجلس.';
    const o = official(text, 'سلمى داود', 'Salma Dawood', 'SY');
    o.role_en = 'Co-chair of the Syrian Democratic Council';
    expect(summary(findDelegations(text, [o]))).toEqual([{ side: 'Syrian Democratic Council', members: ['*Salma Dawood'] }]);
  });
});

describe('the delegation that accompanies a visitor', () => {
  it('reads «ويرافق الرئيس X في زيارته وفد يضم …» as X’s delegation, a party title (فتح) notwithstanding', () => {
    const text = [
      'وصل الرئيس الفلسطيني سليم حداد إلى القاهرة في زيارة رسمية يلتقي خلالها الرئيس المصري كمال رشدي.',
      'ويرافق الرئيس حداد في زيارته وفد يضم عضو اللجنة المركزية لحركة فتح وليد الخطيب، ورئيس جهاز المخابرات جمال نصر.',
    ].join('\n\n');
    const officials = [
      official(text, 'سليم حداد', 'Salim Haddad', 'PS', null, ['حداد']),
      official(text, 'كمال رشدي', 'Kamal Roshdy', 'EG'),
      official(text, 'وليد الخطيب', 'Walid Al-Khatib', 'PS', 'عضو اللجنة المركزية لحركة فتح'),
      official(text, 'جمال نصر', 'Jamal Nasr', null, 'رئيس جهاز المخابرات'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Palestine', members: ['*Salim Haddad', 'Walid Al-Khatib', 'Jamal Nasr'] },
      { side: 'Egypt', members: ['*Kamal Roshdy'] },
    ]);
  });

  it('reads «X و Y يبحثان …» in a headline as a meeting of the two', () => {
    const text = 'وزيرا خارجية البلدين: سمير نجم وهانز مولر يبحثان في برلين التعاون الاقتصادي\n\nقال متحدث إن المباحثات ستتناول التجارة.';
    const officials = [official(text, 'سمير نجم', 'Samir Najm', 'LB'), official(text, 'هانز مولر', 'Hans Müller', 'DE')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Lebanon', members: ['*Samir Najm'] },
      { side: 'Germany', members: ['*Hans Müller'] },
    ]);
  });
});

describe('Maghreb wording, ceremonies presided over, and offices of a person', () => {
  it('reads «تحادث X مع نظيره Y» (Tunisian agencies) as a meeting', () => {
    const text = 'تحادث وزير الشؤون الخارجية منير الطرابلسي اليوم بمقر الوزارة مع وزير الخارجية الليبي فرج الورفلي.';
    const officials = [official(text, 'منير الطرابلسي', 'Mounir Trabelsi', 'TN'), official(text, 'فرج الورفلي', 'Faraj Al-Warfalli', 'LY')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Tunisia', members: ['*Mounir Trabelsi'] },
      { side: 'Libya', members: ['*Faraj Al-Warfalli'] },
    ]);
  });

  it('makes those who preside over a signing («أشرف X ونظيره Y على موكب توقيع») the heads, above the signers', () => {
    const text = [
      'أشرف الرئيس التونسي هادي الصغير ونظيره الفرنسي بول مارتان، اليوم بقصر قرطاج، على موكب توقيع اتفاقيات بين البلدين.',
      'ووقع الاتفاقيات عن الجانب التونسي وزير التنمية كريم البجاوي، وعن الجانب الفرنسي وزير الخارجية لوك برنار.',
    ].join('\n\n');
    const martin = official(text, 'بول مارتان', 'Paul Martin', 'FR', 'نظيره الفرنسي');
    martin.role_en = 'President of France';
    const officials = [
      official(text, 'هادي الصغير', 'Hedi Sghaier', 'TN', 'الرئيس التونسي'),
      martin,
      official(text, 'كريم البجاوي', 'Karim Bejaoui', null, 'وزير التنمية'),
      official(text, 'لوك برنار', 'Luc Bernard', null, 'وزير الخارجية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Tunisia', members: ['*Hedi Sghaier', 'Karim Bejaoui'] },
      { side: 'France', members: ['*Paul Martin', 'Luc Bernard'] },
    ]);
  });

  it('keeps «نائب الرئيس X» in an attendance list but not «إدارة الرئيس Y»', () => {
    const text = [
      'استقبل الرئيس الأمريكي جون كارتر اليوم ولي العهد السعودي الأمير فهد بن خالد في البيت الأبيض.',
      'وحضر اللقاء من الجانب الأمريكي نائب الرئيس توم بيكر وكبير مستشاري إدارة الرئيس سام وود.',
    ].join('\n\n');
    const officials = [
      official(text, 'جون كارتر', 'John Carter', 'US'),
      official(text, 'فهد بن خالد', 'Fahd bin Khalid', 'SA'),
      official(text, 'توم بيكر', 'Tom Baker', 'US'),
      official(text, 'سام وود', 'Sam Wood', 'US'),
    ];
    const us = findDelegations(text, officials).find((d) => d.country === 'US')!.members.map((m) => m.name_en);
    expect(us).toContain('Tom Baker');
    expect(us).not.toContain('Sam Wood');
  });
});

describe('the host whose country the article never says', () => {
  const host = (text: string, guest: Official, hostName: [string, string], role = 'وزير الصحة') =>
    summary(findDelegations(text, [official(text, hostName[0], hostName[1], null, role), guest]));

  it('is on the country the guest ambassador is posted to («سفير اليابان بتونس»)', () => {
    const text = 'استقبل وزير الصحة سامي العيادي، اليوم بمقر الوزارة، سفير اليابان بتونس كينجي ساتو.';
    const guest = official(text, 'كينجي ساتو', 'Kenji Sato', 'JP', 'سفير اليابان بتونس');
    expect(host(text, guest, ['سامي العيادي', 'Sami Ayadi'])).toEqual([
      { side: 'Tunisia', members: ['*Sami Ayadi'] },
      { side: 'Japan', members: ['*Kenji Sato'] },
    ]);
  });

  it('is on the country the guest visits («الذي يؤدي زيارة إلى تونس»), not the guest’s named after مع', () => {
    const text = 'بحث وزير الداخلية رضا بن سالم، مع وزير الداخلية المالطي جون كاميليري، الذي يؤدي زيارة إلى تونس، ملف الهجرة.';
    const guest = official(text, 'جون كاميليري', 'John Camilleri', 'MT');
    expect(host(text, guest, ['رضا بن سالم', 'Ridha Ben Salem'], 'وزير الداخلية')).toEqual([
      { side: 'Tunisia', members: ['*Ridha Ben Salem'] },
      { side: 'Malta', members: ['*John Camilleri'] },
    ]);
  });

  it('is on the country of the palace where he receives («بقصر قرطاج»)', () => {
    const text = 'استقبل رئيس الحكومة نبيل القروي اليوم بقصر قرطاج وزير الخارجية الإيطالي ماركو بيانكي.';
    const guest = official(text, 'ماركو بيانكي', 'Marco Bianchi', 'IT');
    expect(host(text, guest, ['نبيل القروي', 'Nabil Karoui'], 'رئيس الحكومة')).toEqual([
      { side: 'Tunisia', members: ['*Nabil Karoui'] },
      { side: 'Italy', members: ['*Marco Bianchi'] },
    ]);
  });
});

describe('meetings told through the one who speaks', () => {
  it('reads «أكد X خلال استقباله Y …» with Y as the one received', () => {
    const text = 'أكد الرئيس المصري كمال رشدي خلال استقباله اليوم وزير الخارجية الأمريكي توم وايت أهمية الحل السياسي.';
    const officials = [official(text, 'كمال رشدي', 'Kamal Roshdy', 'EG'), official(text, 'توم وايت', 'Tom White', 'US')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Kamal Roshdy'] },
      { side: 'United States', members: ['*Tom White'] },
    ]);
  });

  it('keeps the reporter as the subject after «إنه»: «قال X إنه أجرى محادثات مع Y»', () => {
    const text = 'قال الرئيس الأمريكي جون كارتر إنه أجرى محادثات ممتازة مع الرئيس الصيني لي وي على هامش القمة.';
    const officials = [official(text, 'جون كارتر', 'John Carter', 'US'), official(text, 'لي وي', 'Li Wei', 'CN')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'United States', members: ['*John Carter'] },
      { side: 'China', members: ['*Li Wei'] },
    ]);
  });
});

describe('a host named by title or epithet alone', () => {
  it('still reads the guest of «استقبل خادم الحرمين الشريفين … رئيس وزراء باكستان X» as the other side', () => {
    const text = [
      'استقبل خادم الحرمين الشريفين في قصر السلام بجدة اليوم رئيس وزراء جمهورية باكستان الإسلامية طارق جميل.',
      'حضر الاستقبال وزير الخارجية إبراهيم الحربي، كما حضره من الجانب الباكستاني وزير الخارجية فيصل قريشي.',
    ].join('\n\n');
    const officials = [
      official(text, 'طارق جميل', 'Tariq Jamil', 'PK'),
      official(text, 'إبراهيم الحربي', 'Ibrahim Al-Harbi', null),
      official(text, 'فيصل قريشي', 'Faisal Qureshi', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Saudi Arabia', members: ['Ibrahim Al-Harbi'] },
      { side: 'Pakistan', members: ['*Tariq Jamil', 'Faisal Qureshi'] },
    ]);
  });
});

describe('a meeting fronted before the clause', () => {
  it('reads «في لقاء مع X في المدينة، قال Y …» as a meeting of Y and X', () => {
    const text = 'في لقاء مع الرئيس الفرنسي، بول مارتان، في سان بطرسبورغ، قال الرئيس الروسي إيفان بتروف إن العلاقات تتطور.';
    const officials = [official(text, 'بول مارتان', 'Paul Martin', 'FR'), official(text, 'إيفان بتروف', 'Ivan Petrov', 'RU')];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Russia', members: ['*Ivan Petrov'] },
      { side: 'France', members: ['*Paul Martin'] },
    ]);
  });
});

describe('the opening as a last resort', () => {
  it('takes the people named with the opening’s meeting word when no clause names the parties', () => {
    const text = [
      'مفاوضات شاقة في جنيف',
      'تتواصل في جنيف جولة المفاوضات الثالثة بمشاركة المبعوث الأمريكي جيم فوستر والمفاوض الإيراني حسين كاظمي، وسط أجواء متوترة.',
      'وقال دبلوماسيون إن الجولة قد تمتد أسبوعا.',
    ].join('\n\n');
    const officials = [official(text, 'جيم فوستر', 'Jim Foster', 'US'), official(text, 'حسين كاظمي', 'Hossein Kazemi', 'IR')];
    expect(summary(findDelegations(text, officials)).map((d) => d.side)).toEqual(['United States', 'Iran']);
  });

  it('does not pair people of a sentence without a meeting word', () => {
    const text = [
      'تصعيد جديد في المنطقة',
      'انتقد الرئيس الأمريكي جون كارتر والرئيس الإيراني علي رضائي بعضهما في خطابين منفصلين، فيما يستعد وفد أوروبي لزيارة المنطقة.',
    ].join('\n\n');
    const officials = [official(text, 'جون كارتر', 'John Carter', 'US'), official(text, 'علي رضائي', 'Ali Rezaei', 'IR')];
    expect(findDelegations(text, officials)).toEqual([]);
  });
});

describe('a side named by a movement noun', () => {
  it('reads «من جانب الحركة» as the movement the article names', () => {
    const text = [
      'استقبل رئيس المكتب السياسي لحركة حماس سامي عوض اليوم في غزة وفدا مصريا برئاسة اللواء ناصر عبد الحميد.',
      'وحضر اللقاء من جانب الحركة عضو المكتب السياسي رامي شحادة.',
    ].join('\n\n');
    const officials = [
      official(text, 'سامي عوض', 'Sami Awad', 'PS', 'رئيس المكتب السياسي لحركة حماس'),
      official(text, 'ناصر عبد الحميد', 'Nasser Abdel Hamid', null),
      // The officials layer gave him the country of the delegation named in the same paragraph.
      official(text, 'رامي شحادة', 'Rami Shehadeh', 'EG', 'عضو المكتب السياسي'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Hamas', members: ['*Sami Awad', 'Rami Shehadeh'] },
      { side: 'Egypt', members: ['*Nasser Abdel Hamid'] },
    ]);
  });
});

describe('members who are phrases of the language', () => {
  it('refuses a «name» whose words are mostly ordinary words («سوق أبوظبي العالمي أحمد»), keeps one with a single one («دياب اللوح»)', () => {
    const text =
      'استقبل الرئيس المصري كمال رشدي اليوم الرئيس الفلسطيني سليم حداد، وحضر اللقاء رئيس مجلس إدارة سوق أبوظبي العالمي أحمد والسفير دياب اللوح.';
    const officials = [
      official(text, 'كمال رشدي', 'Kamal Roshdy', 'EG'),
      official(text, 'سليم حداد', 'Salim Haddad', 'PS'),
      official(text, 'سوق أبوظبي العالمي أحمد', 'Suq Abuzbi Al-Almi Ahmed', null),
      official(text, 'دياب اللوح', 'Diab Al-Louh', 'PS'),
    ];
    const members = findDelegations(text, officials).flatMap((d) => d.members.map((m) => m.name_en));
    expect(members).toContain('Diab Al-Louh');
    expect(members).not.toContain('Suq Abuzbi Al-Almi Ahmed');
  });
});

describe('presence told as a predicate', () => {
  it('reads «وأشارت إلى أن الأمير X كان حاضرا» as X at the meeting, on his own side', () => {
    const text = [
      'استقبل العاهل السعودي الملك فيصل بن سعد، الثلاثاء، الرئيس المصري كمال رشدي في نيوم.',
      'وأفادت الوكالة بأن الملك أقام مأدبة غداء للضيف، وأشارت إلى أن الأمير خالد بن فيصل كان حاضرا.',
    ].join('\n\n');
    const officials = [
      official(text, 'فيصل بن سعد', 'Faisal bin Saad', 'SA'),
      official(text, 'كمال رشدي', 'Kamal Roshdy', 'EG'),
      official(text, 'خالد بن فيصل', 'Khalid bin Faisal', 'SA'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Saudi Arabia', members: ['*Faisal bin Saad', 'Khalid bin Faisal'] },
      { side: 'Egypt', members: ['*Kamal Roshdy'] },
    ]);
  });
});
