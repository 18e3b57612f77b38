import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { parseInstitution } from '@/lib/officials/titles';
import { toWords } from '@/lib/officials/words';
import { analyze } from '@/lib/analyze';

describe('round 40: heads of international courts, banks and commissions', () => {
  it('an international court or development bank is headed by its President', () => {
    expect(roleToEnglish('رئيسة محكمة العدل الدولية')).toBe('President of the International Court of Justice');
    expect(roleToEnglish('رئيس البنك الأفريقي للتنمية')).toBe('President of the African Development Bank');
    expect(roleToEnglish('نائبة رئيس بنك الاستثمار الأوروبي')).toBe('Vice President of the European Investment Bank');
    expect(roleToEnglish('رئيس مفوضية الإيكواس')).toBe('President of the ECOWAS Commission');
  });
  it('«المفوض العام» is a Commissioner-General, also after «نائب» (the modifier opens the office)', () => {
    expect(roleToEnglish('المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين')).toBe('Commissioner-General of UNRWA');
    expect(roleToEnglish('نائب المفوض العام')).toBe('Deputy Commissioner-General');
    expect(roleToEnglish('المفوضة العامة للأونروا')).toBe('Commissioner-General of UNRWA');
    expect(roleToEnglish('الوزير المفوض')).toBe('Plenipotentiary Minister');
  });
  it("a union's delegation or mission is the EU Delegation, the UN Mission", () => {
    expect(roleToEnglish('رئيس وفد الاتحاد الأوروبي لدى مصر')).toBe('Head of the EU Delegation to Egypt');
    expect(roleToEnglish('رئيس قسم التعاون بوفد الاتحاد الأوروبي بالقاهرة')).toBe('Head of the Cooperation Department at the EU Delegation in Cairo');
    expect(roleToEnglish('رئيس بعثة الأمم المتحدة في ليبيا')).toBe('Head of the UN Mission in Libya');
  });
  it('a region named by two places may be written with a hyphen («جهة الدار البيضاء-سطات»)', () => {
    expect(roleToEnglish('والي جهة الدار البيضاء-سطات')).toBe('Governor of the Casablanca-Settat Region');
    expect(roleToEnglish('والي جهة مراكش-آسفي')).toBe('Governor of the Marrakech-Safi Region');
  });
});

describe('round 40: a style of address after a body noun names no body', () => {
  it('«وزير دولة وسعادة X»: «وسعادة» opens the next person, it is no name of the state', () => {
    const words = toWords('دولة وسعادة محمد سعيد');
    expect(parseInstitution(words, words.map((w) => w.norm), 0, /^(و|ف)?(ل{1,2}|ب)?$/)?.inst.of).toBeNull();
  });
});

describe('round 40: a ministry of «التجارة» of the state most of the article’s officials serve', () => {
  it('is Trade when the officials beside it are mostly Egyptian, though the article is a visit', () => {
    const text = 'التقى وزير الخارجية سامح شكري اليوم نظيره الفيتنامي فام بينه مينه في القاهرة، بحضور السفير الصيني لياو ليتشيانغ. ومن المقرر أن يلتقى الوزير الفيتنامى اليوم الدكتور مصطفى مدبولى رئيس مجلس الوزراء المصري، كما يلتقى المهندس عمرو نصار وزير التجارة والصناعة.';
    const nassar = analyze(text).officials.find((o) => o.name_ar === 'عمرو نصار');
    expect(nassar?.role_en).toBe('Minister of Trade and Industry');
  });
});
