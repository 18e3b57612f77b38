// Delegations, twelfth round (issue 12): a letter's sender and addressee are not at the table; the one who delivered it,
// named before «خلال استقبال X له», is. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

const everyone = (found: Record<string, string[]>) => Object.values(found).flat().map((n) => n.replace('*', ''));

describe('«رسالة موجهة إلى X من Y»، «قام بتسليم الرسالة Z خلال استقبال X له»', () => {
  it('leaves out the sender named after the addressee, and gives the host the one who delivered the letter', () => {
    const found = sides(
      [
        'وزير الخارجية يتسلم رسالة من الرئيس التنزاني إلى جلالة السلطان ويبحث مع نظيره التنزاني التعاون',
        'تسلم وزير الخارجية العماني بدر البوسعيدي اليوم رسالة خطية موجهة إلى جلالة السلطان هيثم بن طارق من الرئيس التنزاني جون ماغوفولي تتعلق بالعلاقات الثنائية.',
        'وقام بتسليم الرسالة وزير الخارجية التنزاني بالامانو كابودي خلال استقبال البوسعيدي له في ديوان الوزارة.',
        'وحضر اللقاء من الجانب العماني وكيل الوزارة خليفة الحارثي.',
      ].join('\n\n'),
    );
    expect(everyone(found)).not.toContain('جون ماغوفولي');
    expect(everyone(found)).not.toContain('هيثم بن طارق');
    expect(found['Oman']).toEqual(['*بدر البوسعيدي', 'خليفة الحارثي']);
    expect(found['Tanzania']).toEqual(['*بالامانو كابودي']);
  });

  it('reads a cable «برقية موجهة إلى» and a woman who delivered it «خلال لقاء X بها»', () => {
    const found = sides(
      [
        'تسلم رئيس الوزراء الأردني بشر الخصاونة اليوم برقية موجهة إلى جلالة الملك عبدالله الثاني من رئيسة وزراء نيوزيلندا جاسيندا أرديرن.',
        'وسلمت البرقية وزيرة الخارجية النيوزيلندية نانايا ماهوتا خلال لقاء الخصاونة بها في دار رئاسة الوزراء، بحضور وزير الخارجية الأردني أيمن الصفدي.',
      ].join('\n\n'),
    );
    expect(everyone(found)).not.toContain('جاسيندا أرديرن');
    expect(everyone(found)).not.toContain('عبدالله الثاني');
    expect(everyone(found)).toContain('نانايا ماهوتا');
  });
});

describe('«وتأتي الزيارة بعد/قبل … الذي جمع X بنظيره Y»: the event the news is dated by is another meeting', () => {
  it('leaves out the two ministers of an earlier call', () => {
    const found = sides(
      [
        'أجرى وزير الداخلية التونسي كمال الفقي، مباحثات بتونس مع نظيره الإيطالي ماتيو بيانتيدوزي، الذي يقوم بزيارة عمل إلى البلاد.',
        'وتأتي هذه الزيارة أسبوعا بعد الاتصال الهاتفي الذي جمع وزير الخارجية التونسي نبيل عمار بنظيره الإيطالي أنطونيو تاياني.',
      ].join('\n\n'),
    );
    expect(everyone(found)).not.toContain('نبيل عمار');
    expect(everyone(found)).not.toContain('أنطونيو تاياني');
    expect(everyone(found)).toContain('ماتيو بيانتيدوزي');
  });

  it('leaves out those of a summit the talks come before («وجاءت المحادثات قبل أيام من القمة التي يلتقي فيها X Y»)', () => {
    const found = sides(
      [
        'التقى رئيس الوزراء الياباني فوميو كيشيدا في طوكيو اليوم الرئيس الفلبيني فرديناند ماركوس.',
        'وجاءت المحادثات قبل أيام من القمة التي يلتقي فيها الرئيس الأمريكي جو بايدن الرئيس الصيني شي جين بينغ.',
      ].join('\n\n'),
    );
    expect(everyone(found)).not.toContain('جو بايدن');
    expect(everyone(found)).not.toContain('شي جين بينغ');
  });
});

describe('«وضم وفد البنك A»: a delegation named by its body’s short name is the body named before in full', () => {
  it('puts the members of «وفد البنك» on the World Bank’s side, not the host’s', () => {
    const found = sides(
      [
        'التقى وزير المالية المصري محمد معيط في القاهرة اليوم وفد البنك الدولي برئاسة نائب رئيس البنك لمنطقة الشرق الأوسط وشمال أفريقيا فريد بلحاج.',
        'وضم وفد البنك المديرة الإقليمية لمصر واليمن وجيبوتي مارينا ويس.',
        'وحضر الاجتماع عن الجانب المصري نائب وزير المالية للسياسات المالية أحمد كجوك.',
      ].join('\n\n'),
    );
    expect(found['Egypt']).not.toContain('مارينا ويس');
    // (The head, named by «نائب رئيس البنك» after «البنك الدولي», is read since off12.)
    expect(found['World Bank']).toEqual(['*فريد بلحاج', 'مارينا ويس']);
  });

  it('still reads an attendance list «وعن جانب الصندوق» after a mission of the IMF (a guard)', () => {
    const found = sides(
      [
        'بحث محافظ البنك المركزي التونسي مروان العباسي في تونس اليوم مع بعثة صندوق النقد الدولي برئاسة كريس غيريغات برنامج الإصلاحات.',
        'وحضر اللقاء عن جانب الصندوق الممثل المقيم للصندوق في تونس جيروم فاشيه.',
      ].join('\n\n'),
    );
    const imf = Object.entries(found).find(([k]) => /Monetary Fund|IMF/.test(k))?.[1] ?? [];
    expect(everyone(found)).toContain('جيروم فاشيه');
    expect(imf.map((n) => n.replace('*', ''))).toContain('جيروم فاشيه');
  });
});
