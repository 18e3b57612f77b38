import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { agencyState } from '@/lib/officials/agency-state';
import { sideSeats } from '@/lib/officials/side-seat';
import type { Delegation, Official } from '@/lib/types';

const countryOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name)?.country;

const official = (id: string, name_ar: string, role_en: string | null, country: string | null = null): Official =>
  ({ id, name_ar, name_en: name_ar, role_ar: null, role_en, country, mentions: [], evidence: name_ar, known: false });
const side = (country: string | null, ...members: Official[]): Delegation =>
  ({ side_ar: '', side_en: '', country, members: members.map((o) => ({ official_id: o.id, name_ar: o.name_ar, name_en: o.name_en, role_en: o.role_en, role_ar: null, head: false })) });

describe("a meeting's side seats the members the article places nowhere", () => {
  it("gives a guest side's member the guest's state and a host's member the host's", () => {
    const guest = official('o1', 'بودي سانتوسو', 'Director of Asian Affairs');
    const host = official('o2', 'خالد العلي', 'Undersecretary');
    const seats = sideSeats([guest, host], [side('QA', host), side('ID', guest)], '');
    expect(seats.get(guest)).toBe('ID');
    expect(seats.get(host)).toBe('QA');
  });

  it('leaves an official the article places, one on two states’ sides, and one of an international body', () => {
    const placed = official('o1', 'فلان', 'Minister', 'FR');
    const twice = official('o2', 'علان', 'Adviser');
    const un = official('o3', 'جون سميث', 'UN Resident Coordinator');
    const seats = sideSeats([placed, twice, un], [side('QA', twice, un), side('ID', placed, twice)], '');
    expect(seats.size).toBe(0);
  });

  it('does not seat a name of Arab lineage on a side of a state whose names are not Arabic', () => {
    const omani = official('o1', 'خليفة بن علي الحارثي', 'Undersecretary');
    expect(sideSeats([omani], [side('IR', omani)], '').size).toBe(0);
    expect(sideSeats([omani], [side('OM', omani)], '').get(omani)).toBe('OM');
  });
});

describe("the state whose own agency wrote the story", () => {
  it('is read from the dateline, in brackets, slashes or after the date', () => {
    expect(agencyState('عمان 3 أيار (بترا)- بحث وزير الزراعة مع السفير …')).toBe('JO');
    expect(agencyState('القاهرة في 3 مايو /أ ش أ/ استقبل …')).toBe('EG');
    expect(agencyState('الرياض 5 شوال 1445 هـ الموافق 14 أبريل 2024 م واس\nاستقبل …')).toBe('SA');
  });

  it('is read from the sign-off', () => {
    expect(agencyState('بحث وزير الزراعة مع السفير سبل التعاون.\n\n--(بترا) ع م/ س ص')).toBe('JO');
  });

  it('is none where no state agency, or two, are credited', () => {
    expect(agencyState('عمان (رويترز) - قال وزير الزراعة …')).toBeNull();
    expect(agencyState('الكويت (كونا) - نقلا عن (بترا) - قال …')).toBeNull();
  });

  it("seats an office the title places nowhere in the agency's state where the story tells none", () => {
    const text = 'عمان 3 أيار (بترا)- بحث وزير الزراعة خالد الحنيفات مع السفير الهولندي هاري فيرفاي سبل تعزيز التعاون في مجال الزراعة والمياه، وتبادلا الحديث عن المعارض الزراعية في هولندا.\n\n--(بترا) ع م/ س ص';
    expect(countryOf(text, 'خالد الحنيفات')).toBe('JO');
  });
});
