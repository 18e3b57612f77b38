import { normalize } from '../arabic/normalize';
import type { RememberedArticle, RememberedQuote } from './types';

/** A person the reader met, across every remembered article that names them. */
export interface MetPerson {
  key: string;
  name_en: string;
  /** Every Arabic spelling met, most frequent first. */
  names_ar: string[];
  /** 'official' when any article has them as one. */
  kind: 'official' | 'person';
  countries: string[];
  /** One entry per article, oldest first: the role (or description) they had there. */
  roles: { role_en: string | null; role_ar: string | null; url: string; title: string | null; site: string; readAt: number }[];
  quotes: (RememberedQuote & { url: string; title: string | null; readAt: number })[];
  /** Most recent reading first. */
  lastSeen: number;
}

/** Everyone named in the remembered articles, the most recently met first. */
export function peopleMet(articles: RememberedArticle[]): MetPerson[] {
  const byKey = new Map<string, MetPerson & { arCount: Map<string, number> }>();
  const chronological = [...articles].sort((a, b) => a.readAt - b.readAt);
  for (const a of chronological) {
    for (const p of a.people) {
      if (!p.key) continue;
      let m = byKey.get(p.key);
      if (!m) byKey.set(p.key, (m = { key: p.key, name_en: p.name_en, names_ar: [], kind: p.kind, countries: [], roles: [], quotes: [], lastSeen: 0, arCount: new Map() }));
      m.name_en = p.name_en;
      if (p.kind === 'official') m.kind = 'official';
      m.arCount.set(p.name_ar, (m.arCount.get(p.name_ar) ?? 0) + 1);
      if (p.country && !m.countries.includes(p.country)) m.countries.push(p.country);
      if (!m.roles.some((r) => r.url === a.url)) m.roles.push({ role_en: p.role_en, role_ar: p.role_ar, url: a.url, title: a.title, site: a.site, readAt: a.readAt });
      m.lastSeen = Math.max(m.lastSeen, a.readAt);
    }
    for (const q of a.quotes) {
      const m = q.speakerKey ? byKey.get(q.speakerKey) : undefined;
      if (m) m.quotes.push({ ...q, url: a.url, title: a.title, readAt: a.readAt });
    }
  }
  return [...byKey.values()]
    .map(({ arCount, ...m }) => ({ ...m, names_ar: [...arCount].sort((x, y) => y[1] - x[1]).map(([n]) => n) }))
    .sort((a, b) => b.lastSeen - a.lastSeen || a.name_en.localeCompare(b.name_en));
}

const foldEnglish = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Does a person match what the reader typed? English words against the English name and roles (case and
 * accents ignored), Arabic against the Arabic names and roles (hamza forms, ta marbuta, alif maqsura, harakat
 * and tatweel ignored, as everywhere in the engine).
 */
export function matchesQuery(p: MetPerson, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (/[\u0600-\u06ff]/.test(q)) {
    const needle = normalize(q);
    return [...p.names_ar, ...p.roles.map((r) => r.role_ar ?? '')].some((s) => normalize(s).includes(needle));
  }
  const needle = foldEnglish(q);
  return [p.name_en, ...p.roles.map((r) => r.role_en ?? '')].some((s) => foldEnglish(s).includes(needle));
}
