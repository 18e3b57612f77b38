import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 87, delegations: a list announced by a colon («وهم:») and laid out one person a line goes on across its line
// breaks, and a credentials ceremony reads the ambassadors it announces in its own sentence. And those who take part in a
// forum held on the sidelines of the meeting («وعلى هامش أعمال اللجنة، عقد منتدى أعمال … بمشاركة …») were not at it.

describe('ambassadors announced by «وهم:» and listed one a line', () => {
  // Written for the test (a Gulf agency's style).
  it('seats the receiver, those present and each ambassador of the lines', () => {
    const text =
      'تسلم حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المعظم، بقصر الصخير اليوم، أوراق اعتماد عدد من سفراء الدول الصديقة المعينين لدى مملكة البحرين، وهم:\n\n' +
      'سعادة السيد يوهان ليندكفيست سفير مملكة السويد غير المقيم لدى مملكة البحرين.\n\n' +
      'سعادة السيدة ماريا فيرنانديث سفيرة مملكة إسبانيا لدى مملكة البحرين.\n\n' +
      'ورحب جلالة الملك بالسفراء، متمنيا لهم التوفيق في أداء مهامهم.\n\n' +
      'حضر المراسم سعادة الدكتور عبداللطيف بن راشد الزياني وزير الخارجية.';
    const found = sides(text);
    expect(sideOf(found, 'حمد بن عيسى آل خليفة')).toBe('Bahrain');
    expect(sideOf(found, 'يوهان ليندكفيست')).toBe('Sweden');
    expect(sideOf(found, 'ماريا فيرنانديث')).toBe('Spain');
    expect(sideOf(found, 'عبداللطيف بن راشد الزياني')).toBe('Bahrain');
  });

  // Written for the test: the paragraph after the lines opens with «و»; it is no item of the list.
  it('ends the list at a paragraph that goes on with the story', () => {
    const text =
      'تسلم حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المعظم، بقصر الصخير اليوم، أوراق اعتماد عدد من سفراء الدول الصديقة المعينين لدى مملكة البحرين، وهم:\n\n' +
      'سعادة السيد يوهان ليندكفيست سفير مملكة السويد غير المقيم لدى مملكة البحرين.\n\n' +
      'ونقل السفير تحيات رئيس وزراء السويد أولف كريسترسون إلى جلالة الملك.';
    const found = sides(text);
    expect(sideOf(found, 'يوهان ليندكفيست')).toBe('Sweden');
    expect(sideOf(found, 'أولف كريسترسون')).toBeUndefined();
  });
});

describe('those present announced by «كل من:» and listed one a line', () => {
  // Written for the test (KUNA's style): each line a bullet, a long title, then the name.
  it('seats each line\'s person with the side the list names', () => {
    const text =
      'استقبل وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اليوم وزير الخارجية الجيبوتي محمود علي يوسف والوفد المرافق له.\n\n' +
      'وحضر اللقاء من الجانب الكويتي كل من:\n\n' +
      '- مساعد وزير الخارجية لشؤون الوطن العربي السفير أحمد البكر\n\n' +
      '- مساعد وزير الخارجية لشؤون مكتب الوزير الشيخ جراح جابر الأحمد الصباح\n\n' +
      'وبحث الجانبان العلاقات الثنائية بين البلدين.';
    const found = sides(text);
    expect(sideOf(found, 'أحمد البكر')).toBe('Kuwait');
    expect(sideOf(found, 'جراح جابر الأحمد الصباح')).toBe('Kuwait');
    expect(sideOf(found, 'محمود علي يوسف')).toBe('Djibouti');
  });

  // Written for the test: a line that reports what someone said is no item of the list.
  it('ends the list at a line that reports a statement', () => {
    const text =
      'استقبل وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اليوم وزير الخارجية الجيبوتي محمود علي يوسف والوفد المرافق له.\n\n' +
      'وحضر اللقاء من الجانب الكويتي كل من:\n\n' +
      '- مساعد وزير الخارجية لشؤون الوطن العربي السفير أحمد البكر\n\n' +
      'من جانبه، قال النائب محمد المطير إن العلاقات متينة.';
    const found = sides(text);
    expect(sideOf(found, 'أحمد البكر')).toBe('Kuwait');
    expect(sideOf(found, 'محمد المطير')).toBeUndefined();
  });
});

describe('a forum held on the sidelines of the meeting', () => {
  // Written for the test (Petra's style).
  it('seats no one who spoke at the forum', () => {
    const text =
      'بحث وزير الصناعة والتجارة الأردني يوسف الشمالي مع وزير التجارة الكازاخي أرمان شاكالييف في عمان اليوم سبل تعزيز التعاون الاقتصادي بين البلدين.\n\n' +
      'وعلى هامش أعمال اللجنة، عقد منتدى أعمال أردني كازاخي بمشاركة نحو 30 شركة من البلدين، قال خلاله رئيس غرفة صناعة الأردن فتحي الجغبير إن القطاع الخاص مستعد للشراكة.';
    const found = sides(text);
    expect(sideOf(found, 'يوسف الشمالي')).toBe('Jordan');
    expect(sideOf(found, 'أرمان شاكالييف')).toBe('Kazakhstan');
    expect(sideOf(found, 'فتحي الجغبير')).toBeUndefined();
  });
});
