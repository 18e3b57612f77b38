import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('«دكار», the short spelling of Dakar, is a place, not a name', () => {
  it('reads no person «دكار» after a mayor\'s office', () => {
    const got = names('وقال عمدة دكار، إن المدينتين ستطلقان برنامجا لتبادل الأطر، فيما قال بارتيليمي دياس إن التعاون سيتسع.');
    expect(got.some((n) => n.includes('دكار'))).toBe(false);
  });
  it('an MP for Dakar: the place is the office\'s, not the first word of the name', () => {
    const got = names('وشارك في اللقاء النائب عن دكار أمادو با، إضافة إلى سفير السنغال.');
    expect(got.some((n) => n.includes('دكار'))).toBe(false);
  });
});
