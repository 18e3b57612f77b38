// Sanity check for a folder of held-out gold files: node tests/check-gold.mjs tests/heldout2 [--words 250-700]
// Each gold file parses; every quote text, official name_ar and alias, speaker_ar and article_excludes
// string occurs verbatim in the article (whitespace normalised); speakers given as a string, delegation
// heads and members name a listed official by one of its name_en spellings; no official's name_en is
// used as a list speaker; articles are within the word range (warning otherwise). An article_excludes string whose
// letters the scorer also finds in the story's own words («- خلا -» in «خلال», «/ قنا /» in «(قنا)») is warned about:
// the scorer counts it as a leak even when the furniture line is gone.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && !/^\d+-\d+$/.test(a));
if (!dir) { console.error('usage: node tests/check-gold.mjs DIR [--words MIN-MAX]'); process.exit(2); }
const [minWords, maxWords] = (args[args.indexOf('--words') + 1] ?? '250-700').split('-').map(Number);
const norm = (s) => s.replace(/\s+/g, ' ').trim();
// The scorer's normalisation (normAr in ../shared/eval/score.mjs): letters only, variants folded, no word boundaries.
const AR_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;
const letters = (s) => (s || '').replace(AR_DIACRITICS, '').replace(/[أإآٱ]/g, 'ا').replace(/[ىیې]/g, 'ي').replace(/[ةۀھەہ]/g, 'ه').replace(/ک/g, 'ك')
  .replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/[^\u0621-\u064A0-9a-zA-Z]+/g, ' ').trim();
let errors = 0, warnings = 0, tot = { o: 0, q: 0, d: 0 };
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
  if (words < minWords || words > maxWords) warn(id, `${words} words`);
  const has = (s) => text.includes(norm(s)) || (s.startsWith('ال') && text.includes('ل' + norm(s).slice(1)));
  for (const s of g.article_excludes || []) if (!has(s)) err(id, `article_excludes string not in text: ${s}`);
  // What a perfect analyzer keeps: each line without the exclude strings that open or close it (longest first).
  const excludes = (g.article_excludes || []).map(norm).filter(Boolean).sort((a, b) => b.length - a.length);
  const trimLine = (line) => {
    for (let cut = true; cut; ) {
      cut = false;
      for (const s of excludes) {
        if (line.startsWith(s)) { line = line.slice(s.length).trim(); cut = true; }
        if (line.endsWith(s)) { line = line.slice(0, -s.length).trim(); cut = true; }
      }
    }
    return line;
  };
  const raw = (g.article_excludes || []).filter((s) => s.includes('\n')).reduce((t, s) => t.split(s).join('\n'), readFileSync(join(dir, id + '.txt'), 'utf8').replace(/\r/g, ''));
  const kept = letters(raw.split('\n').map((l) => trimLine(norm(l))).join('\n'));
  for (const s of g.article_excludes || []) if (letters(s) && ` ${kept} `.includes(letters(s))) warn(id, `article_excludes string the scorer also finds in the story's words: ${s}`);
  const enNames = new Set(), arNames = new Set();
  for (const o of g.officials || []) {
    for (const k of ['name_ar', 'aliases_ar', 'name_en', 'role_en', 'country', 'optional']) if (!(k in o)) err(id, `official ${o.name_ar}: missing ${k}`);
    if (!has(o.name_ar)) err(id, `name_ar not in text: ${o.name_ar}`);
    if (arNames.has(o.name_ar)) err(id, `duplicate official ${o.name_ar}`);
    arNames.add(o.name_ar);
    for (const a of o.aliases_ar || []) if (!has(a)) err(id, `alias of ${o.name_ar} not in text: ${a}`);
    if (!o.name_en?.length || !o.role_en?.length) err(id, `official ${o.name_ar}: empty name_en / role_en`);
    if (o.country !== null && !/^[A-Z]{2}$/.test(o.country)) err(id, `official ${o.name_ar}: bad country ${o.country}`);
    for (const n of o.name_en || []) enNames.add(n);
  }
  for (const q of g.quotes || []) {
    if (!q.text || !has(q.text)) err(id, `quote text not in article: ${(q.text || '').slice(0, 60)}…`);
    if (!['direct', 'indirect'].includes(q.kind)) err(id, `quote kind ${q.kind}`);
    if (typeof q.speaker_en === 'string' && !enNames.has(q.speaker_en)) err(id, `speaker "${q.speaker_en}" is not a name_en of a listed official`);
    if (Array.isArray(q.speaker_en) && q.speaker_en.some((n) => enNames.has(n))) err(id, `list speaker names an official: ${q.speaker_en[0]}`);
    // a follow-on quote (وأضاف، وتابع …) may omit speaker_ar if another quote of the same speaker gives it
    if (Array.isArray(q.speaker_en) && !q.speaker_ar && !(g.quotes || []).some((r) => r.speaker_ar && Array.isArray(r.speaker_en) && r.speaker_en[0] === q.speaker_en[0])) warn(id, `list speaker without any speaker_ar: ${q.speaker_en[0]}`);
    if (q.speaker_ar && !has(q.speaker_ar)) err(id, `speaker_ar not in text: ${q.speaker_ar}`);
  }
  for (const d of g.delegations || []) {
    if (!d.side_en?.length) err(id, 'delegation without side_en');
    for (const m of [...(d.head ? [d.head] : []), ...(d.members || [])]) {
      const n = typeof m === 'string' ? m : m.name;
      if (!enNames.has(n)) err(id, `delegation person "${n}" is not a name_en of a listed official`);
    }
  }
  tot.o += (g.officials || []).length; tot.q += (g.quotes || []).length; tot.d += (g.delegations || []).length;
  console.log(`${id}: ${words} words, ${(g.officials || []).length} officials (${(g.officials || []).filter((o) => o.optional).length} optional), ${(g.quotes || []).length} quotes, ${(g.delegations || []).length} delegations`);
}
console.log(`${golds.length} gold files: ${tot.o} officials, ${tot.q} quotes, ${tot.d} delegations; ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
