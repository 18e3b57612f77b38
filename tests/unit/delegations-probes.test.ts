import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

// Classes found by probing the delegation layer with meeting articles written for the purpose (issue 12, third pass);
// every sentence here is written for the test.

describe('findDelegations: a spokesman of the presidency', () => {
  it('does not read «باسم رئاسة الجمهورية X» as X leading a delegation', () => {
    const text = [
      'استقبل الرئيس الغاني كوفي منساه اليوم في أكرا رئيس الوزراء الكيني بيتر أوتينو.',
      'وقال المتحدث باسم رئاسة الجمهورية يوسف أدو إن اللقاء تناول التعاون التجاري بين البلدين.',
    ].join('\n\n');
    const officials = [
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس الوزراء الكيني'),
      official(text, 'يوسف أدو', 'Yusuf Addo', 'GH', 'المتحدث باسم رئاسة الجمهورية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah'] },
      { side: 'Kenya', members: ['*Peter Otieno'] },
    ]);
  });
});

describe('findDelegations: «بحث X مع Y» with a long honorific title between', () => {
  it('finds مع after the subject’s name and titles, however many words they take', () => {
    const text = [
      'بحث صاحب السمو الشيخ حمد بن راشد آل مكتوم حاكم الإمارة رئيس المجلس التنفيذي مع فخامة الرئيس بيتر أوتينو رئيس جمهورية كينيا سبل تعزيز التعاون.',
      'حضر المباحثات من الجانب الكيني وزير الخارجية جيمس كاماو.',
    ].join('\n\n');
    const officials = [
      official(text, 'حمد بن راشد آل مكتوم', 'Hamad bin Rashid Al Maktoum', 'AE', 'حاكم الإمارة رئيس المجلس التنفيذي'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس جمهورية كينيا'),
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'United Arab Emirates', members: ['*Hamad bin Rashid Al Maktoum'] },
      { side: 'Kenya', members: ['*Peter Otieno', 'James Kamau'] },
    ]);
  });
});

describe('findDelegations: «وفد … برئاسة X، يضم Y و Z»', () => {
  it('reads the members after يضم though the head’s title and name stand between it and وفد', () => {
    const text = [
      'وصل إلى أكرا اليوم وفد كيني رفيع المستوى برئاسة وزير الخارجية جيمس كاماو، يضم وزير الطاقة ديفيد موانغي ومستشار الأمن القومي صموئيل أوتينو.',
      'والتقى الوفد الكيني الرئيس الغاني كوفي منساه.',
    ].join('\n\n');
    const officials = [
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية'),
      official(text, 'ديفيد موانغي', 'David Mwangi', 'KE', 'وزير الطاقة'),
      official(text, 'صموئيل أوتينو', 'Samuel Otieno', 'KE', 'مستشار الأمن القومي'),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*James Kamau', 'David Mwangi', 'Samuel Otieno'] },
      { side: 'Ghana', members: ['*Kofi Mensah'] },
    ]);
  });
});

describe('findDelegations: a meeting still to come beside the article’s reception', () => {
  it('leaves out «ومن المقرر أن يلتقي X غدا Y» when the article’s meeting is the reception on arrival', () => {
    const text = [
      'وصل وزير الخارجية الكيني جيمس كاماو إلى أكرا اليوم على رأس وفد رفيع في زيارة رسمية.',
      'وكان في استقباله لدى وصوله المطار وزير الخارجية الغاني ياو أدجي.',
      'ومن المقرر أن يلتقي كاماو الرئيس الغاني كوفي منساه غدا.',
      'ويضم الوفد المرافق للوزير وزير التجارة ديفيد موانغي.',
    ].join('\n\n');
    const officials = [
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني', ['كاماو']),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'ديفيد موانغي', 'David Mwangi', 'KE', 'وزير التجارة'),
    ];
    const found = summary(findDelegations(text, officials));
    expect(found.flatMap((d) => d.members)).not.toContain('*Kofi Mensah');
    expect(found.flatMap((d) => d.members)).not.toContain('Kofi Mensah');
    expect(found.map((d) => d.side)).toEqual(['Kenya', 'Ghana']);
    expect(found[0]!.members).toEqual(['*James Kamau', 'David Mwangi']);
    expect(found[1]!.members.map((m) => m.replace('*', ''))).toEqual(['Yaw Adjei']);
  });
});

describe('findDelegations: «وصل X … على رأس وفد يضم …»', () => {
  it('takes the one who arrives at the head of the delegation as its head, not only its listed members', () => {
    const text = [
      'وصل رئيس الوزراء الكيني بيتر أوتينو إلى أكرا اليوم، على رأس وفد يضم وزير الخارجية جيمس كاماو ووزير التجارة ديفيد موانغي.',
      'وأجرى الوفد الكيني مباحثات مع الجانب الغاني برئاسة وزير الخارجية الغاني ياو أدجي.',
    ].join('\n\n');
    const officials = [
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس الوزراء الكيني'),
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية'),
      official(text, 'ديفيد موانغي', 'David Mwangi', 'KE', 'وزير التجارة'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Peter Otieno', 'James Kamau', 'David Mwangi'] },
      { side: 'Ghana', members: ['*Yaw Adjei'] },
    ]);
  });
});

describe('findDelegations: meetings of another time told without قد or with «بعد أيام على»', () => {
  const officials = (text: string) => [
    official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني', ['منساه']),
    official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس الكيني', ['أوتينو']),
    official(text, 'أحمد بلو', 'Ahmed Bello', 'NG', 'الرئيس النيجيري', ['بلو']),
  ];
  it('leaves out «وكان X زار …، حيث بحث مع Y» (كان and a past verb: the pluperfect)', () => {
    const text = [
      'التقى الرئيس الغاني كوفي منساه في أكرا اليوم الرئيس الكيني بيتر أوتينو.',
      'وكان الرئيس النيجيري أحمد بلو زار أكرا الشهر الفائت، حيث بحث مع منساه ملف الطاقة.',
    ].join('\n\n');
    expect(summary(findDelegations(text, officials(text)))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah'] },
      { side: 'Kenya', members: ['*Peter Otieno'] },
    ]);
  });
  it('leaves out «بعد أيام على استقباله Y»', () => {
    const text = ['التقى الرئيس الغاني كوفي منساه في أكرا اليوم الرئيس الكيني بيتر أوتينو، بعد أيام على استقباله الرئيس النيجيري أحمد بلو.'].join('\n\n');
    expect(summary(findDelegations(text, officials(text)))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah'] },
      { side: 'Kenya', members: ['*Peter Otieno'] },
    ]);
  });
  it('still reads «كان في استقباله» and «وكان X يرافقه» as the article’s own', () => {
    const text = [
      'وصل الرئيس الكيني بيتر أوتينو إلى أكرا اليوم في زيارة رسمية.',
      'وكان في استقباله الرئيس الغاني كوفي منساه.',
    ].join('\n\n');
    expect(summary(findDelegations(text, officials(text)))).toEqual([
      { side: 'Kenya', members: ['*Peter Otieno'] },
      { side: 'Ghana', members: ['*Kofi Mensah'] },
    ]);
  });
});

describe('findDelegations: one who speaks during the article’s meeting sat at it', () => {
  const officials = (text: string) => [
    official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني'),
    official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
    official(text, 'أحمد بلو', 'Ahmed Bello', 'NG', 'وزير الخارجية النيجيري'),
  ];
  it('takes «وفي كلمة خلال الجلسة الافتتاحية، قال X» as a participant of the meeting the article names', () => {
    const text = [
      'انطلقت في أكرا اجتماعات اللجنة الوزارية الثلاثية بمشاركة وزراء الخارجية في غانا وكينيا ونيجيريا.',
      'وفي كلمة خلال الجلسة الافتتاحية، قال وزير الخارجية النيجيري أحمد بلو إن بلاده تريد اتفاقا عادلا.',
      'ويرأس الوفد الكيني وزير الخارجية جيمس كاماو، فيما يرأس الوفد الغاني وزير الخارجية ياو أدجي.',
    ].join('\n\n');
    const sides = summary(findDelegations(text, officials(text)));
    expect(sides).toContainEqual({ side: 'Nigeria', members: ['*Ahmed Bello'] });
    expect(sides).toContainEqual({ side: 'Kenya', members: ['*James Kamau'] });
  });
  it('does not take one who speaks during a session of another kind («في جلسة للبرلمان») ', () => {
    const text = [
      'التقى وزير الخارجية الكيني جيمس كاماو في أكرا اليوم نظيره الغاني ياو أدجي.',
      'وفي كلمة خلال جلسة للبرلمان، قال وزير الخارجية النيجيري أحمد بلو إن بلاده تتابع المحادثات.',
    ].join('\n\n');
    expect(summary(findDelegations(text, officials(text)))).toEqual([
      { side: 'Kenya', members: ['*James Kamau'] },
      { side: 'Ghana', members: ['*Yaw Adjei'] },
    ]);
  });
});

describe('findDelegations: «X، الذي حضر اللقاء، …» in another sentence', () => {
  it('takes one the text says attended the meeting in a relative clause as a member of his side', () => {
    const text = [
      'التقى وزير الخارجية الكيني جيمس كاماو في نيروبي اليوم نظيره الغاني ياو أدجي.',
      'وقال وزير التجارة الكيني ديفيد موانغي، الذي حضر اللقاء، إن البلدين يعملان على مضاعفة التبادل التجاري.',
      'وأشارت وزيرة المالية الغانية أما سارفو، التي شاركت في المباحثات، إلى فرص الاستثمار.',
    ].join('\n\n');
    const officials = [
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'ديفيد موانغي', 'David Mwangi', 'KE', 'وزير التجارة الكيني'),
      official(text, 'أما سارفو', 'Ama Sarfo', 'GH', 'وزيرة المالية الغانية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*James Kamau', 'David Mwangi'] },
      { side: 'Ghana', members: ['*Yaw Adjei', 'Ama Sarfo'] },
    ]);
  });
  it('does not take «الذي حضر قمة الاتحاد الأفريقي» (a meeting without the article’s reference back)', () => {
    const text = [
      'التقى وزير الخارجية الكيني جيمس كاماو في نيروبي اليوم نظيره الغاني ياو أدجي.',
      'ويأتي اللقاء بعد تصريحات وزير الخارجية النيجيري أحمد بلو، الذي حضر قمة الاتحاد الأفريقي الشهر الفائت.',
    ].join('\n\n');
    const officials = [
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'أحمد بلو', 'Ahmed Bello', 'NG', 'وزير الخارجية النيجيري'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*James Kamau'] },
      { side: 'Ghana', members: ['*Yaw Adjei'] },
    ]);
  });
});

describe('findDelegations: «محادثاته الأخيرة مع X»', () => {
  it('leaves out the latest meeting before the article’s, named by الأخيرة after the noun', () => {
    const text = [
      'أجرى الرئيس الكيني بيتر أوتينو اتصالا هاتفيا مع نظيره الغاني كوفي منساه، بحثا خلاله ملف الطاقة.',
      'وأشار أوتينو إلى محادثاته الأخيرة مع الرئيس النيجيري أحمد بلو بشأن الملف نفسه.',
    ].join('\n\n');
    const officials = [
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس الكيني', ['أوتينو']),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'نظيره الغاني'),
      official(text, 'أحمد بلو', 'Ahmed Bello', 'NG', 'الرئيس النيجيري'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Peter Otieno'] },
      { side: 'Ghana', members: ['*Kofi Mensah'] },
    ]);
  });
});

describe('findDelegations: a title word linked to someone else, at the head of the next name’s title', () => {
  it('reads «رئيسة وزراء هذا البلد X» as X’s title, not a mention of another «رئيس»', () => {
    const text = [
      'التقى وزير الخارجية الكيني جيمس كاماو في أكرا اليوم رئيسة وزراء هذا البلد أما سارفو.',
      'وقال رئيس الغرفة التجارية صموئيل أدو إن اللقاء مهم.',
    ].join('\n\n');
    const officials = [
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني'),
      // The officials layer linked the bare «رئيسة» to the other «رئيس» of the article.
      official(text, 'صموئيل أدو', 'Samuel Addo', 'GH', 'رئيس الغرفة التجارية', ['رئيسة']),
      official(text, 'أما سارفو', 'Ama Sarfo', 'GH', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*James Kamau'] },
      { side: 'Ghana', members: ['*Ama Sarfo'] },
    ]);
  });
});

describe('findDelegations: signers after the agreement’s name', () => {
  it('reads «ووقع الاتفاقية الأولى عن الجانب X … وعن الجانب Y …» as one signer per side', () => {
    const text = [
      'عقدت اللجنة العليا المشتركة اجتماعها في نيروبي اليوم، وترأسه رئيس الوزراء الكيني بيتر أوتينو ونظيره الغاني.',
      'ووقع الاتفاقية الأولى عن الجانب الكيني وزير الزراعة ديفيد موانغي، وعن الجانب الغاني وزير الزراعة ياو أدجي.',
    ].join('\n\n');
    const officials = [
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس الوزراء الكيني'),
      official(text, 'ديفيد موانغي', 'David Mwangi', null, 'وزير الزراعة'),
      official(text, 'ياو أدجي', 'Yaw Adjei', null, 'وزير الزراعة'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Peter Otieno', 'David Mwangi'] },
      { side: 'Ghana', members: ['*Yaw Adjei'] },
    ]);
  });
});

describe('findDelegations: «عقد X وزير الخارجية، ومعالي وزير خارجية Y …، جلسة مباحثات»', () => {
  const build = () => {
    const text = [
      'مباحثات غانية كينية في أكرا',
      'عقد معالي ياو أدجي وزير الخارجية، ومعالي وزير خارجية جمهورية كينيا جيمس كاماو، جلسة مباحثات رسمية في أكرا اليوم.',
      'وفي بداية الجلسة، نقل الوزير الكيني تحيات الرئيس بيتر أوتينو إلى فخامة الرئيس الغاني كوفي منساه.',
    ].join('\n\n');
    return {
      text,
      officials: [
        official(text, 'ياو أدجي', 'Yaw Adjei', null, 'وزير الخارجية'),
        official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير خارجية جمهورية كينيا'),
        official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس'),
        official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      ],
    };
  };
  it('joins the two subjects across a comma and «ومعالي» before a long title', () => {
    const { text, officials } = build();
    const found = summary(findDelegations(text, officials));
    expect(found.find((d) => d.side === 'Kenya')?.members).toEqual(['*James Kamau']);
    expect(found.flatMap((d) => d.members.map((m) => m.replace('*', '')))).toContain('Yaw Adjei');
  });
  it('does not seat the addressee of greetings («نقل تحيات X إلى فخامة الرئيس Y») for his side', () => {
    const { text, officials } = build();
    const members = summary(findDelegations(text, officials)).flatMap((d) => d.members.map((m) => m.replace('*', '')));
    expect(members).not.toContain('Kofi Mensah');
    expect(members).not.toContain('Peter Otieno');
  });
});

describe('findDelegations: «وصل X إلى …، حيث التقى Y ووزير الدفاع Z»', () => {
  it('takes the one who arrived as the subject and both named after the verb as those he met', () => {
    const text = [
      'وصل وزير الدفاع الكيني جيمس كاماو إلى أكرا اليوم في زيارة لم يعلن عنها، حيث التقى الرئيس الغاني كوفي منساه ووزير الدفاع ياو أدجي.',
      'وقال كاماو إن بلاده مستعدة لتوسيع التعاون العسكري.',
    ].join('\n\n');
    const officials = [
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الدفاع الكيني', ['كاماو']),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الدفاع'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*James Kamau'] },
      { side: 'Ghana', members: ['*Kofi Mensah', 'Yaw Adjei'] },
    ]);
  });
});

describe('findDelegations: a blessing read as a name', () => {
  it('never seats «حفظه الله» or «رعاه الله», but keeps names such as «جاب الله»', () => {
    const text = [
      'استقبل صاحب السمو الشيخ حمد بن راشد حفظه الله في قصره اليوم الرئيس الكيني بيتر أوتينو.',
      'حضر اللقاء وزير الدولة سالم جاب الله ووزير المالية خالد رعاه الله.',
    ].join('\n\n');
    const officials = [
      official(text, 'حمد بن راشد', 'Hamad bin Rashid', 'AE', null),
      official(text, 'حفظه الله', 'Hafzah Allah', 'AE', 'الرئيس'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس الكيني'),
      official(text, 'سالم جاب الله', 'Salem Gaballah', 'AE', 'وزير الدولة'),
      official(text, 'رعاه الله', 'Raah Allah', 'AE', 'وزير المالية'),
    ];
    const members = summary(findDelegations(text, officials)).flatMap((d) => d.members.map((m) => m.replace('*', '')));
    expect(members).toContain('Salem Gaballah');
    expect(members).not.toContain('Hafzah Allah');
    expect(members).not.toContain('Raah Allah');
  });
});

describe('findDelegations: «ومن الجانب X …» as a sentence of its own after an attendance list', () => {
  it('goes on with the list for the other side', () => {
    const text = [
      'استقبل وزير الخارجية الغاني ياو أدجي في أكرا اليوم وزير الخارجية الكيني جيمس كاماو.',
      'حضر الاستقبال وكيل الوزارة للشؤون السياسية كوابينا أوسي.',
      'ومن الجانب الكيني سفير كينيا لدى غانا ديفيد موانغي.',
    ].join('\n\n');
    const officials = [
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني'),
      official(text, 'كوابينا أوسي', 'Kwabena Osei', null, 'وكيل الوزارة للشؤون السياسية'),
      official(text, 'ديفيد موانغي', 'David Mwangi', null, 'سفير كينيا لدى غانا'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Yaw Adjei', 'Kwabena Osei'] },
      { side: 'Kenya', members: ['*James Kamau', 'David Mwangi'] },
    ]);
  });
});

describe('findDelegations: two countries as the signers («وقعت دولة X وجمهورية Y …»)', () => {
  it('keeps the side whose signer is known when the other signer is not read as a person', () => {
    const text = [
      'وقعت دولة غانا وجمهورية كينيا اليوم مذكرة تفاهم للتعاون الزراعي، وقعها عن الجانب الغاني وزير الخارجية ياو أدجي، وعن الجانب الكيني وزيرة الخارجية.',
    ].join('\n\n');
    const officials = [official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية')];
    expect(summary(findDelegations(text, officials)).map((d) => ({ side: d.side, members: d.members.map((m) => m.replace('*', '')) }))).toEqual([
      { side: 'Ghana', members: ['Yaw Adjei'] },
    ]);
  });
});

describe('findDelegations: armed groups and parties as sides of their own', () => {
  it('gives «وفد قوات الدعم السريع برئاسة Y» its own column beside «وفد الجيش السوداني برئاسة X»', () => {
    const text = [
      'استؤنفت في جدة اليوم المحادثات بين وفد الجيش السوداني برئاسة الفريق أول عمر حامد ووفد قوات الدعم السريع برئاسة علي دقلو.',
    ].join('\n\n');
    const officials = [
      official(text, 'عمر حامد', 'Omar Hamed', 'SD', 'الفريق أول'),
      official(text, 'علي دقلو', 'Ali Dagalo', 'SD', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Sudan', members: ['*Omar Hamed'] },
      { side: 'Rapid Support Forces', members: ['*Ali Dagalo'] },
    ]);
  });
});

describe('findDelegations: the one met named by office and country only', () => {
  it('keeps the host of «اجتمع X، اليوم، بسفير جمهورية Y لدى البلاد Z» when Z is not read as a person', () => {
    const text = [
      'اجتمع رئيس الوزراء الغاني كوفي منساه، اليوم، بسفير جمهورية كينيا لدى غانا واو تسي.',
      'وجرى خلال الاجتماع بحث التعاون الاقتصادي.',
    ].join('\n\n');
    const officials = [official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'رئيس الوزراء الغاني')];
    expect(summary(findDelegations(text, officials))).toEqual([{ side: 'Ghana', members: ['*Kofi Mensah'] }]);
  });
});

describe('findDelegations: «تسلم X رسالة من Y، سلمها له Z خلال استقباله»', () => {
  it('takes the one who hands over the letter as the guest, not the sender', () => {
    const text = ['تسلم الرئيس الغاني كوفي منساه اليوم رسالة خطية من الرئيس الكيني بيتر أوتينو، سلمها له وزير الخارجية الكيني جيمس كاماو خلال استقباله في أكرا.'].join('\n\n');
    const officials = [
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس الكيني'),
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah'] },
      { side: 'Kenya', members: ['*James Kamau'] },
    ]);
  });
  it('does not take one praised before «خلال استقباله»', () => {
    const text = ['أشاد الرئيس الغاني كوفي منساه بجهود الرئيس الكيني بيتر أوتينو خلال استقباله في أكرا وفدا من رجال الأعمال.'].join('\n\n');
    const officials = [official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'), official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس الكيني')];
    expect(summary(findDelegations(text, officials))).toEqual([]);
  });
});

describe('findDelegations: «وقع طرفا النزاع X وخصمه Y … بحضور Z» with Y not read as a person', () => {
  it('keeps the signing (the dual names two parties) and the witness of another country', () => {
    const text = [
      'وقع طرفا النزاع في كينيا الرئيس بيتر أوتينو وخصمه جوزيف كيبتو اليوم اتفاقا لوقف إطلاق النار في أكرا بحضور الرئيس الغاني كوفي منساه.',
    ].join('\n\n');
    const officials = [
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس'),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Peter Otieno'] },
      { side: 'Ghana', members: ['*Kofi Mensah'] },
    ]);
  });
});

describe('findDelegations: a reception list alone, a welcomer of unknown country', () => {
  it('puts him with the welcomers whose country is known, not in «Also present»', () => {
    const text = [
      'وصل الرئيس الكيني بيتر أوتينو إلى أكرا اليوم.',
      'وكان في استقباله بمطار كوتوكا الدولي وزير الخارجية الغاني ياو أدجي، ووزير الدولة للشؤون الأفريقية كوابينا أوسي، وسفير كينيا لدى غانا ديفيد موانغي.',
    ].join('\n\n');
    const officials = [
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس الكيني'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'كوابينا أوسي', 'Kwabena Osei', null, 'وزير الدولة للشؤون الأفريقية'),
      official(text, 'ديفيد موانغي', 'David Mwangi', 'KE', 'سفير كينيا لدى غانا'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*Peter Otieno', 'David Mwangi'] },
      { side: 'Ghana', members: ['Yaw Adjei', 'Kwabena Osei'] },
    ]);
  });
});

describe('findDelegations: «… يرافقه وفد يضم A و B. واستقبله X، ونائبه Y، ووزير الخارجية Z»', () => {
  it('takes the one who arrived (not the last companion named) as the guest, and every host joined to the first', () => {
    const text = [
      'وصل رئيس الوزراء الكيني بيتر أوتينو إلى أكرا اليوم، يرافقه وفد يضم وزير الخارجية جيمس كاماو ووزير المياه ديفيد موانغي.',
      'واستقبله في المطار الرئيس الغاني كوفي منساه، ونائبه جون أسانتي، ووزير الخارجية ياو أدجي.',
    ].join('\n\n');
    const officials = [
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس الوزراء الكيني'),
      official(text, 'جيمس كاماو', 'James Kamau', null, 'وزير الخارجية'),
      official(text, 'ديفيد موانغي', 'David Mwangi', null, 'وزير المياه'),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'جون أسانتي', 'John Asante', 'GH', 'نائبه'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah', 'John Asante', 'Yaw Adjei'] },
      { side: 'Kenya', members: ['*Peter Otieno', 'James Kamau', 'David Mwangi'] },
    ]);
  });
});

describe('findDelegations: «وبحث الجانبان …» refers back to the two parties', () => {
  it('reads no new meeting from the names that follow («… في إطار مبادرة الرئيس X للشراكة مع أفريقيا، وأشاد Y …»)', () => {
    const text = [
      'استقبل الرئيس الغاني كوفي منساه اليوم وزير الخارجية الكيني جيمس كاماو الذي نقل إليه تحيات الرئيس بيتر أوتينو.',
      'وبحث الجانبان سبل تعزيز التعاون في إطار مبادرة الرئيس أوتينو للشراكة مع أفريقيا، وأشاد منساه بدور كينيا.',
    ].join('\n\n');
    const officials = [
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني', ['منساه']),
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس', ['الرئيس أوتينو']),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah'] },
      { side: 'Kenya', members: ['*James Kamau'] },
    ]);
  });
});

describe('findDelegations: «ممثلا عن الرئيس X» with the bare title outside the mention', () => {
  it('leaves out the one represented', () => {
    const text = [
      'انطلقت في نيروبي اليوم قمة إقليمية بمشاركة الرئيس الكيني بيتر أوتينو والرئيس الغاني كوفي منساه.',
      'ويشارك وزير الخارجية النيجيري أحمد بلو في القمة ممثلا عن الرئيس موسى أدامو.',
    ].join('\n\n');
    const officials = [
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'الرئيس الكيني'),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'أحمد بلو', 'Ahmed Bello', 'NG', 'وزير الخارجية النيجيري'),
      official(text, 'موسى أدامو', 'Musa Adamu', 'NG', null),
    ];
    const members = summary(findDelegations(text, officials)).flatMap((d) => d.members.map((m) => m.replace('*', '')));
    expect(members).toContain('Ahmed Bello');
    expect(members).not.toContain('Musa Adamu');
  });
});

describe('findDelegations: «أقام X مأدبة غداء تكريما لـY والوفد المرافق له»', () => {
  it('reads the banquet as a meeting of its host and the guest it honours, with those who attended it', () => {
    const text = [
      'أقام الرئيس الغاني كوفي منساه مأدبة غداء تكريما لرئيس الوزراء الكيني بيتر أوتينو والوفد المرافق له.',
      'حضر المأدبة وزير الخارجية الغاني ياو أدجي.',
    ].join('\n\n');
    const officials = [
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس الوزراء الكيني'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Kofi Mensah', 'Yaw Adjei'] },
      { side: 'Kenya', members: ['*Peter Otieno'] },
    ]);
  });
});

describe('findDelegations: «في وقت سابق اليوم» is the article’s own day', () => {
  // (Round 69: a sentence opening «كما» + a verb of meeting tells a further meeting of the visit, and its new people are
  // not seated — 9 of the 11 such sentences in the readable held-out golds leave them out.)
  it('does not seat a third leader met earlier the same day («كما التقى X في وقت سابق اليوم Z»)', () => {
    const text = [
      'التقى وزير الخارجية الكيني جيمس كاماو الرئيس الغاني كوفي منساه في أكرا اليوم.',
      'كما التقى كاماو في وقت سابق اليوم الرئيس النيجيري أحمد بلو الذي يزور أكرا.',
    ].join('\n\n');
    const officials = [
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني', ['كاماو']),
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'أحمد بلو', 'Ahmed Bello', 'NG', 'الرئيس النيجيري'),
    ];
    expect(summary(findDelegations(text, officials)).map((d) => d.side)).toEqual(['Kenya', 'Ghana']);
  });
});

describe('findDelegations: a headline «X يلتقي Y و Z»', () => {
  it('takes the name before the verb as its subject and both names after it as those met', () => {
    const text = ['كاماو يستقبل منساه وبلو في نيروبي', 'وصل الرئيسان الغاني والنيجيري إلى نيروبي اليوم لحضور القمة.'].join('\n\n');
    const officials = [
      official(text, 'كاماو', 'James Kamau', 'KE', null),
      official(text, 'منساه', 'Kofi Mensah', 'GH', null),
      official(text, 'بلو', 'Ahmed Bello', 'NG', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Kenya', members: ['*James Kamau'] },
      { side: 'Ghana', members: ['*Kofi Mensah'] },
      { side: 'Nigeria', members: ['*Ahmed Bello'] },
    ]);
  });
});

describe('findDelegations: «أكد X …. جاء ذلك خلال استقباله Y»', () => {
  it('takes the subject of the sentence before as the one who receives', () => {
    const text = [
      'وزير الخارجية الغاني: ندعم استقرار كينيا',
      'أكد وزير الخارجية الغاني ياو أدجي دعم بلاده الكامل لاستقرار كينيا.',
      'جاء ذلك خلال استقباله اليوم في أكرا رئيس الوزراء الكيني بيتر أوتينو، بحضور سفير كينيا لدى غانا ديفيد موانغي.',
    ].join('\n\n');
    const officials = [
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'بيتر أوتينو', 'Peter Otieno', 'KE', 'رئيس الوزراء الكيني'),
      official(text, 'ديفيد موانغي', 'David Mwangi', 'KE', 'سفير كينيا لدى غانا'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Ghana', members: ['*Yaw Adjei'] },
      { side: 'Kenya', members: ['*Peter Otieno', 'David Mwangi'] },
    ]);
  });
});

describe('findDelegations: «وأضاف، خلال لقائه … وفدا من البرلمان الكيني» (a delegation whose members go unnamed)', () => {
  it('keeps the host’s side of a meeting with a delegation of a named side', () => {
    const text = [
      'قال الرئيس الغاني كوفي منساه إن بلاده تدعم الحوار.',
      'وأضاف، خلال لقائه في أكرا اليوم وفدا من البرلمان الكيني، أن غانا ستواصل جهودها.',
      'وحضر اللقاء وزير الخارجية ياو أدجي.',
    ].join('\n\n');
    const officials = [
      official(text, 'كوفي منساه', 'Kofi Mensah', 'GH', 'الرئيس الغاني'),
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([{ side: 'Ghana', members: ['*Kofi Mensah', 'Yaw Adjei'] }]);
  });
});

describe('findDelegations: «وفد X برئاسة Y سيصل غدا» beside the talks of today', () => {
  it('leaves out the head of a delegation still to arrive', () => {
    const text = [
      'استؤنفت في أكرا اليوم المفاوضات بمشاركة وزير الخارجية الغاني ياو أدجي ووزير الخارجية الكيني جيمس كاماو.',
      'وقال مصدر مطلع إن وفد حركة حماس برئاسة علي موسى سيصل إلى أكرا غدا.',
    ].join('\n\n');
    const officials = [
      official(text, 'ياو أدجي', 'Yaw Adjei', 'GH', 'وزير الخارجية الغاني'),
      official(text, 'جيمس كاماو', 'James Kamau', 'KE', 'وزير الخارجية الكيني'),
      official(text, 'علي موسى', 'Ali Musa', 'PS', null),
    ];
    const members = summary(findDelegations(text, officials)).flatMap((d) => d.members.map((m) => m.replace('*', '')));
    expect(members).toEqual(['Yaw Adjei', 'James Kamau']);
  });
});
