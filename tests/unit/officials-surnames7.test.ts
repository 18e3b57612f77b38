import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a name between commas after a role the grammar reads only in part', () => {
  it('reads past «في» + the body the office is in («مدير برنامج … في المنظمة، X Y،»)', () => {
    const text = 'وقال مدير برنامج الأغذية في المنظمة، ديفيد بيكر، إن المساعدات تأخرت كثيرا.';
    expect(names(text)).toEqual(['ديفيد بيكر']);
  });

  it('reads past ل + a noun of the language («المفوض الأوروبي لسياسة الطاقة والمناخ، X Y،»)', () => {
    const text = 'وحضر المفوض الأوروبي لسياسة الطاقة والمناخ، كارستن فولمر، افتتاح المؤتمر في بروكسل.';
    expect(names(text)).toEqual(['كارستن فولمر']);
  });

  it('takes the words after a compass point or a town as the place, and the name after the comma («حاكم إقليم جنوب كاساي، X»)', () => {
    const text = 'أما حاكم إقليم جنوب كاساي، ماتياس نغوبو لوسامبا، فقال إن الطرق أغلقت.';
    expect(names(text)).toEqual(['ماتياس نغوبو لوسامبا']);
    const police = 'وأمر قائد شرطة مدينة سانتوس، ماريو بيريرا، بفتح تحقيق في الحادث.';
    expect(names(police)).toEqual(['ماريو بيريرا']);
  });

  it('takes no time phrase or ordinary words between commas for a name', () => {
    expect(names('وقال المدير العام للمؤسسة في بيان، صباح الأحد، إن الخدمة عادت.')).toEqual([]);
    expect(names('وأكد وزير الخارجية لشؤون التعاون، أمس، أن الاتفاق قريب.')).toEqual([]);
    // (A name that the sentence goes on after is no apposition: the role's words end before it.)
    expect(names('وقال مدير برنامج الأغذية في المنظمة، ديفيد بيكر زيارة قريبة للمخيمات.')).toEqual([]);
  });
});

describe('a foreign name with a word that reads as an ordinary word', () => {
  it('reads a first name that is a word only behind a clitic when a word of no language follows it («وزير الخارجية وحقله تاديسي،»)', () => {
    const text = 'ووصل إلى العاصمة وزير الخارجية وحقله تاديسي، وعقد لقاءات مع المسؤولين.';
    expect(names(text)).toEqual(['وحقله تاديسي']);
  });

  it('reads a surname that is a bare noun after a given name of no language («ريبوار جبال،»)', () => {
    const text = 'وحضر الاجتماع وزير الداخلية في الإقليم ريبوار جبال، إلى جانب المحافظ.';
    expect(names(text)).toEqual(['ريبوار جبال']);
  });

  it('reads a name before a comma and a full title whose words are foreign or listed as names though words too', () => {
    expect(names('وعن الجانب الغاني توندي سامبو، المدير العام لهيئة الموانئ الغانية.')).toEqual(['توندي سامبو']);
    expect(names('وقالت حواء سامبو، المتحدثة باسم حاكم الولاية، إن الهجوم وقع ليلا.')).toEqual(['حواء سامبو']);
    // (علي between given names is Ali, not the preposition: the last word may then be a surname that is a word too.)
    expect(names('وقال خالد علي حسن قرموط، المدير التنفيذي لهيئة الطرق في الإمارة، إن الأعمال انتهت.')).toEqual(['خالد علي حسن قرموط']);
  });

  it('still takes no office noun, possessed noun or ordinary word after a name for a name', () => {
    expect(names('واستقبل وزير الخارجية ومستشاره تاديسي الوفد في المطار.')).toEqual([]);
    expect(findOfficials('وألقى وزير الخارجية الإندونيسي سوجيونو خطابه، ثم غادر.').map((o) => o.name_ar)).not.toContain('سوجيونو خطابه');
    expect(names('وقال ريبوار جبال الحكومة، المتحدث باسم حاكم الولاية، إن الهجوم وقع ليلا.')).not.toContain('ريبوار جبال الحكومة');
  });
});

describe('a body named in quotation marks inside the title', () => {
  it('reads the name after the body\'s quoted name and its adjectives, not the quoted name', () => {
    expect(names('وحضر نائب رئيس شركة "نور للطاقة" الحكومية يوسف الحداد توقيع الاتفاق.')).toEqual(['يوسف الحداد']);
    expect(names('وقالت رئيسة حزب «الأمل الجديد» سلمى العيساوي إن الحملة بدأت.')).toEqual(['سلمى العيساوي']);
  });

  it('reads it after a first title joined by و («ورجل الأعمال ورئيس حزب «…» X Y»)', () => {
    expect(names('وتأهل رجل الأعمال ورئيس حزب «صوت الشباب» سامي الزواري، إلى الدور الثاني.')).toEqual(['سامي الزواري']);
  });

  it('takes no word after a quoted body for a person when no name follows', () => {
    expect(names('وأعلنت شركة "نفط الجنوب" الحكومية زيادة الإنتاج.')).toEqual([]);
    expect(names('وقال رئيس حزب «العدالة» في بيان إن الحملة بدأت.')).toEqual([]);
  });
});

describe('a head word that is a given name, after a style, when بن follows', () => {
  it('reads «الأمير سلطان بن …» as Prince Sultan, not a title «سلطان»', () => {
    expect(names('وعُين الأمير سلطان بن فهد بن ناصر رئيساً لمجلس إدارة الهيئة العامة للرياضة.')).toEqual(['سلطان بن فهد بن ناصر']);
    expect(names('وحضر الشيخ أمير بن خالد القاسمي حفل الافتتاح.')).toEqual(['أمير بن خالد القاسمي']);
  });

  it('still ends the name before an ordinary word', () => {
    expect(names('وحضر الأمير سلطان بن فهد الحفل في الرياض.')).toEqual(['سلطان بن فهد']);
  });
});
