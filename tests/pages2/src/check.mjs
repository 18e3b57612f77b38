import fs from 'fs';
const dir='/work/p2/'; const ids=process.argv.slice(2);
const ent={amp:'&',lt:'<',gt:'>',quot:'"',apos:"'",nbsp:' ',laquo:'«',raquo:'»',hellip:'…',ndash:'–',mdash:'—',copy:'©',rlm:'',lrm:''};
function vis(h){h=h.replace(/<!--[\s\S]*?-->/g,' ').replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi,' ');
 h=h.replace(/<\/?(p|div|li|ul|ol|h[1-6]|br|td|tr|table|section|article|header|footer|nav|aside|figure|figcaption|blockquote|main|span class="sep")\b[^>]*>/gi,' ').replace(/<[^>]+>/g,'');
 h=h.replace(/&#x([0-9a-f]+);/gi,(m,x)=>String.fromCodePoint(parseInt(x,16))).replace(/&#(\d+);/g,(m,x)=>String.fromCodePoint(+x)).replace(/&([a-z]+);/gi,(m,x)=>ent[x.toLowerCase()]??m);
 return h.replace(/\s+/g,' ').trim();}
const n=s=>s.replace(/\s+/g,' ').trim();
let bad=0;
for(const f of fs.readdirSync(dir).filter(f=>f.endsWith('.html')&&(!ids.length||ids.some(i=>f.startsWith(i))))){
 const html=fs.readFileSync(dir+f,'utf8'); const v=vis(html); const id=f.replace('.html','');
 const size=Buffer.byteLength(html); let msg=[`${id}: ${(size/1024).toFixed(1)}KB`];
 if(size<10240||size>40960){msg.push('SIZE');bad++;}
 const gf=dir+id+'.gold.json'; if(!fs.existsSync(gf)){console.log(msg.join(' ')+' (no gold)');continue;}
 const g=JSON.parse(fs.readFileSync(gf,'utf8')); const at=n(g.article_text);
 if(g.id!==id){msg.push('ID');bad++;}
 const body=g.article_text.split('\n\n').slice(1).join(' '); msg.push('words='+body.split(/\s+/).filter(Boolean).length);
 for(const p of g.article_text.split('\n\n')) if(!v.includes(n(p))){msg.push('PARA-NOT-VISIBLE: '+p.slice(0,50));bad++;}
 for(const s of g.article_includes){if(!at.includes(n(s))){msg.push('INC-not-in-text: '+s);bad++;} if(!v.includes(n(s))){msg.push('INC-not-visible: '+s);bad++;}}
 msg.push('exc='+g.article_excludes.length);
 for(const s of g.article_excludes){if(at.includes(n(s))){msg.push('EXC-in-text: '+s);bad++;} if(!v.includes(n(s))){msg.push('EXC-not-visible: '+s);bad++;}}
 console.log(msg.join('\n  '));}
console.log(bad?`BAD ${bad}`:'CLEAN');
