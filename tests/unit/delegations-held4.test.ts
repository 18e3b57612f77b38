// Classes seen on heldout4's read half (issue 12), each on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: a round of separate meetings in one capital', () => {
  // In the style of Asharq Al-Awsat: a dateline line, a subtitle naming the tour, then one meeting per paragraph, each
  // «في حضور …» one of the host's people.
  const text = [
    'موفد فرنسي في بيروت',
    'لودريان جال على عون وبري والحريري',
    'بيروت: «الشرق الأوسط»',
    'وصل وزير الخارجية الفرنسي جان إيف لودريان إلى العاصمة اللبنانية أمس حاملا رسالة من باريس إلى المسؤولين.',
    'وبدأ لودريان جولته، يرافقه السفير الفرنسي في لبنان برونو فوشيه، بلقاء رئيس الجمهورية ميشال عون في قصر بعبدا، في حضور وزير الخارجية جبران باسيل.',
    'وانتقل لودريان بعد ذلك إلى عين التينة، حيث التقى رئيس مجلس النواب نبيه بري، في حضور المستشار الإعلامي لرئيس المجلس علي حمدان.',
    'واختتم لودريان جولته بلقاء رئيس الحكومة سعد الحريري في السراي الحكومي، في حضور وزير المال علي حسن خليل.',
  ].join('\n\n');
  const officials = [
    official(text, 'جان إيف لودريان', 'Jean-Yves Le Drian', 'FR', 'وزير الخارجية الفرنسي', ['لودريان']),
    official(text, 'برونو فوشيه', 'Bruno Foucher', 'FR', 'السفير الفرنسي في لبنان'),
    official(text, 'ميشال عون', 'Michel Aoun', 'LB', 'رئيس الجمهورية', ['عون']),
    official(text, 'جبران باسيل', 'Gebran Bassil', 'LB', 'وزير الخارجية'),
    official(text, 'نبيه بري', 'Nabih Berri', 'LB', 'رئيس مجلس النواب', ['بري']),
    official(text, 'علي حمدان', 'Ali Hamdan', null, 'المستشار الإعلامي لرئيس المجلس'),
    official(text, 'سعد الحريري', 'Saad Hariri', 'LB', 'رئيس الحكومة', ['الحريري']),
    official(text, 'علي حسن خليل', 'Ali Hassan Khalil', 'LB', 'وزير المال'),
  ];

  it('reads the opening past the dateline, the companion before «بلقاء», and those present at each meeting on the host side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'France', members: ['*Jean-Yves Le Drian', 'Bruno Foucher'] },
      { side: 'Lebanon', members: ['*Michel Aoun', 'Nabih Berri', 'Saad Hariri', 'Gebran Bassil', 'Ali Hamdan', 'Ali Hassan Khalil'] },
    ]);
  });
});

describe('findDelegations: two chairs of a joint committee', () => {
  // In the style of Al Jazeera Net: «ترأس X و Y الاجتماع …», each side's attendance list after it.
  const text = [
    'ترأس ملك الأردن عبد الله الثاني والرئيس القبرصي نيكوس أناستاسيادس اليوم في عمان الاجتماع الأول لمجلس التعاون الأعلى بين البلدين.',
    'وحضر الاجتماع من الجانب الأردني وزير الخارجية أيمن الصفدي، ومن الجانب القبرصي وزير الخارجية نيكوس خريستودوليدس.',
  ].join('\n\n');
  const officials = [
    official(text, 'عبد الله الثاني', 'Abdullah II', 'JO', 'ملك الأردن'),
    official(text, 'نيكوس أناستاسيادس', 'Nicos Anastasiades', 'CY', 'الرئيس القبرصي'),
    official(text, 'أيمن الصفدي', 'Ayman Safadi', 'JO', 'وزير الخارجية'),
    official(text, 'نيكوس خريستودوليدس', 'Nikos Christodoulides', 'CY', 'وزير الخارجية'),
  ];

  it('makes each chair the head of his side', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Jordan', members: ['*Abdullah II', 'Ayman Safadi'] },
      { side: 'Cyprus', members: ['*Nicos Anastasiades', 'Nikos Christodoulides'] },
    ]);
  });
});

describe('findDelegations: those present at a conference of another time', () => {
  // «وكان المؤتمر …، برعاية X، قد …»: كان opens the sentence, its قد comes after the list.
  const text = [
    'استقبل رئيس الوزراء العراقي عادل عبد المهدي اليوم في بغداد وزير الخارجية الألماني هايكو ماس.',
    'وكان مؤتمر إعادة الإعمار الذي استضافته الكويت العام الماضي، برعاية الأمير صباح الأحمد الجابر الصباح، قد جمع تعهدات بثلاثين مليار دولار.',
  ].join('\n\n');
  const officials = [
    official(text, 'عادل عبد المهدي', 'Adil Abdul-Mahdi', 'IQ', 'رئيس الوزراء العراقي'),
    official(text, 'هايكو ماس', 'Heiko Maas', 'DE', 'وزير الخارجية الألماني'),
    official(text, 'صباح الأحمد الجابر الصباح', 'Sabah Al-Ahmad Al-Jaber Al-Sabah', 'KW', 'الأمير'),
  ];

  it('leaves out the patron of the earlier conference', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Iraq', members: ['*Adil Abdul-Mahdi'] },
      { side: 'Germany', members: ['*Heiko Maas'] },
    ]);
  });
});

describe('findDelegations: «مدير مكتبه» is an office, not a library', () => {
  const text = [
    'وصل رئيس الوزراء الصومالي حسن علي خيري إلى نيروبي، حيث التقى الرئيس الكيني أوهورو كينياتا.',
    'ورافق خيري وزير الخارجية أحمد عيسى عوض، ومدير مكتبه عبدي شكري.',
  ].join('\n\n');
  const officials = [
    official(text, 'حسن علي خيري', 'Hassan Ali Khaire', 'SO', 'رئيس الوزراء الصومالي', ['خيري']),
    official(text, 'أوهورو كينياتا', 'Uhuru Kenyatta', 'KE', 'الرئيس الكيني'),
    official(text, 'عبدي شكري', 'Abdi Shukri', null, 'مدير مكتبه'),
  ];

  it('keeps the director of his office in the delegation he travels with', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Somalia', members: ['*Hassan Ali Khaire', 'Abdi Shukri'] },
      { side: 'Kenya', members: ['*Uhuru Kenyatta'] },
    ]);
  });
});

describe('findDelegations: an article whose only meeting is of another time', () => {
  // In the style of Al-Diyar: a cabinet is formed «بعد لقاء جمعه بـ…»; no list, no meeting of the news itself.
  const text = [
    'ولدت الحكومة الجديدة بعد أشهر من المفاوضات',
    'بعد مخاض طويل ولدت حكومة الرئيس نجيب ميقاتي مساء أمس، بعد لقاء جمعه برئيس الجمهورية ميشال عون في قصر بعبدا، حيث وقعت المراسيم.',
    'وقال ميقاتي إن الحكومة ستعمل على وقف الانهيار.',
  ].join('\n\n');
  const officials = [
    official(text, 'نجيب ميقاتي', 'Najib Mikati', 'LB', 'رئيس الحكومة المكلف', ['ميقاتي']),
    official(text, 'ميشال عون', 'Michel Aoun', 'LB', 'رئيس الجمهورية'),
  ];

  it('has no delegations', () => {
    expect(findDelegations(text, officials)).toEqual([]);
  });

  it('still reads a meeting dated today after «على إثر»', () => {
    const today = 'وجه السفير الياباني تاكاشي سوزوكي تعازيه على إثر مقابلة جمعته اليوم بوالي سوسة كمال الهاني.';
    const people = [official(today, 'تاكاشي سوزوكي', 'Takashi Suzuki', 'JP', 'السفير الياباني'), official(today, 'كمال الهاني', 'Kamel Hani', 'TN', 'والي سوسة')];
    expect(summary(findDelegations(today, people))).toEqual([
      { side: 'Japan', members: ['*Takashi Suzuki'] },
      { side: 'Tunisia', members: ['*Kamel Hani'] },
    ]);
  });
});

describe('findDelegations: «بقيادة» names who leads, right after it', () => {
  // «بقيادة مدنية، وهو …»: no one is named in the clause; the next person named (after a comma) leads nothing.
  const text = [
    'استقبل الرئيس التشادي إدريس ديبي اليوم في نجامينا رئيس المجلس الانتقالي السوداني عبد الفتاح البرهان.',
    'وتأتي الزيارة في ظل سلطة بقيادة عسكرية، وهو وضع انتقده رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد.',
  ].join('\n\n');
  const officials = [
    official(text, 'إدريس ديبي', 'Idriss Deby', 'TD', 'الرئيس التشادي'),
    official(text, 'عبد الفتاح البرهان', 'Abdel Fattah al-Burhan', 'SD', 'رئيس المجلس الانتقالي السوداني'),
    official(text, 'موسى فقي محمد', 'Moussa Faki Mahamat', null, 'رئيس مفوضية الاتحاد الأفريقي'),
  ];

  it('does not read «بقيادة» as «led it» nor reach past the comma', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Chad', members: ['*Idriss Deby'] },
      { side: 'Sudan', members: ['*Abdel Fattah al-Burhan'] },
    ]);
  });
});
