import { describe, expect, it } from 'vitest';
import { delegationMember } from '@/lib/delegations/member';
import type { Official } from '@/lib/types';

// One helper now makes a delegation's member for the assembler, the mediators' side and a committee's meeting (three copies
// before round 97). The JSON the extension and the scorer read keeps its keys in this order, and only these keys.
describe('delegationMember: an official as a member, its head or not', () => {
  const minister: Official = {
    id: 'o1', name_ar: 'سمير بن عمار', name_en: 'Samir Ben Amar', role_ar: 'وزير الصناعة والطاقة', role_en: 'Minister of Industry and Energy',
    country: 'TN', mentions: [], evidence: 'وزير الصناعة والطاقة، سمير بن عمار', known: false,
  };

  it('keeps the member keys in order, and nothing of the official beyond them', () => {
    const member = delegationMember(minister, true);
    expect(Object.keys(member)).toEqual(['official_id', 'name_ar', 'name_en', 'role_en', 'role_ar', 'head']);
    expect(member).toEqual({ official_id: 'o1', name_ar: 'سمير بن عمار', name_en: 'Samir Ben Amar', role_en: 'Minister of Industry and Energy', role_ar: 'وزير الصناعة والطاقة', head: true });
  });

  it('a member who does not head the side', () => {
    expect(delegationMember({ ...minister, role_ar: null, role_en: null }, false)).toEqual({ official_id: 'o1', name_ar: 'سمير بن عمار', name_en: 'Samir Ben Amar', role_en: null, role_ar: null, head: false });
  });
});
