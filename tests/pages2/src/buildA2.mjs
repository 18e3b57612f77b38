import fs from 'fs';
const meta={
 p201:['p201-okaz-jeddah-rain','Okaz','2023'],
 p202:['p202-ahram-suez-canal','Al-Ahram','2017'],
 p203:['p203-annahar-baalbek-festival','Annahar','2022'],
 p204:['p204-anadolu-turkey-sudan','Anadolu Arabic','2024'],
 p205:['p205-spa-vaccine-doses','SPA','2021'],
};
for(const [k,[id,site,yr]] of Object.entries(meta)){
  if(!fs.existsSync(k+'.txt')) continue;
  const t=fs.readFileSync(k+'.txt','utf8').trim();
  const paras=t.split('\n\n'); const body=paras.slice(1);
  const first=body[0], last=body[body.length-1];
  const cut=(s,n)=>{let a=s.slice(0,n);return a.replace(/\s+\S*$/,'')};
  const tail=(s,n)=>{let a=s.slice(-n);return a.replace(/^\S*\s+/,'')};
  const ex=fs.readFileSync(k+'.ex','utf8').split('\n').filter(Boolean);
  const g={id,source:`invented page (heldout-pages set 2, writer A), ${site} markup as of ${yr}`,format:'html',article_text:t,article_includes:[cut(first,62),tail(last,62)],article_excludes:ex};
  fs.writeFileSync('../'+id+'.gold.json',JSON.stringify(g,null,1)+'\n');
}
