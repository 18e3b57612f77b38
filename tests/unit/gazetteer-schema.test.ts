import { describe, expect, it } from 'vitest';
import { knownPeople } from '@/lib/gazetteer';
import { validate } from '@/scripts/gazetteer/validate';
import { build } from '@/scripts/gazetteer/build';

describe('gazetteer schema', () => {
  it('every entry is well formed; no unmarked name shared by two people', () => {
    expect(validate(knownPeople)).toEqual([]);
  });

  it('assets/gazetteer.json is up to date with scripts/gazetteer/sources', () => {
    const { people } = build();
    expect(people.length).toBe(knownPeople.length);
    expect(JSON.stringify(people)).toBe(JSON.stringify(knownPeople));
  });

  it('the validator catches broken entries', () => {
    const bad = [
      { id: 'x', name_en: 'X', names_ar: [], country: 'XX', roles: [{ role_en: 'R', from: '2020-13x' }] },
      { id: 'x', name_en: 'Y', names_ar: ['بوتين'], country: null, roles: [] },
    ];
    const problems = validate(bad as never);
    expect(problems.join('\n')).toMatch(/no Arabic name/);
    expect(problems.join('\n')).toMatch(/unknown country XX/);
    expect(problems.join('\n')).toMatch(/bad from/);
    expect(problems.join('\n')).toMatch(/duplicate id/);
    expect(problems.join('\n')).toMatch(/no role/);
    expect(validate([...knownPeople, bad[1]!] as never).join('\n')).toMatch(/mark it ambiguous/);
  });
});
