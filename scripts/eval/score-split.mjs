// Scores the analyzer on the two parts of the dev corpus (scripts/eval/split.json): tune and held.
//   node scripts/eval/score-split.mjs [--part tune|held|held-read|held-clean|all] [--verbose] [--json]
// Each part is a folder of symlinks in the system temp dir, scored by ../shared/eval/score.mjs in one batch run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dev = resolve(root, '../shared/corpus/dev');
const score = resolve(root, '../shared/eval/score.mjs');
const { held, heldClean } = JSON.parse(readFileSync(join(root, 'scripts/eval/split.json'), 'utf8'));
const args = process.argv.slice(2);
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : 'all';
const inList = (list) => (f) => list.some((id) => f.startsWith(id + '-'));
const isHeld = inList(held);

function folder(keep) {
  const dir = mkdtempSync(join(tmpdir(), 'split-'));
  for (const f of readdirSync(dev)) if (keep(f) && !f.endsWith('.md')) symlinkSync(join(dev, f), join(dir, f));
  return dir;
}

const parts = { tune: (f) => !isHeld(f), held: isHeld, 'held-read': (f) => isHeld(f) && !inList(heldClean)(f), 'held-clean': inList(heldClean) };
for (const name of part === 'all' ? ['tune', 'held'] : [part]) {
  const dir = folder(parts[name]);
  const extra = args.filter((a) => a === '--verbose' || a === '--json');
  const out = execFileSync('node', [score, '--gold', dir, '--cmd', 'npm run --silent analyze -- --json', '--batch', ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  console.log(`== ${name} ==`);
  console.log(args.includes('--verbose') || args.includes('--json') ? out : out.split('\n').slice(-18).join('\n'));
}
