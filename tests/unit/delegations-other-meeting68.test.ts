import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: people of another meeting told beside the article's. A meeting called separate or another
// («اجتماعا منفصلا»، «لقاء منفصلا»), a reception the host holds after it («واستقبل X بعد ذلك الوزير Y»), one someone did
// not attend («ولم يشارك X في القمة») and observers («بصفة مراقب») keep their people off the sides.
describe('findDelegations: the parties of another meeting', () => {
  it('leaves out a separate meeting of other ministers of the same countries', () => {
    const text = [
      'وزراء خارجية مصر والأردن يجتمعون في عمان',
      'عقد وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي اجتماعا في عمان اليوم لبحث التعاون بين البلدين.',
      'وفي موازاة ذلك، عقد وزير الري المصري محمد عبد العاطي ووزير المياه الأردني محمد النجار اجتماعا منفصلا في مقر وزارة المياه.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'سامح شكري')).toBeDefined();
    expect(sideOf(found, 'أيمن الصفدي')).toBeDefined();
    expect(members(found)).not.toContain('محمد عبد العاطي');
    expect(members(found)).not.toContain('محمد النجار');
  });
  it('leaves out the one a guest of the tour met in a separate meeting', () => {
    const text = [
      'وزير الخارجية الصيني يبحث مع نظيره السعودي العلاقات',
      'أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين مباحثات مع وزير الخارجية السعودي فيصل بن فرحان تناولت العلاقات بين البلدين.',
      'ويرافق الوزير السعودي في الزيارة وزير الدولة عادل الجبير، الذي عقد بدوره لقاء منفصلا مع نائب وزير الخارجية الصيني دنغ لي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'وانغ يي')).toBeDefined();
    expect(members(found)).not.toContain('دنغ لي');
  });
  it('leaves out a minister the host received after the delegation', () => {
    const text = [
      'بري يستقبل وفدا برلمانيا فرنسيا',
      'استقبل رئيس مجلس النواب نبيه بري في عين التينة وفدا من الجمعية الوطنية الفرنسية برئاسة النائب جان لوي بورلانج، وجرى عرض للعلاقات الثنائية.',
      'واستقبل بري بعد ذلك وزير الداخلية بسام مولوي، وعرض معه الأوضاع الأمنية.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'نبيه بري')).toBeDefined();
    expect(members(found)).not.toContain('بسام مولوي');
  });
  it('seats no one said not to attend the summit', () => {
    const text = [
      'قمة بين الرئيسين المصري والسوداني في الخرطوم',
      'عقد الرئيس المصري عبد الفتاح السيسي والرئيس السوداني عمر البشير اليوم قمة في الخرطوم بحثت ملف المياه.',
      'ولم يشارك رئيس الوزراء الإثيوبي آبي أحمد في القمة، لكن الجانبين سيطلعان أديس أبابا على نتائجها.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'عمر البشير')).toBeDefined();
    expect(members(found)).not.toContain('آبي أحمد');
  });
  it('seats no observer of the talks', () => {
    const text = [
      'محادثات بين الحكومة الإثيوبية وجبهة تيغراي في بريتوريا',
      'بدأت في بريتوريا اليوم محادثات بين الحكومة الإثيوبية وجبهة تحرير شعب تيغراي برعاية الاتحاد الأفريقي.',
      'ويرأس وفد الحكومة مستشار الأمن القومي رضوان حسين، فيما يرأس وفد الجبهة المتحدث باسمها غيتاتشو رضا.',
      'ويحضر المحادثات بصفة مراقب المبعوث الأميركي الخاص للقرن الأفريقي مايك هامر.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'رضوان حسين')).toBeDefined();
    expect(members(found)).not.toContain('مايك هامر');
  });
  it('seats no one whose greetings a guest conveys after his honorific styles', () => {
    const text = [
      'وزير الدولة القطري يزور نيروبي',
      'وصل وزير الدولة للشؤون الخارجية القطري سلطان بن سعد المريخي اليوم إلى نيروبي في زيارة رسمية.',
      'كما التقى سعادته خلال الزيارة فخامة الرئيس وليام روتو رئيس جمهورية كينيا، ونقل إليه تحيات حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'وليام روتو')).toBeDefined();
    expect(members(found)).not.toContain('تميم بن حمد آل ثاني');
  });
  it('leaves out the host of the next leg of a tour', () => {
    const text = [
      'السيسي يصل إلى جاكرتا',
      'عقد الرئيس عبد الفتاح السيسي اليوم في جاكرتا مباحثات مع الرئيس الإندونيسي جوكو ويدودو تناولت العلاقات الثنائية.',
      'ويتوجه الرئيس السيسي عقب انتهاء زيارته لإندونيسيا إلى العاصمة الصينية بكين، تلبية لدعوة من الرئيس الصيني شي جين بينغ.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'جوكو ويدودو')).toBeDefined();
    expect(members(found)).not.toContain('شي جين بينغ');
  });
});
