// Shared by the delegation tests: officials made by hand for a text, and delegations in a comparable shape.
import { analyze } from '@/lib/analyze';
import type { Delegation, Official, Span } from '@/lib/types';

/** A hand-made official: every occurrence of the name (and of the given short forms) is a mention. */
export function official(text: string, name_ar: string, name_en: string, country: string | null, role_ar: string | null = null, forms: string[] = []): Official {
  const mentions: Span[] = [];
  for (const f of [name_ar, ...forms]) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
      if (!mentions.some(([s, e]) => at < e && at + f.length > s)) mentions.push([at, at + f.length]);
    }
  }
  mentions.sort((a, b) => a[0] - b[0]);
  return { id: name_en, name_ar, name_en, role_ar, role_en: null, country, mentions, evidence: '', known: false };
}

/** Each side's English name and its members' English names, the head marked with a star. */
export const summary = (ds: Delegation[]) => ds.map((d) => ({ side: d.side_en, members: d.members.map((m) => (m.head ? '*' : '') + m.name_en) }));

/** Each side's English name and its members' Arabic names (sorted), the head marked with a star. */
export function sides(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of analyze(text).delegations) out[d.side_en] = d.members.map((m) => (m.head ? '*' : '') + m.name_ar).sort();
  return out;
}

/** The side whose members include the one named `name` in Arabic. */
export const sideOf = (found: Record<string, string[]>, name: string) => Object.entries(found).find(([, ms]) => ms.some((m) => m.replace('*', '') === name))?.[0];

/** Every member's Arabic name, on any side. */
export const members = (found: Record<string, string[]>) => Object.values(found).flat().map((m) => m.replace('*', ''));
