// Delegations, fourteenth round (issue 12, class 5: one column per side for three or more parties, and those who were
// not at the table). Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

/** Each side's English name and its members' Arabic names (sorted), the head marked with a star. */
function sides(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of analyze(text).delegations) out[d.side_en] = d.members.map((m) => (m.head ? '*' : '') + m.name_ar).sort();
  return out;
}
const sideOf = (found: Record<string, string[]>, name: string) => Object.entries(found).find(([, ms]) => ms.some((m) => m.replace('*', '') === name))?.[0];
const members = (found: Record<string, string[]>) => Object.values(found).flat().map((m) => m.replace('*', ''));

describe('three or more parties: each in its own column', () => {
  it('reads «ومثّل لبنان في الاجتماع وزير الخارجية X» at a committee of several countries as Lebanon’s', () => {
    const found = sides(
      [
        'لجنة الاتصال العربية تجتمع في القاهرة',
        'القاهرة - عقدت لجنة الاتصال الوزارية العربية اجتماعها الثالث في مقر الأمانة العامة للجامعة العربية بالقاهرة اليوم السبت، برئاسة أيمن الصفدي، وزير الخارجية الأردني، وبمشاركة سامح شكري، وزير الخارجية المصري، وفيصل بن فرحان، وزير الخارجية السعودي.',
        'ومثل لبنان في الاجتماع وزير الخارجية عبد الله بوحبيب، فيما ترأس وفد سوريا وزير الخارجية فيصل المقداد.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'عبد الله بوحبيب')).toBe('Lebanon');
    expect(sideOf(found, 'فيصل المقداد')).toBe('Syria');
    expect(sideOf(found, 'سامح شكري')).toBe('Egypt');
  });

  it('puts the chair named after «وترأس الاجتماع» in his own country’s column beside ministers listed by country', () => {
    const found = sides(
      [
        'اجتماع تشاوري في عمان',
        'عمان - عقد وزراء خارجية عرب اجتماعا تشاوريا في عمان اليوم، بمشاركة وزراء خارجية السعودية فيصل بن فرحان والإمارات عبدالله بن زايد ومصر سامح شكري وقطر محمد بن عبدالرحمن آل ثاني.',
        'وترأس الاجتماع وزير الخارجية الأردني أيمن الصفدي.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'أيمن الصفدي')).toBe('Jordan');
    expect(sideOf(found, 'سامح شكري')).toBe('Egypt');
  });

  it('never reads «مثل» "like" after a noun as a list («دول مثل مصر والأردن»)', () => {
    const found = sides(
      [
        'قمة ثلاثية في نيقوسيا',
        'نيقوسيا - عقدت في نيقوسيا اليوم قمة ثلاثية جمعت الرئيس القبرصي نيكوس أناستاسيادس ورئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس والرئيس المصري عبد الفتاح السيسي.',
        'وتعاني دول مثل مصر والأردن من أزمة اقتصادية، بحسب وزير المالية المصري محمد معيط.',
      ].join('\n\n'),
    );
    expect(members(found)).not.toContain('محمد معيط');
  });

  it('puts the head of a UN mission «لمساعدة العراق» on the UN’s side at a meeting of three countries', () => {
    const found = sides(
      [
        'الكويت تستضيف اجتماعا ثلاثيا حول الحدود',
        'الكويت - استضاف وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح، اليوم الاثنين، اجتماعا ثلاثيا ضم وزير الخارجية العراقي فؤاد حسين ووزير الخارجية الإيراني حسين أمير عبداللهيان، بحضور رئيس بعثة الأمم المتحدة لمساعدة العراق جينين هينيس بلاسخارت.',
        'وشارك في الاجتماع عن الجانب الكويتي نائب وزير الخارجية مجدي الظفيري، وعن الجانب العراقي وكيل وزارة الخارجية نزار الخير الله.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'جينين هينيس بلاسخارت')).toBe('United Nations');
    expect(sideOf(found, 'نزار الخير الله')).toBe('Iraq');
    expect(sideOf(found, 'حسين أمير عبداللهيان')).toBe('Iran');
  });

  it('does not give «، بحضور» the side of the talks’ second party named before it (a mediator and a UN envoy)', () => {
    const found = sides(
      [
        'بوريطة يستضيف جولة حوار ليبي في بوزنيقة بحضور البعثة الأممية',
        'الرباط - احتضنت مدينة بوزنيقة المغربية، اليوم الأحد، جولة جديدة من الحوار الليبي بين وفد المجلس الأعلى للدولة ووفد مجلس النواب الليبي، بحضور وزير الخارجية المغربي ناصر بوريطة، والممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا ستيفاني ويليامز.',
        'وقال بوريطة في كلمة افتتاحية إن المغرب لا يحمل أي أجندة في ليبيا.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'ناصر بوريطة')).toBe('Morocco');
    expect(sideOf(found, 'ستيفاني ويليامز')).toBe('United Nations');
  });

  it('reads «ويرأس وفد X Y، ويضم …، فيما يرأس وفد الجبهة Z، ويضم …» as two delegations, the front’s by its short name', () => {
    const found = sides(
      [
        'محادثات بين الحكومة الإثيوبية وجبهة تحرير تيغراي برعاية الاتحاد الأفريقي',
        'بريتوريا - انطلقت اليوم في بريتوريا محادثات السلام بين الحكومة الإثيوبية وجبهة تحرير شعب تيغراي، برعاية الاتحاد الأفريقي، بمشاركة الرئيس الكيني السابق أوهورو كينياتا.',
        'ويرأس وفد الحكومة الإثيوبية مستشار الأمن القومي رضوان حسين، ويضم وزير العدل جيديون تيموثيوس، فيما يرأس وفد الجبهة المتحدث باسمها غيتاتشو رضا، ويضم القائد العسكري تسادكان جبري تنسائي.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'جيديون تيموثيوس')).toBe('Ethiopia');
    expect(sideOf(found, 'تسادكان جبري تنسائي')).toBe('Tigray People\'s Liberation Front');
    expect(sideOf(found, 'غيتاتشو رضا')).toBe('Tigray People\'s Liberation Front');
  });
});

describe('those named who were not at the table', () => {
  it('leaves out the one an invitation is handed over from, and the one invited «لجلالة الملك X»', () => {
    const found = sides(
      [
        'الرئيس الجزائري يستقبل وزير الخارجية الفرنسي',
        'الجزائر - استقبل الرئيس الجزائري عبد المجيد تبون، اليوم، وزير الخارجية الفرنسي جان نويل بارو، الذي سلمه دعوة من الرئيس إيمانويل ماكرون لزيارة باريس.',
        'وحضر اللقاء وزير الخارجية أحمد عطاف، ونقل بارو دعوة لجلالة الملك محمد السادس لزيارة فرنسا.',
      ].join('\n\n'),
    );
    expect(members(found)).not.toContain('إيمانويل ماكرون');
    expect(members(found)).not.toContain('محمد السادس');
    expect(sideOf(found, 'جان نويل بارو')).toBe('France');
  });

  it('leaves out a father named in a body’s name («صندوق الأمير الحسين بن عبدالله الثاني»)', () => {
    const found = sides(
      [
        'وزير الخارجية الأردني يلتقي نظيرته الألمانية',
        'عمان - التقى وزير الخارجية الأردني أيمن الصفدي اليوم في عمان وزيرة الخارجية الألمانية أنالينا بيربوك.',
        'وحضر اللقاء عن الجانب الأردني أمين عام الوزارة يوسف البطاينة، ورئيس مجلس أمناء صندوق الأمير الحسين بن عبدالله الثاني للتنمية عمر الرزاز.',
      ].join('\n\n'),
    );
    expect(found['Jordan']).toEqual(['*أيمن الصفدي', 'عمر الرزاز', 'يوسف البطاينة']);
  });

  it('leaves out the king whose name is a prince’s father’s in an institute’s name («معهد الأمير الحسين بن عبدالله الثاني»)', () => {
    const found = sides(
      [
        'وزير الخارجية الأردني يلتقي نظيرته الكرواتية',
        'عمان - التقى وزير الخارجية الأردني أيمن الصفدي اليوم في عمان وزيرة الخارجية الكرواتية ماريا بيتشينوفيتش بوريتش، ونقل إليها تحيات الملك عبدالله الثاني.',
        'ووقع الجانبان مذكرة تفاهم للتدريب، وقعها عن الجانب الأردني رئيس معهد الأمير الحسين بن عبدالله الثاني للدراسات الدولية، وعن الجانب الكرواتي مساعد الوزيرة ماريو نوبيلو.',
      ].join('\n\n'),
    );
    expect(found['Jordan']).toEqual(['*أيمن الصفدي']);
  });

  it('leaves out whoever accompanied the guest on a site visit told in the pluperfect', () => {
    const found = sides(
      [
        'وزير الخارجية البريطاني في عمان',
        'عمان - بحث وزير الخارجية الأردني أيمن الصفدي مع وزير الخارجية البريطاني ديفيد لامي، اليوم، العلاقات الثنائية.',
        'وكان وزير الخارجية البريطاني زار مخيم الأزرق للاجئين صباح اليوم، يرافقه ممثل منظمة الصحة العالمية في الأردن جميل هاشم.',
      ].join('\n\n'),
    );
    expect(members(found)).not.toContain('جميل هاشم');
  });

  it('leaves out those named after «مصدر دبلوماسي رافق الوزير، …، إن …» (the one who accompanied is unnamed)', () => {
    const found = sides(
      [
        'الرئيس التونسي يستقبل وزير الخارجية الإيطالي',
        'تونس - استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية الإيطالي أنطونيو تاياني.',
        'وقال مصدر دبلوماسي رافق الوزير، طلب عدم ذكر اسمه، إن الرئيس التونسي أبلغ ضيفه تحيات وزير الداخلية كمال الفقي ورئيس البرلمان إبراهيم بودربالة.',
      ].join('\n\n'),
    );
    expect(members(found)).not.toContain('إبراهيم بودربالة');
  });
});

describe('signings and names', () => {
  it('ends a list of signers at «، ومذكرة …»: another agreement has its own signers', () => {
    const found = sides(
      [
        'الرئيس المصري يستقبل رئيس وزراء اليونان',
        'القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس في قصر الاتحادية.',
        'وحضر المباحثات من الجانب المصري وزيرة التخطيط الدكتورة هالة حلمي السعيد.',
        'وعقب المباحثات شهد الزعيمان توقيع اتفاقيتين، وقعها عن الجانب المصري وزير الكهرباء وعن الجانب اليوناني وزير الطاقة، ومذكرة تفاهم في مجال التخطيط وقعتها الوزيرة هالة السعيد ونظيرها اليوناني أكيس سكيرتسوس.',
      ].join('\n\n'),
    );
    expect(found['Greece'] ?? []).not.toContain('هالة السعيد');
    expect(sideOf(found, 'هالة حلمي السعيد')).toBe('Egypt');
    // The short form the officials layer did not link to the full name is not a second member.
    expect(found['Egypt']).not.toContain('هالة السعيد');
  });

  it('keeps a Gulf name whose family name repeats a given name with the article («مطلق المطلق»)', () => {
    const found = sides(
      [
        'رئيس الوزراء يستقبل وزير الخارجية الياباني',
        'الكويت - استقبل رئيس مجلس الوزراء الشيخ صباح الخالد الحمد الصباح اليوم وزير الخارجية الياباني يوشيماسا هاياشي والوفد المرافق له.',
        'وحضر المقابلة وزير المالية عبدالوهاب الرشيد ووزيرة التربية نورة مطلق المطلق والسفير الكويتي لدى اليابان سامي الزمانان.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'نورة مطلق المطلق')).toBe('Kuwait');
  });
});
