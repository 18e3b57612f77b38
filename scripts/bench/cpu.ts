// CPU-time benchmark of analyze() over the dev articles, for comparing two versions of the engine on this shared
// machine (the clock measures the wait for a core; the process's CPU time does not).
// npx tsx scripts/bench/cpu.ts [ROUNDS]: per-article best round (median, p95) and the total of one round.
import { analyze } from '../../lib/analyze';
import { benchArticles, quantile, round } from './engine';

// getrusage: this process's CPU time, to the microsecond. (Not /proc/thread-self/schedstat: on this kernel it moves only
// at a scheduler tick, a few ms, so an article's best round read 0 or a whole tick.)
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};

const rounds = Number(process.argv[2] ?? 10);
const texts = benchArticles(process.cwd()).map((a) => a.text);
const best = texts.map(() => Infinity);
const totals: number[] = [];
for (let r = 0; r < rounds + 2; r++) {
  let total = 0;
  texts.forEach((t, i) => {
    const t0 = cpuMs();
    analyze(t);
    const ms = cpuMs() - t0;
    total += ms;
    if (r >= 2) best[i] = Math.min(best[i]!, ms);
  });
  if (r >= 2) totals.push(total);
}
console.log(
  `articles ${texts.length} median ${round(quantile(best, 0.5))} p95 ${round(quantile(best, 0.95))} ` +
    `max ${round(Math.max(...best))} sum-of-best ${round(best.reduce((a, b) => a + b, 0))} round-median ${round(quantile(totals, 0.5))} ms`,
);
