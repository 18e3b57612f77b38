// Size of what the browser loads: the content script (minified, with its data) and the rest of the package.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : sizeOf(join(dir, e.name))),
    0,
  );
}

export function ensureChromeBuild(root: string): string {
  const out = join(root, '.output/chrome-mv3');
  if (!existsSync(join(out, 'manifest.json'))) execSync('npx wxt build', { cwd: root, stdio: 'ignore' });
  return out;
}

export function benchBundle(root: string) {
  const out = ensureChromeBuild(root);
  const scripts = join(out, 'content-scripts');
  // Every page gets the main content script and the small document_start one (early.js, listed in the manifest).
  const content = (existsSync(scripts)
    ? readdirSync(scripts).filter((f) => f.endsWith('.js')).reduce((n, f) => n + sizeOf(join(scripts, f)), 0)
    : 0) + sizeOf(join(out, 'early.js'));
  return {
    content_script_bytes: content,
    early_script_bytes: sizeOf(join(out, 'early.js')),
    background_bytes: sizeOf(join(out, 'background.js')),
    extension_bytes: dirSize(out),
  };
}
