import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { roleToEnglish } from '../../lib/english/roles';

// Round 68, roles: the sectors of a ministry of trade are fields a sector or a service is named after; a bloc named after
// a party the vocabulary knows is that party's; and a bloc in a chamber that sits in parliamentary groups is a Group.

const roleOf = (text: string, nameAr: string) => analyze(text).officials.find((o) => o.name_ar === nameAr)?.role_en;

describe('the sectors of a ministry of trade', () => {
  // Written for the test.
  it('names the sector or service by its field', () => {
    expect(roleToEnglish('رئيس قطاع الاتفاقيات التجارية')).toBe('Head of the Trade Agreements Sector');
    expect(roleToEnglish('رئيس جهاز التمثيل التجاري')).toBe('Head of the Commercial Representation Service');
    expect(roleToEnglish('رئيس قطاع المناطق الحرة')).toBe('Head of the Free Zones Sector');
    expect(roleToEnglish('مستشار الوزير لشؤون الاتفاقات')).toBe('Adviser to the Minister for Agreements Affairs');
  });
});

describe('a bloc named after a known party', () => {
  // Written for the test.
  it('is the party\'s, quoted or not', () => {
    expect(roleToEnglish('رئيسة كتلة فرنسا الأبية')).toBe('Head of the France Unbowed Bloc');
    const text = 'بيروت- قال رئيس كتلة «التجمع الوطني» النائب سمير خوري إن الحكومة تأخرت.';
    expect(roleOf(text, 'سمير خوري')).toMatch(/^Head of the National Rally Bloc/);
  });
});

describe('a bloc of a chamber that sits in parliamentary groups', () => {
  // Written for the test.
  it('is a Group in Paris', () => {
    const text = 'باريس- دعت رئيسة كتلة «فرنسا الأبية» في الجمعية الوطنية الفرنسية كلير دوبون إلى انتخابات مبكرة في فرنسا. وقال رئيس الكتلة الاشتراكية جان مارتان إن الحزب مستعد للحوار.';
    expect(roleOf(text, 'جان مارتان')).toBe('Head of the Socialist Group');
  });

  // Written for the test.
  it('stays a Bloc in Beirut', () => {
    const text = 'بيروت- قال رئيس الكتلة الاشتراكية النائب سمير خوري إن الحكومة تأخرت في لبنان.';
    expect(roleOf(text, 'سمير خوري')).toMatch(/Socialist Bloc/);
  });
});
