import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 67, delegations (recall): one of an organisation's delegation whose title places him in its office in the host's
// city («كبيرة الاقتصاديين في مكتب بغداد») stays with the organisation, even when the host's reception reads him as one of
// the parties it received (a country's side by his title's place). Sentences written for the test.

describe('findDelegations: the organisation’s staff in its office in the host’s city', () => {
  it('keeps «والخبيرة الاقتصادية في مكتب بيروت W» with the mission the host received', () => {
    const text = [
      'وزير المالية اللبناني يبحث مع البنك الدولي تمويل مشاريع المياه',
      'بيروت - بحث وزير المالية اللبناني يوسف الخليل، الاثنين، مع نائب رئيس البنك الدولي لمنطقة الشرق الأوسط عثمان ديون، سبل تمويل مشاريع المياه والطاقة.',
      'وذكر بيان لوزارة المالية أن الخليل استقبل في مكتبه ببيروت ديون والوفد المرافق له، الذي ضم مدير مكتب البنك الدولي في لبنان جان بيسمي، والخبيرة الاقتصادية في مكتب بيروت سارة الخوري.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'سارة الخوري')).toBe('World Bank');
    expect(sideOf(found, 'يوسف الخليل')).toBe('Lebanon');
  });
});
