// Delegations, sixteenth round: meetings of several sides (summits of many leaders, multi-party committees, mediated
// talks between a government and a movement). Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { sides, sideOf } from './helpers/delegations';


describe('meetings of several sides', () => {
  it('reads every leader of «عقد A و B و C و D و E، مساء الأربعاء، قمة خماسية», however long the list before the noun', () => {
    const found = sides(
      [
        'قمة خماسية في الدوحة',
        'الدوحة - عقد أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس التركي رجب طيب أردوغان والرئيس الإيراني حسن روحاني ورئيس الوزراء الباكستاني عمران خان ورئيس الوزراء الماليزي مهاتير محمد، مساء الأربعاء، قمة خماسية في الدوحة لبحث الأوضاع الإقليمية.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'مهاتير محمد')).toBe('Malaysia');
    expect(sideOf(found, 'تميم بن حمد آل ثاني')).toBe('Qatar');
    expect(Object.keys(found)).toHaveLength(5);
  });

  it('gives each «والجانب X Y» after «وترأس الجانب …» its own side, for a third side and more', () => {
    const found = sides(
      [
        'اجتماع اللجنة الخليجية للطاقة',
        'مسقط - عقدت لجنة التعاون في مجال الطاقة بين دول الخليج اجتماعها في مسقط أمس.',
        'وترأس الجانب الكويتي وزير النفط محمد الفارس، والجانب العماني وزير الطاقة والمعادن سالم العوفي، والجانب البحريني وزير النفط محمد بن مبارك بن دينة.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'محمد الفارس')).toBe('Kuwait');
    expect(sideOf(found, 'سالم العوفي')).toBe('Oman');
    expect(sideOf(found, 'محمد بن مبارك بن دينة')).toBe('Bahrain');
  });

  it('reads the delegation met as the one «، الذي يضم …» lists, keeping the host', () => {
    const found = sides(
      [
        'أردوغان يستقبل لجنة الحكماء',
        'أنقرة - استقبل الرئيس التركي رجب طيب أردوغان، الخميس، في أنقرة، وفد لجنة الحكماء الأفريقية، الذي يضم وزير الخارجية السنغالي عيساتا تال سال، ووزير الخارجية الرواندي فينسنت بيروتا.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'رجب طيب أردوغان')).toBe('Turkey');
    expect(sideOf(found, 'فينسنت بيروتا')).toBe('Rwanda');
  });

  it('puts the head of «وفد الحكومة» on the country whose government the talks name', () => {
    const found = sides(
      [
        'محادثات سلام في نيروبي',
        'نيروبي - بدأت في العاصمة الكينية نيروبي، الاثنين، محادثات السلام بين الحكومة الإثيوبية وجبهة تحرير أورومو، بوساطة كينية.',
        'وترأس وفد الحكومة مستشار الأمن القومي رضوان حسين، فيما ترأس وفد الجبهة كبير مفاوضيها، وحضر الجلسة الافتتاحية وزير الخارجية الكيني ألفريد موتوا والمبعوث الأمريكي مايك هامر.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'رضوان حسين')).toBe('Ethiopia');
    expect(sideOf(found, 'ألفريد موتوا')).toBe('Kenya');
  });

  it('does not give the movement whose delegation was led in the clause before those present after «، وحضر»', () => {
    const found = sides(
      [
        'مشاورات يمنية في ستوكهولم',
        'ستوكهولم - انطلقت في السويد، صباح الخميس، مشاورات السلام بين الحكومة اليمنية وجماعة الحوثي برعاية الأمم المتحدة.',
        'وترأس وفد الحكومة وزير الخارجية خالد اليماني، فيما ترأس وفد الجماعة كبير مفاوضيها، وحضر الجلسة الافتتاحية وزيرة الخارجية السويدية مارغوت فالستروم والمبعوث الأممي مارتن غريفيث.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'مارغوت فالستروم')).toBe('Sweden');
    expect(sideOf(found, 'مارتن غريفيث')).toBe('United Nations');
    expect(sideOf(found, 'خالد اليماني')).toBe('Yemen');
  });

  it('reads «في القمة» with the article as the article’s summit, so those who represented a country after it are kept', () => {
    const found = sides(
      [
        'قمة إيغاد الطارئة في جيبوتي',
        'جيبوتي - اختتمت في جيبوتي، مساء الأحد، أعمال القمة الطارئة لرؤساء دول وحكومات الهيئة الحكومية للتنمية (إيغاد)، بمشاركة عدد من قادة دول المنطقة.',
        'وشارك في القمة الرئيس الجيبوتي إسماعيل عمر جيله بصفته رئيس الدورة الحالية، والرئيس الكيني وليام روتو، والرئيس الصومالي حسن شيخ محمود، ورئيس جنوب السودان سلفا كير ميارديت.',
        'ومثل إثيوبيا في القمة رئيس الوزراء آبي أحمد، فيما مثل أوغندا وزير الخارجية جيجي أودونغو، ومثلت السودان وزيرة الخارجية مريم الصادق المهدي.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'آبي أحمد')).toBe('Ethiopia');
    expect(sideOf(found, 'مريم الصادق المهدي')).toBe('Sudan');
    expect(sideOf(found, 'وليام روتو')).toBe('Kenya');
  });

  it('goes on with «ومثّل السعودية X، والإمارات Y، ومصر Z» for each country after «و»', () => {
    const found = sides(
      [
        'اجتماع لمبعوثي الدول الكبرى بشأن السودان',
        'جدة - عقد مبعوثو عدد من الدول، الأحد، اجتماعا في جدة بشأن الأزمة السودانية.',
        'ومثل السعودية نائب وزير الخارجية وليد الخريجي، والإمارات وزيرة الدولة ريم الهاشمي، ومصر مساعد وزير الخارجية حمدي لوزا.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'وليد الخريجي')).toBe('Saudi Arabia');
    expect(sideOf(found, 'ريم الهاشمي')).toBe('United Arab Emirates');
    expect(sideOf(found, 'حمدي لوزا')).toBe('Egypt');
  });

  it('makes «وفد المعارضة» a side of its own in talks between a government and its opposition', () => {
    const found = sides(
      [
        'استئناف الحوار الفنزويلي في مكسيكو',
        'مكسيكو - استؤنفت في العاصمة المكسيكية، السبت، جولة الحوار بين الحكومة الفنزويلية والمعارضة، بوساطة نرويجية.',
        'وترأس وفد الحكومة رئيس الجمعية الوطنية خورخي رودريغيز، فيما ترأس وفد المعارضة جيراردو بليد، وحضر الجلسة الافتتاحية وزير الخارجية المكسيكي مارسيلو إبرارد.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'جيراردو بليد')).toMatch(/opposition/i);
    expect(sideOf(found, 'خورخي رودريغيز')).toBe('Venezuela');
    expect(sideOf(found, 'مارسيلو إبرارد')).toBe('Mexico');
  });
});
