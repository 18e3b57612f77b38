// CPU profile of analyze() over the dev articles: where the engine's time goes, by function.
// npx tsx scripts/bench/hot.ts [ROUNDS]: the 30 functions with the most time inside them (inclusive, sampled), and self.
import { Session } from 'node:inspector/promises';
import { analyze } from '../../lib/analyze';
import { benchArticles } from './engine';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
  children?: number[];
}

const rounds = Number(process.argv[2] ?? 5);
const texts = benchArticles(process.cwd()).map((a) => a.text);
for (let r = 0; r < 2; r++) for (const t of texts) analyze(t);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let r = 0; r < rounds; r++) for (const t of texts) analyze(t);
const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}`;
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;
// Each sample counts once for every distinct function on its stack (recursion is not counted twice).
const walk = (node: ProfileNode, onStack: Set<string>) => {
  const key = keyOf(node);
  const hits = node.hitCount ?? 0;
  total += hits;
  self.set(key, (self.get(key) ?? 0) + hits);
  const stack = onStack.has(key) ? onStack : new Set(onStack).add(key);
  let below = hits;
  for (const c of node.children ?? []) below += walk(byId.get(c)!, stack);
  if (!onStack.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + below);
  return below;
};
walk(profile.nodes[0]!, new Set());
const pct = (x: number) => ((100 * x) / total).toFixed(1).padStart(5);
console.log(`articles ${texts.length} rounds ${rounds} samples ${total}`);
console.log('incl%  self%  function');
for (const [key, hits] of [...inclusive].sort((a, b) => b[1] - a[1]).filter(([k]) => !k.startsWith('(')).slice(0, 30)) {
  console.log(`${pct(hits)}  ${pct(self.get(key) ?? 0)}  ${key}`);
}
