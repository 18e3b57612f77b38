// Delegations, tenth round (issue 12): lists that name their delegation by a short name of its body, and members whose
// title names their organisation and a place. Paragraphs written for the test, in several phrasings.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

/** Each side's English name and its members' Arabic names (sorted). */
function sides(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of analyze(text).delegations) out[d.side_en] = d.members.map((m) => m.name_ar).sort();
  return out;
}

describe('a delegation list named by the short name of its body («فيما ضم وفد الجامعة A، وB») is that delegation\'s', () => {
  it('puts the League\'s officials on its side, not in an "Also present" group', () => {
    const text = [
      'رئيس البرلمان العراقي يستقبل وفد الجامعة العربية',
      'استقبل رئيس مجلس النواب العراقي محمود المشهداني اليوم في بغداد وفد جامعة الدول العربية برئاسة الأمين العام المساعد للشؤون السياسية خالد منزلاوي.',
      'وحضر اللقاء النائب الأول لرئيس المجلس محسن المندلاوي، فيما ضم وفد الجامعة الأمين العام المساعد رئيس قطاع الشؤون الاقتصادية علي المالكي، ومستشار الأمين العام سامي عبدالله.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['Arab League']).toEqual(['خالد منزلاوي', 'سامي عبدالله', 'علي المالكي'].sort());
    expect(found['Also present']).toBeUndefined();
  });

  it('reads «وضمت بعثة الصندوق» after a mission led by its chief the same way', () => {
    const text = [
      'وزير المالية الأردني يلتقي بعثة صندوق النقد الدولي',
      'التقى وزير المالية الأردني محمد العسعس في عمان اليوم بعثة صندوق النقد الدولي برئاسة رئيس البعثة رون فان رودن.',
      'وحضر اللقاء من الجانب الأردني أمين عام وزارة المالية عبدالحكيم الشبلي، وضمت بعثة الصندوق نائب رئيس البعثة كريستوفر جارفيس، والخبيرة الاقتصادية في الصندوق آنا ماريا بيريز.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['International Monetary Fund']).toEqual(expect.arrayContaining(['رون فان رودن', 'كريستوفر جارفيس']));
    expect(found['Jordan']).toContain('عبدالحكيم الشبلي');
    expect(found['Also present']).toBeUndefined();
  });

  it('reads «كما ضم وفد المنظمة» after a WHO delegation', () => {
    const text = [
      'وزير الصحة المصري يستقبل وفد منظمة الصحة العالمية',
      'استقبل وزير الصحة والسكان المصري خالد عبدالغفار اليوم وفد منظمة الصحة العالمية برئاسة المدير الإقليمي للمنظمة حنان بلخي، لبحث التعاون.',
      'كما ضم وفد المنظمة ممثل المنظمة في مصر نعمة عابد، ومديرة إدارة البرامج رنا الحجة.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['World Health Organization']).toEqual(['حنان بلخي', 'رنا الحجة', 'نعمة عابد'].sort());
    expect(found['Also present']).toBeUndefined();
  });
});

describe('a member whose title names the organisation by its short name («مدير مكتب الصندوق الإقليمي في الكويت») is the organisation\'s', () => {
  it('keeps the Fund\'s regional director with the mission though his office is in the host country', () => {
    const text = [
      'وزير المالية الكويتي يستقبل بعثة صندوق النقد الدولي',
      'استقبل وزير المالية الكويتي نوره الفصام اليوم بعثة صندوق النقد الدولي برئاسة رئيسة البعثة ماريا بيتكوفا.',
      'ويرافق رئيسة البعثة كل من الخبير الاقتصادي في الصندوق أحمد زكي ومدير مكتب الصندوق الإقليمي في الكويت جهاد أزعور.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['International Monetary Fund']).toContain('جهاد أزعور');
    expect(found['Kuwait']).toEqual(['نوره الفصام']);
  });

  it('does the same for the World Bank\'s country manager in Amman', () => {
    const text = [
      'وزير التخطيط الأردني يبحث مع وفد البنك الدولي برامج التمويل',
      'بحث وزير التخطيط والتعاون الدولي الأردني زينة طوقان اليوم مع وفد البنك الدولي برئاسة نائب رئيس البنك أوسمان ديون برامج التمويل.',
      'ويرافق ديون في زيارته مدير مكتب البنك في الأردن هولي بنر، والمستشار الاقتصادي في البنك ماركو هيرنانديز.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['World Bank']).toEqual(expect.arrayContaining(['أوسمان ديون', 'هولي بنر']));
    expect(found['Jordan']).toEqual(['زينة طوقان']);
  });
});

describe('a later meeting of the visit («وفي وقت لاحق، استقبل …»، «وبعد ذلك التقت …»، «ثم اجتمع …») is not the first meeting', () => {
  const opening = [
    'وزير الخارجية العراقي يستقبل وفد الجامعة العربية',
    'استقبل وزير الخارجية العراقي فؤاد حسين اليوم في بغداد وفد جامعة الدول العربية برئاسة الأمين العام المساعد حسام زكي، وبحث الجانبان التحضير للقمة العربية.',
    'وحضر اللقاء من الجانب العراقي وكيل الوزارة محمد بحر العلوم.',
  ];
  it('leaves the later host out of the first host\'s side', () => {
    const found = sides([...opening, 'وفي وقت لاحق، استقبل رئيس مجلس النواب محمود المشهداني وفد الجامعة برئاسة زكي.'].join('\n\n'));
    expect(found['Iraq']).not.toContain('محمود المشهداني');
    expect(found['Arab League']).toEqual(['حسام زكي']);
  });

  it('does the same when the guest is the subject of the later meeting («وبعد ذلك، التقى زكي رئيس الوزراء X»)', () => {
    const found = sides([...opening, 'وبعد ذلك، التقى زكي رئيس الوزراء العراقي محمد شياع السوداني في القصر الحكومي.'].join('\n\n'));
    expect(found['Iraq']).not.toContain('محمد شياع السوداني');
    expect(Object.values(found).flat()).not.toContain('محمد شياع السوداني');
  });

  it('and with «ثم اجتمع الوفد مع وزير …»', () => {
    const found = sides([...opening, 'ثم اجتمع وفد الجامعة مع وزير التخطيط العراقي محمد تميم لبحث ملف إعادة الإعمار.'].join('\n\n'));
    expect(Object.values(found).flat()).not.toContain('محمد تميم');
    expect(found['Iraq']).toContain('فؤاد حسين');
  });
});

describe('a parliament committee meeting the government («ناقشت اللجنة المالية في مجلس النواب … مع وزير المالية Y») has two sides', () => {
  const committee = (found: Record<string, string[]>) => Object.entries(found).find(([k]) => /Committee/.test(k))?.[1];
  const government = (found: Record<string, string[]>) => Object.entries(found).find(([k]) => /^Government/.test(k))?.[1];

  it('the committee under its chair, the government under the minister with those listed «من الجانب الحكومي»', () => {
    const found = sides([
      'المالية النيابية تناقش مشروع قانون الموازنة مع وزير المالية',
      'ناقشت اللجنة المالية في مجلس النواب، خلال اجتماع عقدته اليوم برئاسة النائب نمر السليحات، مع وزير المالية عبدالحكيم الشبلي، مشروع قانون الموازنة العامة للعام المقبل.',
      'وحضر الاجتماع من الجانب الحكومي أمين عام وزارة المالية طارق الحمدان، ومدير عام دائرة الموازنة العامة رامي العدوان، ومدير عام دائرة ضريبة الدخل حسام أبو علي.',
      'وقالت عضو اللجنة النائب ديمة طهبوب إن الموازنة تحتاج إلى مراجعة شاملة.',
    ].join('\n\n'));
    expect(committee(found)).toEqual(['ديمة طهبوب', 'نمر السليحات']);
    expect(government(found)).toEqual(['حسام أبو علي', 'رامي العدوان', 'طارق الحمدان', 'عبدالحكيم الشبلي']);
  });

  it('reads «عقدت لجنة … بمجلس النواب اجتماعا مع نائب وزير الصحة X بحضور …»', () => {
    const found = sides([
      'لجنة الشؤون الصحية النيابية تبحث واقع المستشفيات',
      'عقدت لجنة الشؤون الصحية بمجلس النواب اجتماعا مع نائب وزير الصحة الدكتور سعيد الغامدي بحضور مدير عام المستشفيات الحكومية الدكتور ماجد العتيبي، برئاسة رئيس اللجنة النائب أحمد السرحان.',
      'وقال رئيس اللجنة النائب أحمد السرحان إن اللجنة ستتابع خطط الوزارة.',
    ].join('\n\n'));
    expect(committee(found)).toEqual(['أحمد السرحان']);
    expect(government(found)).toEqual(['سعيد الغامدي', 'ماجد العتيبي']);
  });

  it('reads «استضافت لجنة … النيابية، برئاسة X، وزير …»; an MP named in passing is no member', () => {
    const found = sides([
      'لجنة الطاقة النيابية تستضيف وزير الطاقة',
      'استضافت لجنة الطاقة والثروة المعدنية النيابية اليوم، برئاسة النائب خالد أبو حسان، وزير الطاقة والثروة المعدنية صالح الخرابشة، بحضور أمين عام الوزارة أماني العزام، لمناقشة أسعار المحروقات.',
      'وقال نائب رئيس اللجنة النائب محمد الظهراوي إن المواطنين يعانون من ارتفاع الأسعار.',
      'وكان النائب صالح العرموطي قد انتقد في وقت سابق سياسة التسعير.',
    ].join('\n\n'));
    expect(committee(found)).toEqual(['خالد أبو حسان', 'محمد الظهراوي']);
    expect(government(found)).toEqual(['أماني العزام', 'صالح الخرابشة']);
    expect(Object.values(found).flat()).not.toContain('صالح العرموطي');
  });

  it('reads «بحثت لجنة … في مجلس الأمة خلال اجتماعها مع وزير …», the rapporteur of the committee its member', () => {
    const found = sides([
      'الخارجية البرلمانية تبحث مع وزير الخارجية التطورات الإقليمية',
      'بحثت لجنة الشؤون الخارجية في مجلس الأمة خلال اجتماعها اليوم مع وزير الخارجية عبدالله اليحيا التطورات الإقليمية.',
      'وقال رئيس اللجنة النائب مرزوق الحبيني إن الوزير أطلع الأعضاء على جهود الوزارة، فيما أكدت مقررة اللجنة النائبة جنان بوشهري أهمية التنسيق.',
    ].join('\n\n'));
    expect(committee(found)).toEqual(['جنان بوشهري', 'مرزوق الحبيني']);
    expect(government(found)).toEqual(['عبدالله اليحيا']);
  });

  it('gives no sides when the committee met no one of the government', () => {
    expect(sides([
      'اللجنة المالية النيابية تواصل مناقشة الموازنة',
      'واصلت اللجنة المالية في مجلس النواب اليوم مناقشة مشروع قانون الموازنة العامة برئاسة النائب نمر السليحات.',
      'وقال وزير المالية عبدالحكيم الشبلي في تصريح صحفي إن الحكومة ملتزمة بخفض العجز.',
    ].join('\n\n'))).toEqual({});
  });
});

describe('a side phrase that closes an attendance list («وحضر اللقاء A وB من الجانب الكويتي») names the side of all its members', () => {
  const opening = [
    'وزير الخارجية الكويتي يستقبل وزير الخارجية الأردني',
    'استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم نظيره الأردني أيمن الصفدي، وبحث الجانبان العلاقات الثنائية.',
  ];
  it('over a region or a country in a member\'s desk title («مدير إدارة الأمريكيتين»)', () => {
    const found = sides([...opening, 'وحضر اللقاء كل من مدير إدارة الأمريكيتين نواف الأحمد والمندوب الدائم لدى الأمم المتحدة طارق البناي من الجانب الكويتي.'].join('\n\n'));
    expect(found['Kuwait']).toEqual(['طارق البناي', 'عبدالله اليحيا', 'نواف الأحمد']);
    expect(Object.keys(found).sort()).toEqual(['Jordan', 'Kuwait']);
  });

  it('with «عن الجانب …» after a list of talks («وشارك في المباحثات …»)', () => {
    const found = sides([...opening, 'وشارك في المباحثات مدير إدارة الأمريكيتين نواف الأحمد ومديرة إدارة أوروبا منيرة الصباح عن الجانب الكويتي.'].join('\n\n'));
    expect(found['Kuwait']).toEqual(['عبدالله اليحيا', 'منيرة الصباح', 'نواف الأحمد']);
  });

  it('not a phrase that opens the next sentence («… وB. وعن الجانب الأردني، حضرها …»)', () => {
    const found = sides([...opening, 'وجرت المباحثات بحضور وكيل الوزارة جراح الجابر، ومدير إدارة آسيا سميح حيات. وعن الجانب الأردني، حضرها السفير صقر الحمدان.'].join('\n\n'));
    expect(found['Kuwait']).toEqual(['جراح الجابر', 'سميح حيات', 'عبدالله اليحيا']);
    expect(found['Jordan']).toEqual(['أيمن الصفدي', 'صقر الحمدان']);
  });
});

describe('a committee\'s members listed after its word («بحضور عدد من أعضاء اللجنة النواب A وB وC»), and the government\'s «عن الوزارة»', () => {
  it('puts every MP of the list on the committee\'s side', () => {
    const found = sides([
      'لجنة النزاهة النيابية تجتمع بوزير الداخلية',
      'عقدت لجنة النزاهة النيابية اجتماعاً مع وزير الداخلية عبد الأمير الشمري، بحضور عدد من أعضاء اللجنة النواب هادي السلامي وعدي عواد وسروة عبد الواحد.',
      'وذكر بيان للجنة أن الاجتماع بحث ملفات الفساد في المنافذ الحدودية.',
    ].join('\n\n'));
    expect(found['Parliamentary Integrity Committee']).toEqual(['سروة عبد الواحد', 'عدي عواد', 'هادي السلامي']);
    expect(Object.entries(found).find(([k]) => /^Government/.test(k))?.[1]).toEqual(['عبد الأمير الشمري']);
  });

  it('reads «اجتمعت لجنة … بمجلس النواب برئاسة X مع وزير …» and «وحضر الاجتماع عن الوزارة …»', () => {
    const found = sides([
      'صحة النواب تناقش خطة الوزارة',
      'اجتمعت لجنة الشئون الصحية بمجلس النواب برئاسة الدكتور أشرف حاتم مع وزير الصحة والسكان خالد عبد الغفار لمناقشة خطة الوزارة لتطوير المستشفيات.',
      'وحضر الاجتماع عن الوزارة مساعد الوزير للمبادرات الرئاسية محمد حساني، ورئيس قطاع الطب العلاجي أحمد السبكي.',
      'وأكدت وكيلة اللجنة النائبة إيرين سعيد ضرورة زيادة المخصصات.',
    ].join('\n\n'));
    // (The government's side is named by the ministry when the chair is read too: «برئاسة الدكتور X».)
    expect(Object.entries(found).find(([k]) => /^(Government|Ministry)/.test(k))?.[1]).toEqual(expect.arrayContaining(['أحمد السبكي', 'خالد عبد الغفار']));
    expect(Object.entries(found).find(([k]) => /Committee/.test(k))?.[1]).toContain('أشرف حاتم');
  });
});

describe('one side phrase after each member («بحضور A من الجانب الكويتي، وB من الجانب الأردني»)', () => {
  const opening = [
    'وزير الخارجية الكويتي يستقبل وزير الخارجية الأردني',
    'استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم نظيره الأردني أيمن الصفدي، وبحث الجانبان العلاقات الثنائية.',
  ];
  it('gives each member the side named after him', () => {
    const found = sides([...opening, 'وحضر اللقاء مدير إدارة الشؤون الإيرانية فهد العتيبي من الجانب الكويتي، والسفير صقر الحمدان من الجانب الأردني.'].join('\n\n'));
    expect(found['Kuwait']).toEqual(['عبدالله اليحيا', 'فهد العتيبي']);
    expect(found['Jordan']).toEqual(['أيمن الصفدي', 'صقر الحمدان']);
  });

  it('with «عن الجانب …» and the host\'s side second', () => {
    const found = sides([...opening, 'وشارك في المباحثات مديرة إدارة الشؤون الخليجية في الوزارة سناء الحديد عن الجانب الأردني، ووكيل الوزارة المساعد سميح حيات عن الجانب الكويتي.'].join('\n\n'));
    expect(found['Jordan']).toEqual(['أيمن الصفدي', 'سناء الحديد']);
    expect(found['Kuwait']).toEqual(['سميح حيات', 'عبدالله اليحيا']);
  });
});

describe('a delegation or side named by its body\'s short name before the list («وكان وفد الجامعة يضم …»، «وحضر اللقاء عن جانب الجامعة …»)', () => {
  const opening = [
    'رئيس مجلس الأمة الكويتي يستقبل وفد الجامعة العربية',
    'استقبل رئيس مجلس الأمة الكويتي أحمد السعدون اليوم وفد جامعة الدول العربية برئاسة الأمين العام المساعد للشؤون الاجتماعية هيفاء أبو غزالة.',
  ];
  it('reads «وكان وفد الجامعة يضم A، وB» as the League\'s delegation', () => {
    const found = sides([...opening, 'وكان وفد الجامعة يضم مدير إدارة المرأة والأسرة إيناس مكاوي، ومستشارة الأمين العام ريم الحسيني.'].join('\n\n'));
    expect(found['Arab League']).toEqual(['إيناس مكاوي', 'ريم الحسيني', 'هيفاء أبو غزالة']);
    expect(found['Also present']).toBeUndefined();
  });

  it('reads «وحضر اللقاء عن جانب الجامعة A، وB» as the League\'s, not the host\'s', () => {
    const found = sides([...opening, 'وحضر اللقاء عن جانب الجامعة مدير إدارة المرأة والأسرة إيناس مكاوي، ومستشارة الأمين العام ريم الحسيني.'].join('\n\n'));
    expect(found['Arab League']).toEqual(['إيناس مكاوي', 'ريم الحسيني', 'هيفاء أبو غزالة']);
    expect(found['Kuwait']).toEqual(['أحمد السعدون']);
  });
});

/** Each column's members' Arabic names (sorted), in order: a later meeting's columns come after the first one's. */
function columns(text: string): string[][] {
  return analyze(text).delegations.map((d) => d.members.map((m) => m.name_ar).sort());
}

// (A later meeting with someone new present has columns of its own since deleg23: those present are in them, not in the
// first meeting's.)
describe('those present at a later meeting left out («وفي وقت لاحق، استقبل X الوفد، بحضور Y»، then «وحضر اللقاء Z») are no members of the first', () => {
  const opening = [
    'وزير الخارجية العراقي يستقبل وفد الجامعة العربية',
    'استقبل وزير الخارجية العراقي فؤاد حسين اليوم في بغداد وفد جامعة الدول العربية برئاسة الأمين العام المساعد حسام زكي، وبحث الجانبان التحضير للقمة العربية.',
    'وحضر اللقاء من الجانب العراقي وكيل الوزارة محمد بحر العلوم.',
  ];
  it('in the later meeting\'s sentence', () => {
    const found = columns([...opening, 'وفي وقت لاحق، استقبل رئيس مجلس النواب محمود المشهداني وفد الجامعة برئاسة زكي، بحضور النائب الأول لرئيس المجلس محسن المندلاوي.'].join('\n\n'));
    const first = found.find((c) => c.includes('فؤاد حسين'));
    expect(first).toBeDefined();
    expect(first).not.toContain('محسن المندلاوي');
    expect(found.find((c) => c.includes('محسن المندلاوي'))).toContain('محمود المشهداني');
  });

  it('in the sentence after it', () => {
    const found = columns([...opening, 'وبعد ذلك، التقى زكي رئيس الوزراء العراقي محمد شياع السوداني.', 'وحضر اللقاء مدير مكتب رئيس الوزراء إحسان العوادي.'].join('\n\n'));
    expect(found.find((c) => c.includes('فؤاد حسين'))).not.toContain('إحسان العوادي');
  });
});

describe('a committee\'s meeting with the government told inside other news («… خلال مناقشتها مع وزير المالية Y»)', () => {
  it('still gives the committee and the government', () => {
    const found = sides([
      'المالية النيابية: عجز الموازنة يتجاوز ملياري دينار',
      'قالت اللجنة المالية في مجلس النواب إن عجز الموازنة يتجاوز ملياري دينار، وذلك خلال مناقشتها مع وزير المالية عبدالحكيم الشبلي مشروع قانون الموازنة، برئاسة رئيس اللجنة النائب نمر السليحات.',
      'وقال عضو اللجنة النائب خالد البكار إن الحكومة مطالبة بخفض النفقات.',
    ].join('\n\n'));
    expect(found['Finance Committee (House of Representatives)']).toEqual(['خالد البكار', 'نمر السليحات']);
    expect(Object.entries(found).find(([k]) => /^Government/.test(k))?.[1]).toEqual(['عبدالحكيم الشبلي']);
  });
});

describe('a delegation named by its body’s short name with no «وفد … برئاسة» before it', () => {
  it('is led by the official named before whose office is in that body', () => {
    const text = 'بحث وزير الخارجية الأردني أيمن الصفدي، اليوم، مع الأمين العام المساعد لجامعة الدول العربية سامر حداد، التحضيرات الخاصة بالقمة. وحضر اللقاء من الجانب الأردني أمين عام الوزارة زيد اللوزي، فيما ضم وفد الجامعة مستشار الأمين العام رامي الحلفي، والسفيرة هالة يوسف.';
    const found = sides(text);
    const league = Object.entries(found).find(([side]) => /Arab League/.test(side))?.[1] ?? [];
    expect(league).toEqual(expect.arrayContaining(['رامي الحلفي', 'هالة يوسف', 'سامر حداد']));
    expect(Object.keys(found).some((side) => /Also present/.test(side))).toBe(false);
  });
});
