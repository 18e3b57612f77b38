import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: two ministers sign, each named after his side («عن الجانب X … وعن الجانب Y …»), then «، بحضور»
// (or «، في حضور»، «، بمشاركة») lists those present at the signing with no country of their own. The last side phrase
// names the second signer's side, not theirs: they are not made that side's officials on its evidence alone, and sit
// with the host whose ministry their titles name.
describe('findDelegations: those present at a signing after both sides are named are not the last side\'s', () => {
  const signing = (opener: string) => [
    'الأردن وسوريا يوقعان اتفاقية للتعاون في مجال النقل',
    'عمان 3 أيار (بترا)- وقع وزير النقل الأردني ماهر الشريف ونظيره السوري زهير خزيم، اليوم، اتفاقية للتعاون في مجال النقل البري.',
    `ووقع الاتفاقية عن الجانب الأردني الوزير الشريف، وعن الجانب السوري الوزير خزيم، ${opener} مدير عام هيئة تنظيم النقل البري المهندس طارق الحباشنة، وأمين عام وزارة النقل المهندس فارس أبو دية.`,
    'وتناولت الاتفاقية تنظيم حركة الشاحنات والركاب بين البلدين.',
  ].join('\n\n');
  for (const opener of ['بحضور', 'في حضور']) {
    const text = signing(opener);
    it(`keeps them off the second signer's side (${opener})`, () => {
      const found = sides(text);
      expect(sideOf(found, 'زهير خزيم')).toBe('Syria');
      expect(sideOf(found, 'فارس أبو دية')).not.toBe('Syria');
      expect(sideOf(found, 'طارق الحباشنة')).not.toBe('Syria');
    });
  }

  it('gives them no country of the side named last (بمشاركة)', () => {
    const found = analyze(signing('بمشاركة')).officials.find((o) => o.name_ar === 'فارس أبو دية');
    expect(found).toBeDefined();
    expect(found!.country).not.toBe('SY');
  });

  it('leaves those present with the one side a sentence has named («ترأس الجانب X …، بحضور»)', () => {
    const text = [
      'قطر تستضيف اجتماعا بين روسيا وأوكرانيا',
      'الدوحة - استضافت دولة قطر اليوم اجتماعا بين ممثلين عن روسيا وأوكرانيا لبحث ملف الأسرى.',
      'ترأس الجانب القطري سعادة الدكتور خالد بن سعد الكبيسي وزير الدولة بوزارة الخارجية، بحضور سعادة السفير فهد بن علي المهندي مدير إدارة الشؤون الأوروبية بوزارة الخارجية.',
      'وترأس الجانب الروسي سعادة السيد أنطون فولكوف مفوض الرئيس الروسي لحقوق الإنسان.',
    ].join('\n\n');
    expect(sideOf(sides(text), 'فهد بن علي المهندي')).toBe('Qatar');
  });

  it('still reads a side phrase that follows the opener', () => {
    const text = [
    'الأردن وسوريا يوقعان اتفاقية للتعاون في مجال النقل',
      'عمان 3 أيار (بترا)- وقع وزير النقل الأردني ماهر الشريف ونظيره السوري زهير خزيم، اليوم، اتفاقية للتعاون في مجال النقل البري، بحضور من الجانب السوري معاون وزير النقل سليمان العبد الله.',
    ].join('\n\n');
    expect(sideOf(sides(text), 'سليمان العبد الله')).toBe('Syria');
  });
});

// Written for the test: a list of those present that mixes the guest's people, named with their state, and the host's,
// named by their titles alone. Two of the guest's agreeing do not carry the host's officials over to the guest's side.
describe('findDelegations: the host\'s bare-titled officials in a list of those present are not the guest\'s', () => {
  const text = [
    'وزير النقل يستقبل نظيره السوري',
    'عمان 3 أيار (بترا)- استقبل وزير النقل ماهر الشريف، في مكتبه اليوم، وزير النقل السوري زهير خزيم والوفد المرافق له.',
    'وحضر اللقاء أمين عام وزارة النقل المهندس فارس أبو دية، ومدير عام هيئة تنظيم النقل البري المهندس طارق الحباشنة، والسفير السوري في عمان شفيق ديوب، ومعاون وزير النقل السوري سليمان العبد الله.',
  ].join('\n\n');
  it('seats the bare-titled officials with the host and the guest\'s people with the guest', () => {
    const found = sides(text);
    expect(sideOf(found, 'سليمان العبد الله')).toBe('Syria');
    expect(sideOf(found, 'فارس أبو دية')).toBe('Jordan');
    expect(sideOf(found, 'طارق الحباشنة')).toBe('Jordan');
  });
});
