// Allocation profile of analyze() over the dev articles: where the engine's bytes are allocated, garbage included.
// npx tsx scripts/bench/alloc.ts [ROUNDS]: bytes per article and the 25 functions that allocate most (self, sampled).
import { Session } from 'node:inspector/promises';
import { analyze } from '../../lib/analyze';
import { benchArticles } from './engine';

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}

const rounds = Number(process.argv[2] ?? 5);
const texts = benchArticles(process.cwd()).map((a) => a.text);
for (let r = 0; r < 2; r++) for (const t of texts) analyze(t);

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let r = 0; r < rounds; r++) for (const t of texts) analyze(t);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };

const bytes = new Map<string, number>();
let total = 0;
const walk = (node: ProfileNode) => {
  const file = node.callFrame.url.split('/').slice(-2).join('/');
  const key = `${node.callFrame.functionName || '(anonymous)'} ${file}`;
  bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  node.children.forEach(walk);
};
walk(profile.head);
console.log(`articles ${texts.length} rounds ${rounds} allocated ${(total / 1e3 / (rounds * texts.length)).toFixed(0)} KB per article`);
for (const [key, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * size) / total).toFixed(1).padStart(5)}%  ${key}`);
}
