import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('the head of an exchange or a market', () => {
  it('a national exchange («السوق المالية» with its state) is its Stock Exchange', () => {
    expect(roleToEnglish('الرئيس التنفيذي للسوق المالية الكويتية')).toBe('CEO of the Kuwaiti Stock Exchange');
  });
  it('an exchange by its own name is no place its first word spells («بورصة» is not Bursa)', () => {
    expect(roleToEnglish('الرئيس التنفيذي لبورصة عمان')).toBe('CEO of the Amman Stock Exchange');
    expect(roleToEnglish('رئيس بلدية بورصة')).toBe('Mayor of Bursa');
  });
  it('the authority of the capital market is named by it', () => {
    expect(roleToEnglish('رئيس هيئة السوق المالية')).toBe('Head of the Capital Market Authority');
    expect(roleToEnglish('نائب رئيس هيئة سوق المال')).toBe('Deputy Head of the Capital Market Authority');
  });
  it('a market in the construct with a place has a board', () => {
    expect(roleToEnglish('رئيس مجلس إدارة سوق الدوحة العالمي')).toMatch(/^Chairman of the Board of Directors of .*Doha.*Market$/);
  });
});

describe('a utility or an operator named by what it does to what it runs', () => {
  it('takes the act after the field, two acts joined sharing it', () => {
    expect(roleToEnglish('رئيس الشركة الوطنية لتوزيع الكهرباء')).toBe('Head of the National Company for Electricity Distribution');
    expect(roleToEnglish('رئيس الشركة التونسية لإدارة وتشغيل المترو')).toBe('Head of the Tunisian Company for Metro Management and Operation');
    expect(roleToEnglish('المدير العام للشركة الوطنية لتكرير البترول')).toBe('Director General of the National Company for Petroleum Refining');
  });
  it('a holding company and the fields of transport and news are named', () => {
    expect(roleToEnglish('رئيس الشركة القابضة للغازات الطبيعية')).toBe('Head of the Holding Company for Natural Gas');
    expect(roleToEnglish('رئيس هيئة الموانئ والملاحة البحرية')).toBe('Head of the Ports and Maritime Navigation Authority');
    expect(roleToEnglish('مدير وكالة الأنباء الرسمية')).toMatch(/News Agency$/);
  });
});
