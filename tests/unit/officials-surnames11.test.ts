import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a family name that reads as a word, after a given name that a title names', () => {
  it('reads an office or a style as the family name («كامل الوزير», «خالد الأمير», «أحمد السيد»)', () => {
    expect(names('وقال وزير الطيران المدني كامل الوزير، إن المطار سيفتتح قريبا.')).toEqual(['كامل الوزير']);
    expect(names('وقال وزير الإسكان خالد الأمير إن الوحدات جاهزة.')).toEqual(['خالد الأمير']);
    expect(names('وقال محافظ البنك المركزي سامي السيد إن الاحتياطي ارتفع.')).toEqual(['سامي السيد']);
  });

  it('reads a nationality nisba as the family name («محمد السوداني», «سالم الكندي»)', () => {
    expect(names('وقال رئيس الحكومة محمد السوداني إن الموازنة ستقر.')).toEqual(['محمد السوداني']);
    expect(names('وأكدت وزيرة الثقافة هدى الكندي، أن المهرجان سيقام في موعده.')).toEqual(['هدى الكندي']);
    expect(names('وقال النائب محمود المصري إن القانون سيمر.')).toEqual(['محمود المصري']);
  });

  it('reads a common noun without the article as the family name («عزمي محافظة», «ياسين خان»)', () => {
    expect(names('وقال وزير التعليم العالي عزمي محافظة إن الجامعات جاهزة.')).toEqual(['عزمي محافظة']);
    expect(names('وأعلن وزير الداخلية ياسين خان أن الأمن مستتب.')).toEqual(['ياسين خان']);
    expect(names('واستقال وزير الزراعة العراقي نبيل شرقي ووزيرة الصحة سلوى حداد.')).toEqual(['نبيل شرقي', 'سلوى حداد']);
  });

  it('reads the family name before the person\'s office in apposition («اللواء محمد الأمير مساعد وزير …»)', () => {
    expect(names('وأكد اللواء محمد الأمير مساعد وزير الداخلية أن الطرق آمنة.')).toEqual(['محمد الأمير']);
    expect(names('وشارك الدكتور أحمد السيد رئيس الهيئة القومية لسلامة الغذاء في الاجتماع.')).toEqual(['أحمد السيد']);
  });

  it('leaves an object, an adverb, a day or a following name alone', () => {
    expect(names('وافتتح وزير الصحة خالد المستشفى، وتفقد أقسامه.')).toEqual([]);
    expect(names('وقال وزير الخارجية أحمد مجددا إن الحل سياسي.')).toEqual([]);
    expect(names('وأبلغ وزير الخارجية فيصل الرئيس أن الوفد وصل.').join()).not.toContain('فيصل الرئيس');
    expect(names('وقال وزير المالية محمد معيط الثلاثاء إن العجز تراجع.')).toEqual(['محمد معيط']);
    expect(names('وحضر مدير عام دائرة الجمارك نادر أبو علي، وأمين عام الوزارة.')).toEqual(['نادر أبو علي']);
  });
});

describe('a known name that goes on with a name word that is a verb too', () => {
  it('keeps «خان» on a name before the office in apposition, not the known «طارق أحمد»', () => {
    const o = findOfficials('واستقبل معاليه سعادة طارق أحمد خان سفير باكستان لدى الدولة.');
    expect(o.map((x) => x.name_ar)).toEqual(['طارق أحمد خان']);
    expect(o[0]?.country).toBe('PK');
  });
});

describe('a noun with the dual possessive after a name', () => {
  it('ends the name before «استقالتيهما», «مباحثاتهما», and an office word before it is the family name', () => {
    expect(names('وقدم وزير النقل سامر حداد ووزيرة البيئة سلمى الخطيب استقالتيهما، أمس.')).toEqual(['سامر حداد', 'سلمى الخطيب']);
    expect(names('وقدمت وزيرة البيئة سلمى الخطيب استقالتها أمس.')).toEqual(['سلمى الخطيب']);
    expect(names('وأنهى وزير الخارجية كمال عيسى ونظيره التركي مراد أوزتورك مباحثاتهما.').join()).not.toMatch(/مباحثاتهما/);
  });
});

describe('a name that opens with «عبد» before a comma and its office', () => {
  it('reads «عبد X Y، رئيس …» back from the office to «عبد»', () => {
    expect(names('وبحث الوفد التعاون مع عبد الكريم بوزرقان، رئيس مجلس النواب المغربي.')).toEqual(['عبد الكريم بوزرقان']);
    expect(names('والتقت الوزيرة عبد المجيد الزهراني، وزير الطاقة السعودي، في الرياض.')).toEqual(['عبد المجيد الزهراني']);
  });
});

describe('the object of a verb of giving after a whole name, before «لل…»', () => {
  it('leaves «الشكر», «التحية» out of the name', () => {
    expect(names('ووجه وزير الخارجية رامي عادل الشكر للحكومة المصرية.')).toEqual(['رامي عادل']);
    expect(names('وقدم وزير الصحة سامي عبد الفتاح التحية للممرضين.')).toEqual(['سامي عبد الفتاح']);
    expect(names('وقال وزير العدل ماجد الشكر للصحفيين إن القانون جاهز.')).toEqual(['ماجد الشكر']);
  });
});

describe('a listed surname that reads as a verb', () => {
  it('keeps a first-person form (أ + present stem) after a given name: «سامر آمون»', () => {
    expect(names('وقال الأمين العام للحزب سامر آمون إن الحزب لن يشارك.')).toEqual(['سامر آمون']);
  });
  it('keeps a verb the name sources list after a foreign given name: «كريستينا لاسن»', () => {
    expect(names('وقالت المفوضة الأوروبية كريستينا لاسن إن الدعم مستمر.')).toEqual(['كريستينا لاسن']);
  });
  it('still ends a name before a plain verb', () => {
    expect(names('وقال الرئيس الفرنسي إيمانويل ماكرون زار المدينة.')).toEqual(['إيمانويل ماكرون']);
  });
});

describe('a family name that reads as a word before a comma and the person\'s office', () => {
  it('reads «المهندس X السويدي، رئيس …», «اللواء X الأمير، مدير …» as two-word names', () => {
    expect(names('بدوره، طالب المهندس ماهر السويدي، رئيس لجنة الصناعة بمجلس النواب، الحكومة بالرقابة.')).toEqual(['ماهر السويدي']);
    expect(names('وقال العميد وليد الأمير، قائد الشرطة في المحافظة، إن الطرق آمنة.')).toEqual(['وليد الأمير']);
  });
});

describe('portfolios of ministers that the vocabulary lacked, and a surname that is a country', () => {
  it('reads «وزير الأرض», «وزيرة التضامن الاجتماعي», «وزير الدولة للإنتاج الحربي» as offices', () => {
    expect(findOfficials('وقال وزير الأرض والغابات جواو ماتوس إن المساعدات وصلت.')[0]?.role_en).toMatch(/^Minister of Land/);
    expect(findOfficials('وقالت وزيرة التضامن الاجتماعي هالة حسن إن الدعم مستمر.')[0]?.role_en).toBe('Minister of Social Solidarity');
    expect(findOfficials('وقال وزير الدولة للإنتاج الحربي سامي فوزي إن المصانع تعمل.')[0]?.role_en).toBe('Minister of State for Military Production');
  });
  it('keeps a country-named surname after a Portuguese or Spanish given name: «ماريو كوريا»', () => {
    expect(names('وقال وزير البيئة ماريو كوريا، الذي يقود الإغاثة، إن المياه انحسرت.')).toEqual(['ماريو كوريا']);
  });
});
