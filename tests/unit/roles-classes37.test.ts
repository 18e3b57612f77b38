import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('offices of the prosecution and of investigating judges', () => {
  it('reads the prosecution\'s representative at a trial, past the judicial style before his name', () => {
    expect(officialOf('وقال ممثل النيابة، المستشار حسن سعيد، إن المتهم خان الأمانة.', 'حسن سعيد')?.role_en).toBe('Representative of the Public Prosecution');
  });
  it('makes «وكيل النيابة» a prosecutor, not an undersecretary', () => {
    expect(officialOf('وقالت وكيلة النيابة سارة محمود إن التحقيق بدأ صباح أمس.', 'سارة محمود')?.role_en).toBe('Prosecutor');
  });
  it('reads the investigating judge as one office', () => {
    expect(officialOf('وأمر قاضي التحقيق فادي صوان بتوقيف المدير العام للجمارك.', 'فادي صوان')?.role_en).toBe('Investigating Judge');
  });
  it('reads the Maghreb\'s «وكيل الجمهورية» as the public prosecutor', () => {
    expect(officialOf('وقال وكيل الجمهورية عبد الرحيم مجيد إن التحقيق مستمر.', 'عبد الرحيم مجيد')?.role_en).toBe('Public Prosecutor');
  });
});

describe('the office stated after a counterpart\'s name', () => {
  const text = 'استقبل وزير الخارجية سامح شكري، أمس، نظيره الفيتنامي فام بينه مينه نائب رئيس الوزراء وزير الخارجية، الذي يزور مصر. ونقل المتحدث عن الوزير الفيتنامي قوله إن بلاده تنظر إلى مصر بوابة لأفريقيا.';
  it('gives the counterpart the offices stated after his name, with his country', () => {
    expect(officialOf(text, 'فام بينه مينه')?.role_en).toBe('Vietnamese Deputy Prime Minister and Minister of Foreign Affairs');
  });
  it('still links the bare minister of his country to him', () => {
    const o = officialOf(text, 'فام بينه مينه');
    expect(o?.mentions?.length ?? 0).toBeGreaterThan(1);
  });
  it('leaves an office after «و» to another person', () => {
    const t = 'واستقبل وزير الخارجية أيمن الصفدي نظيره العراقي فؤاد حسين ووزير الداخلية مازن الفراية.';
    expect(officialOf(t, 'فؤاد حسين')?.role_en).toBe('Iraqi Minister of Foreign Affairs');
  });
});

describe('programmes of a body', () => {
  it('reads the coordinator of a bank\'s programmes with the body and the city', () => {
    const o = officialOf('وضم الوفد منسقة برامج البنك في بيروت ميرنا سعادة والمدير القطري للبنك.', 'ميرنا سعادة');
    expect(o?.role_en).toMatch(/^Coordinator of .*Programmes.*Bank.*Beirut$/);
  });
  it('leaves the programmes of a body of civil society to a person, not an official', () => {
    expect(officialOf('وقال منسق برامج منظمة العفو الدولية محمد سالم إن التقرير جاهز.', 'محمد سالم')).toBeNull();
  });
});

describe('the capital named after «العاصمة»', () => {
  it('makes the capital\'s police the city\'s, and the holder of that country', () => {
    const o = officialOf('واتهم قائد شرطة العاصمة دكا، حبيب الرحمن، عناصر من المعارضة بالتسلل.', 'حبيب الرحمن');
    expect(o?.role_en).toBe('Chief of the Dhaka Police');
    expect(o?.country).toBe('BD');
  });
  it('reads the city as the governor\'s place, not the first word of his name', () => {
    expect(officialOf('وقال محافظ العاصمة بغداد محمد جابر إن الوضع مستقر.', 'محمد جابر')?.role_en).toBe('Governor of Baghdad');
  });
  it('reads the city past the country\'s adjective', () => {
    expect(officialOf('وقال عميد بلدية العاصمة الليبية طرابلس إبراهيم الخليفي إن المياه عادت.', 'إبراهيم الخليفي')?.role_en).toBe('Mayor of Tripoli');
  });
  it('keeps the bare capital where no city follows', () => {
    expect(officialOf('وقال قائد شرطة العاصمة محمد علي إن الوضع هادئ.', 'محمد علي')?.role_en).toBe('Chief of the Capital Police');
  });
});
