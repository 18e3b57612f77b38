import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);

// Every head in assets/titles.json has its feminine (scripts/fem-titles.mjs derives them: ة on the head word, the
// agreeing adjective in the feminine, a construct complement kept), so a woman holding the office is found too.
describe('a woman in an office whose feminine the vocabulary lacked', () => {
  it('before her name', () => {
    expect(officials('قالت المدعية العامة لولاية ميشيغان دانا نيسيل إن الدعوى ستستمر.')).toEqual([['دانا نيسيل', 'Attorney General of Michigan']]);
    expect(officials('وقالت الملحقة العسكرية في السفارة الفرنسية كلير دوبون إن التعاون مستمر.')).toEqual([['كلير دوبون', 'Military Attaché at the French Embassy']]);
    expect(officials('وقالت كبيرة المفاوضين الكولومبيين ماريا روميرو إن المحادثات توقفت.')).toEqual([['ماريا روميرو', 'Colombian Chief Negotiator']]);
    expect(officials('وقالت المفتشة العامة لوزارة الدفاع نورا خليل إن التحقيق بدأ.')).toEqual([['نورا خليل', 'Inspector General of the Ministry of Defense']]);
    expect(officials('وقالت النائبة العامة هالة يوسف إن القضية أحيلت إلى المحكمة.')).toEqual([['هالة يوسف', 'Attorney General']]);
    expect(officials('وقالت المراقبة العامة للجماعة سلمى الحسيني إن الاجتماع تأجل.')).toEqual([['سلمى الحسيني', 'General Supervisor of the Group']]);
  });
  it('in apposition after her name', () => {
    expect(officials('وأكدت آنا شميدت، المدعية العامة للولاية، أن التحقيق مستمر.')).toEqual([['آنا شميدت', 'Attorney General of the State']]);
    expect(officials('وحضرت اللقاء السيدة آنا شميدت، الملحقة التجارية في السفارة الألمانية.')).toEqual([['آنا شميدت', 'Commercial Attaché at the German Embassy']]);
  });
  it('and the title alone reads as the masculine does', () => {
    expect(roleToEnglish('المفوضة السامية')).toBe(roleToEnglish('المفوض السامي'));
    expect(roleToEnglish('الممثلة العليا للاتحاد الأوروبي')).toBe('EU High Representative');
    expect(roleToEnglish('رئيسة هيئة الأركان الكندية')).toBe(roleToEnglish('رئيس هيئة الأركان الكندية'));
    expect(roleToEnglish('القائدة العامة للقوات المسلحة')).toBe(roleToEnglish('القائد العام للقوات المسلحة'));
    expect(roleToEnglish('كبيرة مستشاري الرئيس')).toBe(roleToEnglish('كبير مستشاري الرئيس'));
    expect(roleToEnglish('الرئيسة التنفيذية للشركة')).toBe(roleToEnglish('الرئيس التنفيذي للشركة'));
  });
  it('while «رئيسة مجلس النواب» still names the chamber', () => {
    expect(roleToEnglish('رئيسة مجلس النواب الأمريكي')).toBe('Speaker of the US House of Representatives');
  });
});

// An attaché's or adviser's field, after the head in either gender, is named before it in English.
describe('the field of an attaché or adviser (labour, agricultural, press, defense, health)', () => {
  it('is rendered, for a woman and a man alike', () => {
    expect(roleToEnglish('الملحقة العمالية في السفارة المصرية')).toBe('Labour Attaché at the Egyptian Embassy');
    expect(roleToEnglish('الملحق العمالي في السفارة المصرية')).toBe('Labour Attaché at the Egyptian Embassy');
    expect(roleToEnglish('الملحق الصحي')).toBe('Health Attaché');
    expect(roleToEnglish('المستشار الصحفي للرئيس')).toBe('Press Adviser to the President');
  });
  it('and the woman or man after whom it stands is found', () => {
    expect(officials('وحضرت السيدة إلينا بتروفا الملحقة العمالية في السفارة البلغارية.')).toEqual([['إلينا بتروفا', 'Labour Attaché at the Bulgarian Embassy']]);
    expect(officials('وقالت المستشارة الصحفية للرئيس ليلى حسن إن الزيارة تأجلت.')).toEqual([['ليلى حسن', 'Press Adviser to the President']]);
    expect(officials('وقال الملحق الزراعي الهولندي يان دي فريس إن الصادرات ارتفعت.')).toEqual([['يان دي فريس', 'Dutch Agricultural Attaché']]);
  });
});

// محافظة is a governorate, so the Governor head has no feminine in the vocabulary; before a bank it is the woman who
// governs it (matchHead, mayStartTitle's next word).
describe('a woman who governs a central bank («محافظة البنك المركزي»)', () => {
  it('is its Governor, before her name and in apposition', () => {
    expect(officials('وقالت محافظة البنك المركزي الأوروبي كريستين لاغارد إن التضخم تباطأ.')).toEqual([['كريستين لاغارد', 'Governor of the European Central Bank']]);
    expect(officials('وأكدت ميشيل بولوك، محافظة بنك الاحتياط الأسترالي، أن الفائدة ثابتة.').map(([n]) => n)).toEqual(['ميشيل بولوك']);
    expect(roleToEnglish('محافظة مصرف لبنان')).toBe(roleToEnglish('محافظ مصرف لبنان'));
  });
  it('while a governorate stays a place', () => {
    expect(officials('وفي محافظة القاهرة قال أحمد علي إن الطرق مغلقة.')).toEqual([]);
    expect(roleToEnglish('محافظة القاهرة')).toBeNull();
  });
});
