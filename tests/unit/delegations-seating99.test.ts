import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, sides, summary } from './helpers/delegations';

// Round 99 (deleg99): members read as officials but never seated.

describe('a session told by who led each side, one clause per side', () => {
  // KUNA, Kuwait–Ethiopia joint committee (tests/heldout41/4218-kuna-kuwait-ethiopia-joint-committee.txt).
  const opening = [
    'الكويت - 18 - 9 (كونا) -- اختتمت في الكويت اليوم الأربعاء أعمال الدورة الأولى للجنة الوزارية المشتركة بين دولة الكويت وجمهورية إثيوبيا الفدرالية الديمقراطية بالتوقيع على محضر اجتماعاتها وعدد من مذكرات التفاهم في مجالات الزراعة والأمن الغذائي والتعليم العالي.',
  ];
  const led = 'وترأس الجانب الكويتي في أعمال اللجنة وزير الخارجية عبدالله اليحيا فيما ترأس الجانب الإثيوبي وزير الخارجية تايي أتسقي سيلاسي.';
  const members = 'وضم الجانب الكويتي مساعد وزير الخارجية لشؤون أفريقيا السفير فهد سعود الرشيدي وسفير دولة الكويت لدى إثيوبيا والممثل الدائم لدى الاتحاد الأفريقي بدر مبارك الدعيج ونائب المدير العام للصندوق الكويتي للتنمية الاقتصادية العربية وليد شملان البحر.';
  const earlier = 'وكان سمو ولي العهد الشيخ صباح خالد الحمد الصباح قد استقبل الوزير الإثيوبي أمس الثلاثاء في قصر بيان حيث تسلم رسالة خطية من رئيس الوزراء آبي أحمد إلى سمو أمير البلاد تتعلق بالعلاقات الثنائية.';

  it('is a meeting between the two sides: the pluperfect reception of the day before does not take its place', () => {
    const found = sides([...opening, led, members, earlier].join('\n'));
    expect(found['Kuwait']).toContain('*عبدالله اليحيا');
    expect(found['Ethiopia']).toContain('*تايي أتسقي سيلاسي');
    expect(Object.values(found).flat().map((m) => m.replace('*', ''))).not.toContain('صباح خالد الحمد الصباح');
  });

  it('near miss: one side led and no other, the reception of the day before is still the article\'s meeting', () => {
    const oneSide = led.replace(' فيما ترأس الجانب الإثيوبي وزير الخارجية تايي أتسقي سيلاسي', '');
    const found = sides([...opening, oneSide, members, earlier].join('\n'));
    expect(found['Kuwait']).toContain('*صباح خالد الحمد الصباح');
  });
});

describe('a member of a state whose names are not Arabic in origin: words that spell Arabic words are chance', () => {
  it('seats the Indonesian delegation\'s head «فادلي زون» (Petra, tests/heldout34/3517-petra-amman-indonesia-parliament.txt)', () => {
    const text = [
      'عمان 7 آب (بترا)- بحث رئيس مجلس النواب المهندس عاطف الطراونة، خلال لقائه في دار المجلس اليوم الاثنين، وفدا برلمانيا إندونيسيا يرأسه نائب رئيس مجلس النواب الإندونيسي فادلي زون، سبل تعزيز العلاقات البرلمانية بين البلدين.',
      'وضم الوفد الإندونيسي رئيس لجنة الصداقة البرلمانية الإندونيسية الأردنية عضو مجلس النواب نور الدين محمود، والنائب ريني مارليناوتي.',
      'من جانبه، قال زون: «إندونيسيا، أكبر دولة إسلامية من حيث عدد السكان، تقف إلى جانب الأردن في حماية القدس».',
    ].join('\n\n');
    const found = sides(text);
    expect(found['Indonesia']).toContain('*فادلي زون');
    expect(found['Jordan']).toEqual(['*عاطف الطراونة']);
  });

  it('seats the Turkish ambassador «إردم أوزان» among those presenting credentials (Petra, tests/heldout30/3116)', () => {
    const text = [
      'عمان 9 تشرين الثاني (بترا)- تسلم جلالة الملك عبدالله الثاني، في قصر بسمان الزاهر اليوم الأربعاء، أوراق اعتماد عدد من السفراء الأجانب المعينين حديثا لدى المملكة، كسفراء مفوضين وفوق العادة لبلادهم.',
      'وتسلم جلالته أوراق اعتماد كل من: سفير جمهورية البرازيل الاتحادية روي كارلوس بيريرا، وسفير جمهورية كازاخستان أزمات بيرديبايف، وسفير الجمهورية التركية إردم أوزان.',
      'ونقل السفير التركي إردم أوزان تحيات الرئيس رجب طيب أردوغان إلى جلالة الملك.',
    ].join('\n');
    expect(sides(text)['Turkey']).toEqual(['*إردم أوزان']);
  });

  it('near miss: on an Arab state\'s side a "name" of ordinary words is still a phrase, not a member', () => {
    // «رئيس سوق أبوظبي العالمي أحمد جاسم الزعابي» with the body's name misread as the name (assemble.ts's own example).
    const text = 'استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم وزير خارجية كوريا الجنوبية بارك جين، وحضر اللقاء رئيس سوق أبوظبي العالمي أحمد جاسم الزعابي.';
    const officials = [
      official(text, 'عبدالله بن زايد آل نهيان', 'Abdullah bin Zayed Al Nahyan', 'AE', 'وزير الخارجية'),
      official(text, 'بارك جين', 'Park Jin', 'KR', 'وزير خارجية كوريا الجنوبية'),
      official(text, 'سوق أبوظبي العالمي أحمد', 'Souq Abu Dhabi', 'AE', 'رئيس'),
    ];
    const members = summary(findDelegations(text, officials)).flatMap((d) => d.members);
    expect(members).toContain('*Abdullah bin Zayed Al Nahyan');
    expect(members).not.toContain('Souq Abu Dhabi');
  });
});
