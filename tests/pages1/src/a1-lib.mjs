import fs from 'node:fs';
export function writePage(id, html, gold) {
  fs.writeFileSync(`/work/p1/${id}.html`, html);
  if (gold) {
    const text = gold.title + '\n\n' + gold.paras.join('\n\n');
    const body = gold.paras.join('\n\n');
    const obj = {
      id, source: gold.source, format: 'html', article_text: text,
      article_includes: [gold.paras[0].slice(0, 66).replace(/\s+\S*$/, ''), body.slice(-66).replace(/^\S*\s+/, '')],
      article_excludes: gold.excludes,
    };
    fs.writeFileSync(`/work/p1/${id}.gold.json`, JSON.stringify(obj, null, 1) + '\n');
  }
  console.log(id, Buffer.byteLength(html), 'bytes', gold ? gold.paras.join(' ').split(/\s+/).length + ' words' : '');
}
