import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a civil style, a name and an office with no comma between them («السيد X Y رئيس مكتب …»)', () => {
  it('reads the words between the style and the office as the name, a family name the lexicon reads as a word too', () => {
    expect(find('وقال السيد فرهاد همايونبور رئيس مكتب منظمة الصحة العالمية في عمان إن التعاون مهم.', 'فرهاد همايونبور')?.role_en).toContain('WHO Office');
    expect(find('وقال السيد بيتر أولاليا مدير إدارة الهجرة الكينية إن التعاون مهم.', 'بيتر أولاليا')?.role_en).toContain('Migration');
    expect(find('وأكدت الدكتورة آنا بيريرا مديرة مكتب اليونيسف في القاهرة أن التعاون مهم.', 'آنا بيريرا')).toBeDefined();
  });

  it('reads no name where the style stands before the office itself', () => {
    expect(findOfficials('وقال السيد رئيس مجلس الإدارة إن التعاون مهم.').map((o) => o.name_ar)).toEqual([]);
  });
});

describe('a foreign given name after a full role, and a surname the lexicon reads as a word only with a suffix cut off', () => {
  it('reads the pair as the name before the object of the verb and before a comma', () => {
    expect(find('اتهم وزير الداخلية جيمس نكوبي حركة المعارضة بالوقوف وراء الأحداث.', 'جيمس نكوبي')?.role_en).toBe('Minister of Interior');
    expect(find('وقال وزير الطاقة بيتر نكوبي، إن الحكومة مستعدة.', 'بيتر نكوبي')?.role_en).toBe('Minister of Energy');
  });

  it('leaves a construct plural before a definite noun to be the object', () => {
    expect(findOfficials('والتقى المبعوث الأمريكي جيمس ممثلي الحكومة في الخرطوم.').map((o) => o.name_ar)).not.toContain('جيمس ممثلي');
  });
});

describe('a name, a comma, a description of the person and «و» with an office of theirs', () => {
  it('gives the office to the name before the comma', () => {
    expect(find('وأكد محمد البلتاجي، القيادي في الحزب وعضو مجلس الشعب السابق، أن الحكم ظالم.', 'محمد البلتاجي')?.role_en).toBe("Former Member of the People's Assembly");
    expect(find('وأكد محمد البلتاجي، القيادي بالجماعة وعضو البرلمان الأردني، أن الحكم ظالم.', 'محمد البلتاجي')?.role_en).toBe('Member of the Jordanian Parliament');
  });

  it('leaves an office set off by its own comma, the next item of a list, alone', () => {
    expect(findOfficials('وحضر اللقاء محمد علي، المستشار الإعلامي، ووزير الخارجية.').map((o) => o.name_ar)).not.toContain('محمد علي');
  });
});

describe('a family nisba the name sources list, right before a full title with no comma', () => {
  it('closes the name, the first of a list and an item opened by «و»', () => {
    expect(find('وحضر اللقاء من الجانب المغربي سمير العذاري وزير التنمية والاستثمار، ومحمد بنشعبون وزير المالية.', 'سمير العذاري')?.role_en).toContain('Minister of Development');
    expect(find('وحضر اللقاء عزيز أخنوش وزير الفلاحة، وسمير العذاري وزير التنمية والاستثمار.', 'سمير العذاري')?.role_en).toContain('Minister of Development');
  });

  it('reads no name out of a description and a nationality before a title', () => {
    expect(findOfficials('واستقبل محمد الأمريكي وزير الصحة.').map((o) => o.name_ar)).not.toContain('محمد الأمريكي');
  });
});

describe('«الوزير لدى رئيس الحكومة»: a minister attached to the head of government', () => {
  it('is an office in apposition and before a name', () => {
    expect(find('وقال سمير الدهماني، الوزير لدى رئيس الحكومة المكلف بالعلاقات مع البرلمان، إن الحكومة مستعدة.', 'سمير الدهماني')?.role_en).toContain('Minister to the');
    expect(find('وقال الوزير لدى رئيس الحكومة المكلف بالعلاقات مع البرلمان مصطفى الخلفي إن الحكومة مستعدة.', 'مصطفى الخلفي')).toBeDefined();
  });

  it('leaves an ambassador accredited to a body as before', () => {
    expect(find('وقال سفير المغرب لدى الأمم المتحدة عمر هلال إن الحكومة مستعدة.', 'عمر هلال')?.role_en).toBe('Ambassador of Morocco to the United Nations');
  });
});
