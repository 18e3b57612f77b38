// Command-line analyzer: npm run analyze -- [--json] FILE (.txt article or saved .html page).
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analyze';
import { articleFromPlainText } from '../lib/article/text';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--'));
if (!file) fail('usage: npm run analyze -- [--json] FILE');
let raw: string;
try {
  raw = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
}
const article = articleFromPlainText(raw);
const analysis = analyze(article.text, { title: article.title });
process.stdout.write(json ? JSON.stringify(analysis) + '\n' : JSON.stringify(analysis, null, 2) + '\n');
