import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: four ways a member's side was misread. A surname that is also a nationality («السويدي»,
// «المصري») is a name, not a side; an ambassador's title past «لدى» («… المقيم في العاصمة الكولومبية») names where he
// is posted and lives, the country before «لدى» whom he serves; of two signers of one agreement, the one of no stated
// country signs for the side his co-signer's is not; «وفد الحكومة» in talks with an opposition is the government of the
// country named by its president's title («حكومة الرئيس الفنزويلي …»).
describe('findDelegations: sides from names, postings, co-signers and a government named by its head', () => {
  it('reads no nationality in a welcomer’s own surname', () => {
    const text = [
      'رئيس الدولة يودع رئيس البرازيل',
      'أبوظبي في 16 أبريل / وام / غادر فخامة الرئيس لويس إيناسيو لولا دا سيلفا رئيس جمهورية البرازيل الاتحادية البلاد اليوم بعد زيارة رسمية.',
      'وكان في وداعه لدى مغادرته مطار الرئاسة في أبوظبي سمو الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة، ومعالي الدكتور سلطان بن أحمد الجابر وزير الصناعة والتكنولوجيا المتقدمة المبعوث الخاص لدولة الإمارات للتغير المناخي، وسعادة خالد أحمد السويدي سفير الدولة لدى البرازيل، وسعادة مارسيلو دياز سفير البرازيل لدى الدولة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'خالد أحمد السويدي')).toBeDefined();
    expect(sideOf(found, 'خالد أحمد السويدي')).not.toBe('Sweden');
    expect(sideOf(found, 'خالد أحمد السويدي')).toBe(sideOf(found, 'منصور بن زايد آل نهيان'));
  });
  it('seats an ambassador with the state he serves, not where he resides', () => {
    const text = [
      'سمو الأمير يستقبل رئيس البيرو',
      'وصل إلى البلاد اليوم فخامة رئيس جمهورية البيرو مارتن فيزكارا والوفد الرسمي المرافق له في زيارة رسمية.',
      'وكان في استقبال فخامته لدى وصوله إلى مطار الكويت الدولي حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح، وسمو ولي العهد الشيخ نواف الأحمد الجابر الصباح.',
      'كما كان في الاستقبال سفير دولة الكويت لدى جمهورية البيرو المقيم في العاصمة الكولومبية بوغوتا السفير سالم فهد المطيري، وعدد من كبار المسؤولين.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'سالم فهد المطيري')).toBe('Kuwait');
  });
  it('seats the signer of no stated country against his co-signer', () => {
    const text = [
      'الأردن وقبرص يوقعان ثلاث اتفاقيات للتعاون في مجالات السياحة والطاقة',
      'عمان 3 أيار (بترا) - وقع الأردن وقبرص اليوم الثلاثاء، في مقر وزارة الخارجية وشؤون المغتربين، ثلاث اتفاقيات ومذكرات تفاهم للتعاون في مجالات السياحة والطاقة المتجددة والتعليم العالي، على هامش زيارة وزير الخارجية القبرصي نيكوس خريستودوليديس إلى المملكة.\nووقع اتفاقية التعاون السياحي عن الجانب الأردني وزيرة السياحة والآثار مجد شويكة، وعن الجانب القبرصي نائب وزير الخارجية كوستاس باباديميتريو، فيما وقع مذكرة التفاهم في مجال الطاقة المتجددة وزير الطاقة والثروة المعدنية إبراهيم سيف والسفير القبرصي في عمان ميخاليس ستيليانو.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'إبراهيم سيف')).toBe('Jordan');
    expect(sideOf(found, 'ميخاليس ستيليانو')).toBe('Cyprus');
  });
  it('reads the government’s country from its president’s title', () => {
    const text = [
      'محادثات بين الحكومة والمعارضة في بوليفيا',
      'أكدت وزارة الخارجية النرويجية أن ممثلين عن حكومة الرئيس البوليفي إيفو موراليس والمعارضة أجروا محادثات في أوسلو هذا الأسبوع.',
      'وترأس وفد الحكومة وزير الرئاسة، خوان رامون كينتانا، ورافقه وزير العمل، هيكتور أرسي، بينما ضم وفد المعارضة النائب كارلوس ميسا.',
      'وقاد فريق الوساطة الدبلوماسي النرويجي داغ نيلاندر.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'خوان رامون كينتانا')).toBe('Bolivia');
  });
});
