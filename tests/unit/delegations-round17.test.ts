// Delegations, seventeenth round: one country's body visiting another (a parliamentary committee at a ministry), people
// named in passing (an earlier meeting told in a relative clause, the background a meeting falls in). Paragraphs written
// for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { sides, sideOf, members } from './helpers/delegations';
import { buildContext } from '@/lib/delegations/context';
import { bodyVisit } from '@/lib/delegations/institutions';
import { partitionOf } from '@/lib/delegations/sides';


describe('one body of a country visiting another', () => {
  it('reads «زار وفد من لجنة … النيابية برئاسة X وزارة …، حيث كان في استقباله الوزير Y» as the committee and the ministry', () => {
    const found = sides(
      [
        'لجنة الزراعة النيابية تزور وزارة الزراعة',
        'زار وفد من لجنة الزراعة والسياحة النيابية برئاسة النائب أيوب حميد وزارة الزراعة اليوم، حيث كان في استقباله وزير الزراعة عباس الحاج حسن، في حضور المدير العام للوزارة لويس لحود.',
        'وضم الوفد النيابي النواب: قاسم هاشم وعلي فياض وميشال ضاهر.',
        'وبحث المجتمعون خطة دعم المزارعين وتصريف الإنتاج.',
      ].join('\n\n'),
    );
    expect(found['Ministry of Agriculture']).toEqual(['*عباس الحاج حسن', 'لويس لحود']);
    const committee = sideOf(found, 'قاسم هاشم');
    expect(committee).toMatch(/Agriculture.*Committee/);
    expect(found[committee!]).toContain('*أيوب حميد');
    expect(sideOf(found, 'ميشال ضاهر')).toBe(committee);
  });

  it('reads «زارت لجنة الصحة النيابية برئاسة النائبة X وزارة الصحة … والتقت بالوزير Y، بحضور نائب الوزير Z»', () => {
    const found = sides(
      [
        'لجنة الصحة النيابية في وزارة الصحة',
        'زارت لجنة الصحة النيابية برئاسة النائبة ماجدة المرسي وزارة الصحة والسكان، أمس، والتقت بوزير الصحة خالد عبد الغفار، بحضور نائب الوزير لشؤون السكان عمرو حسن.',
        'وشارك في الزيارة النائب أحمد العرجاوي والنائبة إيرين سعيد.',
      ].join('\n\n'),
    );
    expect(found['Ministry of Health and Population']).toEqual(['*خالد عبد الغفار', 'عمرو حسن']);
    expect(found['Parliamentary Health Committee']).toEqual(['*ماجدة المرسي', 'أحمد العرجاوي', 'إيرين سعيد']);
  });

  it('names a committee of many portfolios by its first one', () => {
    const found = sides(
      [
        'زار وفد من لجنة الأشغال العامة والنقل والطاقة والمياه النيابية برئاسة النائب سجيع عطية وزارة الطاقة والمياه أمس، حيث كان في استقباله وزير الطاقة والمياه وليد فياض.',
        'وضم الوفد النواب: فريد البستاني وسيزار أبي خليل.',
      ].join('\n\n'),
    );
    expect(sideOf(found, 'فريد البستاني')).toBe('Parliamentary Public Works Committee');
  });
});

describe('a foreign delegation visiting a ministry is no meeting of one country’s bodies', () => {
  it('does not read «زار وفد من لجنة الدفاع الفرنسية … وزارة الدفاع الوطني» as two bodies of one country', () => {
    const text = [
      'وفد فرنسي في وزارة الدفاع',
      'زار وفد من لجنة الدفاع الفرنسية برئاسة النائب جان لويس تورين وزارة الدفاع الوطني أمس، حيث كان في استقباله وزير الدفاع موريس سليم.',
      'وضم الوفد النائبة فرانسواز دوماس.',
    ].join('\n\n');
    const ctx = buildContext(text, analyze(text).officials);
    expect(bodyVisit(ctx, partitionOf(ctx))).toBeNull();
    expect(sideOf(sides(text), 'فرانسواز دوماس')).toBe('France');
  });
});

describe('people named in passing are not at the table', () => {
  it('leaves out those of an earlier meeting told in a relative clause dated in the past', () => {
    const found = sides(
      [
        'شكري يستقبل وزير الخارجية الكيني في القاهرة',
        'القاهرة - استقبل وزير الخارجية المصري سامح شكري اليوم الثلاثاء في مقر الوزارة وزير الخارجية الكيني موساليا مودافادي والوفد المرافق له.',
        'من جانبه، أشاد الوزير الكيني بالدور المصري في الاجتماع الذي جمع الرئيس الكيني وليام روتو ورئيس الوزراء الإثيوبي آبي أحمد في القاهرة في فبراير الماضي، مؤكدا أنه "خفف التوتر في المنطقة".',
        'وحضر اللقاء من الجانب المصري مساعد وزير الخارجية للشؤون الأفريقية السفير محمد البدري.',
      ].join('\n\n'),
    );
    expect(members(found)).not.toContain('وليام روتو');
    expect(members(found)).not.toContain('آبي أحمد');
    expect(found['Kenya']).toEqual(['*موساليا مودافادي']);
  });

  it('leaves out those named in the background a meeting falls in («ويأتي اللقاء في ظل توتر بين …، إذ …»)', () => {
    const found = sides(
      [
        'السوداني يبحث مع بعثة البنك الدولي تمويل مشاريع الكهرباء',
        'بغداد - استقبل رئيس مجلس الوزراء العراقي محمد شياع السوداني، اليوم الأربعاء، في بغداد بعثة البنك الدولي برئاسة عثمان ديون، المدير الإقليمي للبنك.',
        'وحضر اللقاء من الجانب العراقي وزير المالية طيف سامي.',
        'ويأتي اللقاء في ظل خلافات متصاعدة بين الحكومة والاتحاد العام لنقابات العمال في العراق، إذ جدد رئيس الاتحاد ستار دنبوس، أمس، رفضه خفض رواتب الموظفين.',
      ].join('\n\n'),
    );
    expect(members(found)).not.toContain('ستار دنبوس');
    expect(sideOf(found, 'طيف سامي')).toBe('Iraq');
  });
});
