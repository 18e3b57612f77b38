import fs from 'node:fs';
const dec = s => s.replace(/&#x([0-9a-f]+);/gi,(_,h)=>String.fromCodePoint(parseInt(h,16))).replace(/&#(\d+);/g,(_,d)=>String.fromCodePoint(+d))
  .replace(/&nbsp;/g,' ').replace(/&quot;/g,'"').replace(/&#39;|&apos;/g,"'").replace(/&lt;/g,'<').replace(/&gt;/g,'>').replace(/&laquo;/g,'«').replace(/&raquo;/g,'»').replace(/&amp;/g,'&');
const norm = s => s.replace(/\s+/g,' ').trim();
function visible(h){
  h = h.replace(/<!--[\s\S]*?-->/g,' ').replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1>/gi,' ').replace(/<head\b[\s\S]*?<\/head>/i,' ');
  h = h.replace(/<\/?(a|span|strong|em|b|i|time|abbr|bdi|u|mark|small|sup|sub)\b[^>]*>/gi,'').replace(/<[^>]+>/g,' ');
  return norm(dec(h));
}
let bad=0;
for (const f of fs.readdirSync('/work/p1').filter(f=>/^p1(0[7-9]|1[0-2]).*\.gold\.json$/.test(f))) {
  const g = JSON.parse(fs.readFileSync('/work/p1/'+f,'utf8'));
  const html = fs.readFileSync('/work/p1/'+f.replace('.gold.json','.html'),'utf8');
  const vis = visible(html), at = norm(g.article_text);
  const err=[];
  if (g.id+'.gold.json'!==f) err.push('id mismatch');
  for (const s of g.article_includes){ if(!at.includes(norm(s))) err.push('include not in text: '+s); if(!vis.includes(norm(s))) err.push('include not visible: '+s);}
  for (const s of g.article_excludes){ if(at.includes(norm(s))) err.push('exclude in text: '+s); if(!vis.includes(norm(s))) err.push('exclude not visible: '+s);}
  for (const p of g.article_text.split(/\n\n/)) if(!vis.includes(norm(p))) err.push('para not visible: '+p.slice(0,50));
  const n=g.article_excludes.length; if(n<8||n>15) err.push('excludes count '+n);
  console.log(f, err.length?'FAIL':'OK', 'words', at.split(' ').length); err.forEach(e=>console.log('  ',e)); bad+=err.length;
}
process.exit(bad?1:0);
