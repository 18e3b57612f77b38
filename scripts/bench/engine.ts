// Engine benchmarks in Node: analyze() per article (warm), throughput, scaling, distance from the floor.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../lib/analyze';
import { normalize } from '../../lib/arabic/normalize';
import { articleFromPlainText } from '../../lib/article/text';

export interface EngineFigures {
  articles: number;
  analyze_ms_median: number;
  analyze_ms_p95: number;
  chars_per_ms: number;
  scaling_10x: number;
  baseline_ratio: number;
}

/** The dev corpus when it sits beside the repo, else the articles bundled as test fixtures. */
export function benchArticles(root: string): { id: string; text: string }[] {
  const dirs = [join(root, '../shared/corpus/dev'), join(root, 'tests/fixtures')];
  const dir = dirs.find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.txt')));
  if (!dir) throw new Error('no .txt articles found for the benchmark');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: articleFromPlainText(readFileSync(join(dir, f), 'utf8')).text }));
}

/**
 * Time of fn: the fastest of enough runs to last ~minMs (at least minRuns), after warm-up. On a machine shared
 * with other work most of a run's spread is waiting for a core or another process's cache traffic, so the fastest
 * run is the closest to the code's own time (the median over runs moved 3× between two runs at load 11).
 */
function timeIt(fn: () => unknown, minMs = 150, minRuns = 5): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  const begin = performance.now();
  while (samples.length < minRuns || performance.now() - begin < minMs) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return Math.min(...samples);
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export function benchEngine(root: string): EngineFigures {
  const articles = benchArticles(root);
  const times = articles.map((a) => timeIt(() => analyze(a.text)));
  const totalChars = articles.reduce((n, a) => n + a.text.length, 0);
  const totalMs = times.reduce((n, t) => n + t, 0);

  // Scaling and floor on the longest article, where timer noise matters least.
  const longest = articles.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const one = timeIt(() => analyze(longest.text), 300);
  const ten = timeIt(() => analyze(Array(10).fill(longest.text).join('\n\n')), 600, 3);
  const floor = timeIt(() => normalize(longest.text), 150);

  return {
    articles: articles.length,
    analyze_ms_median: round(quantile(times, 0.5)),
    analyze_ms_p95: round(quantile(times, 0.95)),
    chars_per_ms: Math.round(totalChars / totalMs),
    scaling_10x: round(ten / (10 * one)),
    baseline_ratio: Math.round(one / floor),
  };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
