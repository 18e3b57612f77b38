// Expands a held-out set's compact specs (DIR/src/*.spec.json) into DIR/NNN-slug.gold.json (full gold format).
//   node tests/build-gold.mjs tests/heldout3 [--set "set 3"]
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--set');
const set = at >= 0 ? ` (${args[at + 1]})` : '';
const dir = resolve(args.find((a, k) => !a.startsWith('--') && (at < 0 || k !== at + 1)) ?? '.');
for (const f of readdirSync(join(dir, 'src')).filter((f) => f.endsWith('.spec.json')).sort()) {
  const s = JSON.parse(readFileSync(join(dir, 'src', f), 'utf8'));
  const id = f.replace(/\.spec\.json$/, '');
  const g = {
    id,
    source: `written for the project as a held-out test on 2026-12-02${set} (invented text in the style of ${s.style})`,
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
