// npx tsx scripts/bench/engine-ab.ts DIR_A DIR_B [ROUNDS]: the engines of two checkouts (each a repository root, e.g. a
// `git worktree` of an older commit) run over the dev articles in one process, taking turns article by article so that
// the machine's load falls on both alike; per article the best round's CPU time. Prints both medians and the ratio of
// the sums (B / A). For telling two versions apart on a shared machine, where `npm run bench` moves by a millisecond.
import { resolve } from 'node:path';
import { benchArticles } from './engine';

type Analyze = (text: string) => unknown;
const [dirA, dirB, rounds = '12'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: npx tsx scripts/bench/engine-ab.ts DIR_A DIR_B [ROUNDS]');
  process.exit(1);
}
const load = async (dir: string): Promise<Analyze> => (await import(resolve(dir, 'lib/analyze.ts'))).analyze;
const engines = [await load(dirA), await load(dirB)];
const texts = benchArticles(resolve(import.meta.dirname, '../..')).map((a) => a.text);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
for (const t of texts) for (const run of engines) run(t);
const best = engines.map(() => texts.map(() => Infinity));
for (let r = 0; r < Number(rounds); r++) {
  texts.forEach((text, i) => {
    const order = (r + i) % 2 ? [0, 1] : [1, 0];
    for (const e of order) {
      const t0 = cpuMs();
      engines[e]!(text);
      best[e]![i] = Math.min(best[e]![i]!, cpuMs() - t0);
    }
  });
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
const [a, b] = best as [number[], number[]];
console.log(`A median ${median(a).toFixed(2)} ms · B median ${median(b).toFixed(2)} ms · B/A (sums of per-article bests) ${(sum(b) / sum(a)).toFixed(3)} · ${texts.length} articles, ${rounds} rounds`);
