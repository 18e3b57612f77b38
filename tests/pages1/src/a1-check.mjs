import fs from 'node:fs';
const ents = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', raquo: '»', laquo: '«', copy: '©', hellip: '…', ndash: '–', mdash: '—', rlm: '', lrm: '' };
function visible(html) {
  let t = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<head\b[\s\S]*?<\/head>/i, ' ');
  t = t.replace(/<[^>]+>/g, ' ');
  t = t.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)).replace(/&([a-z]+);/gi, (m, n) => ents[n.toLowerCase()] ?? m);
  return t.replace(/\s+/g, ' ').trim();
}
const norm = (s) => s.replace(/\s+/g, ' ').trim();
let bad = 0;
for (const f of fs.readdirSync('/work/p1').filter((f) => /^p10[1-6].*\.html$/.test(f)).sort()) {
  const html = fs.readFileSync('/work/p1/' + f, 'utf8');
  const vis = visible(html);
  const kb = (Buffer.byteLength(html) / 1024).toFixed(1);
  const gf = '/work/p1/' + f.replace(/\.html$/, '.gold.json');
  if (!fs.existsSync(gf)) { console.log(f, kb + 'KB', 'no gold'); continue; }
  const g = JSON.parse(fs.readFileSync(gf, 'utf8'));
  const at = norm(g.article_text);
  const errs = [];
  if (g.id + '.html' !== f) errs.push('id mismatch');
  for (const s of g.article_includes) { if (!at.includes(norm(s))) errs.push('include not in text: ' + s); if (!vis.includes(norm(s))) errs.push('include not visible: ' + s); }
  for (const s of g.article_excludes) { if (at.includes(norm(s))) errs.push('exclude IN text: ' + s); if (!vis.includes(norm(s))) errs.push('exclude not visible: ' + s); }
  // every article paragraph visible
  for (const p of g.article_text.split(/\n\n/)) if (!vis.includes(norm(p))) errs.push('para not visible: ' + p.slice(0, 50));
  const words = g.article_text.split(/\n\n/).slice(1).join(' ').split(/\s+/).length;
  console.log(f, kb + 'KB', words + 'w', g.article_excludes.length + ' excl', errs.length ? 'ERRORS' : 'OK');
  errs.forEach((e) => console.log('   ', e));
  bad += errs.length;
}
process.exit(bad ? 1 : 0);
