// Officials whose names the reader used to cut or drop after their title (round 25). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('«علي» written with a dotted ي where the article writes the preposition «على»', () => {
  it('starts a name after an office, with a family name no name list holds', () => {
    const text = 'وحضر الاجتماع مستشار وزير الطاقة لشؤون التعدين علي زقيلط. وأكد الطرفان على أهمية التعاون.';
    expect(names(text)).toContain('علي زقيلط');
  });

  it('goes on a name between a given name and a family name', () => {
    const text = 'ورافق الوزير في الزيارة سعادة حمد علي الزعابيل، سفير الدولة لدى النمسا. واتفق الجانبان على متابعة المشاريع.';
    expect(names(text)).toContain('حمد علي الزعابيل');
  });

  it('stays the preposition where the article writes it so everywhere', () => {
    const text = 'وشدد وزير الخارجية سامح الأنصاري علي ضرورة التهدئة، وحث علي الحوار.';
    expect(names(text)).not.toContain('علي ضرورة');
  });
});

describe('a title word without the article that is a given name too', () => {
  it('is the first name of a one-word name after a full office', () => {
    const text = 'واستقبل الوزير مستشار رئيس الوزراء للشؤون الاقتصادية أمير بوليتش، وبحث معه التعاون.';
    expect(names(text)).toContain('أمير بوليتش');
  });

  it('goes on a name between a given name and the family name that closes it', () => {
    expect(names('وحضر اللقاء سفير الدولة لدى أوزبكستان خالد سلطان الكعبي.')).toContain('خالد سلطان الكعبي');
    expect(names('وضم الوفد عضو مجلس النواب النائبة سوزان شيخ باوان، وعددا من المستشارين.')).toContain('سوزان شيخ باوان');
  });

  it('still opens a construct before a body or a country', () => {
    expect(names('وقال سفير الدولة لدى قطر محمد سلطان قطر.')).not.toContain('محمد سلطان قطر');
  });
});

describe('the Moroccan governor of a province or a prefecture («عامل إقليم», «عامل عمالة»)', () => {
  const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

  it('is an office whose holder is named after it', () => {
    expect(byName('وقال عامل إقليم تاونات، عبد الكريم الغنامي، إن الطرق ستفتح قريبا.', 'عبد الكريم الغنامي')?.role_en).toMatch(/^Governor of/);
    expect(byName('وأعلن عامل عمالة المضيق الفنيدق، يونس التازي، عن برنامج جديد.', 'يونس التازي')?.role_en).toMatch(/^Governor of/);
  });

  it('is no office where «عامل» means a factor or a worker', () => {
    expect(findOfficials('وقال الخبير إن عامل الوقت حاسم، وإن عامل النظافة سعيد الهواري أصيب.').map((o) => o.name_ar)).toEqual([]);
  });
});

describe('«كبير» before the construct plural of an office (chief of the representatives, of the secretaries)', () => {
  const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

  it('names the holder after it, or before it between commas', () => {
    expect(byName('وضم الوفد الكوري السيد كيم هيون سو، كبير ممثلي المؤسسة الكورية للتعاون الدولي.', 'كيم هيون سو')?.role_en).toMatch(/^Chief Representative/);
    expect(byName('وحضر من الجانب الياباني، هيروشي تاناكا، نائب كبير أمناء مجلس الوزراء.', 'هيروشي تاناكا')?.role_en).toMatch(/^Deputy Chief (Cabinet )?Secretary/);
  });
});
