// Delegations, fifteenth round: a movement or front is a side of its own, not the country its name holds; a signing a
// leader sponsors between one country's own parties is no meeting of delegations.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

/** Each side's English name and its members' Arabic names. */
function sides(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of analyze(text).delegations) out[d.side_en] = d.members.map((m) => m.name_ar);
  return out;
}
const sideOf = (found: Record<string, string[]>, name: string) => Object.entries(found).find(([, ms]) => ms.includes(name))?.[0];

describe('a movement or front heading a delegation is its own side', () => {
  it('keeps «وفد الحركة الوطنية لتحرير أزواد» apart from the Malian government it negotiates with', () => {
    const found = sides(
      [
        'استئناف الحوار المالي في الجزائر',
        'الجزائر - استؤنفت في الجزائر العاصمة اليوم الأربعاء جولة جديدة من المفاوضات بين الحكومة المالية والحركات المسلحة في شمال البلاد، برعاية جزائرية.',
        'وترأس الوفد الحكومي وزير الخارجية المالي عبد اللاي ديوب، ويرافقه وزير المصالحة الوطنية إسماعيل واغي.',
        'في حين ترأس وفد الحركة الوطنية لتحرير أزواد الأمين العام للحركة بلال أغ الشريف.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'عبد اللاي ديوب')).toBe('Mali');
    const movement = sideOf(found, 'بلال أغ الشريف');
    expect(movement).toBeTruthy();
    expect(movement).not.toBe('Mali');
    expect(movement).toMatch(/Movement/);
  });

  it('reads «وفد جبهة تحرير مورو الإسلامية» as the front, its head and deputy named after it', () => {
    const found = sides(
      [
        'جولة مفاوضات جديدة في كوالالمبور',
        'كوالالمبور - انطلقت في العاصمة الماليزية اليوم الثلاثاء جولة جديدة من المفاوضات بين الحكومة الفلبينية والمتمردين في جزيرة مينداناو، بوساطة ماليزية.',
        'وترأس الوفد الحكومي وزير الدفاع الفلبيني دلفين لورينزانا، فيما ترأس وفد جبهة تحرير مورو الإسلامية رئيس الجبهة مراد إبراهيم، يرافقه نائب رئيس الجبهة غزالي جعفر.',
      ].join('\n\n'),
    );
    const front = sideOf(found, 'مراد إبراهيم');
    expect(front).toMatch(/Liberation Front/);
    expect(sideOf(found, 'غزالي جعفر')).toBe(front);
    expect(front).not.toBe(sideOf(found, 'دلفين لورينزانا'));
  });
  it('puts the head of a movement met by his country’s leader on the movement’s side, not the country’s', () => {
    const found = sides(
      [
        'بيترو يلتقي قادة المتمردين في هافانا',
        'هافانا - التقى الرئيس الكولومبي غوستافو بيترو، اليوم الأربعاء في هافانا، رئيس جبهة التحرير الوطني الكولومبية أنطونيو غارسيا، بحضور وزير الخارجية الكوبي برونو رودريغيز.',
        'وبحث الجانبان سبل استئناف محادثات السلام.',
      ].join('\n\n'),
    );
    const front = sideOf(found, 'أنطونيو غارسيا');
    expect(front).toMatch(/Liberation Front/);
    expect(sideOf(found, 'غوستافو بيترو')).toBe('Colombia');
  });

  it('reads two councils of one country in talks a third country hosts as two sides', () => {
    const found = sides(
      [
        'جولة حوار بين مجلسي النواب والدولة في تونس',
        'تونس - استضافت العاصمة التونسية اليوم الخميس جولة جديدة من المشاورات بين وفد مجلس النواب ووفد المجلس الأعلى للدولة في ليبيا، بحضور وزير الخارجية التونسي عثمان الجرندي.',
        'وترأس وفد مجلس النواب النائب الأول لرئيس المجلس فوزي النويري، فيما ترأس وفد المجلس الأعلى للدولة النائب الثاني لرئيس المجلس ناجي مختار.',
      ].join('\n\n'),
    );
    const house = sideOf(found, 'فوزي النويري');
    const council = sideOf(found, 'ناجي مختار');
    expect(house).toMatch(/House of Representatives/);
    expect(council).toMatch(/Council/);
    expect(council).not.toBe(house);
  });

  it('keeps a council’s delegation abroad its country’s when the article names no second council', () => {
    const found = sides(
      [
        'رئيس الوزراء الأردني يستقبل وفدا برلمانيا كويتيا',
        'عمان - استقبل رئيس الوزراء الأردني بشر الخصاونة اليوم الاثنين وفد مجلس الأمة الكويتي برئاسة رئيس المجلس مرزوق الغانم.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'مرزوق الغانم')).toBe('Kuwait');
  });
});

describe('a sponsored signing between one country’s parties gives no delegations', () => {
  it('reads nothing from «رعى X توقيع اتفاق بين الحكومة والمجلس …، بحضور …» and the signatories after it', () => {
    const text = [
      'رئيس الحكومة يرعى توقيع اتفاق مع مجلس القبائل',
      'نواكشوط - رعى رئيس الوزراء الموريتاني محمد ولد بلال، مساء الثلاثاء، توقيع اتفاق بين الحكومة الموريتانية والمجلس الأعلى للقبائل، بحضور سفير فرنسا لدى موريتانيا ألكسندر غارسيا وممثل الاتحاد الأوروبي يواكيم تاسو.',
      'ووقع الاتفاق عن الحكومة وزير الداخلية محمد سالم ولد مرزوك، وعن المجلس رئيسه الشيخ سيدي محمد ولد الطالب.',
      'وقال ولد بلال في كلمة عقب التوقيع إن الاتفاق "يعزز السلم الأهلي".',
    ].join('\n\n');
    expect(analyze(text).delegations).toEqual([]);
  });

  it('reads nothing from «برعاية الرئيس، وقعت الحكومة …» naming no two countries', () => {
    const text = [
      'توقيع اتفاق لتطوير ميناء بحري',
      'عمان - برعاية رئيس الوزراء الأردني بشر الخصاونة، جرى اليوم الاثنين توقيع اتفاقية بين الحكومة ممثلة بوزارة النقل وشركة محلية لتطوير الميناء، بحضور سفير اليابان لدى الأردن ماساشي إيشيكاوا.',
      'ووقع الاتفاقية عن الحكومة وزير النقل وجيه عزايزة، وعن الشركة رئيسها التنفيذي سامر المجالي.',
    ].join('\n\n');
    expect(analyze(text).delegations).toEqual([]);
  });

  it('still reads the two countries of a signing between them that a leader sponsors', () => {
    const text = [
      'توقيع اتفاقيات بين مصر والسودان',
      'القاهرة - رعى الرئيس المصري عبد الفتاح السيسي ونظيره السوداني عمر البشير، اليوم الأحد، توقيع اتفاقيات بين مصر والسودان في مجالات النقل والطاقة.',
      'ووقع الاتفاقيات عن الجانب المصري وزير الخارجية سامح شكري، وعن الجانب السوداني وزير الخارجية إبراهيم غندور.',
    ].join('\n\n');
    expect(analyze(text).delegations.length).toBeGreaterThan(0);
  });
});
