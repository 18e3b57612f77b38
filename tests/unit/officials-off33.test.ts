import { describe, expect, it } from 'vitest';
import { findNamedPeople, findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);
const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a present verb in the dual or plural after an office is no name', () => {
  it('reads no counterpart in a headline whose two officials discuss something', () => {
    expect(names('وزير الخارجية ونظيره العراقي يبحثان ترسيم الحدود البحرية وتنظيم الملاحة').some((n) => n.includes('يبحثان'))).toBe(false);
    expect(names('وزير الداخلية ونظيره الأردني يؤكدان أهمية التنسيق الأمني').some((n) => n.includes('يؤكدان'))).toBe(false);
  });

  it('still reads a counterpart named after the nationality', () => {
    expect(names('التقى وزير الخارجية ونظيره العراقي فؤاد حسين في الكويت.')).toContain('فؤاد حسين');
  });
});

describe('an office the grammar did not know cut a title short', () => {
  it('reads Keeper of the Seals as a second office of the Minister of Justice', () => {
    const text = 'في المقابل، قال وزير العدل حافظ الأختام، بلقاسم زغماتي، في تصريح صحافي إن القضاء مستقل.';
    expect(names(text)).toContain('بلقاسم زغماتي');
    expect(names(text)).not.toContain('حافظ الأختام');
    expect(byName(text, 'بلقاسم زغماتي')?.role_en).toMatch(/^Minister of Justice/);
  });

  it('reads an international force as a body, not as the first words of a name', () => {
    const text = 'وقال الناطق الرسمي باسم القوة الدولية أندريا تيننتي إن الوضع هادئ على الحدود.';
    expect(names(text)).toContain('أندريا تيننتي');
    expect(names(text).some((n) => n.includes('القوة'))).toBe(false);
  });

  it('reads the affairs of a region named with «منطقة»', () => {
    const text = 'التقت الوزيرة نائب رئيس البنك الدولي لشؤون منطقة الشرق الأوسط وشمال إفريقيا فريد بلحاج، وبحثت معه أوجه التعاون.';
    expect(byName(text, 'فريد بلحاج')?.role_en).toBe('Vice President of the World Bank for the Middle East and North Africa');
  });
});

describe('an editor-in-chief is a journalist, not an official', () => {
  it('makes the editor-in-chief of a paper a person', () => {
    const text = 'وقال رئيس تحرير صحيفة الأهرام علاء ثابت إن الصحيفة ستواصل التغطية.';
    const { officials, people } = findNamedPeople(text);
    expect(officials.map((o) => o.name_ar)).not.toContain('علاء ثابت');
    expect(people.map((p) => p.name_ar)).toContain('علاء ثابت');
  });

  it('does not take «تحرير» for the first word of a name', () => {
    const text = 'أما رئيس تحرير ويكيليكس كريستين هرافنسون، وهو صحفي آيسلندي، فقال إن القرار غير قانوني.';
    expect(names(text).some((n) => n.includes('تحرير'))).toBe(false);
  });
});

describe('a known short name followed by a father\'s name and a family name', () => {
  it('keeps the whole name of three words closing the sentence', () => {
    const text = 'ورافقه سفير الصومال لدى تركيا عبد الله محمد طوبي. وترأس الجانب الآخر وزير الخارجية.';
    expect(names(text)).toContain('عبد الله محمد طوبي');
    expect(names(text)).not.toContain('عبد الله');
  });

  it('still reads King Abdullah where a verb follows his name', () => {
    const text = 'واستقبل العاهل الأردني الملك عبد الله الثاني الوزير في قصر الحسينية.';
    expect(names(text).some((n) => n.startsWith('عبد الله'))).toBe(true);
  });
});

describe('portfolios the vocabulary lacked', () => {
  it('reads urban development as a portfolio joined to another', () => {
    expect(byName('وقال وزير البيئة والتطوير العمراني السابق مراد كوروم إنه يهنئ منافسه.', 'مراد كوروم')?.role_en).toBe('Former Minister of Environment and Urban Development');
  });

  it('reads the food and natural resources portfolios, alone or joined', () => {
    expect(byName('وقال وزير الثروات الطبيعية في حكومة إقليم كردستان، آشتي هورامي، إن الصادرات لن تتأثر.', 'آشتي هورامي')?.role_en).toMatch(/^Minister of Natural Resources/);
    expect(byName('وحضر وزير الغذاء والزراعة والثروة الحيوانية أحمد أشرف فاكي بابا، ورئيس الأركان.', 'أحمد أشرف فاكي بابا') ?? byName('وحضر وزير الغذاء والزراعة والثروة الحيوانية أحمد أشرف فاكي بابا، ورئيس الأركان.', 'أحمد أشرف فاكي')).toBeTruthy();
  });
});

describe('an adviser of someone named by his name alone, then the affairs, then the holder', () => {
  it('gives the office to the name after the affairs, not to the one served', () => {
    const text = 'في حضور مستشار الحريري للشؤون الدولية زياد غندور، وجرى عرض للأوضاع على الحدود.';
    expect(byName(text, 'زياد غندور')?.role_en).toBe('Adviser to Hariri for International Affairs');
    expect(byName(text, 'الحريري')?.role_en ?? '').not.toMatch(/Adviser|Counsellor/);
  });

  it('reads an adviser whose affairs have two words', () => {
    const text = 'وقال مستشار أردوغان لشؤون الأمن القومي محمد علي أوزتورك إن بلاده لن تتراجع.';
    expect(names(text)).toContain('محمد علي أوزتورك');
  });
});

describe('a counterpart in a paragraph that names nobody before him', () => {
  it('holds the office of the one the paragraph before named', () => {
    const text = 'أكد رئيس البرلمان التركي مصطفى شنطوب، الثلاثاء، وقوف بلاده إلى جانب ألبانيا.\n\nجاء ذلك خلال استقباله نظيره الألباني غراموز روتشي، والوفد المرافق له، في مقر البرلمان.';
    expect(byName(text, 'غراموز روتشي')?.role_en).toBe('Albanian Speaker of Parliament');
  });
});

describe('a foreign name of two words after an office and a military rank', () => {
  it('reads the pair when one word is of no language and the name closes', () => {
    expect(names('وقال رئيس هيئة الأركان العامة الفريق سعري مكونن إن الجيش مستعد.')).toContain('سعري مكونن');
    expect(names('وضم الوفد رئيس هيئة الأركان العامة الفريق سعري مكونن، ومدير المكتب.')).toContain('سعري مكونن');
  });

  it('reads no pair that runs on into the sentence', () => {
    expect(names('وقال رئيس هيئة الأركان العامة الفريق سعري مكونن الجديد في الجيش').some((n) => n.startsWith('سعري'))).toBe(false);
  });
});
