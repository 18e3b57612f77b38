import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Review of round 67: the intergovernmental organisations roles67 taught the roles (UNCTAD, the EAC, the CSTO…) are in
// the one list of organisations both layers read, so their staff make the organisation's side, and the host's side stays
// his country — not two Egyptian bodies («مجلس الوزراء» against «منظمة الأونكتاد»). Sentences written for the test.
describe('findDelegations: a host receiving the official of an intergovernmental organisation', () => {
  it('seats the guest on the organisation and the host with the minister present on his country', () => {
    const text = 'القاهرة - استقبل الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، اليوم، ريتشارد كوزول رايت، مدير الاستراتيجيات بمنظمة الأونكتاد، بحضور الدكتورة رانيا المشاط، وزيرة التعاون الدولي.';
    const found = sides(text);
    expect(sideOf(found, 'ريتشارد كوزول رايت')).toBe('UNCTAD');
    expect(sideOf(found, 'رانيا المشاط')).toBe('Egypt');
    expect(members(found)).toContain('مصطفى مدبولي');
    expect(Object.keys(found)).not.toContain('Council of Ministers');
  });
  it('does so for a regional community named in full', () => {
    const text = 'نيروبي - التقى وزير الخارجية الكيني ألفريد موتوا، اليوم، بيتر ماثوكي، الأمين العام لمجموعة شرق أفريقيا، وبحثا التعاون الإقليمي.';
    const found = sides(text);
    expect(sideOf(found, 'بيتر ماثوكي')).toBe('East African Community');
    expect(sideOf(found, 'ألفريد موتوا')).toBe('Kenya');
  });
});
