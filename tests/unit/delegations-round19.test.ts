import { describe, expect, it } from 'vitest';
import { members, sides, sideOf } from './helpers/delegations';

// Sentences written for these tests (families seen across several sets, none copied from a set's file).

describe('findDelegations: those present whose country is unsaid sit with the host', () => {
  it('places the staff at a later list of those present on the host’s side, not “Also present”', () => {
    const text = [
      'أمير قطر يستقبل الأمين العام لمنظمة التعاون الإسلامي',
      'الدوحة - استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، اليوم، الأمين العام لمنظمة التعاون الإسلامي حسين إبراهيم طه، بحضور رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني.',
      'وفي وقت سابق اليوم، عقد وزير الدولة للشؤون الخارجية سلطان بن سعد المريخي جلسة مباحثات مع الأمين العام للمنظمة حسين إبراهيم طه.',
      'وحضر الجلسة مدير إدارة المراسم إبراهيم يوسف فخرو ومديرة إدارة المنظمات الدولية علياء أحمد بن سيف.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['Also present']).toBeUndefined();
    expect(sideOf(found, 'إبراهيم يوسف فخرو')).toBe('Qatar');
    expect(sideOf(found, 'علياء أحمد بن سيف')).toBe('Qatar');
  });
});

describe('findDelegations: «مرفوقا بـ»، «مصحوبة بـ»: the one named before is accompanied', () => {
  it('adds the companion to the side of the one he accompanies', () => {
    const text = [
      'الرئيس الجزائري يستقبل وزير الخارجية الفرنسي',
      'الجزائر - استقبل رئيس الجمهورية عبد المجيد تبون، اليوم الأحد بقصر المرادية، وزير أوروبا والشؤون الخارجية الفرنسي جان نويل بارو مرفوقا بمدير ديوانه فرانسوا دولاتر، وذلك بحضور وزير الخارجية أحمد عطاف.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'فرانسوا دولاتر')).toBe('France');
    expect(sideOf(found, 'أحمد عطاف')).toBe('Algeria');
  });

  it('reads the feminine participle too', () => {
    const text = [
      'وزير الداخلية التونسي يستقبل نظيرته الإيطالية',
      'تونس - استقبل وزير الداخلية خالد النوري، اليوم الإثنين بمقر الوزارة، وزيرة الداخلية الإيطالية ماريا لورا فيرانتي مصحوبة بمديرة مكتبها جوليا روسيتي، وبحضور سفير إيطاليا بتونس أليساندرو بروناس.',
    ].join('\n\n');
    expect(sideOf(sides(text), 'جوليا روسيتي')).toBe('Italy');
  });
});

describe('findDelegations: a signing told with its place before the sides', () => {
  it('reads «ووقعت المذكرة في مقر … عن الجانب X …، وعن الجانب Y …» beside lists of those present', () => {
    const text = [
      'الأردن وتونس توقعان مذكرة تفاهم في مجال النقل',
      'عمان - وقع الأردن وتونس، اليوم الأحد، مذكرة تفاهم للتعاون في مجال النقل البري.',
      'ووقعت المذكرة في مقر وزارة النقل عن الجانب الأردني وزيرة النقل وسام التهتموني، وعن الجانب التونسي وزير النقل ربيع المجيدي.',
      'وحضر مراسم التوقيع من الجانب الأردني أمين عام وزارة النقل فارس أبو دية، ومن الجانب التونسي سفير تونس لدى الأردن خالد السهيلي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'وسام التهتموني')).toBe('Jordan');
    expect(sideOf(found, 'ربيع المجيدي')).toBe('Tunisia');
  });

  it('reads «بمقر …» as the place as well', () => {
    const text = [
      'المغرب والسنغال يوقعان اتفاقية للصيد البحري',
      'الرباط - وقع المغرب والسنغال، اليوم، اتفاقية للتعاون في مجال الصيد البحري.',
      'ووقع الاتفاقية بمقر وزارة الفلاحة والصيد البحري عن الجانب المغربي وزير الفلاحة محمد صديقي، وعن الجانب السنغالي وزيرة الصيد البحري فاطمة ديوب.',
      'وحضر حفل التوقيع من الجانب المغربي الكاتبة العامة لقطاع الصيد البحري زكية الدريوش، ومن الجانب السنغالي سفير السنغال بالرباط سيدي نيانغ.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'محمد صديقي')).toBe('Morocco');
    expect(sideOf(found, 'فاطمة ديوب')).toBe('Senegal');
  });
});

describe('findDelegations: two chairs of two countries open the article', () => {
  it('reads «ترأس X، وY، … أعمال الدورة … للجنة المشتركة» as the meeting under a headline of other news', () => {
    const text = [
      'الأردن ومصر: تعاون اقتصادي متزايد',
      'عمان - ترأس رئيس الوزراء الأردني بشر الخصاونة، ورئيس مجلس الوزراء المصري مصطفى مدبولي، اليوم الأحد في عمان، أعمال الدورة الثلاثين للجنة العليا الأردنية المصرية المشتركة.',
      'وقال الخصاونة إن البلدين يعملان معا.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'بشر الخصاونة')).toBe('Jordan');
    expect(sideOf(found, 'مصطفى مدبولي')).toBe('Egypt');
  });

  it('reads the feminine chair and «أشغال» too', () => {
    const text = [
      'الإمارات وكوريا توقعان اتفاقية لتبادل العملات',
      'أبوظبي - ترأست وزيرة الدولة الإماراتية للتعاون الدولي ريم بنت إبراهيم الهاشمي، ووزير الخارجية الكوري الجنوبي تشو تاي يول، الإثنين في أبوظبي، أشغال الدورة الخامسة للجنة الإماراتية الكورية المشتركة.',
      'وقالت الهاشمي إن العلاقات بين البلدين متينة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'ريم بنت إبراهيم الهاشمي')).toBe('United Arab Emirates');
    expect(sideOf(found, 'تشو تاي يول')).toBe('South Korea');
  });
});

describe('findDelegations: the one who opens the session sits at the meeting', () => {
  it('adds the host who opens talks between two others as a side of its own', () => {
    const text = [
      'محادثات مباشرة بين الخرطوم وجوبا في الدوحة',
      'الدوحة - انطلقت اليوم في الدوحة محادثات مباشرة بين وفد الحكومة السودانية برئاسة وزير الخارجية السوداني علي يوسف الشريف، ووفد جنوب السودان برئاسة وزير الخارجية الجنوب سوداني رمضان محمد عبدالله.',
      'وافتتح الجلسة الأولى وزير الدولة بوزارة الخارجية القطرية محمد بن عبدالعزيز الخليفي، بحضور عدد من الدبلوماسيين.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'محمد بن عبدالعزيز الخليفي')).toBe('Qatar');
  });

  it('reads the feminine verb and «المحادثات»', () => {
    const text = [
      'مفاوضات أرمينيا وأذربيجان في برن',
      'برن - بدأ وزيرا خارجية أرمينيا وأذربيجان أرارات ميرزويان وجيهون بيراموف، اليوم، جولة جديدة من المفاوضات في العاصمة السويسرية.',
      'وافتتحت المحادثات وزيرة الخارجية السويسرية آنا كلارا شتاينر، التي رحبت بالوفدين.',
    ].join('\n\n');
    expect(sideOf(sides(text), 'آنا كلارا شتاينر')).toBe('Switzerland');
  });
});

describe('findDelegations: «الخبيرة في الصندوق X»: a place noun with the article before a name is where one works', () => {
  it('keeps «والخبيرة الاقتصادية في الصندوق Y» in the mission’s list', () => {
    const text = [
      'رئيس الوزراء يلتقي بعثة صندوق النقد الدولي',
      'عمان - التقى رئيس الوزراء عمر الرزاز، اليوم، بعثة صندوق النقد الدولي برئاسة رئيس البعثة كريس جارفيس.',
      'وحضر اللقاء وزير المالية عز الدين كناكرية، فيما ضمت البعثة الممثل المقيم للصندوق في عمان توماس ستراوس، والخبيرة الاقتصادية في الصندوق أليسون هولاند.',
    ].join('\n\n');
    expect(sideOf(sides(text), 'أليسون هولاند')).toBe('International Monetary Fund');
  });

  it('keeps «ومديرة العمليات في الصندوق Y» in a fund’s delegation', () => {
    const text = [
      'وزير المالية الأردني يلتقي وفد صندوق أبوظبي للتنمية',
      'عمان - التقى وزير المالية الأردني محمد العسعس، اليوم، وفدا من صندوق أبوظبي للتنمية برئاسة مدير عام الصندوق الإماراتي محمد سيف السويدي.',
      'وضم الوفد نائب المدير العام خليفة عبدالله القبيسي، ومديرة العمليات في الصندوق مريم حمد الكعبي.',
    ].join('\n\n');
    expect(members(sides(text))).toContain('مريم حمد الكعبي');
  });
});
