import fs from 'node:fs';
export const esc = s => s.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');
export function emit(id, site, year, title, paras, excludes, html, {includes}={}) {
  fs.writeFileSync(`/work/p1/${id}.html`, html);
  if (!paras) return;
  const body = paras.join(' ');
  const first = paras[0], last = paras[paras.length-1];
  const inc = includes || [first.slice(0,60).trim(), last.slice(-60).trim()];
  const gold = {id, source:`invented page (heldout-pages set 1, writer B), ${site} markup as of ${year}`, format:'html',
    article_text: [title, ...paras].join('\n\n'), article_includes: inc, article_excludes: excludes};
  fs.writeFileSync(`/work/p1/${id}.gold.json`, JSON.stringify(gold,null,1)+'\n');
  console.log(id, 'words', body.split(/\s+/).filter(Boolean).length, 'bytes', Buffer.byteLength(html));
}
