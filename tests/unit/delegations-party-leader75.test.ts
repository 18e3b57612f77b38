import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { sideOf, sides } from './helpers/delegations';

// Round 75, delegations: «القيادي (في الحركة) X» — a movement's or party's leading member — heads a role like «زعيم»;
// the person it names in a delegation's list («ويضم …، والقيادي X») is a member, not a word the list skips.

describe('«القيادي» heads a role', () => {
  // Written for the test (a wire report of talks between a government and an armed movement).
  it('reads the leading member a delegation list names', () => {
    const text =
      'جوبا - وكالات\n\n' +
      'بدأت في جوبا اليوم جولة جديدة من المفاوضات بين حكومة جنوب السودان والحركة الشعبية في المعارضة برعاية الهيئة الحكومية للتنمية.\n\n' +
      'وترأس وفد الحكومة وزير الخارجية دينق ألور كوال، أما وفد الحركة فيرأسه نائب رئيس الحركة بيتر بار، ويضم المتحدث باسم الحركة جون قاي، والقيادي كوال دينق ماجوك.';
    const names = analyze(text).officials.map((o) => o.name_ar);
    expect(names).toContain('كوال دينق ماجوك');
    const found = sides(text);
    expect(sideOf(found, 'كوال دينق ماجوك')).toBe(sideOf(found, 'بيتر بار'));
  });

  // Written for the test: with its body after it.
  it('reads the name after «القيادي في الحركة»', () => {
    const text = 'كابل - وكالات\n\nوالتقى الرئيس الأفغاني السابق في كابل أمس القيادي في الحركة عبد الرحيم ثاقب.';
    const o = analyze(text).officials.find((x) => x.name_ar === 'عبد الرحيم ثاقب');
    expect(o).toBeDefined();
    expect(o!.role_ar).toMatch(/^القيادي/);
  });

  // Written for the test: the adjective «القيادي» after a noun is no title.
  it('reads no name after «الدور القيادي»', () => {
    const text = 'القاهرة - وكالات\n\nوأكد وزير الخارجية سامح شكري أهمية الدور القيادي مصر في المنطقة.';
    const names = analyze(text).officials.map((o) => o.name_ar);
    expect(names.some((n) => n.includes('مصر'))).toBe(false);
  });

  // Written for the test: «القيادي» qualifies the definite noun before it.
  it('keeps «المجلس القيادي» inside the office it names', () => {
    const text = 'عدن - وكالات\n\nالتقى رئيس المجلس القيادي الرئاسي رشاد العليمي اليوم السفير الأمريكي ستيفن فاجن.';
    const o = analyze(text).officials.find((x) => x.name_ar === 'رشاد العليمي');
    expect(o?.role_ar).toBe('رئيس المجلس القيادي الرئاسي');
  });

  // Written for the test: an office ending on «ل» + a noun in the construct takes the word after it as its genitive.
  it('reads the people a construct names as the body\'s genitive, not a name word', () => {
    const text =
      'الجزائر - وكالات\n\nأما وفد الحركات فترأسه الأمين العام للحركة موسى أغ الطاهر، وضم القيادي في المجلس الأعلى لوحدة أزواد الغباس أغ انتالا.';
    const names = analyze(text).officials.map((o) => o.name_ar);
    expect(names).toContain('الغباس أغ انتالا');
    expect(names.some((n) => n.startsWith('أزواد'))).toBe(false);
  });
});
