import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a consul general in the indefinite construct, and a Libyan mayor', () => {
  it('reads «قنصل عام BLAD في CITY X» as the consul general', () => {
    const o = find('وزار قنصل عام اليونان في بنغازي ديميتريس كوستاس مقر البلدية.', 'ديميتريس كوستاس');
    expect(o?.role_en).toBe('Consul General of Greece in Benghazi');
    expect(find('والتقت قنصلة عامة السويد في إسطنبول آنا لارسون بالوالي.', 'آنا لارسون')?.role_en).toMatch(/^Consul General of Sweden/);
  });

  it('says Consul General, not General Consul, in the definite form', () => {
    expect(find('وحضر القنصل العام الهندي في جدة راجيش كومار الحفل.', 'راجيش كومار')?.role_en).toBe('Indian Consul General in Jeddah');
  });

  it('reads «عميد بلدية TOWN X» as the mayor', () => {
    expect(find('وقال عميد بلدية مصراتة محمود السقوطري إن الخدمات تحسنت.', 'محمود السقوطري')?.role_en).toBe('Mayor of Misrata');
    expect(find('وأكدت عميدة بلدية غريان سعاد المبروك أن المياه عادت.', 'سعاد المبروك')?.role_en).toBe('Mayor of Gharyan');
  });
});

describe('the country of a city that is not a capital', () => {
  it('gives a governor of Alexandria, Basra or Aleppo their country', () => {
    expect(find('وقال محافظ الإسكندرية عادل حمدي إن الطرق جاهزة.', 'عادل حمدي')?.country).toBe('EG');
    expect(find('وقال محافظ البصرة نزار الحلفي إن الميناء مغلق.', 'نزار الحلفي')?.country).toBe('IQ');
    expect(find('وقال محافظ حلب سامر العمر إن الكهرباء عادت.', 'سامر العمر')?.country).toBe('SY');
  });
});

describe('a family name that is a town with the nisba ending, without the article', () => {
  it('reads «X تبريزي», «X موصلي», «X اصفهاني» after a title as the whole name', () => {
    expect(find('والتقى السفير الإيراني لدى الكويت محمد تبريزي بالوزير.', 'محمد تبريزي')?.country).toBe('IR');
    expect(find('وقال النائب العراقي أحمد موصلي إن الجلسة تأجلت.', 'أحمد موصلي')).toBeDefined();
    expect(find('وقال السفير الإيراني في بغداد حسن اصفهاني إن الزيارة مهمة.', 'حسن اصفهاني')).toBeDefined();
  });

  it('leaves a country adjective after a title a description', () => {
    expect(findOfficials('وقال مسؤول عماني إن الاتفاق مهم.').map((o) => o.name_ar)).toEqual([]);
    expect(findOfficials('وقال دبلوماسي كويتي إن الاتفاق مهم.').map((o) => o.name_ar)).toEqual([]);
  });
});

describe('a country named by its official name without «جمهورية»', () => {
  it('reads «وزير خارجية الكونغو الديمقراطية X» and «رئيس وزراء أفريقيا الوسطى X»', () => {
    expect(find('والتقى وزير خارجية الكونغو الديمقراطية كريستوف لوتوندولا بالوزير.', 'كريستوف لوتوندولا')?.country).toBe('CD');
    expect(find('واستقبل الرئيس وزيرة دفاع أفريقيا الوسطى ماري نويل كويارا.', 'ماري نويل كويارا')?.country).toBe('CF');
    expect(findOfficials('وقال وزير الخارجية إن الوضع المالي صعب.')).toEqual([]);
  });
});

describe('a head named only after «برئاسة», past the body\'s sitting', () => {
  it('makes X the chairman of the body that held «جلسته/اجتماعها/أعمالها» under X', () => {
    expect(find('وعقدت اللجنة المشتركة اجتماعها برئاسة خالد العنزي.', 'خالد العنزي')?.role_en).toBe('Chairman of the Joint Committee');
    expect(find('واختتمت اللجنة الوزارية أعمالها برئاسة منى الخليلي.', 'منى الخليلي')?.role_en).toBe('Chairman of the Ministerial Committee');
    expect(find('وعقد المجلس الاستشاري اجتماعه الطارئ برئاسة فادي الخوري.', 'فادي الخوري')?.role_en).toMatch(/Advisory Council/);
  });
});
