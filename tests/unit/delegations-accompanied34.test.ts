import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: «ورافق <title> في المقابلة X» names the one accompanied by the first words of his title alone;
// the companion is of that party's side, not merely present.
describe('findDelegations: a companion of a party named by his title alone', () => {
  it('seats the secretary-general\'s companion with the Arab League', () => {
    const text = [
      'الكويت - استقبل أمير البلاد الشيخ صباح الأحمد الجابر الصباح اليوم الأمين العام لجامعة الدول العربية أحمد أبو الغيط والوفد المرافق له.',
      'وحضر المقابلة وزير الخارجية الشيخ صباح خالد الحمد الصباح.',
      'ورافق الأمين العام في المقابلة الأمين العام المساعد رئيس مكتب الأمين العام السفير حسام زكي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'حسام زكي')).toBe(sideOf(found, 'أحمد أبو الغيط'));
    expect(sideOf(found, 'صباح خالد الحمد الصباح')).toBe(sideOf(found, 'صباح الأحمد الجابر الصباح'));
  });
  it('takes the shortest title words that name one party, the companion\'s own title after them', () => {
    const text = [
      'مكة المكرمة - عقد قادة السعودية والكويت والأردن اجتماعا بحضور العاهل الأردني الملك عبد الله الثاني وأمير الكويت الشيخ صباح الأحمد الجابر الصباح.',
      'ورافق العاهل الأردني وزير الخارجية أيمن الصفدي، فيما رافق أمير الكويت نائب رئيس مجلس الوزراء وزير الخارجية الشيخ صباح الخالد الحمد الصباح.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'صباح الخالد الحمد الصباح')).toBe(sideOf(found, 'صباح الأحمد الجابر الصباح'));
    expect(sideOf(found, 'أيمن الصفدي')).not.toBe(sideOf(found, 'صباح الأحمد الجابر الصباح'));
  });
});
