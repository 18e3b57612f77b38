import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials;
const names = (text: string) => officials(text).map((o) => o.name_ar);

describe('a word that continues an office is no name', () => {
  it('reads a portfolio repeated to open a longer one as that portfolio, not as a doubled word', () => {
    const found = officials('وشارك في الحفل السيد أحمد بن سالم الكواري وزير التربية والتعليم والتعليم العالي، وعدد من المسؤولين.');
    expect(found.map((o) => o.name_ar)).toEqual(['أحمد بن سالم الكواري']);
    expect(found[0]!.role_en).toBe('Minister of Education and Higher Education');
  });

  it('still skips a word doubled by mistake', () => {
    expect(names('واستقبل وزير الدفاع الدفاع محمد العلي الوفد.')).toEqual(['محمد العلي']);
  });

  it('reads «الدبلوماسية» after a noun with a possessive pronoun as its adjective, not a diplomat', () => {
    expect(names('وأكد أن الدولة حريصة على توسيع شبكة علاقاتها الدبلوماسية مع مختلف دول العالم، بما يخدم المصالح المشتركة.')).toEqual([]);
    expect(names('وعزز البلدان علاقاتهما الدبلوماسية مع مختلف دول المنطقة.')).toEqual([]);
  });

  it('keeps a masculine «الدبلوماسي» after a feminine noun it does not agree with as the diplomat', () => {
    expect(names('وشارك في جلسات الوساطة الدبلوماسي الكيني جوزيف كاماو نجوغونا.')).toContain('جوزيف كاماو نجوغونا');
  });

  it('keeps a diplomat after a comma as an office in apposition, with its name', () => {
    expect(names('وقال مدير حملته، الدبلوماسي السابق عبد الله باعلي، إن المرشح يتعرض لحملة.')).toContain('عبد الله باعلي');
  });
});
