/**
 * Accuracy of nameToEnglish with the scorer's rule (edit similarity ≥ 0.8 to an accepted spelling):
 * on every gold official of a corpus (with and without the country hint), and on ArWikiCats' list of
 * notable people (held out: never used to build the name dictionaries' rules).
 *   npx tsx scripts/eval-names.ts [--gold ../shared/corpus/dev] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nameToEnglish } from '../lib/english/names';
import { isFrench, originOf } from '../lib/english/origin';

const args = process.argv.slice(2);
const goldDir = resolve(args[args.indexOf('--gold') + 1] && args.includes('--gold') ? args[args.indexOf('--gold') + 1]! : '../shared/corpus/dev');
const verbose = args.includes('--verbose');

const normEn = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’`]s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
function lev(a: string, b: string): number {
  const m = a.length, n = b.length;
  if (!m) return n;
  if (!n) return m;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n]!;
}
const ratio = (a: string, b: string) => (a || b ? 1 - lev(a, b) / Math.max(a.length, b.length) : 1);
const accepted = (pred: string, variants: string[]) => variants.some((v) => ratio(normEn(pred), normEn(v)) >= 0.8);

interface GoldOfficial { name_ar: string; name_en: string[]; country: string | null }
const officials: GoldOfficial[] = [];
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(resolve(goldDir, f), 'utf8')) as { officials?: GoldOfficial[] };
  officials.push(...(gold.officials ?? []));
}
const score = (label: string, items: { ar: string; en: string[]; country: string | null }[], useCountry: boolean) => {
  let ok = 0;
  for (const it of items) {
    const pred = nameToEnglish(it.ar, { country: useCountry ? it.country : null });
    if (accepted(pred, it.en)) ok++;
    else if (verbose) console.log(`  ✗ ${it.ar} (${it.country ?? '-'}) → ${pred}  want ${it.en[0]}`);
  }
  console.log(`${label}: ${ok}/${items.length} = ${(ok / items.length).toFixed(3)}`);
};
const goldItems = officials.map((o) => ({ ar: o.name_ar, en: o.name_en, country: o.country }));
score(`gold officials, with country (${goldDir})`, goldItems, true);
score('gold officials, without country', goldItems, false);
// The French tradition's share (France, Belgium…, French-speaking Africa): few in the dev corpus, so a line apart.
const frenchItems = goldItems.filter((it) => { const o = originOf(it.country); return o !== null && isFrench(o); });
if (frenchItems.length) score('  of which French-speaking countries, with country', frenchItems, true);

const peoples = JSON.parse(readFileSync(resolve('../shared/data/arwikicats-nationalities/peoples_en_ar.json'), 'utf8')) as Record<string, string>;
const held = Object.entries(peoples).map(([en, ar]) => ({ ar, en: [en], country: null }));
score('held-out ArWikiCats notable people (no country)', held, false);
// The list has Wikipedia titles that are not names ("pope francis", "mika (singer)", "alexander great"): the same
// figure on the entries whose English and Arabic have as many words and no brackets or commas.
const words = (s: string) => s.trim().split(/\s+/).length;
const plain = held.filter((h) => !/[(),.0-9]/.test(h.en[0]! + h.ar) && words(h.en[0]!) === words(h.ar));
score('held-out ArWikiCats, plain names only', plain, false);

const news = readFileSync(resolve('scripts/data/eval-news-officials.tsv'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')).map(([ar, country, en]) => ({ ar: ar!, en: [en!], country: country! }));
score('held-out news officials (scripts/data/eval-news-officials.tsv), with country', news, true);
score('held-out news officials, without country', news, false);
