// Delegations, eleventh round (issue 12): committee meetings the government attends («بحضور الوزير»), their lists by
// side, and the MPs who speak at them; mediators; later meetings of a visit. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { sides } from './helpers/delegations';
import { buildContext } from '@/lib/delegations/context';
import { findLists } from '@/lib/delegations/lists';
import { partitionOf } from '@/lib/delegations/sides';

const side = (found: Record<string, string[]>, start: string) => Object.entries(found).find(([k]) => k.startsWith(start))?.[1];

describe('a committee meeting the minister attends («عقدت لجنة … اجتماعا، بحضور وزير …») has the committee and the government as sides', () => {
  it('reads «بحضور» for the minister and the lists «ممثلا عن الحكومة» / «من أعضاء اللجنة» by their nearest side words', () => {
    const found = sides(
      [
      "لجنة الاقتصاد تناقش قانون المنافسة مع وزير التجارة",
      "عقدت لجنة الشؤون الاقتصادية بمجلس الأمة، برئاسة النائب فهد المطيري، اجتماعا صباح اليوم، بحضور وزير التجارة والصناعة خالد الروضان، لمناقشة مشروع قانون حماية المنافسة.",
      "وحضر الاجتماع ممثلا عن الحكومة أيضا وكيل وزارة التجارة سامي الهاجري، بينما حضره من أعضاء اللجنة النائب ناصر العنزي، والنائبة جنان بوشهري.",
      "وقال المطيري إن اللجنة ستنتهي من التقرير خلال أسبوعين."
    ].join('\n\n'),
    );
    expect(side(found, 'Economic Affairs Committee')).toEqual(['*فهد المطيري', 'جنان بوشهري', 'ناصر العنزي'].sort());
    expect(side(found, 'Government')).toEqual(['*خالد الروضان', 'سامي الهاجري'].sort());
  });

  it('puts the MPs who speak at the meeting on the committee\'s side, under a chair named «برئاسة» without commas', () => {
    const found = sides(
      [
      "\"التربية النيابية\" تبحث مع الوزير امتحانات الثانوية العامة",
      "عمان - اجتمعت لجنة التربية والتعليم النيابية برئاسة النائب إبراهيم البدور اليوم الاثنين، بحضور وزير التربية والتعليم وجيه عويس، وأمين عام الوزارة نواف العجارمة، لبحث ترتيبات امتحان الثانوية العامة.",
      "وأكد البدور أن اللجنة حريصة على راحة الطلبة.",
      "وتساءلت النائب ديما طهبوب عن أسباب تأخر النتائج، فيما طالب النائب صالح العرموطي بمراجعة أسس القبول.",
      "ومن جانبه، قال عويس إن الوزارة أنهت استعداداتها."
    ].join('\n\n'),
    );
    expect(side(found, 'Parliamentary Education Committee')).toEqual(['*إبراهيم البدور', 'ديما طهبوب', 'صالح العرموطي'].sort());
    expect(side(found, 'Government')).toEqual(['*وجيه عويس', 'نواف العجارمة'].sort());
  });

  it('takes the chair from the lead under a headline that names the committee and the minister («وحضرته نائبة وزير …»)', () => {
    const found = sides(
      [
      "لجنة الزراعة بالبرلمان تستضيف نائبة وزير الزراعة",
      "القاهرة - عقدت لجنة الزراعة والري بمجلس النواب اجتماعا، اليوم الثلاثاء، برئاسة النائب هشام الحصري، وحضرته نائبة وزير الزراعة منى محرز، لمناقشة أزمة الأسمدة.",
      "وحضر اللقاء من جانب الوزارة رئيس قطاع الخدمات الزراعية عباس الشناوي، ومن جانب اللجنة وكيل اللجنة النائب رائف تمراز.",
      "وقال النائب مجدي ملك، عضو اللجنة، إن الفلاحين يعانون."
    ].join('\n\n'),
    );
    // (The member who speaks, «وقال النائب مجدي ملك، عضو اللجنة», sits with the committee once his name is read.)
    expect(side(found, 'Agriculture Committee')).toEqual(['*هشام الحصري', 'رائف تمراز', 'مجدي ملك'].sort());
    // (The sector head who attends «من جانب الوزارة» sits with the minister's deputy; found since round 59.)
    expect(side(found, 'Government')).toEqual(['*منى محرز', 'عباس الشناوي'].sort());
  });

  it('leaves out an MP told of in the pluperfect and one after «وفي سياق متصل»', () => {
    const found = sides(
      [
      "\"التربية النيابية\" تبحث مع الوزير امتحانات الثانوية العامة",
      "عمان - اجتمعت لجنة التربية والتعليم النيابية برئاسة النائب إبراهيم البدور اليوم الاثنين، بحضور وزير التربية والتعليم وجيه عويس، لبحث ترتيبات امتحان الثانوية العامة.",
      "وتساءلت النائب ديما طهبوب عن أسباب تأخر النتائج.",
      "وكان النائب خليل عطية قد انتقد الوزارة الأسبوع الماضي.",
      "وفي سياق متصل، قال النائب موسى هنطش إن المدارس تحتاج إلى صيانة."
    ].join('\n\n'),
    );
    expect(side(found, 'Parliamentary Education Committee')).toEqual(['*إبراهيم البدور', 'ديما طهبوب'].sort());
  });
});

describe('the mediators of talks between others («بوساطة من الرئيس X ونظيره Y»، «بوساطة يقودها X») are sides of their own', () => {
  it('makes each mediator the head of his own country\'s side', () => {
    const found = sides(
      [
      "جيبوتي وإريتريا توقعان اتفاقا لإنهاء النزاع الحدودي",
      "وقع الرئيس الجيبوتي إسماعيل عمر جيله والرئيس الإريتري أسياس أفورقي اليوم الأحد في الدوحة اتفاقا لإنهاء النزاع الحدودي بين البلدين، بوساطة من أمير قطر الشيخ تميم بن حمد آل ثاني ورئيس الوزراء الإثيوبي آبي أحمد.",
      "وقال جيله إن الاتفاق يفتح صفحة جديدة."
    ].join('\n\n'),
    );
    expect(found['Qatar']).toEqual(['*تميم بن حمد آل ثاني']);
    expect(found['Ethiopia']).toEqual(['*آبي أحمد']);
    expect(found['Djibouti']).toEqual(['*إسماعيل عمر جيله']);
  });

  it('puts those listed «ومن جانب الوساطة» on the mediator\'s side, whatever their title\'s nisba reads', () => {
    const found = sides(
      [
      "استئناف مفاوضات سد النهضة في كينشاسا",
      "استؤنفت في كينشاسا اليوم مفاوضات سد النهضة بين وفد مصر برئاسة وزير الخارجية سامح شكري ووفد إثيوبيا برئاسة وزير الخارجية دمقي مكونن، بوساطة يقودها رئيس الكونغو الديمقراطية فيليكس تشيسيكيدي.",
      "ومن جانب الوساطة، حضر الجلسة الافتتاحية وزير الخارجية الكونغولي كريستوف لوتوندولا، والمبعوث الخاص للرئاسة الكونغولية سيرج تشيكيز."
    ].join('\n\n'),
    );
    expect(found['Democratic Republic of the Congo']).toEqual(['*فيليكس تشيسيكيدي', 'سيرج تشيكيز', 'كريستوف لوتوندولا'].sort());
    expect(found['Egypt']).toEqual(['*سامح شكري']);
  });

  it('leaves out the mediator of an earlier round told in the pluperfect', () => {
    const found = sides(
      [
      "انطلاق محادثات الخرطوم بين حكومة جنوب السودان والمعارضة",
      "انطلقت في الخرطوم اليوم جولة جديدة من المحادثات بين وفد حكومة جنوب السودان برئاسة وزير الإعلام مايكل مكوي ووفد المعارضة المسلحة برئاسة هنري أوديار، بوساطة يقودها الرئيس السوداني عمر البشير.",
      "وكانت جولة سابقة قد عقدت في أديس أبابا بوساطة من رئيس الوزراء الإثيوبي هايلي مريام ديسالين."
    ].join('\n\n'),
    );
    expect(found['Ethiopia']).toBeUndefined();
    expect(found['Sudan']).toEqual(['*عمر البشير']);
  });
});

describe('«فيما ضم وفد الجامعة A، وB» is led by the party of the meeting whose office is in the body, not by its delegate or a letter\'s addressee', () => {
  it('skips the host country\'s delegate «لدى الجامعة» and the Secretary-General the letter went to', () => {
    const found = sides(
      [
      "الصفدي يستقبل وفد الجامعة العربية",
      "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان الأمين العام المساعد لجامعة الدول العربية سامي العبد، وبحث الجانبان التحضير للقمة المقبلة.",
      "وسلم الصفدي الضيف رسالة إلى الأمين العام لجامعة الدول العربية أحمد أبو الغيط.",
      "وحضر اللقاء من الجانب الأردني مندوب الأردن الدائم لدى الجامعة العربية أمجد العضايلة، فيما ضم وفد الجامعة مدير إدارة الشؤون السياسية سعيد أبو علي، ومستشار الأمين العام ناصر القدوة."
    ].join('\n\n'),
    );
    expect(found['Arab League']).toEqual(['*سامي العبد', 'سعيد أبو علي', 'ناصر القدوة'].sort());
    expect(found['Jordan']).toEqual(['*أيمن الصفدي', 'أمجد العضايلة'].sort());
  });

  it('does the same with an ambassador «لدى الجامعة العربية» named just before the list', () => {
    const found = sides(
      [
      "وزير الخارجية الكويتي يبحث مع الجامعة العربية الأوضاع في السودان",
      "بحث وزير الخارجية الكويتي عبدالله اليحيا اليوم مع الأمينة العامة المساعدة لجامعة الدول العربية هيفاء أبو غزالة تطورات الأوضاع في السودان.",
      "وحضر اللقاء سفير الكويت لدى الجامعة العربية طلال المطيري، فيما ضم وفد الجامعة مديرة إدارة المرأة إيناس مكاوي."
    ].join('\n\n'),
    );
    expect(found['Arab League']).toEqual(['*هيفاء أبو غزالة', 'إيناس مكاوي'].sort());
    expect(found['Kuwait']).toEqual(['*عبدالله اليحيا', 'طلال المطيري'].sort());
  });
});

describe('«ويرافق رئيس(ة) البعثة/الوفد …»: those who accompany the delegation\'s head, named by his office in it, are of his delegation', () => {
  it('finds the head named before («بعثة الصندوق برئاسة X») and keeps the Fund\'s local office on the Fund\'s side', () => {
    const found = sides(
      [
      "وزير المالية البحريني يبحث مع بعثة صندوق النقد الدولي الأوضاع الاقتصادية",
      "المنامة - بحث وزير المالية والاقتصاد الوطني الشيخ سلمان بن خليفة آل خليفة اليوم مع بعثة صندوق النقد الدولي برئاسة مارتن سومر تطورات الاقتصاد الوطني في إطار مشاورات المادة الرابعة.",
      "وقالت الوزارة في بيان إن اللقاء تناول برنامج التوازن المالي.",
      "وحضر اللقاء من الجانب البحريني وكيل وزارة المالية محمد الحمادي.",
      "ويرافق رئيس البعثة في زيارته التي تستمر عشرة أيام مدير مكتب الصندوق الإقليمي في البحرين كريم الصالح."
    ].join('\n\n'),
    );
    expect(found['International Monetary Fund']).toEqual(['*مارتن سومر', 'كريم الصالح'].sort());
    expect(found['Bahrain']).toEqual(['*سلمان بن خليفة آل خليفة', 'محمد الحمادي'].sort());
  });
});

describe('one hoped or planned to take part («تأمل أن يشارك X»، «على أن تحضر Y») is no member: the subjunctive after «أن»', () => {
  it('leaves out the prime minister hoped at a coming summit and the minister due at a preparatory meeting', () => {
    const found = sides(
      [
      "وزير الخارجية الهندي يلتقي نظيره الأسترالي في نيودلهي",
      "التقى وزير الخارجية الهندي سوبرامانيام جايشانكار اليوم في نيودلهي نظيرته الأسترالية بيني وونغ، وبحث الجانبان التعاون في المحيطين الهندي والهادئ.",
      "وشارك في المباحثات من الجانب الهندي وكيل وزارة الخارجية فيناي كواترا.",
      "وقالت وونغ إن بلادها تأمل أن يشارك رئيس الوزراء ناريندرا مودي في قمة مجموعة الرباعية المقبلة في سيدني، على أن تحضر وزيرة التجارة الأسترالية جوليا غيلارد الاجتماع التحضيري."
    ].join('\n\n'),
    );
    expect(found['India']).toEqual(['*سوبرامانيام جايشانكار', 'فيناي كواترا'].sort());
    expect(found['Australia']).toEqual(['*بيني وونغ']);
  });
});

describe('Gulf agency receptions and farewells: the one seen off is the traveller; «في مقدمة مستقبلي/مستقبليه» lists the host\'s welcomers', () => {
  it('«غادر X الرياض … التقى خلالها Y. وكان في وداعه …»: X, not Y named nearer, is seen off and heads his side', () => {
    const found = sides(
      [
      "وزير الخارجية يودع نظيره العماني",
      "الرياض - واس - غادر معالي وزير الخارجية العماني بدر بن حمد البوسعيدي الرياض اليوم بعد زيارة رسمية للمملكة التقى خلالها صاحب السمو الأمير فيصل بن فرحان وزير الخارجية.",
      "وكان في وداعه بمطار الملك خالد الدولي معالي نائب وزير الخارجية المهندس وليد الخريجي، وسفير سلطنة عمان لدى المملكة فيصل بن تركي آل سعيد."
    ].join('\n\n'),
    );
    expect(found['Oman']).toEqual(['*بدر بن حمد البوسعيدي', 'فيصل بن تركي آل سعيد'].sort());
    expect(found['Saudi Arabia']).toEqual(['*فيصل بن فرحان', 'وليد الخريجي'].sort());
  });

  it('«وكان سمو ولي العهد الشيخ X في مقدمة مستقبلي الرئيس اللبناني»: the welcomer named before the noun', () => {
    const found = sides(
      [
      "أمير الكويت يستقبل الرئيس اللبناني",
      "الكويت - 5 - 4 (كونا) -- استقبل حضرة صاحب السمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح بقصر بيان صباح اليوم الرئيس اللبناني العماد ميشال عون والوفد المرافق له بمناسبة زيارته الرسمية للبلاد.",
      "وقد حضر المقابلة سمو الشيخ صباح الخالد الحمد الصباح رئيس مجلس الوزراء، والشيخ أحمد ناصر المحمد الصباح وزير الخارجية.",
      "وكان سمو ولي العهد الشيخ مشعل الأحمد الجابر الصباح في مقدمة مستقبلي الرئيس اللبناني لدى وصوله إلى مطار الكويت الدولي.",
      "ويضم الوفد المرافق للرئيس عون كلا من وزير الخارجية عبدالله بو حبيب، ووزير الاقتصاد أمين سلام."
    ].join('\n\n'),
    );
    expect(found['Kuwait']).toContain('مشعل الأحمد الجابر الصباح');
    // (The economy minister «أمين سلام», both of whose words are also ordinary words, is read from the list's
    // [title] [given] [family] shape since the attendance lists take such names: he is of the Lebanese side.)
    expect(found['Lebanon']).toEqual(['*ميشال عون', 'أمين سلام', 'عبدالله بو حبيب'].sort());
  });

  it('«وكان في مقدمة مستقبليه … الأمير X، والشيخ Y»: the welcomers named after it', () => {
    const found = sides(
      [
      "ملك البحرين يستقبل الرئيس المصري",
      "المنامة - بنا - استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة ملك البلاد المعظم بقصر الصخير اليوم الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية الشقيقة.",
      "وكان في مقدمة مستقبليه لدى وصوله مطار البحرين الدولي صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء، والشيخ خالد بن أحمد آل خليفة وزير الخارجية."
    ].join('\n\n'),
    );
    expect(found['Bahrain']).toEqual(['*حمد بن عيسى آل خليفة', 'خالد بن أحمد آل خليفة', 'سلمان بن حمد آل خليفة'].sort());
    expect(found['Egypt']).toEqual(['*عبد الفتاح السيسي']);
  });
});

describe('the armed opposition («وفد المعارضة المسلحة برئاسة X»، «وفد الحركات المسلحة»، «زعيم المعارضة المسلحة») is a side of its own', () => {
  it('in talks with its government under a mediator', () => {
    const found = sides(
      [
      "انطلاق محادثات الخرطوم بين حكومة جنوب السودان والمعارضة",
      "انطلقت في الخرطوم اليوم جولة جديدة من المحادثات بين وفد حكومة جنوب السودان برئاسة وزير الإعلام مايكل مكوي ووفد المعارضة المسلحة برئاسة هنري أوديار، بوساطة يقودها الرئيس السوداني عمر البشير.",
      "وكانت جولة سابقة قد عقدت في أديس أبابا بوساطة من رئيس الوزراء الإثيوبي هايلي مريام ديسالين."
    ].join('\n\n'),
    );
    expect(found['Armed opposition']).toEqual(['*هنري أوديار']);
    expect(found['Also present']).toBeUndefined();
  });

  it('meeting a third country\'s minister', () => {
    const found = sides(
      [
      "وزير الدولة القطري يلتقي وفد الحركات المسلحة في دارفور",
      "الدوحة - التقى نائب رئيس مجلس الوزراء القطري أحمد بن عبدالله آل محمود اليوم في الدوحة وفد الحركات المسلحة في دارفور برئاسة جبريل إبراهيم، وبحث معه ترتيبات جولة التفاوض المقبلة مع الحكومة السودانية."
    ].join('\n\n'),
    );
    expect(found['Armed opposition']).toEqual(['*جبريل إبراهيم']);
    expect(found['Qatar']).toEqual(['*أحمد بن عبدالله آل محمود']);
  });
});

describe('«وكان في استقبال ولي العهد/رئيس الوزراء لدى وصوله …»: the guest named by the first words of his title alone is the one welcomed', () => {
  it('reads the reception\'s principal from the title, with someone else named between', () => {
    const text = [
      "رئيس الوزراء الهندي في أبوظبي",
      "أبوظبي - بدأ رئيس الوزراء الهندي ناريندرا مودي اليوم زيارة رسمية إلى دولة الإمارات تستغرق يومين.",
      "وأفاد السفير الإماراتي لدى الهند عبد الناصر الشعالي بأن الزيارة تفتح آفاقا جديدة للتعاون.",
      "وكان في استقبال رئيس الوزراء لدى وصوله إلى مطار الرئاسة، وزير الخارجية والتعاون الدولي الشيخ عبدالله بن زايد آل نهيان، ووزير الدولة أحمد بن علي الصايغ.",
      "وعقد الجانبان جلسة مباحثات رسمية تناولت التعاون الاقتصادي.",
      "وحضر المباحثات من الجانب الهندي وزير الشؤون الخارجية سوبرامانيام جايشانكار."
    ].join('\n\n');
    const a = analyze(text);
    const ctx = buildContext(a.article.text, a.officials);
    const reception = findLists(ctx, partitionOf(ctx), new Set()).find((l) => l.reception);
    expect(reception?.principal?.name_ar).toBe('ناريندرا مودي');
    expect(reception?.members.map((o) => o.name_ar)).toEqual(['عبدالله بن زايد آل نهيان', 'أحمد بن علي الصايغ']);
  });
});

describe('a committee\'s meeting with a minister named name-first («مع الدكتورة Y وزيرة التخطيط») that the meeting path reads as one side and an "Also present" group', () => {
  it('gives the committee and the government instead', () => {
    const found = sides(
      [
      "لجنة الخطة والموازنة تناقش مع وزيرة التخطيط خطة العام المقبل",
      "القاهرة - ناقشت لجنة الخطة والموازنة بمجلس النواب، برئاسة الدكتور فخري الفقي، مع الدكتورة هالة السعيد وزيرة التخطيط والتنمية الاقتصادية، مشروع خطة التنمية للعام المالي المقبل.",
      "وقال الفقي إن اللجنة ستنتهي من تقريرها الأسبوع المقبل.",
      "وطالبت النائبة مها عبد الناصر بزيادة مخصصات التعليم."
    ].join('\n\n'),
    );
    expect(side(found, 'Plan and Budget Committee')).toEqual(['*فخري الفقي', 'مها عبد الناصر'].sort());
    expect(side(found, 'Government')).toEqual(['*هالة السعيد']);
    expect(found['Also present']).toBeUndefined();
  });
});
