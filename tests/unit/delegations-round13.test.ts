// Delegations, thirteenth round (issue 12): «المدير(ة) القطري(ة)» is an organisation's country director, not Qatar;
// those present «من جانب البنك»، «عن المنظمة» are the body's named before by its full name. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { sides, sideOf } from './helpers/delegations';


describe('«المدير القطري»، «المديرة القطرية»، «المكتب القطري»: a country director or office, not Qatar', () => {
  it('never makes a Qatar side of a country director whose English role names no organisation', () => {
    const found = sides(
      [
        'وزير الصحة يلتقي ممثلي اليونيسف',
        'التقى وزير الصحة السوداني أكرم علي التوم اليوم في الخرطوم ممثل منظمة اليونيسف في السودان عبد الله فاضل، والمديرة القطرية لبرنامج الطوارئ سارة بيسولو.',
      ].join('\n\n'),
    );
    expect(found['Qatar']).toBeUndefined();
    expect(sideOf(found, 'عبد الله فاضل')).toBe('UNICEF');
  });

  it('reads «مديرة المكتب القطري للمنظمة» in a list of those present as the organisation’s', () => {
    const found = sides(
      [
        'وزيرة الاقتصاد تلتقي وفد منظمة العمل الدولية',
        'التقت وزيرة الاقتصاد اللبنانية سارة العلي اليوم في بيروت وفدا من منظمة العمل الدولية برئاسة المدير الإقليمي للمنظمة بيتر راديمايكر، وتناول البحث أوضاع سوق العمل.',
        'وضم الوفد مديرة المكتب القطري للمنظمة في لبنان مارتا كوليفا.',
      ].join('\n\n'),
    );
    expect(found['Qatar']).toBeUndefined();
    expect(sideOf(found, 'مارتا كوليفا')).toBe('International Labour Organization');
  });

  it('still reads the Qatari minister and his director as Qatar’s (a guard)', () => {
    const found = sides(
      [
        'وزير الخارجية الإماراتي يستقبل نظيره القطري',
        'استقبل وزير الخارجية الإماراتي عبدالله بن زايد اليوم في أبوظبي وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني، وبحثا العلاقات الثنائية.',
        'وحضر اللقاء من الجانب القطري مدير إدارة الشؤون الخليجية بالوزارة جاسم البوعينين.',
      ].join('\n\n'),
    );
    expect(found['Qatar']).toEqual(['*محمد بن عبدالرحمن آل ثاني', 'جاسم البوعينين']);
  });
});

describe('those present «من جانب البنك»، «عن المنظمة»: the body named before by its full name', () => {
  it('puts «وحضر اللقاء من جانب البنك A، وB» on the World Bank’s side, not the host’s or «Also present»', () => {
    const found = sides(
      [
        'رئيس الحكومة يستقبل رئيس البنك الدولي',
        'استقبل رئيس الحكومة المغربية سعد الدين العثماني اليوم في الرباط رئيس مجموعة البنك الدولي ديفيد مالباس، بحضور وزير الاقتصاد والمالية محمد بنشعبون.',
        'وحضر اللقاء من جانب البنك المديرة القطرية المسؤولة عن المغرب ماري فرانسواز نيلي، والمدير الإقليمي جيسكو هنتشل.',
      ].join('\n\n'),
    );
    expect(found['World Bank']).toEqual(['*ديفيد مالباس', 'جيسكو هنتشل', 'ماري فرانسواز نيلي']);
    expect(found['Morocco']).toEqual(['*سعد الدين العثماني', 'محمد بنشعبون']);
  });

  it('reads «وحضر الاجتماع عن الصندوق A» after a meeting with the Fund’s head named as the object', () => {
    const found = sides(
      [
        'وزير المالية المصري يلتقي مديرة صندوق النقد الدولي',
        'التقى وزير المالية المصري محمد معيط اليوم في واشنطن المديرة العامة لصندوق النقد الدولي كريستالينا غورغييفا، وبحث معها برنامج الإصلاح الاقتصادي.',
        'وحضر الاجتماع عن الصندوق مدير إدارة الشرق الأوسط وآسيا الوسطى جهاد أزعور.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'جهاد أزعور')).toBe('International Monetary Fund');
  });

  it('leaves «من جانب البنك المركزي» (another body, named in full) to the host (a guard)', () => {
    const found = sides(
      [
        'رئيس الحكومة يستقبل رئيس البنك الدولي',
        'استقبل رئيس الحكومة المغربية سعد الدين العثماني اليوم في الرباط رئيس مجموعة البنك الدولي ديفيد مالباس.',
        'وحضر اللقاء من جانب البنك المركزي المغربي والي بنك المغرب عبد اللطيف الجواهري.',
      ].join('\n\n'),
    );
    expect(found['World Bank']).toEqual(['*ديفيد مالباس']);
  });
});

describe('a parliament committee meeting the head of another body, not a minister («استضافت اللجنة المالية محافظ البنك المركزي»)', () => {
  it('makes the committee and the central bank the sides', () => {
    const found = sides(
      [
        'اللجنة المالية تستضيف محافظ البنك المركزي',
        'استضافت اللجنة المالية في مجلس النواب العراقي برئاسة النائب عطوان العطواني اليوم محافظ البنك المركزي العراقي علي العلاق، لمناقشة سعر صرف الدينار، بحضور عضو اللجنة النائب جمال كوجر.',
      ].join('\n\n'),
    );
    expect(found['Finance Committee (House of Representatives)']).toEqual(['*عطوان العطواني', 'جمال كوجر']);
    expect(sideOf(found, 'علي العلاق')).toMatch(/Central Bank/);
  });

  // A farmers' union is a body of private members (assets/institutions.json privateMemberNouns), so since off98 read
  // «الاتحاد العام للفلاحين» through its adjective and «لل» its head is no official and sits on no side, as the
  // readable golds have a fishermen's union's head; the committee's chair is still read.
  it('reads the committee chair in «بحثت لجنة … مع رئيس الاتحاد العام للفلاحين …», not the farmers’ union head', () => {
    const text = [
      'لجنة الزراعة تبحث مع رئيس اتحاد الفلاحين الموسم',
      'بحثت لجنة الزراعة والمياه في مجلس النواب برئاسة النائب محمد سليم الهلالي مع رئيس الاتحاد العام للفلاحين حسن عامر الاستعدادات للموسم الزراعي.',
    ].join('\n\n');
    const names = analyze(text).officials.map((o) => o.name_ar);
    expect(names).toContain('محمد سليم الهلالي');
    expect(names).not.toContain('حسن عامر');
    expect(sideOf(sides(text), 'حسن عامر')).toBeUndefined();
  });

  it('still names the government’s side after a minister the committee met (a guard)', () => {
    const found = sides(
      [
        'لجنة الصحة تناقش مع وزير الصحة',
        'ناقشت لجنة الشؤون الصحية في مجلس النواب برئاسة النائب أشرف حاتم اليوم مع وزير الصحة خالد عبد الغفار خطة التأمين الصحي الشامل.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'خالد عبد الغفار')).toMatch(/^Government/);
  });
});

describe('«وفدا يابانيا ضم A، وB»: a delegation word and its nationality in the indefinite accusative; a deputy ranks below a minister', () => {
  const heads = (text: string) => Object.fromEntries(analyze(text).delegations.map((d) => [d.side_en, { ar: d.side_ar, head: d.members.find((m) => m.head)?.name_ar }]));
  it('puts the members of «وفدا يابانيا ضم …» on Japan’s side, the minister at its head rather than the deputy named first', () => {
    const text = [
      'رئيس الوزراء يستقبل وفدا يابانيا',
      'استقبل رئيس الوزراء المصري مصطفى مدبولي اليوم في القاهرة وفدا يابانيا ضم نائبة وزير الخارجية ماكي كوباياشي، ووزير الاقتصاد والتجارة والصناعة ياسوتوشي نيشيمورا، وبحث معهما التعاون الاقتصادي.',
    ].join('\n\n');
    const found = sides(text);
    expect(found['Japan']).toEqual(['*ياسوتوشي نيشيمورا', 'ماكي كوباياشي']);
    expect(found['Also present']).toBeUndefined();
    expect(heads(text)['Japan']?.ar).toBe('الجانب الياباني');
  });

  it('reads «وفدا سعوديا يضم …» alike (a member of no stated country included)', () => {
    const found = sides(
      [
        'وزير الخارجية العراقي يستقبل وفدا سعوديا',
        'استقبل وزير الخارجية العراقي فؤاد حسين في بغداد اليوم وفدا سعوديا يضم وزير الطاقة عبدالعزيز بن سلمان، ومساعدة وزير الخارجية هيفاء الجديع، وبحث معه التعاون بين البلدين.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'هيفاء الجديع')).toBe('Saudi Arabia');
    expect(found['Also present']).toBeUndefined();
  });
});

describe('«المجلس البلدي» and «البلدية» are one body: the mayor and a member of the municipal council are not two sides', () => {
  it('makes no delegations of a mayor and his council’s member when the one they met is not read', () => {
    const found = sides(
      [
        'المجلس البلدي يبحث مشاريع الطرق',
        'التقى المجلس البلدي لمدينة صور برئاسة رئيس البلدية حسن دبوق اليوم وزير الأشغال العامة علي حمية، وبحث معه مشاريع الطرق، بحضور عضو المجلس البلدي علي عطوي.',
      ].join('\n\n'),
    );
    // (The minister is not read by the officials layer yet: either no sides, or the mayor and the member on one.)
    expect(sideOf(found, 'حسن دبوق')).toBe(sideOf(found, 'علي عطوي'));
  });

  it('keeps the ministry and the municipal council apart (a guard)', () => {
    const found = sides(
      [
        'وزير الداخلية يستقبل وفدا من بلدية صور',
        'استقبل وزير الداخلية والبلديات بسام مولوي في مكتبه اليوم وفدا من المجلس البلدي لمدينة صور برئاسة رئيس البلدية حسن دبوق، ضم عضو المجلس البلدي علي عطوي، وبحث معه مشاريع البلدية.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'بسام مولوي')).toMatch(/Ministry/);
    expect(sideOf(found, 'حسن دبوق')).toBe(sideOf(found, 'علي عطوي'));
  });
});
