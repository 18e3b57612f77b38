import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe("a parliament's chamber named by its own name", () => {
  it('reads the chamber after رئيس, with the name before the comma or after the office', () => {
    expect(find('وأكد حكيم بنعمرو، رئيس مجلس المستشارين، أن الحوار مستمر.', 'حكيم بنعمرو')?.role_en).toBe('Speaker of the House of Councillors');
    expect(find('وقال رئيس مجلس الأعيان فيصل الفايز إن الأردن ثابت على موقفه.', 'فيصل الفايز')?.role_en).toBe('President of the Senate');
    expect(find('وقالت رئيسة مجلس العموم ليندسي هويل إن الجلسة مؤجلة.', 'ليندسي هويل')?.role_en).toMatch(/House of Commons$/);
  });

  it('reads a deputy and a member of the chamber', () => {
    expect(find('وحضر اللقاء كريم الزاهري، نائب رئيس مجلس المستشارين، والسفير.', 'كريم الزاهري')?.role_en).toBe('Deputy Speaker of the House of Councillors');
    expect(find('وقال عضو الكنيست سامي أبو شحادة إن القانون عنصري.', 'سامي أبو شحادة')?.role_en).toBe('Member of the Knesset');
    expect(find('وقالت النائبة في مجلس الدوما إيرينا ياروفايا إن القرار خاطئ.', 'إيرينا ياروفايا')?.role_en).toMatch(/State Duma$/);
  });
});

describe('a judge named by القاضي/القاضية alone', () => {
  it('is an official whose role is Judge, like a rank', () => {
    expect(find('وقال القاضي صالح الشامي إن المحكمة ستنظر في الطعن.', 'صالح الشامي')?.role_en).toBe('Judge');
    expect(find('وقالت القاضية نجلاء الحمادي إن الحكم قابل للطعن.', 'نجلاء الحمادي')?.role_en).toBe('Judge');
    expect(find('وأعلن القاضي مارتن أوكيلو أن الجلسة أجلت.', 'مارتن أوكيلو')?.role_en).toBe('Judge');
  });

  it('leaves the office before it the role («رئيس المحكمة القاضي X», «المتحدث باسم المحكمة، القاضي X،»)', () => {
    expect(find('وقال رئيس المحكمة القاضي سمير حمود إن الحكم نهائي.', 'سمير حمود')?.role_en).toBe('President of the Court');
    expect(find('وأفاد المتحدث باسم المحكمة العليا، القاضي خالد الراشد، بأن الجلسة علنية.', 'خالد الراشد')?.role_en).toMatch(/^Spokesman for the Supreme Court/);
  });

  it('does not read the family name القاضي or a judge with no name as a person', () => {
    expect(findOfficials('وحكم القاضي بسجن المتهم خمس سنوات.')).toEqual([]);
    expect(findOfficials('وقال المحامي محمد القاضي إن موكله بريء.').map((o) => o.role_en)).not.toContain('Judge');
  });
});

describe("a number that closes a body's name in a title", () => {
  it('keeps the office before the comma and the rank («… بسوسة 2، القاضي X،», «… الدائرة 4، العقيد X»)', () => {
    expect(find('وأفاد الناطق باسم المحكمة الابتدائية بنابل 2، القاضي سامي بن يوسف، بأن التحقيق مستمر.', 'سامي بن يوسف')?.role_en).toMatch(/^Spokesman for the Court of First Instance/);
    expect(find('وقال المتحدث باسم المحكمة الابتدائية بتونس 1، العقيد رياض الجلاصي، إن البحث جار.', 'رياض الجلاصي')?.role_en).toMatch(/^Spokesman for the Court of First Instance/);
  });
});

describe('a foreign name whose first word reads as و + a word, closing before what the person said', () => {
  it('reads the pair after a full role before إن/أن or a verb, as before punctuation', () => {
    expect(find('وقال رئيس هيئة الانتخابات الوطنية وانجيرو موتاهي إن الفرز انتهى.', 'وانجيرو موتاهي')).toBeDefined();
    expect(find('وأكدت وزيرة الصحة ورقنه جبيهو أن اللقاحات وصلت.', 'ورقنه جبيهو')?.role_en).toBe('Minister of Health');
  });
});

describe('a family name that reads as a word only with a preposition glued on', () => {
  it('closes the name after an Arab given name and a full role, before إن/أن or a comma', () => {
    expect(find('وقال وزير المالية سامي بحصلي إن العجز تراجع.', 'سامي بحصلي')?.role_en).toBe('Minister of Finance');
    expect(find('وأكدت وزيرة الثقافة منى بكداش، أن المهرجان سيقام.', 'منى بكداش')?.role_en).toBe('Minister of Culture');
  });

  it('leaves «ب + noun» of manner and a verb\'s complement alone', () => {
    const names = (t: string) => findOfficials(t).map((o) => o.name_ar);
    expect(names('واستقبل وزير الخارجية خالد بحفاوة.')).toEqual([]);
    expect(names('وأشاد وزير الخارجية خالد بجهود الفريق.')).toEqual([]);
    expect(names('ورحب وزير الداخلية محمد بزيارة الوفد.')).toEqual([]);
  });
});

describe('the group of countries an office covers («لدول مجلس التعاون», «لدى دول الخليج»)', () => {
  it('goes on to the name after the Gulf Cooperation Council or a region', () => {
    expect(find('وقالت المديرة الإقليمية لدول مجلس التعاون لدول الخليج العربية ريم الصالح إن الدعم مستمر.', 'ريم الصالح')?.role_en).toBe('Regional Director for the GCC countries');
    expect(find('وقال ممثل البنك الدولي لدى دول الخليج ماركو بيرتي إن النمو ضعيف.', 'ماركو بيرتي')?.role_en).toMatch(/for the Gulf countries$/);
    expect(find('وقال المدير الإقليمي لدول أمريكا اللاتينية خوان بيريز إن النمو ضعيف.', 'خوان بيريز')?.role_en).toMatch(/^Regional Director/);
  });
});

describe('what follows a whole name is not part of it', () => {
  it('ends the name before a preposition glued to a noun that some name list also holds («بولاية ثانية»)', () => {
    expect(findOfficials('وأعلن فوز الرئيس جوزيف بوكو بولاية ثانية، بحسب اللجنة.').map((o) => o.name_ar)).toEqual(['جوزيف بوكو']);
    expect(findOfficials('وفازت رئيسة الوزراء سارة ميلر بولاية ثالثة في الانتخابات.').map((o) => o.name_ar)).toEqual(['سارة ميلر']);
  });

  it('ends the name before a word with digits («بـ47 مقعدا»)', () => {
    expect(findOfficials('وحل تحالف النصر بزعامة رئيس الوزراء حيدر الجبوري بـ42 مقعدا.').map((o) => o.name_ar)).toEqual(['حيدر الجبوري']);
  });
});

describe('a preposition glued to the article opens no name', () => {
  it('does not read a quotation that opens with «للمرة …» or «بالـ…» after a title as the holder\'s name', () => {
    expect(findOfficials('وتابع وزير الخارجية الأسبق "للمرة الثالثة في تاريخ البلاد يلغى اتفاق كهذا"، مطالبا بالمحاسبة.').map((o) => o.name_ar)).toEqual([]);
    expect(findOfficials('وأضافت رئيسة الوزراء "للمرة الأولى نرى هذا التضامن".').map((o) => o.name_ar)).toEqual([]);
    expect(findOfficials('وقال رئيس البرلمان "بالتأكيد سنصوت على القانون".').map((o) => o.name_ar)).toEqual([]);
  });
});
