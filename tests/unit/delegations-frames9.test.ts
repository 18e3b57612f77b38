// Delegations on meetings the layer did not read (issue 12, ninth round): each meeting frame on paragraphs written for
// the test, in several phrasings (titles, countries, orders, feminine members).
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

/** Each side's English name and its members' Arabic names (sorted; the scorer reads neither order nor the head mark). */
function sides(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of analyze(text).delegations) out[d.side_en] = d.members.map((m) => m.name_ar).sort();
  return out;
}
const sorted = (o: Record<string, string[]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [...v].sort()]));

describe('a host whose country is not read, his name followed by the title of the one he receives («استقبل محافظ X اليوم سفير اليابان لدى مصر Y»)', () => {
  it('does not give the host the nationality of the guest\'s title', () => {
    const text = [
      'محافظ الإسكندرية يستقبل السفير الياباني',
      'استقبل محافظ الإسكندرية أحمد خالد حسن سعيد اليوم سفير اليابان لدى مصر أوكا هيروشي، بحضور نائب المحافظ أيمن الشريعي.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Egypt: ['أحمد خالد حسن سعيد', 'أيمن الشريعي'], Japan: ['أوكا هيروشي'] }));
  });

  it('reads a consul after the host\'s name the same way', () => {
    const text = [
      'محافظ الإسكندرية يلتقي القنصلة اليونانية',
      'التقى محافظ الإسكندرية أحمد خالد حسن سعيد صباح اليوم قنصلة اليونان العامة في الإسكندرية صوفيا كاراغيانيدي، لبحث التعاون الثقافي.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Egypt: ['أحمد خالد حسن سعيد'], Greece: ['صوفيا كاراغيانيدي'] }));
  });
});

describe('two principals joined by a title the short list does not hold («اتفق الأمين العام لـ… X، والممثل الأعلى لـ… Y، … خلال اجتماع»)', () => {
  it('makes both parties of the meeting named after them, when only one side has a list', () => {
    const text = [
      'البديوي وبوريل يتفقان على الحوار',
      'اتفق الأمين العام لمجلس التعاون الخليجي جاسم البديوي، والممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية جوزيب بوريل، على مواصلة الحوار، خلال اجتماع عقد أمس في الرياض.',
      'وحضر الاجتماع من جانب مجلس التعاون الأمين العام المساعد للشؤون السياسية عبدالعزيز العويشق.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ 'Gulf Cooperation Council': ['جاسم البديوي', 'عبدالعزيز العويشق'], 'European Union': ['جوزيب بوريل'] }));
  });

  it('reads «خلال جولة مشاورات» as the talks, the second principal a secretary-general', () => {
    const text = [
      'الاتحاد الأفريقي والجامعة العربية يعقدان مشاورات',
      'اتفق رئيس مفوضية الاتحاد الأفريقي موسى فكي محمد والأمين العام لجامعة الدول العربية أحمد أبو الغيط على تنسيق المواقف، خلال جولة مشاورات عقدت في أديس أبابا.',
      'وحضر الاجتماع من جانب الاتحاد الأفريقي مفوضة الشؤون السياسية بانكول أديوي، فيما رافق أبو الغيط الأمين العام المساعد حسام زكي.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ 'African Union': ['موسى فكي محمد', 'بانكول أديوي'], 'Arab League': ['أحمد أبو الغيط', 'حسام زكي'] }));
  });

  it('joins an envoy and a minister the same way («ناقش المبعوث … X ووزير …»)', () => {
    const text = [
      'المبعوث الأممي يبحث مع وزير الخارجية اليمني',
      'ناقش المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ، ووزير الخارجية اليمني شائع الزنداني، في جلسة عقدت اليوم في عدن، مسار التسوية، بحضور نائب المبعوث معين شريم.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['United Nations']).toEqual(['معين شريم', 'هانس غروندبرغ']);
    expect(found['Yemen']).toEqual(['شائع الزنداني']);
  });
});

describe('a headline visit («X يزور نواكشوط») before the talks: the visited country hosts, and those present of unsaid country are its own', () => {
  it('puts the prime minister present at the presidents\' talks on the host\'s side', () => {
    const text = [
      'الرئيس السنغالي يزور نواكشوط',
      'أجرى الرئيس الموريتاني محمد ولد الشيخ الغزواني اليوم في نواكشوط مباحثات مع نظيره السنغالي باسيرو ديوماي فاي، بحضور الوزير الأول المختار ولد اجاي، ووزير الخارجية السنغالية ياسين فال.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Mauritania: ['محمد ولد الشيخ الغزواني', 'المختار ولد اجاي'], Senegal: ['باسيرو ديوماي فاي', 'ياسين فال'] }));
  });

  it('does the same for foreign ministers, the undersecretary of the host\'s ministry present', () => {
    const text = [
      'وزير الخارجية الهندي يزور مسقط',
      'أجرى وزير الخارجية العماني بدر بن حمد البوسعيدي مباحثات مع نظيره الهندي سوبراهمانيام جايشانكار، بحضور وكيل الوزارة للشؤون السياسية خليفة الحارثي، والسفير الهندي أميت نارانغ.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Oman: ['بدر بن حمد البوسعيدي', 'خليفة الحارثي'], India: ['سوبراهمانيام جايشانكار', 'أميت نارانغ'] }));
  });
});

describe('someone praised after the meeting («…، وأشاد بجهود رئيس الوزراء X»، «ونوه بدور …»، «وثمن موقف …») is no member', () => {
  const cases: [string, string, Record<string, string[]>][] = [
    [
      'a verb of saying',
      'استقبل رئيس الجمهورية العراقي عبد اللطيف رشيد في بغداد اليوم سفيرة المملكة المتحدة لدى العراق إيرين هاتشينسون، وأشاد بجهود رئيس الوزراء البريطاني كير ستارمر في دعم العراق.',
      { Iraq: ['عبد اللطيف رشيد'], 'United Kingdom': ['إيرين هاتشينسون'] },
    ],
    [
      'another verb of praise',
      'التقى رئيس مجلس النواب اللبناني نبيه بري في عين التينة اليوم السفير المصري لدى لبنان علاء موسى، ونوه بدور الرئيس المصري عبد الفتاح السيسي في دعم لبنان.',
      { Lebanon: ['نبيه بري'], Egypt: ['علاء موسى'] },
    ],
    [
      'a verb no list of saying holds',
      'استقبل نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي في عمان اليوم السفير الإسباني لدى الأردن ميغيل دي لوكاس، وثمن موقف رئيس الحكومة الإسبانية بيدرو سانشيز من الاعتراف بدولة فلسطين.',
      { Jordan: ['أيمن الصفدي'], Spain: ['ميغيل دي لوكاس'] },
    ],
  ];
  for (const [what, text, want] of cases) it(`leaves him out after ${what}`, () => expect(sides(`خبر\n\n${text}`)).toEqual(sorted(want)));

  it('still joins leaders listed by country after a comma («رؤساء مصر X، وتونس Y»)', () => {
    const text = 'قمة ثلاثية\n\nاتفق رؤساء مصر عبد الفتاح السيسي، وتونس قيس سعيد، والجزائر عبد المجيد تبون، اليوم، على تعزيز التعاون الأمني، وذلك في ختام قمة ثلاثية استضافتها القاهرة.';
    expect(Object.keys(sides(text)).sort()).toEqual(['Algeria', 'Egypt', 'Tunisia']);
  });
});

describe('a mediator under whose auspices two delegations meet («… ووفد جماعة الحوثي برئاسة X، برعاية المبعوث الأممي Y»)', () => {
  it('keeps the sponsor on his own side, not the side of the delegation named before the opener', () => {
    const text = 'خبر\n\nانطلقت في جنيف اليوم جولة جديدة من المفاوضات بين وفد الحكومة اليمنية برئاسة وزير الخارجية شائع الزنداني ووفد جماعة الحوثي برئاسة محمد عبد السلام، برعاية المبعوث الأممي هانس غروندبرغ.';
    expect(sides(text)).toEqual(sorted({ Yemen: ['شائع الزنداني'], Houthis: ['محمد عبد السلام'], 'United Nations': ['هانس غروندبرغ'] }));
  });

  it('does the same for «بوساطة» after a movement\'s delegation', () => {
    const text = 'خبر\n\nاستؤنفت في الدوحة اليوم المحادثات بين وفد الحكومة الانتقالية السودانية برئاسة وزير شؤون مجلس الوزراء خالد عمر يوسف ووفد حركة العدل والمساواة برئاسة رئيس الحركة جبريل إبراهيم، بوساطة وزير الدولة القطري محمد الخليفي.';
    expect(sides(text)).toEqual(sorted({ Sudan: ['خالد عمر يوسف'], 'Justice and Equality Movement': ['جبريل إبراهيم'], Qatar: ['محمد الخليفي'] }));
  });
});

describe('the article\'s meeting told in the pluperfect the same day («وكان X قد استقبل في وقت سابق اليوم Y»)', () => {
  it('reads the one named before «قد» as the host and keeps the meeting of today', () => {
    const text = [
      'خبر',
      'أكد وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة ماضية في دعم الاستقرار في المنطقة.',
      'وكان الأمير فيصل بن فرحان قد استقبل في وقت سابق اليوم وزير الخارجية الفرنسي جان نويل بارو، وبحث معه تطورات الأوضاع في لبنان، بحضور السفير الفرنسي لدى المملكة باتريك ميزوناف.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ 'Saudi Arabia': ['فيصل بن فرحان'], France: ['جان نويل بارو', 'باتريك ميزوناف'] }));
  });

  it('reads «وكان X قد التقى اليوم في بغداد Y، بحضور Z» the same way', () => {
    const text = [
      'خبر',
      'أعلن رئيس الوزراء العراقي محمد شياع السوداني إطلاق خطة جديدة لدعم قطاع الكهرباء.',
      'وكان السوداني قد التقى اليوم في بغداد وزير الطاقة التركي ألب أرسلان بيرقدار، بحضور وزير الكهرباء زياد علي فاضل.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Iraq: ['محمد شياع السوداني', 'زياد علي فاضل'], Turkey: ['ألب أرسلان بيرقدار'] }));
  });
});

describe('each side\'s delegation and who leads it («ويرأس الوفد العراقي X … أما الوفد المصري فيرأسه Y»)', () => {
  it('reads «أما … فيرأسه» as the second delegation\'s head', () => {
    const text = [
      'انطلاق الاجتماع الثلاثي في عمان',
      'بدأت في العاصمة الأردنية عمان اليوم اجتماعات اللجنة الثلاثية بمشاركة العراق ومصر والأردن.',
      'ويرأس الوفد العراقي وزير الخارجية فؤاد حسين، ويرافقه وزير التخطيط محمد تميم.',
      'أما الوفد المصري فيرأسه وزير الخارجية بدر عبد العاطي، ويشارك فيه وزير الكهرباء محمود عصمت.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Iraq: ['فؤاد حسين', 'محمد تميم'], Egypt: ['بدر عبد العاطي', 'محمود عصمت'] }));
  });

  it('takes the side of «فترأسه» from its own clause, not from the first delegation of the sentence', () => {
    const text = [
      'مفاوضات في إسطنبول',
      'استضافت إسطنبول اليوم جولة مفاوضات بين روسيا وأوكرانيا.',
      'وترأس الوفد الروسي مساعد الرئيس فلاديمير ميدينسكي، أما الوفد الأوكراني فترأسه وزير الدفاع رستم عمروف.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Russia: ['فلاديمير ميدينسكي'], Ukraine: ['رستم عمروف'] }));
  });

  it('reads a feminine head after «أما» («فتقوده وزيرة …»)', () => {
    const text = [
      'محادثات في الرباط',
      'عقدت في الرباط اليوم جولة محادثات بين المغرب وإسبانيا حول الهجرة.',
      'وترأس الوفد المغربي وزير الداخلية عبد الوافي لفتيت، أما الوفد الإسباني فتقوده وزيرة الدولة للهجرة بيلار كانسيلا.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Morocco: ['عبد الوافي لفتيت'], Spain: ['بيلار كانسيلا'] }));
  });
});

describe('those who arrive with a visitor, joined to him («وصل وزير الخارجية X وY مستشار السلطان إلى طهران»)', () => {
  it('puts the companion whose country is unsaid on the visitor\'s side, not the host\'s', () => {
    const text = [
      'وفد عماني في طهران',
      'وصل وزير الخارجية العماني بدر البوسعيدي وسالم الجابري مستشار السلطان إلى طهران اليوم في زيارة تستغرق يومين، والتقيا الرئيس الإيراني مسعود بزشكيان.',
    ].join('\n\n');
    expect(sides(text)).toEqual(sorted({ Oman: ['بدر البوسعيدي', 'سالم الجابري'], Iran: ['مسعود بزشكيان'] }));
  });

  it('reads a title with the name of the one advised inside it («المستشار الخاص للرئيس X») the same way', () => {
    const text = [
      'وفد كيني في أديس أبابا',
      'وصلت وزيرة الخارجية الكينية رايشيل أومامو وجون كاماو المستشار الخاص للرئيس وليام روتو إلى أديس أبابا اليوم في زيارة رسمية، والتقيا رئيس الوزراء الإثيوبي آبي أحمد.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['Ethiopia']).toEqual(['آبي أحمد']);
    expect(found['Kenya']).toEqual(['جون كاماو', 'رايشيل أومامو']);
  });
});

describe('one office received by another of the same country, no delegation word («استقبل وزير الكهرباء X محافظ البصرة Y»)', () => {
  it('makes each office\'s body a side', () => {
    const text = 'خبر\n\nاستقبل وزير الكهرباء العراقي زياد علي فاضل في مكتبه ببغداد اليوم محافظ البصرة أسعد العيداني، وبحث معه أزمة الطاقة في المحافظة.';
    expect(sides(text)).toEqual(sorted({ 'Ministry of Electricity': ['زياد علي فاضل'], 'Basra Governorate': ['أسعد العيداني'] }));
  });

  it('reads a woman minister receiving a governor the same way', () => {
    const text = 'وزيرة التنمية المحلية تستقبل محافظ سوهاج\n\nاستقبلت وزيرة التنمية المحلية منال عوض اليوم محافظ سوهاج عبد الفتاح سراج، وذلك لمتابعة مشروعات البنية التحتية في المحافظة.';
    const found = sides(text);
    expect(Object.keys(found)).toHaveLength(2);
    expect(found['Sohag Governorate']).toEqual(['عبد الفتاح سراج']);
  });

  it('keeps country sides when another country is named before the meeting', () => {
    const text = 'خبر\n\nفي إطار التعاون مع فرنسا، التقى وزير الصحة خالد عبد الغفار اليوم رئيس الوكالة الفرنسية للتنمية ريمي ريو.';
    expect(Object.keys(sides(text)).sort()).toEqual(['Egypt', 'France']);
  });
});
