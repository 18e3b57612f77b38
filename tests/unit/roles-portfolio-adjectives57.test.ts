import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { analyze } from '@/lib/analyze';

// An adjective that agrees with a minister's portfolio qualifies the portfolio, masculine as well as feminine; one of
// the holder (his nationality, his time, a federal office) stays the minister's.
describe('the adjective of a minister’s portfolio', () => {
  it('a domain’s masculine adjective after a masculine portfolio is the portfolio’s', () => {
    expect(roleToEnglish('وزير التكامل الاقتصادي')).toBe('Minister of Economic Integration');
    expect(roleToEnglish('وزير الإصلاح الزراعي')).toBe('Minister of Agricultural Reform');
    expect(roleToEnglish('وزير التعاون الإقليمي')).toBe('Minister of Regional Cooperation');
    expect(roleToEnglish('وزير الاستثمار السياحي')).toBe('Minister of Tourism Investment');
  });
  it('and so for a minister of state, a deputy and an assistant minister', () => {
    expect(roleToEnglish('وزير الدولة للتكامل الاقتصادي')).toBe('Minister of State for Economic Integration');
    expect(roleToEnglish('نائب وزير التكامل الاقتصادي')).toBe('Deputy Minister of Economic Integration');
    expect(roleToEnglish('مساعد وزير التكامل الاقتصادي')).toBe('Assistant Minister of Economic Integration');
  });
  it('a domain’s feminine adjective the vocabulary had not listed', () => {
    expect(roleToEnglish('وزيرة التنمية البشرية')).toBe('Minister of Human Development');
    expect(roleToEnglish('وزير السياحة البيئية')).toBe('Minister of Environmental Tourism');
  });
  it('while the holder’s nationality and time stay his', () => {
    expect(roleToEnglish('وزير التكامل الاقتصادي السابق')).toBe('Former Minister of Economic Integration');
    expect(roleToEnglish('وزير التعليم الكويتي')).toBe('Kuwaiti Minister of Education');
  });
  it('a federal office is the minister’s, masculine portfolio or feminine', () => {
    expect(roleToEnglish('وزير العدل الاتحادي')).toBe('Federal Minister of Justice');
    expect(roleToEnglish('وزيرة المالية الاتحادية')).toBe('Federal Minister of Finance');
  });
  it('reads the holder’s name after the portfolio’s adjective', () => {
    const r = analyze('وقال وزير السياحة البيئية سامي فؤاد إن الموسم واعد.');
    expect(r.officials.map((o) => [o.name_ar, o.role_en])).toContainEqual(['سامي فؤاد', 'Minister of Environmental Tourism']);
  });
});

// «فرع»: a branch of a body is a body of its own, headed by its Head (or Director), and no word of a name.
describe('the branch of a body', () => {
  it('is headed as a body, with its place', () => {
    expect(roleToEnglish('رئيس فرع الحزب في البصرة')).toBe('Head of the Party Branch in Basra');
  });
  it('is no name of the holder', () => {
    const r = analyze('وقال مدير فرع الهلال الأحمر في حمص سمير نادر إن القوافل وصلت.');
    expect(r.officials.map((o) => o.name_ar)).toEqual(['سمير نادر']);
  });
});
