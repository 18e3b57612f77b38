// Generalisation probe of the boilerplate filter: every line a readable gold lists in `article_excludes` is grafted
// into clean articles of other sets (other outlets and writers) where furniture sits — under the title, between two
// paragraphs, after the last paragraph — and the text finder's result is checked for it. A line kept there is
// recognised only where it was first seen (by its wording, its outlet or its position).
//   npx tsx scripts/eval/leak-probe.ts [--list] [--json] [--hosts N]
// A run of consecutive excluded lines of a text file (a heading and the headlines under it, a caption and its
// credit) is grafted together; a page's excludes (no lines to follow) one by one. The host's own paragraphs that the
// graft makes the filter drop are counted too (collateral).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromPlainText } from '../../lib/article/text';

const SETS: [string, string][] = [
  ['dev', '/work/shared/corpus/dev'],
  ['heldout', '/work/main/tests/heldout'],
  ...['read', 'clean', 'h3r', 'h3c', 'h4r', 'h4c', 'h5r', 'h5c', 'h6r', 'h6c', 'h7r', 'h7c', 'h8r', 'h8c', 'h9r', 'h10r', 'h11r', 'h12r', 'h13r'].map(
    (s): [string, string] => [s, `/work/sets/${s}`],
  ),
];

/** The scorer's normalisation of Arabic text (../shared/eval/score.mjs). */
const AR_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const normAr = (s: string) =>
  (s || '').replace(AR_DIACRITICS, '').replace(/[أإآٱ]/g, 'ا').replace(/[ىیې]/g, 'ي').replace(/[ةۀھەہ]/g, 'ه').replace(/ک/g, 'ك')
    .replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/[^\u0621-\u064A0-9a-zA-Z]+/g, ' ').trim();

/** The positions furniture takes: under the title, between two paragraphs, after the last paragraph. */
const POSITIONS = ['top', 'middle', 'end'] as const;
type Position = (typeof POSITIONS)[number];
/** Where the block sat in its own article (a page's excludes: unknown, judged at every position). */
interface Graft { set: string; file: string; lines: string[]; excludes: string[]; home?: Position }
interface Host { set: string; file: string; lines: string[] }

const args = process.argv.slice(2);
const HOSTS_PER_GRAFT = args.includes('--hosts') ? Number(args[args.indexOf('--hosts') + 1]) : 4;
const PARAGRAPH_MIN_WORDS = 8;

const splitLines = (raw: string) => raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** A paragraph of the story, not its subtitle (a headline's length that does not end as a sentence). */
const isParagraph = (s: string) => words(s) > 16 || (words(s) >= PARAGRAPH_MIN_WORDS && /[.!…]["”»']?\s*$/.test(s));

const grafts: Graft[] = [];
const hosts: Host[] = [];
for (const [set, dir] of SETS) {
  if (!existsSync(dir)) continue;
  for (const g of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const id = g.replace(/\.gold\.json$/, '');
    const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as { article_excludes?: string[] };
    const excludes = (gold.article_excludes ?? []).filter((e) => normAr(e));
    const txt = join(dir, id + '.txt');
    if (!existsSync(txt)) {
      for (const e of excludes) grafts.push({ set, file: id, lines: [e], excludes: [e] });
      continue;
    }
    const lines = splitLines(readFileSync(txt, 'utf8'));
    const excludedAt = lines.map((l) => excludes.filter((e) => normAr(l).includes(normAr(e))));
    // Runs of consecutive lines holding an exclude, grafted whole.
    for (let i = 0; i < lines.length; i++) {
      if (!excludedAt[i]!.length) continue;
      let j = i;
      while (j + 1 < lines.length && excludedAt[j + 1]!.length) j++;
      const paragraphBefore = lines.slice(1, i).some((l, k) => !excludedAt[k + 1]!.length && isParagraph(l));
      const paragraphAfter = lines.slice(j + 1).some((l, k) => !excludedAt[j + 1 + k]!.length && isParagraph(l));
      const home: Position = !paragraphBefore ? 'top' : paragraphAfter ? 'middle' : 'end';
      grafts.push({ set, file: id, lines: lines.slice(i, j + 1), excludes: [...new Set(excludedAt.slice(i, j + 1).flat())], home });
      i = j;
    }
    // The host: the article without its furniture (its title first), when it has paragraphs to graft between.
    const clean = lines.filter((_, i) => !excludedAt[i]!.length);
    if (clean.filter((l) => words(l) >= PARAGRAPH_MIN_WORDS).length >= 3) hosts.push({ set, file: id, lines: clean });
  }
}

function graftAt(host: string[], block: string[], pos: Position): string[] {
  const at = pos === 'top' ? 1 : pos === 'end' ? host.length : Math.max(2, Math.floor(host.length / 2));
  return [...host.slice(0, at), ...block, ...host.slice(at)];
}

/** The host's paragraphs the filter keeps without any graft: only those count as collateral when lost. */
const keptAlone = new Map(hosts.map((h) => {
  const text = normAr(articleFromPlainText(h.lines.join('\n')).text);
  return [h, h.lines.slice(1).filter((p) => words(p) >= PARAGRAPH_MIN_WORDS && text.includes(normAr(p)))];
}));

interface Result { graft: Graft; exclude: string; kept: Record<string, number>; trials: Record<string, number> }
const results: Result[] = [];
let collateral = 0;
const collateralSamples: string[] = [];
let trials = 0;
for (const [n, graft] of grafts.entries()) {
  const others = hosts.filter((h) => h.set !== graft.set);
  const chosen = Array.from({ length: Math.min(HOSTS_PER_GRAFT, others.length) }, (_, k) => others[(n * 7 + k * Math.ceil(others.length / HOSTS_PER_GRAFT)) % others.length]!);
  const per = graft.excludes.map((exclude) => ({ graft, exclude, kept: { top: 0, middle: 0, end: 0 }, trials: { top: 0, middle: 0, end: 0 } }) as Result);
  for (const host of chosen) {
    for (const pos of POSITIONS) {
      const text = normAr(articleFromPlainText(graftAt(host.lines, graft.lines, pos).join('\n')).text);
      trials++;
      for (const r of per) {
        r.trials[pos]!++;
        // An exclude the host itself holds (a shared wording) cannot be judged here.
        if (normAr(host.lines.join('\n')).includes(normAr(r.exclude))) continue;
        if (text.includes(normAr(r.exclude))) r.kept[pos]!++;
      }
      for (const p of keptAlone.get(host)!) {
        if (!text.includes(normAr(p))) {
          collateral++;
          if (collateralSamples.length < 400) collateralSamples.push(`${graft.set}/${graft.file} @${pos} in ${host.set}/${host.file}: ${graft.lines[0]!.slice(0, 60)} ⇒ lost ${p.slice(0, 60)}`);
        }
      }
    }
  }
  results.push(...per);
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
/** Kept where the block sat in its own article (every position for a page's line). */
const keptHome = (r: Result) => (r.graft.home ? r.kept[r.graft.home]! : sum(r.kept));
const trialsHome = (r: Result) => (r.graft.home ? r.trials[r.graft.home]! : sum(r.trials));
const leaky = results.filter((r) => sum(r.kept) > 0);
const leakyHome = results.filter((r) => keptHome(r) > 0);
const total = (f: (r: Result) => number) => results.reduce((a, r) => a + f(r), 0);
const byPos = Object.fromEntries(POSITIONS.map((p) => [p, total((r) => r.kept[p]!)]));
const setsOf = (rs: Result[]) => new Set(rs.map((r) => r.graft.set)).size;

/** A rough family of a furniture line, by its shape, to count kept lines by kind. */
function family(r: Result): string {
  const t = r.exclude.trim();
  const n = words(t);
  if (/صور|أرشيف|ارشيف|تصوير|عدسة|خلال|لدى|أثناء/.test(t) && n <= 30 && !/[.]\s*$/.test(t.slice(0, -1))) return 'caption or photo credit';
  if (n > 16) return "another story's lede or a notice";
  if (/\d/.test(t) && /(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|نيسان|آذار|\d{4}|:\d\d)/.test(t)) return 'date, stamp or dated dateline';
  if (n <= 5 && /[:/\-–—]/.test(t)) return 'byline, dateline or credit';
  if (r.graft.lines.length >= 2 && r.graft.lines.every((l) => words(l) <= 4)) return 'tags or section links';
  if (n <= 3) return 'label, heading, name or credit alone';
  return 'related headline';
}

if (args.includes('--json')) {
  console.log(JSON.stringify({ excludes: results.length, leakyHome: leakyHome.length, leaky: leaky.length, keptHome: total(keptHome), trialsHome: total(trialsHome),
    kept: total((r) => sum(r.kept)), trials: total((r) => sum(r.trials)), byPos, collateral,
    leaks: leaky.map((r) => ({ set: r.graft.set, file: r.graft.file, home: r.graft.home ?? 'page', exclude: r.exclude, block: r.graft.lines, kept: r.kept })) }, null, 1));
} else {
  console.log(`excludes ${results.length} (${grafts.length} blocks, ${hosts.length} hosts, ${trials} runs)`);
  console.log(`  at home position: kept ${total(keptHome)}/${total(trialsHome)} trials, ${leakyHome.length} lines from ${setsOf(leakyHome)} sets`);
  console.log(`  anywhere: kept ${total((r) => sum(r.kept))}/${total((r) => sum(r.trials))} trials (top ${byPos.top} middle ${byPos.middle} end ${byPos.end}), ${leaky.length} lines from ${setsOf(leaky)} sets | collateral ${collateral}`);
  const families = new Map<string, Result[]>();
  for (const r of leaky) families.set(family(r), [...(families.get(family(r)) ?? []), r]);
  for (const [name, rs] of [...families].sort((a, b) => setsOf(b[1]) - setsOf(a[1]))) {
    console.log(`  ${name}: ${rs.length} lines from ${setsOf(rs)} sets, kept ${rs.reduce((a, r) => a + sum(r.kept), 0)} trials (${rs.reduce((a, r) => a + keptHome(r), 0)} at home)`);
  }
  if (args.includes('--list')) {
    for (const r of leaky.sort((a, b) => keptHome(b) - keptHome(a))) {
      console.log(`${r.graft.set}\t${r.graft.file}\t${r.graft.home ?? 'page'} ${keptHome(r)}/${trialsHome(r)}\tt${r.kept.top} m${r.kept.middle} e${r.kept.end}\t${r.exclude}${r.graft.lines.length > 1 ? `\t[block: ${r.graft.lines.join(' ⏎ ').slice(0, 160)}]` : ''}`);
    }
    for (const c of collateralSamples) console.log('COLLATERAL\t' + c);
  }
}
