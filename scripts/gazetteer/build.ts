/**
 * Builds assets/gazetteer.json from the hand-curated sources in scripts/gazetteer/sources/*.json.
 *
 * Source format (one file per region): { "<ISO alpha-2 or INT>": [ entry, ... ] } where an entry is
 *   { "id"?: string, "en": "Vladimir Putin", "ar": ["فلاديمير بوتين", ...], "short"?: ["بوتين"],
 *     "title"?: ["الرئيس بوتين"], "ambiguous"?: [...], "roles": [["president", "2012", null], ["Prime Minister of Russia", "2008", "2012"]] }
 * A role is an office code from OFFICES (expanded with the country's English name) or a literal English role.
 * The Arabic Wikipedia label from ../shared/data/arwikicats-nationalities/peoples_en_ar.json (ArWikiCats, MIT)
 * is added as a spelling when it is not already there.
 *
 * Usage: npx tsx scripts/gazetteer/build.ts [--check] [--refresh-wikipedia]   (--check: validate and report, do not write)
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFICES, COUNTRY_EN, officeOf } from './offices';
import { TITLE_KEYS, validate } from './validate';
import type { KnownPerson, KnownRole } from '../../lib/gazetteer';
import { mainRole, nameKey, officeRank } from '../../lib/gazetteer';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const sourcesDir = join(here, 'sources');
const wikiFile = join(root, '..', 'shared', 'data', 'arwikicats-nationalities', 'peoples_en_ar.json');
const wikiSubset = join(here, 'wikipedia-spellings.json');

type SourceRole = [string, (string | null)?, (string | null)?];
interface SourceEntry {
  id?: string;
  en: string;
  ar: string[];
  short?: string[];
  title?: string[];
  ambiguous?: string[];
  roles: SourceRole[];
}

export function slug(en: string): string {
  return en
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function expandRole([code, from, to]: SourceRole, country: string | null): KnownRole {
  const office = OFFICES[code];
  let role_en = code;
  if (office) {
    const cname = country ? COUNTRY_EN[country] : undefined;
    if (office.role.includes('{C}') && !cname) throw new Error(`no English name for country ${country} (role ${code})`);
    role_en = office.role.replace('{C}', cname ?? '');
  }
  const role: KnownRole = { role_en };
  const key = office?.office ?? officeOf(role_en);
  if (key) role.office = key;
  if (from) role.from = from;
  if (to) role.to = to;
  return role;
}

/**
 * Roles oldest first (by end, open ends last; then office rank; then source order reversed), with the main
 * role of 2015–2024 news moved last, so `roles.at(-1)` is the role to show when an article states none.
 */
function chronological(roles: KnownRole[]): KnownRole[] {
  const end = (r: KnownRole) => (r.to ? (r.to + '-99').slice(0, 7) : '9999');
  const rank = (r: KnownRole) => officeRank(r);
  const sorted = roles
    .map((r, i) => ({ r, i }))
    .sort((a, b) => end(a.r).localeCompare(end(b.r)) || rank(b.r) - rank(a.r) || b.i - a.i)
    .map((x) => x.r);
  const main = mainRole(sorted);
  return main ? [...sorted.filter((r) => r !== main), main] : sorted;
}

/**
 * Arabic Wikipedia spellings of the gazetteer's people, kept in the repo (wikipedia-spellings.json) so the build
 * needs nothing outside it; `--refresh-wikipedia` re-extracts them from ../shared/data (ArWikiCats, MIT).
 */
function loadWiki(slugs: string[]): Map<string, string> {
  if (process.argv.includes('--refresh-wikipedia') && existsSync(wikiFile)) {
    const raw = JSON.parse(readFileSync(wikiFile, 'utf8')) as Record<string, string>;
    const all = new Map(Object.entries(raw).map(([en, ar]) => [slug(en), ar] as [string, string]));
    const kept = Object.fromEntries([...new Set(slugs)].sort().filter((s) => all.has(s)).map((s) => [s, all.get(s)!]));
    writeFileSync(wikiSubset, JSON.stringify(kept, null, 1) + '\n');
  }
  if (!existsSync(wikiSubset)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(wikiSubset, 'utf8')) as Record<string, string>));
}

export function build(): { people: KnownPerson[]; bySource: Record<string, number>; wikiAdded: number } {
  const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.json')).sort();
  const sources = files.map((file) => JSON.parse(readFileSync(join(sourcesDir, file), 'utf8')) as Record<string, SourceEntry[]>);
  const wiki = loadWiki(sources.flatMap((src) => Object.values(src).flat().map((e) => slug(e.en))));
  const people: KnownPerson[] = [];
  const bySource: Record<string, number> = {};
  let wikiAdded = 0;
  for (const [k, file] of files.entries()) {
    const src = sources[k]!;
    let n = 0;
    for (const [cc, entries] of Object.entries(src)) {
      const country = cc === 'INT' ? null : cc;
      for (const e of entries) {
        const names = e.ar.filter((n, i) => e.ar.findIndex((m) => nameKey(m) === nameKey(n)) === i);
        const w = wiki.get(slug(e.en));
        if (w && !/[A-Za-z0-9.]/.test(w) && !TITLE_KEYS.includes(nameKey(w).split(' ')[0]!) && !names.some((x) => nameKey(x) === nameKey(w))) {
          names.push(w);
          wikiAdded++;
        }
        const p: KnownPerson = {
          id: e.id ?? slug(e.en),
          name_en: e.en,
          names_ar: names,
          country,
          roles: chronological(e.roles.map((r) => expandRole(r, country))),
        };
        if (e.short?.length) p.short_ar = e.short;
        if (e.title?.length) p.after_title_ar = e.title;
        if (e.ambiguous?.length) p.ambiguous_ar = e.ambiguous;
        people.push(p);
        n++;
      }
    }
    bySource[file] = n;
  }
  people.sort((a, b) => (a.country ?? 'ZZ').localeCompare(b.country ?? 'ZZ') || a.id.localeCompare(b.id));
  return { people, bySource, wikiAdded };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { people, bySource, wikiAdded } = build();
  const problems = validate(people);
  for (const p of problems) console.error('problem:', p);
  console.log(`${people.length} people; per source:`, bySource, `; Wikipedia spellings added: ${wikiAdded}`);
  if (problems.length) process.exit(1);
  if (!process.argv.includes('--check')) {
    const out = '[\n' + people.map((p) => JSON.stringify(p)).join(',\n') + '\n]\n';
    writeFileSync(join(root, 'assets', 'gazetteer.json'), out);
    console.log('wrote assets/gazetteer.json', out.length, 'bytes');
  }
}
