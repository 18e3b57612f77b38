// Sanity check for the held-out gold files: node tests/heldout/check.mjs  (from /work/main)
// Verifies that each gold file parses, that every quote text, official name and alias, and every
// article_excludes string occurs in the article (after normalising whitespace), that delegation heads,
// members and string speakers name a listed official by one of its name_en spellings, and that
// articles are 150-600 words.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
let errors = 0, warnings = 0;
const err = (id, m) => { errors++; console.log(`ERROR ${id}: ${m}`); };
const warn = (id, m) => { warnings++; console.log(`warn  ${id}: ${m}`); };

const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
for (const f of golds) {
  const id = f.replace(/\.gold\.json$/, '');
  let g;
  try { g = JSON.parse(readFileSync(join(dir, f), 'utf8')); } catch (e) { err(id, `JSON: ${e.message}`); continue; }
  let text;
  try { text = norm(readFileSync(join(dir, id + '.txt'), 'utf8')); } catch { err(id, 'no .txt beside the gold file'); continue; }
  if (g.id !== id) err(id, `id field "${g.id}" differs from the file name`);
  for (const k of ['source', 'format', 'officials', 'quotes', 'delegations']) if (!(k in g)) err(id, `missing "${k}"`);
  const words = text.split(' ').length;
  if (words < 150 || words > 600) warn(id, `${words} words`);
  // لل-contraction: «للضيف الكوري» is a use of «الضيف الكوري».
  const has = (s) => text.includes(norm(s)) || (s.startsWith('ال') && text.includes('ل' + norm(s).slice(1)));
  for (const s of g.article_excludes || []) if (!has(s)) err(id, `article_excludes string not in text: ${s}`);
  const enNames = new Set();
  for (const o of g.officials || []) {
    for (const k of ['name_ar', 'aliases_ar', 'name_en', 'role_en', 'country', 'optional']) if (!(k in o)) err(id, `official ${o.name_ar}: missing ${k}`);
    if (!has(o.name_ar)) err(id, `name_ar not in text: ${o.name_ar}`);
    for (const a of o.aliases_ar || []) if (!has(a)) err(id, `alias of ${o.name_ar} not in text: ${a}`);
    if (!o.name_en?.length || !o.role_en?.length) err(id, `official ${o.name_ar}: empty name_en / role_en`);
    if (o.country !== null && !/^[A-Z]{2}$/.test(o.country)) err(id, `official ${o.name_ar}: bad country ${o.country}`);
    for (const n of o.name_en || []) enNames.add(n);
  }
  for (const q of g.quotes || []) {
    if (!has(q.text)) err(id, `quote text not in article: ${q.text.slice(0, 60)}…`);
    if (!['direct', 'indirect'].includes(q.kind)) err(id, `quote kind ${q.kind}`);
    if (typeof q.speaker_en === 'string' && !enNames.has(q.speaker_en)) err(id, `speaker "${q.speaker_en}" is not a name_en of a listed official`);
    if (Array.isArray(q.speaker_en) && !q.speaker_ar) warn(id, `institutional speaker without speaker_ar: ${q.speaker_en[0]}`);
    if (q.speaker_ar && !has(q.speaker_ar)) err(id, `speaker_ar not in text: ${q.speaker_ar}`);
  }
  for (const d of g.delegations || []) {
    if (!d.side_en?.length) err(id, 'delegation without side_en');
    for (const m of [...(d.head ? [d.head] : []), ...(d.members || [])]) {
      const n = typeof m === 'string' ? m : m.name;
      if (!enNames.has(n)) err(id, `delegation person "${n}" is not a name_en of a listed official`);
    }
  }
  console.log(`${id}: ${words} words, ${(g.officials || []).length} officials, ${(g.quotes || []).length} quotes, ${(g.delegations || []).length} delegations`);
}
console.log(`${golds.length} gold files, ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
