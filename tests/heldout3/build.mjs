// Expands the compact specs in src/*.spec.json into NNN-slug.gold.json (full gold format).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = dirname(fileURLToPath(import.meta.url));
for (const f of readdirSync(join(dir, 'src')).filter((f) => f.endsWith('.spec.json')).sort()) {
  const s = JSON.parse(readFileSync(join(dir, 'src', f), 'utf8'));
  const id = f.replace(/\.spec\.json$/, '');
  const g = {
    id,
    source: `written for the project as a held-out test on 2026-12-02 (set 3) (invented text in the style of ${s.style})`,
    format: 'text',
    article_excludes: s.excludes || [],
    officials: s.officials.map((o) => ({
      name_ar: o.ar, aliases_ar: o.al || [], name_en: o.en, role_en: o.role,
      role_in_text: o.rit === false ? false : true, country: o.c ?? null, optional: !!o.opt,
    })),
    quotes: s.quotes.map((q) => ({
      speaker_en: q.s, ...(q.sa ? { speaker_ar: q.sa } : {}), text: q.t,
      kind: q.k === 'i' ? 'indirect' : 'direct', optional: !!q.opt,
    })),
    delegations: (s.delegations || []).map((d) => ({ side_en: d.side, head: d.head ?? null, members: d.members || [] })),
  };
  writeFileSync(join(dir, id + '.gold.json'), JSON.stringify(g, null, 1) + '\n');
}
