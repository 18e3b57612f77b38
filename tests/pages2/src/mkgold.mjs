import fs from 'fs';
const id=process.argv[2]; const t=fs.readFileSync(`/work/p2/src/${id}.txt`,'utf8').split('\n===\n');
const lines=s=>s.split('\n').map(x=>x.trim()).filter(Boolean);
const g={id,source:t[0].trim(),format:'html',article_text:t[1].trim().replace(/\n{2,}/g,'\n\n'),article_includes:lines(t[2]),article_excludes:lines(t[3])};
fs.writeFileSync(`/work/p2/${id}.gold.json`,JSON.stringify(g,null,1)+'\n');
