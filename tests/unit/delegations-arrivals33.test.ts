import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: those who welcomed a guest at the airport («وكان في استقباله لدى وصوله إلى مطار …») did not sit
// at the talks when the host's side there has its own list; when nobody else of the host's side is named, they stay.
describe('findDelegations: airport greeters beside the host side listed at the talks', () => {
  const talks = [
    'رئيس الوزراء يستقبل رئيس وزراء ماليزيا',
    'استقبل رئيس الوزراء الأردني بشر الخصاونة اليوم في دار رئاسة الوزراء رئيس الوزراء الماليزي أنور إبراهيم، وعقد الجانبان جلسة مباحثات موسعة.',
    'وحضر المباحثات من الجانب الأردني وزير الخارجية أيمن الصفدي ووزير الصناعة والتجارة يوسف الشمالي.',
    'كما حضرها من الجانب الماليزي وزير الخارجية زامبري عبد القادر.',
  ];
  it('leaves out the greeters at the airport', () => {
    const text = [...talks, 'وكان في استقبال رئيس الوزراء الماليزي لدى وصوله إلى مطار ماركا مساء أمس وزير الدولة للشؤون الخارجية نواف وصفي التل.'].join('\n\n');
    const found = sides(text);
    expect(members(found).some((m) => m.startsWith('نواف'))).toBe(false);
    expect(sideOf(found, 'أيمن الصفدي')).toBeDefined();
    expect(sideOf(found, 'أنور إبراهيم')).toBeDefined();
    expect(sideOf(found, 'أنور إبراهيم')).not.toBe(sideOf(found, 'أيمن الصفدي'));
  });
  it('keeps those who saw the guest off: a farewell is no arrival', () => {
    const text = [...talks, 'وكان في وداع رئيس الوزراء الماليزي لدى مغادرته مطار ماركا وزير الدولة للشؤون الخارجية نواف وصفي التل.'].join('\n\n');
    expect(members(sides(text)).some((m) => m.startsWith('نواف'))).toBe(true);
  });
  it('keeps the greeters when they are all the article names of the host side', () => {
    const text = [
      'رئيس المجلس البابوي للحوار يصل إلى الرياض',
      'استقبل الأمير محمد بن عبدالرحمن بن عبدالعزيز نائب أمير منطقة الرياض اليوم رئيس المجلس البابوي للحوار بين الأديان الكاردينال ميغيل أيوسو والوفد المرافق له.',
      'وكان الكاردينال ميغيل أيوسو قد وصل إلى الرياض، حيث كان في استقباله بمطار الملك خالد الدولي الأمين العام لرابطة العالم الإسلامي محمد بن عبدالكريم العيسى.',
    ].join('\n\n');
    expect(members(sides(text))).toContain('محمد بن عبدالكريم العيسى');
  });
});
