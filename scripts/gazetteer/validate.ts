/** Schema and consistency checks of the gazetteer, shared by the build script and the unit test. */
import type { KnownPerson } from '../../lib/gazetteer';
import { nameKey } from '../../lib/gazetteer';
import { COUNTRY_EN } from './offices';

// Titles and honorifics belong to the title grammar, not to names: "الملك سلمان" is listed as title form "سلمان".
export const TITLE_KEYS = ['الملك', 'الملكه', 'الامير', 'الاميره', 'الشيخ', 'السيد', 'العماد', 'المشير', 'اللواء', 'ايهالله', 'الامبراطور', 'البابا', 'اللورد', 'الرئيس', 'ولي', 'البطريرك'];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ARABIC = /^[\u0621-\u0652\u0670-\u06D3\s\-']+$/;

export function validate(people: readonly KnownPerson[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, KnownPerson[]>();
  for (const p of people) {
    const where = `${p.id}:`;
    if (!/^[a-z0-9-]+$/.test(p.id)) problems.push(`${where} bad id`);
    if (ids.has(p.id)) problems.push(`${where} duplicate id`);
    ids.add(p.id);
    if (!p.name_en || /[\u0600-\u06FF]/.test(p.name_en)) problems.push(`${where} bad name_en`);
    if (!p.names_ar.length) problems.push(`${where} no Arabic name`);
    if (p.country !== null && !COUNTRY_EN[p.country]) problems.push(`${where} unknown country ${p.country}`);
    if (!p.roles.length) problems.push(`${where} no role`);
    for (const r of p.roles) {
      if (!r.role_en) problems.push(`${where} empty role`);
      if (r.from && !DATE.test(r.from)) problems.push(`${where} bad from ${r.from}`);
      if (r.to && !DATE.test(r.to)) problems.push(`${where} bad to ${r.to}`);
      if (r.from && r.to && r.to < r.from) problems.push(`${where} role ends before it starts: ${r.role_en}`);
    }
    const all = [...p.names_ar, ...(p.short_ar ?? [])];
    for (const n of [...all, ...(p.after_title_ar ?? [])]) if (!ARABIC.test(n)) problems.push(`${where} non-Arabic name "${n}"`);
    for (const n of all) if (TITLE_KEYS.includes(nameKey(n).split(' ')[0]!)) problems.push(`${where} name starts with a title: "${n}"`);
    const keys = new Set(all.map(nameKey));
    for (const k of keys) owners.set(k, [...(owners.get(k) ?? []), p]);
  }
  for (const [k, ps] of owners) {
    if (ps.length < 2) continue;
    const unmarked = ps.filter((p) => !(p.ambiguous_ar ?? []).some((a) => nameKey(a) === k));
    if (unmarked.length) problems.push(`"${k}" names ${ps.map((p) => p.id).join(', ')}; mark it ambiguous in ${unmarked.map((p) => p.id).join(', ')}`);
  }
  return problems;
}
