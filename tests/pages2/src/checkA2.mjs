import fs from 'fs';
const dir='/work/p2/';
const ents={amp:'&',lt:'<',gt:'>',quot:'"',apos:"'",nbsp:' ',laquo:'«',raquo:'»',copy:'©',middot:'·',hellip:'…',ndash:'–',mdash:'—',rlm:'',lrm:''};
const dec=s=>s.replace(/&#x([0-9a-f]+);/gi,(m,h)=>String.fromCodePoint(parseInt(h,16))).replace(/&#(\d+);/g,(m,d)=>String.fromCodePoint(+d)).replace(/&([a-z]+);/gi,(m,n)=>n in ents?ents[n]:m);
const norm=s=>s.replace(/\s+/g,' ').trim();
const vis=h=>norm(dec(h.replace(/<!--[\s\S]*?-->/g,' ').replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi,' ').replace(/<[^>]+>/g,' ')));
let bad=0;
for(const f of fs.readdirSync(dir).filter(f=>/^p20[1-6].*\.html$/.test(f))){
  const html=fs.readFileSync(dir+f,'utf8'); const v=vis(html);
  console.log(f,(Buffer.byteLength(html)/1024).toFixed(1)+'KB');
  const gf=dir+f.replace(/\.html$/,'.gold.json'); if(!fs.existsSync(gf)) continue;
  const g=JSON.parse(fs.readFileSync(gf,'utf8')); const at=norm(g.article_text);
  if(g.id+'.html'!==f){console.log(' id mismatch');bad++;}
  const body=g.article_text.split('\n\n').slice(1).join(' ');
  console.log(' words',body.split(/\s+/).filter(Boolean).length,'excl',g.article_excludes.length);
  for(const p of g.article_text.split('\n\n')) if(!v.includes(norm(p))){console.log(' PARA not in page:',p.slice(0,50));bad++;}
  for(const i of g.article_includes){ if(!at.includes(norm(i))){console.log(' INC not in text:',i);bad++;} if(!v.includes(norm(i))){console.log(' INC not in page:',i);bad++;} }
  for(const e of g.article_excludes){ if(at.includes(norm(e))){console.log(' EXC in text:',e);bad++;} if(!v.includes(norm(e))){console.log(' EXC not in page:',e);bad++;} }
}
console.log(bad?'BAD '+bad:'CLEAN');
