import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import type { Official, Span } from '@/lib/types';
import { summary } from './helpers/delegations';

/** A hand-made official: every occurrence of the name (and of the given short forms) in the text is a mention. */
function official(text: string, id: string, name_ar: string, name_en: string, country: string | null, forms: string[] = []): Official {
  const mentions: Span[] = [];
  for (const f of [name_ar, ...forms]) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
      if (!mentions.some(([s, e]) => at < e && at + f.length > s)) mentions.push([at, at + f.length]);
    }
  }
  mentions.sort((a, b) => a[0] - b[0]);
  return { id, name_ar, name_en, role_ar: null, role_en: null, country, mentions, evidence: '', known: false };
}

describe('findDelegations: explicit lists', () => {
  // Al-Diyar, June 2024 (dev corpus diyar-putin-kim): the opening and the two lists.
  const text = [
    'بدأت صباح اليوم الأربعاء، في قصر "كومسوسان" في العاصمة الكورية الشمالية، مباحثات بوتين وجونغ أون بمشاركة وفدي الدولتين.',
    'ويشارك من الجانب الروسي وزير الخارجية سيرغي لافروف، والنائب الأول لرئيس الوزراء دينيس مانتوروف، ووزير الدفاع الدفاع أندريه بيلاوسوف، نائب وزير الدفاع أليكسي كريفوروتشكو، ومدير مؤسسة السكك الحديدية الروسية أوليغ بيلوزيروف ورئيس روسكوسموس يوري بوريسوف.',
    'وعن الجانب الكوري الشمالي يشارك في المباحثات، رئيس الوزراء كيم دوك هون ووزيرة الخارجية تشوي سونغ هي، نائب رئيس اللجنة العسكرية المركزية لحزب العمال الكوري بارك تشونغ تشون.',
  ].join('\n\n');
  const officials = [
    official(text, 'o1', 'فلاديمير بوتين', 'Vladimir Putin', 'RU', ['بوتين']),
    official(text, 'o2', 'كيم جونغ أون', 'Kim Jong Un', 'KP', ['جونغ أون']),
    official(text, 'o3', 'سيرغي لافروف', 'Sergey Lavrov', 'RU'),
    official(text, 'o4', 'دينيس مانتوروف', 'Denis Manturov', 'RU'),
    official(text, 'o5', 'أندريه بيلاوسوف', 'Andrei Belousov', 'RU'),
    official(text, 'o6', 'أليكسي كريفوروتشكو', 'Alexei Krivoruchko', 'RU'),
    official(text, 'o7', 'أوليغ بيلوزيروف', 'Oleg Belozerov', 'RU'),
    official(text, 'o8', 'يوري بوريسوف', 'Yuri Borisov', 'RU'),
    // Countries unknown: the list's own side words place them.
    official(text, 'o9', 'كيم دوك هون', 'Kim Tok Hun', null),
    official(text, 'o10', 'تشوي سونغ هي', 'Choe Son Hui', null),
    official(text, 'o11', 'بارك تشونغ تشون', 'Pak Jong Chon', null),
  ];

  it('puts each list on the side it names, heads first, in the order of the article', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      {
        side: 'Russia',
        members: ['*Vladimir Putin', 'Sergey Lavrov', 'Denis Manturov', 'Andrei Belousov', 'Alexei Krivoruchko', 'Oleg Belozerov', 'Yuri Borisov'],
      },
      { side: 'North Korea', members: ['*Kim Jong Un', 'Kim Tok Hun', 'Choe Son Hui', 'Pak Jong Chon'] },
    ]);
  });

  it('keeps the Arabic side name the article uses', () => {
    const [ru, kp] = findDelegations(text, officials);
    expect(ru!.side_ar).toBe('الجانب الروسي');
    expect(kp!.side_ar).toBe('الجانب الكوري الشمالي');
    expect(kp!.country).toBe('KP');
  });
});

describe('findDelegations: host and guest', () => {
  // Sky News Arabia, Oct 2018 (dev corpus 019-sky-news-arabia).
  const text = [
    'استقبل العاهل السعودي الملك سلمان بن العزيز، الثلاثاء، بمكتبه في قصر اليمامة بالعاصمة الرياض، وزير الخارجية الأميركي، مايك بومبيو.',
    'وحضر اللقاء كل من وزير الداخلية الأمير عبد العزيز بن سعود بن نايف، و السفير السعودي بواشنطن، الأمير خالد بن سلمان بن العزيز، ووزير الخارجية عادل الجبير.',
    'وفي الجانب الأميركي، حضر اللقاء نائب وزير الخارجية للشؤون السياسية، ديفيد هيل.',
  ].join('\n');
  const officials = [
    official(text, 'o1', 'سلمان بن العزيز', 'Salman bin Abdulaziz', null),
    official(text, 'o2', 'مايك بومبيو', 'Mike Pompeo', null),
    official(text, 'o3', 'عبد العزيز بن سعود بن نايف', 'Abdulaziz bin Saud bin Nayef', null),
    official(text, 'o4', 'خالد بن سلمان بن العزيز', 'Khalid bin Salman', null),
    official(text, 'o5', 'عادل الجبير', 'Adel al-Jubeir', null),
    official(text, 'o6', 'ديفيد هيل', 'David Hale', null),
  ];

  it('reads the host and the guest from استقبل, sides from the titles, an unsided attendance list for the host', () => {
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Saudi Arabia', members: ['*Salman bin Abdulaziz', 'Abdulaziz bin Saud bin Nayef', 'Khalid bin Salman', 'Adel al-Jubeir'] },
      { side: 'United States', members: ['*Mike Pompeo', 'David Hale'] },
    ]);
  });
});

describe('findDelegations: meetings without lists', () => {
  it('reads both heads from "خلال مباحثاته مع نظيره"', () => {
    // CNN Arabic, Oct 2018 (dev corpus 055-cnn-arabic).
    const text =
      'دبي، الإمارات العربية المتحدة (CNN)-- استعرض الرئيس المصري عبدالفتاح السيسي، نتائج العملية الشاملة سيناء 2018، التي تم إطلاقها في فبراير/ شباط الماضي، و"النجاحات الكبيرة التي حققتها في مكافحة الإرهاب" وذلك خلال مباحثاته مع نظيره الروسي فلاديمير بوتين، وفقا لبيان صادر عن الرئاسة المصرية، الأربعاء.';
    const officials = [
      official(text, 'o1', 'عبدالفتاح السيسي', 'Abdel Fattah el-Sisi', 'EG'),
      official(text, 'o2', 'فلاديمير بوتين', 'Vladimir Putin', 'RU'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Egypt', members: ['*Abdel Fattah el-Sisi'] },
      { side: 'Russia', members: ['*Vladimir Putin'] },
    ]);
  });

  it('reads the clause subject of "بعد اجتماعه مع" and names Turkey in English usage', () => {
    // BBC Arabic, June 2018 (dev corpus 059-bbc-arabic).
    const text =
      'قال المتحدث باسم الحكومة التركية ونائب رئيس الوزراء بكير بوزداغ بعد اجتماعه مع وزير الخارجية الأمريكي مايك بومبيو "اتفقت تركيا والولايات المتحدة على جدول زمني لانسحاب وحدات حماية الشعب الكردية من منبج".';
    const officials = [official(text, 'o1', 'بكير بوزداغ', 'Bekir Bozdag', null), official(text, 'o2', 'مايك بومبيو', 'Mike Pompeo', null)];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Turkey', members: ['*Bekir Bozdag'] },
      { side: 'United States', members: ['*Mike Pompeo'] },
    ]);
  });
});

describe('findDelegations: sides named by the list', () => {
  it('ends a list at a source attribution and reads a bare "الجنوبي" in a Korean story', () => {
    // Sky News Arabia, Apr 2018 (dev corpus 023-sky-news-arabia).
    const text = [
      'ذكرت تقارير إعلامية أن 9 مساعدين رئيسين للزعيم الكوري الشمالي كيم جونغ-أون سيرافقونه في سفره إلى قرية الحدود المشتركة بين الكوريتين" بانمونجوم " للقاء القمة التاريخي يوم غد الجمعة.',
      'ويشمل الوفد المرافق للزعيم كيم ، مسئولين كبار في الحزب والجيش والحكومة منهم كيم يونغ-نام الرئيس الفخري للدولة وكيم يو-جونغ شقيقة كيم الصغرى وفقا لما ذكره رئيس سكرتارية المكتب الرئاسي إم جونغ-سيوك في تنوير صحفي .',
      'بينما يشمل الوفد الجنوبي إم جونغ-سيوك، رئيس سكرتارية الرئاسة وسو هون رئيس الاستخبارات الوطنية ، جو ميونغ-غيون وزير الوحدة.',
    ].join('\n');
    const officials = [
      official(text, 'o1', 'كيم جونغ-أون', 'Kim Jong Un', 'KP', ['زعيم كيم']),
      official(text, 'o2', 'كيم يونغ-نام', 'Kim Yong-nam', null),
      official(text, 'o3', 'كيم يو-جونغ', 'Kim Yo-jong', null),
      official(text, 'o4', 'إم جونغ-سيوك', 'Im Jong-seok', null),
      official(text, 'o5', 'سو هون', 'Suh Hoon', null),
      official(text, 'o6', 'جو ميونغ-غيون', 'Cho Myoung-gyon', null),
    ];
    const ds = summary(findDelegations(text, officials));
    expect(ds).toContainEqual({ side: 'North Korea', members: ['*Kim Jong Un', 'Kim Yong-nam', 'Kim Yo-jong'] });
    expect(ds).toContainEqual({ side: 'South Korea', members: ['Im Jong-seok', 'Suh Hoon', 'Cho Myoung-gyon'] });
  });

  it('reads the side of a reception list from "وعدد من المسؤولين في الحكومة الأردنية"', () => {
    // Al-Jazirah, 2016 (dev corpus 008-al-jazirah).
    const text = [
      'وكان صاحب السمو الملكي الأمير محمد بن سلمان بن عبد العزيز آل سعود ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع قد غادر أمس المملكة الأردنية الهاشمية بعد زيارة رسمية لها، تلبية لدعوة من جلالة الملك عبد الله الثاني بن الحسين ملك المملكة الأردنية الهاشمية.',
      'كما كان في وداعه سمو الأمير فيصل بن الحسين وأمين عمان عقل بلتاجي ومحافظ العاصمة خالد أبو زيد وعدد من المسؤولين في الحكومة الأردنية.',
    ].join('\n');
    const officials = [
      official(text, 'o1', 'محمد بن سلمان بن عبد العزيز آل سعود', 'Mohammed bin Salman', 'SA'),
      official(text, 'o2', 'عبد الله الثاني بن الحسين', 'Abdullah II', 'JO'),
      official(text, 'o3', 'فيصل بن الحسين', 'Feisal bin Al Hussein', null),
      official(text, 'o4', 'عقل بلتاجي', 'Akel Biltaji', null),
      official(text, 'o5', 'خالد أبو زيد', 'Khaled Abu Zeid', null),
    ];
    const jordan = findDelegations(text, officials).find((d) => d.side_en === 'Jordan');
    expect(jordan?.members.map((m) => m.name_en)).toEqual(['Abdullah II', 'Feisal bin Al Hussein', 'Akel Biltaji', 'Khaled Abu Zeid']);
  });

  it('puts attendees with no side words and no known country in "Also present", never on a guessed side', () => {
    // Al-Eqtisadiah, 2015 (dev corpus 016-al-eqtisadiah), second attendance list with its titles left out.
    const text = [
      'التقى الأمير محمد بن سلمان بن عبدالعزيز في جدة، أمس، الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان.',
      'حضر اللقاء الدكتور مساعد العيبان وزير الدولة عضو مجلس الوزراء.',
      'كما حضر الاجتماع ماغمد داؤدوف، و حسن حكيموف.',
    ].join('\n');
    const officials = [
      official(text, 'o1', 'محمد بن سلمان بن عبدالعزيز', 'Mohammed bin Salman', 'SA'),
      official(text, 'o2', 'رمضان أحمد قاديروف', 'Ramzan Kadyrov', null),
      official(text, 'o3', 'مساعد العيبان', 'Musaed Al-Aiban', null),
      official(text, 'o4', 'ماغمد داؤدوف', 'Magomed Daudov', null),
      official(text, 'o5', 'حسن حكيموف', 'Khasan Khakimov', null),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Saudi Arabia', members: ['*Mohammed bin Salman', 'Musaed Al-Aiban'] },
      // A region with its own government meets as itself (the dev gold names this side Chechnya, not Russia).
      { side: 'Chechnya', members: ['*Ramzan Kadyrov'] },
      { side: 'Also present', members: ['Magomed Daudov', 'Khasan Khakimov'] },
    ]);
  });
});

describe('findDelegations: articles that are not about a meeting', () => {
  it('finds no delegations when only a later paragraph mentions phone calls', () => {
    // France 24 Arabic, May 2018 (dev corpus 029-france-24-arabic): title, lead, and a later paragraph.
    const text = [
      'إدانة دولية لمقتل عشرات الفلسطينيين وواشنطن تمنع صدور بيان في مجلس الأمن حول غزة',
      'أدانت العديد من الدول الاثنين سقوط عشرات القتلى الفلسطينيين وجرح المئات في غزة برصاص الجيش الإسرائيلي، خلال احتجاجات شارك فيها عشرات الآلاف وجاءت للتنديد بتدشين سفارة الولايات المتحدة في القدس.',
      'ارتفعت حصيلة القتلى الفلسطينيين في غزة الاثنين برصاص الجنود الإسرائيليين إلى ما لا يقل عن55  متظاهرا، ما أثار استياء دوليا ودعوات إلى ضبط النفس.',
      'أدان الرئيس الفرنسي إيمانويل ماكرون أعمال العنف التي ترتكبها القوات الإسرائيلية بحق المتظاهرين الفلسطينيين في غزة، وذلك خلال محادثتين عبر الهاتف أجراهما مساء الاثنين مع الرئيس الفلسطيني محمود عباس والعاهل الأردني الملك عبد الله الثاني.',
    ].join('\n\n');
    const officials = [
      official(text, 'o1', 'إيمانويل ماكرون', 'Emmanuel Macron', 'FR'),
      official(text, 'o2', 'محمود عباس', 'Mahmoud Abbas', 'PS'),
      official(text, 'o3', 'عبد الله الثاني', 'Abdullah II', 'JO'),
    ];
    expect(findDelegations(text, officials)).toEqual([]);
  });

  it('finds none without officials', () => {
    expect(findDelegations('استقبل الرئيس وفدا.', [])).toEqual([]);
  });
});
