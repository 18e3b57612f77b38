// Delegations, eleventh round (issue 12): committee meetings the government attends («بحضور الوزير»), their lists by
// side, and the MPs who speak at them; mediators; later meetings of a visit. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

/** Each side's English name and its members' Arabic names (sorted), the head marked with a star. */
function sides(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of analyze(text).delegations) out[d.side_en] = d.members.map((m) => (m.head ? '*' : '') + m.name_ar).sort();
  return out;
}
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
    expect(side(found, 'Education Committee')).toEqual(['*إبراهيم البدور', 'ديما طهبوب', 'صالح العرموطي'].sort());
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
    expect(side(found, 'Agriculture Committee')).toEqual(['*هشام الحصري', 'رائف تمراز'].sort());
    expect(side(found, 'Government')).toEqual(['*منى محرز']);
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
    expect(side(found, 'Education Committee')).toEqual(['*إبراهيم البدور', 'ديما طهبوب'].sort());
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
