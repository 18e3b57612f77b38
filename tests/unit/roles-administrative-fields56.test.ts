import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('the fields a directorate or a service is named after (assets/administrative-fields.json)', () => {
  it('a director of a field keeps the field', () => {
    expect(roleToEnglish('مدير التوثيق')).toBe('Director of Documentation');
    expect(roleToEnglish('مدير التدقيق الداخلي')).toBe('Director of Internal Audit');
    expect(roleToEnglish('رئيس مصلحة الصيانة')).toBe('Head of the Maintenance Authority');
  });
  it('fields joined by و are one directorate', () => {
    expect(roleToEnglish('مدير الدراسات والتوقعات المالية')).toBe('Director of Studies and Financial Forecasts');
    expect(roleToEnglish('المدير العام للتوثيق والهجرة في وزارة الداخلية')).toBe('Director General of Documentation and Migration at the Ministry of Interior');
  });
  it('a body named for a field it fights keeps it', () => {
    expect(roleToEnglish('المدير التنفيذي لوكالة مكافحة المنشطات')).toBe('Executive Director of the Anti-Doping Agency');
  });
  it('a minister whose first portfolio is such a field keeps the whole series', () => {
    expect(roleToEnglish('وزيرة الجامعات والبحث العلمي')).toBe('Minister of Universities and Scientific Research');
  });
  it('a ministry named after a portfolio of its own keeps it, with the rest of its series', () => {
    expect(roleToEnglish('وزير الاندماج والتنمية الإقليمية')).toBe('Minister of Integration and Regional Development');
    expect(roleToEnglish('وزير قدامى المحاربين')).toBe('Minister of Veterans');
    expect(roleToEnglish('وزيرة العلوم والابتكار والتكنولوجيا والاتصالات')).toBe('Minister of Science, Innovation, Technology and Communications');
  });
  it('a field word that is also a common verb or noun is left out («نشر» published, «منح» granted)', () => {
    const text = 'وقالت الشركة في بيان للشركة نشر الخميس إن أرباحها ارتفعت. ويرى أستاذ العلوم السياسية في جامعة القاهرة، سامي عادل، أن الوضع صعب.';
    expect(findOfficials(text).map((o) => o.role_en)).not.toContain('Publishing Company');
  });
  it('in an article', () => {
    const text = 'وحضر الاجتماع مدير الدراسات والتوقعات المالية كريم العلوي إلى جانب ممثلين عن الوزارة.';
    expect(roleOf(text, 'العلوي')).toBe('Director of Studies and Financial Forecasts');
  });
});

describe('military commands by the names armies give them', () => {
  it('«آمر» written with its madda before a force is its Commander', () => {
    expect(roleToEnglish('آمر الحرس الوطني')).toBe('Commander of the National Guard');
    expect(roleToEnglish('وآمر القوات البحرية')).toBe('Commander of the Naval Forces');
  });
  it('«أمر» (he ordered) is no office', () => {
    expect(roleToEnglish('أمر القوات البحرية')).toBeNull();
  });
  it('the office is kept before the rank that follows it', () => {
    const text = 'وحضر اللقاء آمر الحرس الوطني العميد سالم الورفلي وعدد من الضباط.';
    expect(roleOf(text, 'الورفلي')).toBe('Commander of the National Guard');
  });
  it('«قائد أركان» is the Chief of the General Staff', () => {
    expect(roleToEnglish('قائد أركان الجيش')).toBe('Chief of the General Staff of the Army');
  });
  it('a general\'s French rank between the office and the name is his rank, not his name', () => {
    const text = 'وحضر الاجتماع القائد العام للدرك الملكي الجنرال دو ديفيزيون سعيد الإدريسي إلى جانب مسؤولين آخرين.';
    const o = findOfficials(text).find((x) => x.name_ar.endsWith('الإدريسي'));
    expect(o?.name_ar).toBe('سعيد الإدريسي');
    expect(o?.role_en).toBe('Commander-in-Chief of the Royal Gendarmerie');
  });
  it('the gendarmerie is a force with a commander', () => {
    expect(roleToEnglish('قائد الدرك')).toBe('Commander of the Gendarmerie');
    expect(roleToEnglish('القائد العام للدرك الملكي')).toBe('Commander-in-Chief of the Royal Gendarmerie');
  });
});

describe('the affairs of the states of a region', () => {
  it('«لشؤون دول <region>» is the region\'s affairs', () => {
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون دول الخليج')).toBe('Assistant Minister of Foreign Affairs for Gulf Affairs');
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون دول حوض النيل')).toBe('Assistant Minister of Foreign Affairs for Nile Basin Affairs');
  });
  it('the office stays the one stated after a diplomat\'s style', () => {
    const text = 'وشارك في الاجتماع السفير حسام الدين فؤاد مساعد وزير الخارجية لشؤون دول حوض النيل، إلى جانب خبراء.';
    expect(roleOf(text, 'فؤاد')).toBe('Assistant Minister of Foreign Affairs for Nile Basin Affairs');
  });
});
