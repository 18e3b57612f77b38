// CPU time of each step of findArticleSteps on saved pages (linkedom), as the content script runs it (with a
// preview): the first run in a fresh process (cold code, as on a page visit) and the best of N warm runs.
// npx tsx scripts/bench/find-steps.ts [--rounds N] [--dump FILE] PAGE…
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom/worker';
import { findArticle, findArticleSteps } from '../../lib/article/find';
import { FIRST_PART_CHARS } from '../../lib/extension/messages';
import { decode } from '../analyze';

// getrusage: this process's CPU time, to the microsecond (schedstat moves only at a scheduler tick).
const threadMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? null : args.splice(i, 2)[1]!;
};
const rounds = Number(opt('--rounds') ?? 5);
const dump = opt('--dump');

function docOf(file: string): Document {
  const html = decode(readFileSync(file), true);
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html>${html}</html>`;
  return parseHTML(source).document as unknown as Document;
}

function stepTimes(doc: Document): number[] {
  const out: number[] = [];
  const steps = findArticleSteps(doc, { preview: FIRST_PART_CHARS });
  for (;;) {
    const t = threadMs();
    const step = steps.next();
    out.push(threadMs() - t);
    if (step.done) return out;
  }
}

const dumps: Record<string, unknown> = {};
for (const file of args) {
  const doc = docOf(file);
  const cold = stepTimes(doc);
  let best = cold.map(() => Infinity);
  for (let r = 0; r < rounds; r++) best = stepTimes(doc).map((t, i) => Math.min(t, best[i] ?? Infinity));
  const f = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' ');
  console.log(`${file.split('/').pop()}\n  cold max ${Math.max(...cold).toFixed(1)} [${f(cold)}]\n  warm max ${Math.max(...best).toFixed(1)} [${f(best)}]`);
  if (dump) {
    const a = findArticle(doc);
    const path = (n: Node) => {
      const p: number[] = [];
      for (let x: Node | null = n; x?.parentNode; x = x.parentNode) p.unshift([...x.parentNode.childNodes].indexOf(x as ChildNode));
      return p.join('.');
    };
    dumps[file] = a && { title: a.title, root: path(a.root), blocks: a.blocks.map(path), text: a.text, segments: a.segments.map((s) => [path(s.node), s.start, s.from, s.to]) };
  }
}
if (dump) writeFileSync(dump, JSON.stringify(dumps, null, 1));
