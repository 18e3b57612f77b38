import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);
const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a name, a comma and its office in an attendance list', () => {
  it('closes the name with a family nisba the lexicon also reads as a word («منيرة العنزي، مديرة …»)', () => {
    expect(find('وحضر اللقاء منيرة العنزي، مديرة إدارة التعاون الدولي بوزارة الخارجية، والسفير.', 'منيرة العنزي')?.role_en).toMatch(/^Director/);
    expect(names('وشارك في الاجتماع فهد المطيري، رئيس هيئة الاستثمار، وعدد من المسؤولين.')).toContain('فهد المطيري');
  });

  it('reads a rank between the comma and the office with the name before it («X Y، العميد مدير …»)', () => {
    const o = find('وحضر المباحثات، عن الجانب الأردني، خالد العبادي، العميد مدير الأمن الوقائي، والسفير.', 'خالد العبادي');
    expect(o?.role_en).toMatch(/^Director/);
    expect(names('وضم الوفد سامر النجار، اللواء قائد حرس الحدود، ومساعديه.')).toContain('سامر النجار');
  });

  it('reads a grade that is a head word of its own («X Y، الوالي مدير …») with the name before it', () => {
    const o = find('وحضر المباحثات، عن الجانب المغربي، سعيد بنعلي، الوالي مدير الشؤون القنصلية بوزارة الخارجية، والسفير.', 'سعيد بنعلي');
    expect(o?.role_en).toMatch(/^Director/);
    expect(names('وحضر اللقاء عن الجانب المغربي يوسف الإدريسي، الوالي المدير العام للأمن الوطني، والسفير.')).toContain('يوسف الإدريسي');
  });
});

describe('offices the title grammar did not know', () => {
  it("reads Kenya's «السكرتير الرئيسي» as Principal Secretary", () => {
    expect(find('وقال السكرتير الرئيسي لوزارة المالية جوزيف كاماو إن الموازنة جاهزة.', 'جوزيف كاماو')?.role_en).toBe('Principal Secretary of the Ministry of Finance');
    expect(find('وقالت السكرتيرة الرئيسية لوزارة الصحة ماري موثوني إن اللقاحات وصلت.', 'ماري موثوني')?.role_en).toMatch(/^Principal Secretary/);
  });

  it('reads «المدير القطري ل + body» as a Country Director, not a Qatari director', () => {
    const o = find('وقالت المديرة القطرية للبنك الدولي في الأردن هولي بنر إن التمويل جاهز.', 'هولي بنر');
    expect(o?.role_en).toMatch(/^Country Director of the World Bank/);
    expect(o?.country).not.toBe('QA');
    expect(find('وقال المدير القطري لبرنامج الأغذية العالمي ريتشارد راغان إن المساعدات وصلت.', 'ريتشارد راغان')?.role_en).toMatch(/^Country Director of the World Food Programme/);
  });

  it('reads a chief economist, a peace and security commissioner and a mediation team', () => {
    expect(find('وقال كبير الاقتصاديين في صندوق النقد الدولي بيير أوليفييه إن النمو ضعيف.', 'بيير أوليفييه')?.role_en).toMatch(/^Chief Economist/);
    expect(find('وقالت مفوضة السلم والأمن في الاتحاد الأفريقي فاطمة محمد إن الوضع خطير.', 'فاطمة محمد')?.role_en).toMatch(/^Commissioner of Peace and Security/);
    expect(find('وقال رئيس فريق الوساطة الأفريقي ثابو مبيكي إن المحادثات مستمرة.', 'ثابو مبيكي')?.role_en).toMatch(/Mediation Team/);
  });
});

describe("a mayor's town no gazetteer lists, then the mayor's name", () => {
  it('reads «رئيس بلدية TOWN GIVEN FAMILY» with the family name a word of the language', () => {
    expect(find('وقال رئيس بلدية الدبية وليد ملاعب ان الطرق مقطوعة.', 'وليد ملاعب')?.role_en).toMatch(/^Mayor of /);
    expect(find('وأكد رئيس بلدية كفرشوبا قاسم القادري، أن القصف مستمر.', 'قاسم القادري')?.role_en).toMatch(/^Mayor of /);
    expect(find('وقالت عمدة بلدة تيغرت سعاد مزيان إن المياه عادت.', 'سعاد مزيان')).toBeDefined();
  });

  it('leaves the objects of the sentence after a mayor and his town alone', () => {
    expect(names('وافتتح رئيس بلدية الدبية وليد المعرض.')).toEqual([]);
    expect(names('وتفقد رئيس بلدية الدبية مشاريع الطرق الجديدة.')).toEqual([]);
    expect(names('واستقبل رئيس بلدية الدبية الوفد الزائر.')).toEqual([]);
  });
});

describe('a bare body noun standing for the body the article named', () => {
  it('reads «نائب رئيس البنك لمنطقة …» after «البنك الدولي» as the World Bank, for the region', () => {
    const o = find('أعلن البنك الدولي اليوم قرضا جديدا. وقال نائب رئيس البنك لمنطقة الشرق الأوسط وشمال أفريقيا أحمد كوياتي إن القرض مهم.', 'أحمد كوياتي');
    expect(o?.role_en).toBe('Vice President of the World Bank for the Middle East and North Africa Region');
    expect(find('وقالت المديرة الإقليمية للبنك الدولي لمنطقة جنوب آسيا ليلى رامان إن القرض مهم.', 'ليلى رامان')?.role_en).toMatch(/for the South Asia Region$/);
  });

  it('reads «في الصندوق» after «صندوق النقد الدولي» as at the IMF (the press names it short where the article does)', () => {
    const o = find('وقع صندوق النقد الدولي اتفاقا مع مصر. وقالت مديرة إدارة أفريقيا في الصندوق نادية سالم إن الاتفاق مهم.', 'نادية سالم');
    expect(o?.role_en).toMatch(/at the IMF$/);
  });

  it('leaves a region that is a place of its own the body\'s genitive («المجلس التنفيذي لإقليم كردستان»)', () => {
    expect(find('وقال رئيس المجلس التنفيذي لإقليم كردستان سامان حسين إن الاتفاق مهم.', 'سامان حسين')?.role_en).toMatch(/Kurdistan Region/);
  });
});

describe('a title, a rival in the race, then the holder of the title', () => {
  it('reads «TITLE ومنافس RANK في الانتخابات NAME» as NAME holding TITLE', () => {
    const o = find('وقال رئيس الوزراء السابق ومنافس الرئيس في الانتخابات يوسف باتيلي إن الحكومة فاشلة.', 'يوسف باتيلي');
    expect(o?.role_en).toBe('Former Prime Minister');
    expect(find('وقالت رئيسة البرلمان السابقة ومنافسة الرئيس في الانتخابات الرئاسية المقبلة سارة كوفي إن الحكومة فاشلة.', 'سارة كوفي')?.role_en).toMatch(/Former/);
  });

  it('reads the rival as a person of their own when the article names them', () => {
    const found = findOfficials('وانتقد زعيم المعارضة ومنافس أردوغان في الانتخابات أوزغور أوزيل القرار.');
    expect(found.find((o) => o.name_ar === 'أوزغور أوزيل')?.role_en).toBe('Leader of the Opposition');
    expect(found.map((o) => o.name_ar)).toContain('أردوغان');
  });
});

describe("a union of municipalities, and a mayor's town that is a word of the language", () => {
  it('reads «رئيس اتحاد بلديات TOWN X Y» with the town and the name', () => {
    const o = find('وحضر اللقاء رئيس اتحاد بلديات العرقوب أحمد سعدية وأعضاء المجلس.', 'أحمد سعدية');
    expect(o?.role_en).toMatch(/Union of the Municipalities of /);
    expect(find('وقال رئيس اتحاد بلديات زحلة سمير شحادة إن الطرق مقطوعة.', 'سمير شحادة')?.role_en).toMatch(/Union/);
  });

  it('keeps the town a mayor\'s title names before the name («رئيس بلدية صور X Y» → Mayor of …)', () => {
    expect(find('وأكد رئيس بلدية صور رامي حمود أن الأضرار كبيرة.', 'رامي حمود')?.role_en).toMatch(/^Mayor of /);
  });
});

describe('the country or region an office answers for («المسؤول عن X»)', () => {
  it('reads «المديرة القطرية المسؤولة عن COUNTRY X Y» as the Country Director for that country', () => {
    expect(find('وقالت المديرة القطرية المسؤولة عن اليمن هالة سمير إن التمويل جاهز.', 'هالة سمير')?.role_en).toBe('Country Director for Yemen');
    expect(find('وقال مدير المكتب الإقليمي المسؤول عن ليبيا عمر الصادق إن المساعدات وصلت.', 'عمر الصادق')?.role_en).toMatch(/for Libya$/);
  });

  it('leaves «المديرة القطرية المسؤولة عن + a task» no title', () => {
    expect(findOfficials('وقالت المديرة القطرية المسؤولة عن إدارة الفريق إن التدريب بدأ.')).toEqual([]);
  });
});
