import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { analyze } from '@/lib/analyze';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);
const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a name before a comma and an office of two words or more, which vouches for it', () => {
  it('reads European particles that are Arabic words too (لو، لا، دير) inside the name', () => {
    expect(find('وشارك في الاجتماع خوان دي لا كروث، رئيس مجلس الشيوخ الإسباني، والسفير.', 'خوان دي لا كروث')?.role_en).toMatch(/Senate/);
    expect(find('وضم الوفد بيتر فان دير بيرغ، المفوض الأوروبي لشؤون الهجرة.', 'بيتر فان دير بيرغ')?.role_en).toMatch(/Commissioner/);
    expect(find('ورافقت الوزيرة كل من كلارا لو مونييه، وكيلة وزارة الخارجية للشؤون الأوروبية، والسفير.', 'كلارا لو مونييه')?.role_en).toMatch(/^Undersecretary/);
  });

  it('reads a Maghrebi family name of بن/بل/بو and a word after a given name', () => {
    expect(names('وحضرت الاجتماع سعاد بنعلي، مديرة الشؤون القنصلية بوزارة الخارجية.')).toContain('سعاد بنعلي');
    expect(find('وحضرت اللقاء نادية بلعلي، مديرة التعاون الدولي بوزارة الداخلية الجزائرية.', 'نادية بلعلي')?.role_en).toMatch(/^Director/);
    expect(names('وحضر اللقاء يوسف بلحسن، رئيس لجنة الخارجية بمجلس النواب، والسفير.')).toContain('يوسف بلحسن');
  });

  it('reads a given name written with madda that normalising folds into a word («آنا» is no «أنا»)', () => {
    expect(find('فيما ضم الوفد البرتغالي آنا كوستا، كاتبة الدولة للشؤون الأوروبية.', 'آنا كوستا')?.role_en).toMatch(/Secretary of State/);
  });

  it('takes a fixed office of several words, or a body of a named one, for vouching («X Y، رئيس مجلس النواب»)', () => {
    expect(names('وأجرى الوفد مباحثات مع عبد اللطيف بنحمو، رئيس مجلس النواب، قبل أن يغادر.')).toContain('عبد اللطيف بنحمو');
    expect(names('وقال راجيف ميهتا، رئيس بعثة الصندوق إلى الأردن، إن الإصلاحات ماضية.')).toContain('راجيف ميهتا');
  });

  it('lets a body named only by its generic noun vouch for no word-like surname (it may be civil society)', () => {
    expect(names('وقال روبرتو كاسيمبولا، المتحدث باسم لجنة التنسيق الأهلية، إن المسيرات ستستمر.')).not.toContain('روبرتو كاسيمبولا');
    expect(names('وقالت ليلى بنكيران، رئيسة جمعية حماية المستهلك، إن الأسعار ارتفعت.')).not.toContain('ليلى بنكيران');
  });

  it('still reads no name before a comma and an office when the words before are no name', () => {
    expect(names('وتابع الاجتماع عن كثب، رئيس مجلس المستشارين.')).toEqual([]);
    expect(names('وأكد أن الحل لا بد منه، وكيلة وزارة الخارجية.')).not.toContain('بد منه');
  });
});

describe('a world region as the field of a department or of affairs, then the holder', () => {
  it('reads the Balkans, the Caucasus, the Horn of Africa and the Caribbean as the place of the office, not a name', () => {
    expect(find('ورافقه مدير عام شؤون البلقان في الوزارة كمال أوزتورك.', 'كمال أوزتورك')?.role_en).toMatch(/^Director General/);
    expect(names('وحضرت مديرة إدارة القوقاز بالخارجية الروسية إيلينا سميرنوفا.')).toContain('إيلينا سميرنوفا');
    expect(names('وحضر مدير إدارة القرن الإفريقي بوزارة الخارجية أحمد سليمان.')).toContain('أحمد سليمان');
    expect(names('وقالت مديرة شؤون الكاريبي في الخارجية الكوبية ماريا سانتوس إن المحادثات مثمرة.')).toContain('ماريا سانتوس');
  });
});

describe('the deputy or an officer of a centre of studies, whose name stands between its noun and what it studies', () => {
  const people = (text: string) => analyze(text).officials.map((o) => o.name_ar);
  it('is a person, not an official («نائب مدير مركز الأهرام للدراسات …», «مديرة معهد كارنيغي للأبحاث»)', () => {
    expect(people('وقال الدكتور سمير فرج، نائب مدير مركز النيل للدراسات الاستراتيجية، إن المشاركة ضعيفة.')).not.toContain('سمير فرج');
    expect(people('وقالت نائبة مدير معهد الخليج للأبحاث ليلى الكندري إن الأزمة طويلة.')).not.toContain('ليلى الكندري');
    expect(people('وقال مساعد مدير مركز القدس للدراسات السياسية عامر خليل إن الحل بعيد.')).not.toContain('عامر خليل');
  });
  it('leaves the officers of a public centre that studies nothing as they were', () => {
    expect(people('وقال نائب مدير المركز الوطني لمكافحة الأوبئة سامر الحلبي إن الوضع مستقر.')).toContain('سامر الحلبي');
  });
});
