// Checks a folder of saved pages with gold (tests/pages1, tests/pages2): every include is in the gold article text
// and on the page, no exclude is in the article text, every exclude and every paragraph of the text is on the page.
// node tests/check-pages.mjs tests/pages2
import fs from 'node:fs';
import path from 'node:path';

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', raquo: '»', laquo: '«', copy: '©', hellip: '…', ndash: '–', mdash: '—', rlm: '', lrm: '' };
const squash = (s) => s.replace(/\s+/g, ' ').trim();

function visibleText(html) {
  const t = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<head\b[\s\S]*?<\/head>/i, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n) => entities[n.toLowerCase()] ?? m);
  return squash(t);
}

const dir = process.argv[2];
if (!dir) { console.error('usage: node tests/check-pages.mjs DIR'); process.exit(2); }
let errors = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const html = fs.readFileSync(path.join(dir, file), 'utf8');
  const goldFile = path.join(dir, file.replace(/\.html$/, '.gold.json'));
  if (!fs.existsSync(goldFile)) { console.log(`${file}: no gold (a page that is not an article)`); continue; }
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
  const page = visibleText(html);
  const text = squash(gold.article_text);
  const problems = [];
  if (`${gold.id}.html` !== file) problems.push('id does not match the file name');
  for (const s of gold.article_includes) {
    if (!text.includes(squash(s))) problems.push(`include not in the article text: ${s}`);
    if (!page.includes(squash(s))) problems.push(`include not on the page: ${s}`);
  }
  for (const s of gold.article_excludes) {
    if (text.includes(squash(s))) problems.push(`exclude in the article text: ${s}`);
    if (!page.includes(squash(s))) problems.push(`exclude not on the page: ${s}`);
  }
  for (const p of gold.article_text.split(/\n\n/)) if (!page.includes(squash(p))) problems.push(`paragraph not on the page: ${p.slice(0, 50)}`);
  console.log(`${file}: ${gold.article_excludes.length} excludes, ${problems.length ? 'ERRORS' : 'ok'}`);
  for (const p of problems) console.log(`  ${p}`);
  errors += problems.length;
}
console.log(`${errors} errors`);
process.exit(errors ? 1 : 0);
