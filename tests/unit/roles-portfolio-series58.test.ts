import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a minister\'s series of portfolios read to its end', () => {
  it('portfolios of Maghreb and African governments (assets/administrative-fields.json)', () => {
    expect(roleToEnglish('وزير الفلاحة والتنمية القروية')).toBe('Minister of Agriculture and Rural Development');
    expect(roleToEnglish('وزيرة العمل الاجتماعي والتضامن')).toBe('Minister of Social Action and Solidarity');
    expect(roleToEnglish('وزير المقاولة الصغرى والتشغيل والكفاءات')).toBe('Minister of Small Business, Employment and Skills');
    expect(roleToEnglish('وزير المؤسسات الصغيرة والمتوسطة')).toBe('Minister of Small and Medium Enterprises');
    expect(roleToEnglish('وزيرة الصناعة التقليدية والاقتصاد الاجتماعي والتضامني')).toBe('Minister of Handicrafts, Social and Solidarity Economy');
  });
  it('a region a minister answers for heads the series', () => {
    expect(roleToEnglish('وزيرة أوروبا والشؤون الخارجية')).toBe('Minister of Europe and Foreign Affairs');
    expect(roleToEnglish('وزير أوروبا')).toBe('Minister of Europe');
  });
  it('a second adjective joined by و qualifies the same portfolio', () => {
    expect(roleToEnglish('وزير التجارة الداخلية والخارجية')).toBe('Minister of Internal and Foreign Commerce');
    expect(roleToEnglish('وزير التنمية الاقتصادية والاجتماعية')).toBe('Minister of Economic and Social Development');
    expect(roleToEnglish('وزيرة الشؤون السياسية والبرلمانية')).toBe('Minister of Political and Parliamentary Affairs');
  });
  it('a portfolio of one word and a second portfolio stay two', () => {
    expect(roleToEnglish('وزير الخارجية والمالية')).toBe('Minister of Foreign Affairs and Finance');
    expect(roleToEnglish('وزير الخارجية والتعاون الدولي')).toBe('Minister of Foreign Affairs and International Cooperation');
    expect(roleToEnglish('وزير الاقتصاد الرقمي والمالية')).toBe('Minister of Digital Economy and Finance');
  });
});
