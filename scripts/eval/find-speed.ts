// Time to find the article on each saved page of ../shared/corpus/dev, beside @mozilla/readability's parse of
// the same page, in Node on linkedom (a guide for the finder; the browser figure is `npm run bench`'s).
//   npx tsx scripts/eval/find-speed.ts [--runs N]
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom/worker';
import { findArticle } from '../../lib/article/find';
import { decode } from '../analyze';

const dev = resolve(import.meta.dirname, '../../../shared/corpus/dev');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const parse = (html: string) => parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html>${html}</html>`).document as unknown as Document;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(html: string, f: (doc: Document) => unknown): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const doc = parse(html);
    const t = performance.now();
    f(doc);
    ms.push(performance.now() - t);
  }
  return median(ms);
}

const files = readdirSync(dev).filter((x) => x.endsWith('.html')).sort();
const htmls = files.map((f) => decode(readFileSync(`${dev}/${f}`), true));
// One untimed round first, so that both are measured compiled (the first calls of each run cold).
for (const html of htmls) {
  findArticle(parse(html));
  new Readability(parse(html)).parse();
}

const ratios: number[] = [];
console.log('page'.padEnd(26), 'KB'.padStart(5), 'find ms'.padStart(8), 'read ms'.padStart(8), 'ratio'.padStart(6));
for (const [i, f] of files.entries()) {
  const html = htmls[i]!;
  const find = time(html, (doc) => findArticle(doc));
  const read = time(html, (doc) => new Readability(doc).parse());
  ratios.push(find / read);
  console.log(f.padEnd(26), String(Math.round(html.length / 1024)).padStart(5), find.toFixed(1).padStart(8), read.toFixed(1).padStart(8), (find / read).toFixed(2).padStart(6));
}
console.log(`median ratio ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}`);
