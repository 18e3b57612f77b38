// Copies a gold folder to another, rewriting each .gold.json with `rewrite(gold)` and copying every other file as it
// is, so the scorer can run on the copy: the evaluation scripts that rescore a set under another annotation
// convention share it.
import fs from 'node:fs';
import path from 'node:path';

export function rewriteGoldFolder(script, [goldDir, outDir], rewrite) {
  if (!goldDir || !outDir) {
    console.error(`usage: ${script} GOLD_DIR OUT_DIR`);
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of fs.readdirSync(goldDir)) {
    const from = path.resolve(goldDir, name);
    const to = path.join(outDir, name);
    if (!name.endsWith('.gold.json')) {
      if (fs.statSync(from).isFile()) fs.copyFileSync(from, to);
      continue;
    }
    const gold = JSON.parse(fs.readFileSync(from, 'utf8'));
    fs.writeFileSync(to, JSON.stringify(rewrite(gold), null, 2));
  }
}
