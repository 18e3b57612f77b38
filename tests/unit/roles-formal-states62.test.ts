import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { analyze } from '@/lib/analyze';

describe('a state named with «دولة» before its full name', () => {
  it('is the state itself, its adjectives no office’s', () => {
    expect(roleToEnglish('سفير دولة الإمارات العربية المتحدة')).toBe('Ambassador of the UAE');
    expect(roleToEnglish('وزير خارجية دولة الإمارات العربية المتحدة')).not.toMatch(/Arab/);
  });
  it('keeps the short form too', () => {
    expect(roleToEnglish('سفيرة دولة قطر')).toBe('Ambassador of Qatar');
  });
});

describe('a state English calls by its formal name', () => {
  it('is the Republic of Korea where the Arabic writes «جمهورية كوريا»', () => {
    expect(roleToEnglish('سفير جمهورية كوريا')).toBe('Ambassador of the Republic of Korea');
    expect(roleToEnglish('رئيس جمهورية كوريا')).toBe('President of the Republic of Korea');
  });
  it('stays South Korea or North Korea by their other names', () => {
    expect(roleToEnglish('سفير كوريا الجنوبية')).toBe('Ambassador of South Korea');
    expect(roleToEnglish('سفير جمهورية كوريا الديمقراطية الشعبية')).toBe('Ambassador of North Korea');
  });
  it('leaves the short name of the other republics and kingdoms', () => {
    expect(roleToEnglish('سفير جمهورية بيرو')).toBe('Ambassador of Peru');
    expect(roleToEnglish('سفيرة مملكة السويد')).toBe('Ambassador of Sweden');
  });
  it('in an article, on the official the title names', () => {
    const text = 'سيول - التقى وزير الخارجية المغربي ناصر بوريطة، يوم الثلاثاء، سفير جمهورية كوريا لي مين هو، وبحثا سبل تعزيز التعاون الاقتصادي بين البلدين.';
    const roles = analyze(text).officials.map((o) => o.role_en);
    expect(roles).toContain('Ambassador of the Republic of Korea');
  });
});
