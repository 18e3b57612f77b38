import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a foreign given name that the lexicon reads as a word, before a foreign surname, after a full role', () => {
  it('reads the pair as the name (a rare verb as written: «أولغ»)', () => {
    expect(find('وضم الوفد الأوزبكي وزير الاقتصاد أولغ بانكراتوف، ووزير المالية فيكتور سميرنوف.', 'أولغ بانكراتوف')?.role_en).toBe('Minister of Economy');
    expect(find('وحضر اللقاء وزير الطاقة أولغ ماركوف.', 'أولغ ماركوف')?.role_en).toBe('Minister of Energy');
    expect(find('ووصل الوفد برئاسة وزير المالية أولغ سوكولوف إلى الدوحة.', 'أولغ سوكولوف')).toBeDefined();
  });

  it('leaves a derived or present-tense verb before a family name alone to be the verb', () => {
    expect(findOfficials('وكان وزير الخارجية التقى بانكراتوف في موسكو.').map((o) => o.name_ar)).not.toContain('التقى بانكراتوف');
    expect(findOfficials('وكان وزير الدفاع يبلغ سميرنوف، بأن الاتفاق قريب.').map((o) => o.name_ar)).not.toContain('يبلغ سميرنوف');
  });
});

describe("Morocco's «خليفة رئيس مجلس …», the deputy of a council's head", () => {
  it('reads it as Deputy in apposition after a comma, and with the article and its rank', () => {
    expect(find('وحضر الجلسة يوسف بنعلي، خليفة رئيس مجلس المستشارين، وعدد من المستشارين.', 'يوسف بنعلي')?.role_en).toBe('Deputy Speaker of the House of Councillors');
    expect(find('وقال سعيد الإدريسي، الخليفة الأول لرئيس مجلس النواب، إن الدورة ستفتتح قريبا.', 'سعيد الإدريسي')?.role_en).toBe('First Deputy Speaker of Parliament');
  });

  it('leaves the successor and the given name Khalifa alone', () => {
    expect(find('وقال خليفة رئيس الوزراء بوريس جونسون إن الحكومة ماضية.', 'بوريس جونسون')?.role_en).toBe('Prime Minister');
    expect(find('وقال المشير خليفة حفتر، قائد الجيش الوطني الليبي، إن قواته تتقدم.', 'خليفة حفتر')).toBeDefined();
    expect(find('وقالت السفيرة خليفة إن العلاقات ممتازة.', 'خليفة')).toBeDefined();
  });
});

describe('an expert on the staff of a public or international body', () => {
  it('is an official (the fund, the IMF, the World Bank, a ministry)', () => {
    expect(find('وضمت بعثة الصندوق الخبيرة الاقتصادية في الصندوق ماريا لوبيز.', 'ماريا لوبيز')?.role_en).toMatch(/(Expert|Economist) at the Fund$/);
    expect(find('ويرافقها الخبير الاقتصادي في صندوق النقد الدولي بيتر كولينز.', 'بيتر كولينز')?.role_en).toMatch(/International Monetary Fund$/);
    expect(find('وقال الخبير بوزارة الصحة المصرية محمد عوض إن الوضع مستقر.', 'محمد عوض')).toBeDefined();
  });

  it('leaves an expert of a centre, a company or a field a person', () => {
    expect(find('وقال الخبير الاقتصادي في بنك الكويت الوطني محمد العلي إن النمو ضعيف.', 'محمد العلي')).toBeUndefined();
    expect(find('وقال الخبير في شركة أرامكو سعد الحربي إن الإنتاج مستقر.', 'سعد الحربي')).toBeUndefined();
    expect(find('وقال الخبير في الشؤون الاقتصادية سامي النجار إن النمو ضعيف.', 'سامي النجار')).toBeUndefined();
  });
});

describe('the field a body works in, between its name and its head’s name', () => {
  it('reads the name after «في» + a noun phrase of two words or more', () => {
    expect(find('وقال رئيس هيئة التحقيق في الحوادث البحرية سامويل أوكيري إن التقرير جاهز.', 'سامويل أوكيري')?.role_en).toMatch(/^Head of the Investigative Authority/);
    expect(find('وقالت رئيسة لجنة التحقيق في حوادث القطارات سلمى الخوري إن التقرير جاهز.', 'سلمى الخوري')).toBeDefined();
  });

  it('leaves a title that names no body alone', () => {
    expect(findOfficials('وقال الرئيس في المؤتمر الصحفي المشترك إن العلاقات ممتازة.')).toEqual([]);
  });
});
