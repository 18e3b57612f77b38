// Delegations on meetings the layer did not read (issue 12, seventh round): each class on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { buildContext } from '@/lib/delegations/context';
import { findMeetings } from '@/lib/delegations/meetings';

/** Each side's Arabic name and its members' Arabic names, the head starred. */
function sides(text: string) {
  return analyze(text).delegations.map((d) => ({ side: d.side_ar, en: d.side_en, members: d.members.map((m) => (m.head ? '*' : '') + m.name_ar) }));
}

describe('a body receiving another body of its country («استقبلت لجنة …، برئاسة النائب X، وفدا من وزارة …»)', () => {
  const text = [
    'لجنة الزراعة بمجلس النواب تستقبل وفدا من وزارة التموين',
    'استقبلت لجنة الزراعة والري بمجلس النواب، برئاسة النائب هشام الحصري، صباح اليوم الأحد، وفدا من وزارة التموين والتجارة الداخلية برئاسة نائب الوزير علاء الدين ناجي، وذلك لمناقشة خطة توريد القمح.',
    'وضم وفد الوزارة المهندس خالد فتحي رئيس قطاع الرقابة، والدكتورة منى عبد الرازق رئيس قطاع التخطيط، فيما حضر الاجتماع من أعضاء اللجنة النائب عمرو سليمان وكيل اللجنة، والنائبة هالة فوزي أمين سر اللجنة.',
  ].join('\n\n');

  it('makes the committee and the ministry the two sides, each with its head and its list', () => {
    expect(sides(text)).toEqual([
      { side: 'لجنة الزراعة والري بمجلس النواب', en: expect.stringMatching(/Committee/), members: ['*هشام الحصري', 'عمرو سليمان', 'هالة فوزي'] },
      { side: 'وزارة التموين والتجارة الداخلية', en: expect.stringMatching(/Ministry/), members: ['*علاء الدين ناجي', 'خالد فتحي', 'منى عبد الرازق'] },
    ]);
  });

  it('reads the two bodies when the delegation\'s head is not named and the headline puts the body before its verb', () => {
    const unnamed = [
      'لجنة الصحة بالبرلمان تستقبل وفد النقابة',
      'استقبلت لجنة الصحة بمجلس النواب، برئاسة النائب أشرف حاتم، اليوم الثلاثاء، وفدا من نقابة الأطباء لبحث أزمة التكليف.',
      'وضم وفد النقابة وكيل النقابة الدكتور أسامة عبد الحي، فيما حضر الاجتماع من أعضاء اللجنة النائبة إيناس عبد الحليم.',
    ].join('\n\n');
    const found = sides(unnamed);
    expect(found.map((s) => s.side)).toEqual(['لجنة الصحة بمجلس النواب', 'نقابة الأطباء']);
    expect(found[0]!.members).toEqual(['*أشرف حاتم', 'إيناس عبد الحليم']);
    expect(found[1]!.members.map((m) => m.replace('*', ''))).toEqual(['أسامة عبد الحي']);
  });
});

describe('an organisation\'s mission and its members («بعثة البنك الدولي برئاسة X … فيما ضمت البعثة …»)', () => {
  const text = [
    'معيط يلتقي بعثة البنك الدولي',
    'القاهرة - التقى وزير المالية المصري محمد معيط، اليوم الثلاثاء، بعثة البنك الدولي برئاسة نائب رئيس البنك لشؤون الشرق الأوسط فريد بلحاج، التي تزور مصر حاليا لمراجعة برنامج التمويل.',
    'وحضر اللقاء نائب وزير المالية أحمد كجوك، فيما ضمت البعثة المديرة الإقليمية للبنك مارينا ويس، والمستشار الاقتصادي للبنك جون باتريك.',
  ].join('\n\n');

  it('puts the mission\'s head and the members «البعثة» lists on the organisation\'s side', () => {
    const found = sides(text);
    expect(found.map((s) => s.en)).toEqual(['Egypt', 'World Bank']);
    expect(found[0]!.members).toEqual(['*محمد معيط', 'أحمد كجوك']);
    expect(found[1]!.members).toEqual(['*فريد بلحاج', 'مارينا ويس', 'جون باتريك']);
  });

  it('reads «وفدا من صندوق النقد الدولي برئاسة X … وضم الوفد …» the same way', () => {
    const fund = [
      'وزير المالية الأردني يستقبل وفد صندوق النقد',
      'استقبل وزير المالية الأردني محمد العسعس اليوم في عمان وفدا من صندوق النقد الدولي برئاسة مدير إدارة الشرق الأوسط جهاد أزعور، لبحث المراجعة الرابعة.',
      'وضم الوفد الممثل المقيم للصندوق في الأردن ألبرتو بيرا.',
    ].join('\n\n');
    const imf = sides(fund).find((s) => /Monetary Fund/.test(s.en));
    expect(imf?.members).toEqual(['*جهاد أزعور', 'ألبرتو بيرا']);
  });
});

describe('a title naming a country whose name starts with ف («سفير فنزويلا لدى روسيا»، «سفير فرنسا لدى …»)', () => {
  it('reads the country', () => {
    const a = analyze('خبر\n\nوحضر اللقاء سفير فنلندا لدى مصر ماركو هيلين، وسفير فلسطين لدى مصر دياب اللوح.');
    expect(a.officials.map((o) => [o.name_ar, o.country, o.role_en])).toEqual([
      ['ماركو هيلين', 'FI', 'Ambassador of Finland to Egypt'],
      ['دياب اللوح', 'PS', 'Ambassador of Palestine to Egypt'],
    ]);
  });

  it('puts the ambassador who accompanies his minister on her side, with his role in full', () => {
    const text = [
      'لافروف يستقبل نائبة الرئيس الفنزويلي',
      'أجرى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو مباحثات مع نائبة الرئيس الفنزويلي ديلسي رودريغيز.',
      'ورافق رودريغيز سفير فنزويلا لدى روسيا خيسوس سالازار، فيما حضر من الجانب الروسي نائب وزير الخارجية سيرغي ريابكوف.',
    ].join('\n\n');
    const venezuela = analyze(text).delegations.find((d) => d.side_en === 'Venezuela');
    expect(venezuela?.members.map((m) => [m.name_ar, m.role_en])).toEqual([
      ['ديلسي رودريغيز', 'Venezuelan Vice President'],
      ['خيسوس سالازار', 'Ambassador of Venezuela to Russia'],
    ]);
  });
});

describe('an earlier meeting told in the pluperfect with a long honorific name between «كان» and «قد»', () => {
  it('leaves out those who met then', () => {
    const text = [
      'سيف بن زايد يستقبل وزير الخارجية المجري',
      'استقبل الفريق سمو الشيخ سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية اليوم في أبوظبي وزير الخارجية المجري بيتر سيارتو.',
      'وكان صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي قد استقبل رئيس الوزراء المجري فيكتور أوربان خلال زيارته للدولة في شهر مايو الماضي.',
    ].join('\n\n');
    const found = sides(text);
    expect(found.map((s) => s.members.map((m) => m.replace('*', '')))).toEqual([['سيف بن زايد آل نهيان'], ['بيتر سيارتو']]);
  });
});

describe('a mediator hosting two parties, and an organisation\'s officials at the meeting', () => {
  const text = [
    'رئيسا الصومال وأرض الصومال يلتقيان في جيبوتي',
    'التقى الرئيس الصومالي حسن شيخ محمود ورئيس إقليم أرض الصومال موسى بيحي عبدي، الأحد، في جيبوتي، في أول لقاء بينهما منذ عامين.',
    'واستضاف الرئيس الجيبوتي إسماعيل عمر جيله اللقاء في القصر الرئاسي، بصفته رئيسا للهيئة الحكومية للتنمية (إيغاد).',
    'وحضر الاجتماع عن الجانب الجيبوتي عدد من الوزراء، كما حضره المبعوث الخاص للهيئة إلى الصومال لورانس كاماو.',
  ].join('\n\n');

  it('takes the one who hosts the meeting («واستضاف X اللقاء») as his side\'s head', () => {
    expect(sides(text).find((s) => s.en === 'Djibouti')?.members).toEqual(['*إسماعيل عمر جيله']);
  });

  it('puts the organisation\'s envoy on its side, not on the side named before «كما حضره»', () => {
    const found = sides(text);
    expect(found.find((s) => s.en === 'IGAD')?.members).toEqual(['لورانس كاماو']);
    expect(found.find((s) => s.en === 'Djibouti')?.members).not.toContain('لورانس كاماو');
  });
});

describe('the guest of a visit who also meets others in the host country', () => {
  it('keeps those who accompany «the guest» on his side', () => {
    const text = [
      'رئيس الوزراء الإثيوبي في الخرطوم',
      'عقد رئيس الوزراء الإثيوبي آبي أحمد، الذي وصل إلى الخرطوم صباح اليوم، جلسة مباحثات مع رئيس مجلس السيادة السوداني عبد الفتاح البرهان. ورافق الضيف في المباحثات سفير بلاده لدى الخرطوم يبلتال أميرو.',
      'والتقى آبي أحمد بعد ذلك رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد في مقر إقامته.',
    ].join('\n\n');
    expect(sides(text).find((s) => s.en === 'Ethiopia')?.members).toContain('يبلتال أميرو');
  });
});

describe('a host named by title alone in the headline before the verb («محافظ الإسكندرية يستقبل وفد الاتحاد الأوروبي»)', () => {
  it('is not of the side he receives', () => {
    const text = [
      'محافظ الإسكندرية يستقبل وفد الاتحاد الأوروبي',
      'استقبل اللواء محمد الشريف محافظ الإسكندرية، وفدا من الاتحاد الأوروبي برئاسة سفير الاتحاد الأوروبي بالقاهرة كريستيان برجر، لبحث سبل التعاون في مجال المياه.',
      'وضم الوفد رئيس قسم التعاون بالبعثة الأوروبية روبرت ماكلين، فيما حضر اللقاء من جانب المحافظة نائب المحافظ الدكتورة سامية شعبان، والسكرتير العام للمحافظة اللواء حسن عبد العزيز.',
    ].join('\n\n');
    expect(sides(text).map((s) => [s.en, s.members])).toEqual([
      ['Egypt', ['*محمد الشريف', 'سامية شعبان', 'حسن عبد العزيز']],
      ['European Union', ['*كريستيان برجر', 'روبرت ماكلين']],
    ]);
  });
});

describe('a delegation named with its nationality and «، يضم …» after a head the officials layer could not read', () => {
  const text = [
    'وزير الخارجية الأردني يستقبل وفدا برلمانيا ألمانيا',
    'استقبل وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي، اليوم الأحد، وفدا برلمانيا ألمانيا برئاسة رئيس لجنة الشؤون الخارجية في البوندستاغ ميخائيل روت، يضم النائبين يورغن هارت وأنا لوهرمان.',
    'وحضر اللقاء سفير ألمانيا في عمان بيرتهولد ماتيس، وأمين عام وزارة الخارجية يوسف البطاينة.',
  ].join('\n\n');

  it('puts the listed members on the delegation\'s side, not among those met', () => {
    const germany = sides(text).find((s) => s.en === 'Germany');
    expect(germany?.members.map((m) => m.replace('*', ''))).toEqual(expect.arrayContaining(['يورغن هارت', 'أنا لوهرمان', 'بيرتهولد ماتيس']));
  });

  it('reads «سفير … في عمان» as posted in Amman: the host whose country is unsaid is Jordanian, not Omani', () => {
    const hosted = 'وزير المياه يستقبل السفير الألماني\n\nاستقبل وزير المياه والري محمد النجار، اليوم الاثنين، سفير ألمانيا في عمان بيرتهولد ماتيس، وبحث معه مشاريع المياه.';
    expect(sides(hosted).map((s) => [s.en, s.members])).toEqual([
      ['Jordan', ['*محمد النجار']],
      ['Germany', ['*بيرتهولد ماتيس']],
    ]);
  });
});

describe('«والتقى الوفد X»: the delegation named before with its head is the subject', () => {
  it('makes the one the delegation met the other side', () => {
    const text = [
      'وفد من حماس في القاهرة',
      'وصل إلى القاهرة، اليوم، وفد من حركة حماس برئاسة رئيس المكتب السياسي للحركة إسماعيل هنية، لإجراء مباحثات حول التهدئة في قطاع غزة.',
      'والتقى الوفد رئيس جهاز المخابرات العامة المصرية اللواء عباس كامل. ويضم الوفد عضو المكتب السياسي خليل الحية.',
    ].join('\n\n');
    expect(sides(text).map((s) => [s.en, s.members])).toEqual([
      ['Hamas', ['*إسماعيل هنية', 'خليل الحية']],
      ['Egypt', ['*عباس كامل']],
    ]);
  });
});

describe('ministers who sign for their sides at their leaders\' meeting', () => {
  it('are members of the sides they sign for, though they share no one with the leaders\' meeting', () => {
    const text = [
      'توقيع اتفاقيات بين المغرب وموريتانيا',
      'ترأس رئيس الحكومة المغربية عزيز أخنوش ونظيره الموريتاني محمد ولد بلال، اليوم بالرباط، أشغال الدورة الثامنة للجنة العليا المشتركة.',
      'ووقع الاتفاقية الأولى عن الجانب المغربي وزير الفلاحة محمد صديقي، وعن الجانب الموريتاني وزير الزراعة آمال منت مولود.',
    ].join('\n\n');
    expect(sides(text).map((s) => [s.en, s.members])).toEqual([
      ['Morocco', ['*عزيز أخنوش', 'محمد صديقي']],
      ['Mauritania', ['*محمد ولد بلال', 'آمال منت مولود']],
    ]);
  });
});

describe('one country\'s bodies meeting without a named guest head, or official to official with body side phrases', () => {
  it('reads «التقى وزير … X وفدا من نقابة …» when the delegation\'s head is not read', () => {
    const text = [
      'وزير التعليم العالي يلتقي وفد نقابة المهندسين',
      'التقى وزير التعليم العالي أيمن عاشور، اليوم، وفدا من نقابة المهندسين برئاسة نقيب المهندسين طارق النبراوي، لبحث ربط الخريجين بسوق العمل.',
      'وضم وفد النقابة الأمين العام للنقابة محمد عبد الغني، فيما حضر اللقاء من جانب الوزارة مساعد الوزير للشؤون الفنية حسام عثمان.',
    ].join('\n\n');
    expect(sides(text).map((s) => [s.side, s.members])).toEqual([
      ['وزارة التعليم العالي', ['*أيمن عاشور', 'حسام عثمان']],
      ['نقابة المهندسين', ['محمد عبد الغني']],
    ]);
  });

  it('splits «وحضر اللقاء من جانب الوزارة A، ومن جانب المحافظة B» between a minister and a governor', () => {
    const text = [
      'وزير الزراعة يستقبل محافظ الوادي الجديد',
      'استقبل وزير الزراعة علاء فاروق، اليوم بمقر الوزارة، محافظ الوادي الجديد اللواء محمد الزملوط، لبحث مشروعات الاستصلاح بالمحافظة.',
      'وحضر اللقاء من جانب الوزارة رئيس قطاع الاستصلاح عاطف عبد الهادي، ومن جانب المحافظة السكرتير العام للمحافظة محمد سعيد.',
    ].join('\n\n');
    expect(sides(text).map((s) => [s.side, s.members])).toEqual([
      ['وزارة الزراعة', ['*علاء فاروق', 'عاطف عبد الهادي']],
      ['محافظة الوادي الجديد', ['*محمد الزملوط', 'محمد سعيد']],
    ]);
  });

  it('still makes no sides of a president receiving his prime minister', () => {
    expect(sides('خبر\n\nاستقبل رئيس الجمهورية قيس سعيد اليوم بقصر قرطاج رئيسة الحكومة نجلاء بودن.')).toEqual([]);
  });
});

describe('a list introduced by a colon («وحضر اللقاء كل من: …»)', () => {
  it('reads the members after the colon, for each side', () => {
    const text = [
      'أمير الكويت يستقبل الرئيس التركي',
      'استقبل حضرة صاحب السمو الشيخ نواف الأحمد الجابر الصباح أمير البلاد، في قصر بيان اليوم، فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية والوفد المرافق له.',
      'وحضر اللقاء كل من: سمو الشيخ صباح الخالد الحمد الصباح رئيس مجلس الوزراء، والشيخ أحمد ناصر المحمد الصباح وزير الخارجية، ومن الجانب التركي كل من: وزير الخارجية مولود جاويش أوغلو، ووزير الدفاع خلوصي أكار.',
    ].join('\n\n');
    expect(sides(text).map((s) => s.members)).toEqual([
      ['*نواف الأحمد الجابر الصباح', 'صباح الخالد الحمد الصباح', 'أحمد ناصر المحمد الصباح'],
      ['*رجب طيب أردوغان', 'مولود جاويش أوغلو', 'خلوصي أكار'],
    ]);
  });
});

describe('lists of bullets after a colon, one per side', () => {
  it('reads every bulleted line, and the next side\'s block', () => {
    const text = [
      'شكري يستقبل وزير خارجية قبرص',
      'استقبل وزير الخارجية المصري سامح شكري، اليوم بمقر الوزارة، وزير خارجية قبرص نيكوس خريستودوليدس.',
      'وحضر اللقاء من الجانب المصري:\n- مساعد وزير الخارجية للشؤون الأوروبية السفير بدر عبد العاطي\n- سفير مصر في نيقوسيا مي خليل',
      'ومن الجانب القبرصي:\n- سفير قبرص بالقاهرة بوليس بوليفيو',
    ].join('\n\n');
    expect(sides(text).map((s) => s.members)).toEqual([
      ['*سامح شكري', 'بدر عبد العاطي', 'مي خليل'],
      ['*نيكوس خريستودوليدس', 'بوليس بوليفيو'],
    ]);
  });
});

describe('«ويأتي هذا الاتصال بعد … من الزيارة التي …»: a list told of another event', () => {
  it('leaves out those who signed at the earlier visit', () => {
    const text = [
      'العاهل الأردني يهنئ الرئيس الأوزبكي هاتفيا',
      'أجرى الملك عبدالله الثاني، اليوم، اتصالا هاتفيا مع الرئيس الأوزبكي شوكت ميرضيائيف، هنأه خلاله بإعادة انتخابه.',
      'ويأتي هذا الاتصال بعد عام من الزيارة التي قام بها الرئيس الأوزبكي إلى عمان، والتي شهدت توقيع اتفاقية للنقل الجوي، وقعها عن الجانب الأردني وزير النقل وجيه عزايزة، وعن الجانب الأوزبكي وزير النقل إلخوم مخكاموف.',
    ].join('\n\n');
    const members = sides(text).flatMap((s) => s.members.map((m) => m.replace('*', '')));
    expect(members).not.toContain('وجيه عزايزة');
    expect(members).toContain('شوكت ميرضيائيف');
  });
});

describe('a given name that starts with و right after a title («وزير النقل وجيه عزايزة»، «وائل …»)', () => {
  it('is the name, not the next item of a list', () => {
    const a = analyze('خبر\n\nوحضر اللقاء وزير النقل وجيه الصفدي، ومدير المخابرات وائل كنعان.');
    expect(a.officials.map((o) => [o.name_ar, o.role_ar])).toEqual([
      ['وجيه الصفدي', 'وزير النقل'],
      ["وائل كنعان", "مدير المخابرات"],
    ]);
  });

  it('still reads «وزير الخارجية ووزير المالية» as two titles', () => {
    expect(analyze('خبر\n\nوحضر وزير الخارجية ووزير المالية أحمد شيدي.').officials.map((o) => o.name_ar)).toEqual(['أحمد شيدي']);
  });
});

describe('an organisation\'s mission received, its head unread («استقبل X بعثة صندوق النقد الدولي برئاسة السيد Y رئيس البعثة»)', () => {
  it('is still a meeting: the host\'s side and those present for it', () => {
    const text = [
      'وزير الخارجية العماني يستقبل بعثة صندوق النقد الدولي',
      'استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية، اليوم، بعثة صندوق النقد الدولي برئاسة السيد أمين ماتي رئيس البعثة.',
      'وحضر المقابلة من جانب الوزارة سعادة الشيخ خليفة بن علي الحارثي وكيل الوزارة للشؤون الدبلوماسية.',
    ].join('\n\n');
    expect(sides(text).find((s) => s.en === 'Oman')?.members).toEqual(['*بدر بن حمد البوسعيدي', 'خليفة بن علي الحارثي']);
  });
});

describe('an indefinite head with «أول» before its genitive («وكيل أول الوزارة»، «نائب أول رئيس الوزراء»)', () => {
  it('is a First … title, before or after the name', () => {
    const a = analyze('خبر\n\nوحضر اللقاء المهندس سامي فؤاد وكيل أول الوزارة، ونائب أول رئيس الوزراء حازم مراد.');
    expect(a.officials.map((o) => [o.name_ar, o.role_en])).toEqual([
      ['سامي فؤاد', 'First Undersecretary of the Ministry'],
      ['حازم مراد', 'First Deputy Prime Minister'],
    ]);
  });

  it('makes the head of a ministry\'s delegation named that way its head', () => {
    const text = [
      'لجنة الإسكان تستقبل وفد وزارة النقل',
      'استقبلت لجنة الإسكان بمجلس النواب، برئاسة النائب عماد سعد، اليوم، وفدا من وزارة النقل برئاسة الدكتور سامي فؤاد وكيل أول الوزارة، لبحث خطة الطرق.',
    ].join('\n\n');
    expect(sides(text).map((s) => s.members)).toEqual([['*عماد سعد'], ['*سامي فؤاد']]);
  });
});

describe('a meeting verb\'s form right after a preposition («القيادي في تجمع المهنيين»، «بحسب تجمع …»)', () => {
  it('is a noun, no meeting', () => {
    const text = 'آبي أحمد في الخرطوم\n\nالتقى رئيس الوزراء الإثيوبي آبي أحمد في الخرطوم اليوم وفدا من قوى الحرية والتغيير ضم عمر الدقير، رئيس حزب المؤتمر السوداني، والقيادي في تجمع المهنيين السودانيين وزير الإعلام السابق فيصل محمد صالح.';
    const ctx = buildContext(text, analyze(text).officials);
    const cues = findMeetings(ctx, null).map((m) => ctx.text.slice(ctx.tokens[m.cue]!.start, ctx.tokens[m.cue]!.end));
    expect(cues).toEqual(['التقى']);
  });
});

describe('an article about something else that tells of a meeting a few days before, in the pluperfect', () => {
  const text = [
    'البرلمان العراقي يقر قانون الموازنة',
    'صوت مجلس النواب العراقي، اليوم الخميس، على قانون الموازنة العامة بعد جلسة ترأسها رئيس المجلس محمد الحلبوسي.',
    'وكان رئيس الوزراء مصطفى الكاظمي قد استقبل، الثلاثاء، في بغداد وفدا من حكومة إقليم كردستان برئاسة رئيس حكومة الإقليم مسرور بارزاني، ضم وزير الداخلية في الإقليم ريبر أحمد.',
  ].join('\n\n');

  it('takes that meeting as the article\'s', () => {
    expect(sides(text).map((s) => [s.en, s.members])).toEqual([
      ['Iraq', ['*مصطفى الكاظمي']],
      ['Kurdistan Region', ['*مسرور بارزاني', 'ريبر أحمد']],
    ]);
  });

  it('not when the meeting is months old: its host is no member', () => {
    const members = sides(text.replace('الثلاثاء', 'في مارس الماضي')).flatMap((s) => s.members.map((m) => m.replace('*', '')));
    expect(members).not.toContain('مصطفى الكاظمي');
  });
});
