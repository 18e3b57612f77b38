import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { members, sideOf, sides } from './helpers/delegations';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// Written for the test, in the style of MENA and KUNA meeting reports.
describe('findDelegations: lists read in round 41', () => {
  // «وضم الوفد اليوناني كلا من …»: «كلا من» (the accusative) a few words after the opener starts the list.
  const every = [
    'رئيس مجلس النواب يستقبل رئيس البرلمان البرتغالي',
    'استقبل رئيس مجلس النواب المستشار حنفي جبالي اليوم رئيس البرلمان البرتغالي أوغوستو سانتوس سيلفا والوفد المرافق له.',
    'وضم الوفد البرتغالي كلا من جواكيم ميراندا رئيس لجنة الشؤون الخارجية بالبرلمان البرتغالي، إلى جانب سفير البرتغال بالقاهرة ماريو سيلفيرا.',
  ].join('\n\n');
  it('reads the foreign name before its office after «كلا من»', () => {
    expect(names(every)).toContain('جواكيم ميراندا');
    const found = sides(every);
    expect(sideOf(found, 'جواكيم ميراندا')).toBe(sideOf(found, 'أوغوستو سانتوس سيلفا'));
  });
  it('reads no one from ordinary words after «كلا من»', () => {
    const plain = 'وضم الوفد البرتغالي كلا من رجال الأعمال والمستثمرين، إلى جانب سفير البرتغال بالقاهرة ماريو سيلفيرا.';
    expect(names(plain)).not.toContain('رجال الأعمال');
    expect(names(plain)).not.toContain('الأعمال والمستثمرين');
  });

  // «وترأس الجانب الكويتي في المباحثات الوزير X وضم A وB»: a side led by X, then «وضم» lists its members.
  const led = [
    'وزير الخارجية الكويتي يعقد جلسة مباحثات مع نظيره الأردني',
    'عقد وزير الخارجية الشيخ سالم عبدالله الجابر الصباح ونظيره الأردني أيمن الصفدي جلسة مباحثات رسمية اليوم.',
    'وترأس الجانب الكويتي في المباحثات الوزير الصباح وضم مساعد وزير الخارجية لشؤون المراسم السفير ضاري العجران ومدير مكتب وزير الخارجية السفير بدر المطيري.',
    'فيما ترأس الجانب الأردني الوزير الصفدي وضم سفير المملكة الأردنية الهاشمية لدى البلاد صقر أبو شتال ومساعد وزير الخارجية للشؤون العربية السفير حسن الجوارنة.',
  ].join('\n\n');
  it('seats every member a led side comprises', () => {
    const found = sides(led);
    const kuwait = sideOf(found, 'سالم عبدالله الجابر الصباح');
    const jordan = sideOf(found, 'أيمن الصفدي');
    expect(kuwait).toBeDefined();
    expect(jordan).toBeDefined();
    expect(kuwait).not.toBe(jordan);
    expect(sideOf(found, 'بدر المطيري')).toBe(kuwait);
    expect(sideOf(found, 'حسن الجوارنة')).toBe(jordan);
  });
  it('does not read «وضم» after a side that no one leads', () => {
    const text = 'وأشاد الجانب الكويتي بالعلاقات وضم مساعد وزير الخارجية السفير ضاري العجران صوته إلى المطالبين بالتهدئة.';
    expect(members(sides(text))).not.toContain('ضاري العجران');
  });

  // «يرافقه X، الذي وقع الاتفاق …، ومعالي Y وزير …»: a relative clause on a member is an aside; the list goes on after it.
  const aside = [
    'وزير الخارجية القطري يستقبل رئيس أفريقيا الوسطى',
    'استقبل نائب رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني اليوم في الدوحة رئيس جمهورية أفريقيا الوسطى فوستان أرشانج تواديرا.',
    'وحضر اللقاء من جانب أفريقيا الوسطى معالي فيليكس مولوا رئيس الوزراء، الذي وقع اتفاق السلام أمس نيابة عن الحكومة، ومعالي سيلفي بايبو تيمون وزيرة الخارجية.',
  ].join('\n\n');
  it('reads the member after a relative clause on the one before', () => {
    const found = sides(aside);
    expect(sideOf(found, 'فوستان أرشانج تواديرا')).toBeDefined();
    expect(sideOf(found, 'فيليكس مولوا')).toBe(sideOf(found, 'فوستان أرشانج تواديرا'));
    expect(sideOf(found, 'سيلفي بايبو تيمون')).toBe(sideOf(found, 'فوستان أرشانج تواديرا'));
  });
  it('ends the list where a verb follows the aside', () => {
    const text = [
      'وزير الخارجية الكويتي يستقبل نظيره العراقي',
      'استقبل وزير الخارجية الشيخ سالم عبدالله الجابر الصباح اليوم نظيره العراقي فؤاد حسين.',
      'وحضر اللقاء من الجانب الكويتي نائب وزير الخارجية منصور العتيبي، الذي زار بغداد الشهر الماضي، والتقى وزير النفط العراقي حيان عبد الغني.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'منصور العتيبي')).toBeDefined();
    expect(members(found)).not.toContain('حيان عبد الغني');
  });

  // «بمشاركة A وB، في حين ترأس … X وفد بكين»: «في حين» turns to another side; «أما وفد …، فترأسه X، وضم A وB»: the
  // delegation led in that sentence is the one «وضم» lists, not the one of the list before.
  const trilateral = [
    'حوار ثلاثي في إسلام آباد بين باكستان والصين وأفغانستان',
    'اختتم وزراء خارجية باكستان والصين وأفغانستان اليوم الجولة الخامسة من الحوار الثلاثي في إسلام آباد.',
    'وترأس وزير الخارجية الباكستاني إسحاق دار وفد بلاده، بمشاركة وزير الدولة للشؤون الخارجية طارق فاطمي، في حين ترأس وزير الخارجية الصيني وانغ يي وفد بكين، ورافقه المبعوث الصيني الخاص لشؤون أفغانستان يوي شياويونغ.',
    'أما وفد حكومة طالبان، فترأسه وزير الخارجية بالوكالة أمير خان متقي، وضم وزير التجارة والصناعة بالوكالة نور الدين عزيزي.',
  ].join('\n\n');
  it('ends a list at «في حين» and seats a «وضم» list with the delegation led in its sentence', () => {
    const found = sides(trilateral);
    const pakistan = sideOf(found, 'إسحاق دار');
    expect(pakistan).toBeDefined();
    expect(sideOf(found, 'وانغ يي')).not.toBe(pakistan);
    expect(sideOf(found, 'نور الدين عزيزي')).toBeDefined();
    expect(sideOf(found, 'نور الدين عزيزي')).not.toBe(pakistan);
  });

  // «النائب سامد سيدوف، رئيس لجنة …»: a title before the name and an office after it vouch for a name one of whose two
  // words is also an ordinary word.
  const vouched = [
    'رئيس مجلس الشيوخ يستقبل رئيسة البرلمان الأذربيجاني',
    'استقبل المستشار عبد الوهاب عبد الرازق رئيس مجلس الشيوخ اليوم رئيسة البرلمان الأذربيجاني صاحبة غفاروفا والوفد المرافق لها.',
    'وضم الوفد الأذربيجاني كلا من النائب سامد كريموف، رئيس لجنة العلاقات الدولية، والنائبة غنيرة باشاييفا، رئيسة مجموعة الصداقة البرلمانية، وإلمان نصيروف، سفير أذربيجان لدى القاهرة.',
  ].join('\n\n');
  it('reads a titled name with an office in apposition after it', () => {
    expect(names(vouched)).toContain('سامد كريموف');
    expect(sideOf(sides(vouched), 'سامد كريموف')).toBe(sideOf(sides(vouched), 'إلمان نصيروف'));
  });
  // Since round 55 a bare office also vouches for a name that closes on a family name the name sources list whole
  // («كريموف»), so the office after it is no longer needed there.
  it('reads the name after a bare office when it closes on a listed family name', () => {
    const bare = 'وضم الوفد الأذربيجاني كلا من النائب سامد كريموف، والنائبة غنيرة باشاييفا، رئيسة مجموعة الصداقة البرلمانية، وإلمان نصيروف، سفير أذربيجان لدى القاهرة.';
    expect(names(bare)).toContain('سامد كريموف');
    expect(sideOf(sides(bare), 'سامد كريموف')).toBe(sideOf(sides(bare), 'إلمان نصيروف'));
  });

  // «وعدد من كبار المسؤولين في الوفد المرافق لفخامة الرئيس لويس إيناسيو لولا دا سيلفا» (after SPA, Riyadh, a Saudi–Brazilian
  // signing): the one the delegation accompanies is no one present, even when his name was read as two officials.
  const split = [
    'السعودية والبرازيل توقعان مذكرة تفاهم في مجال الطاقة',
    'الرياض واس وقعت المملكة العربية السعودية وجمهورية البرازيل الاتحادية اليوم مذكرة تفاهم للتعاون في مجال الطاقة.',
    'وقعها عن الجانب السعودي صاحب السمو الملكي الأمير عبدالعزيز بن سلمان بن عبدالعزيز وزير الطاقة، وعن الجانب البرازيلي معالي وزير المناجم والطاقة ألكسندر سيلفيرا.',
    'فيما حضرها من الجانب البرازيلي معالي وزير الخارجية ماورو فييرا، وعدد من كبار المسؤولين في الوفد المرافق لفخامة الرئيس لويس إيناسيو لولا دا سيلفا.',
  ].join('\n\n');
  it('leaves out the one a delegation accompanies when his name is in two halves', () => {
    const found = sides(split);
    expect(sideOf(found, 'ماورو فييرا')).toBe('Brazil');
    expect(members(found)).not.toContain('لولا دا سيلفا');
    expect(members(found)).not.toContain('لويس إيناسيو');
  });
});
