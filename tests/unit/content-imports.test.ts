// The content script is injected into every page: what it imports must stay small. The engine's data (name
// dictionaries, lexicon, gazetteer, title vocabularies) lives in the background; the finder has its own small tables.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const ENGINE_DATA = ['names-foreign.json', 'names-arabic.json', 'name-words.json', 'names-by-origin.json', 'lexicon.json', 'gazetteer.json', 'gazetteer-index.json', 'titles.json', 'institutions.json'];

/** Every module and asset reachable from a file by its static imports (relative and @/ paths). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.(ts|tsx)$/.test(file)) return;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const base = spec.startsWith('@/') ? resolve(ROOT, spec.slice(2)) : resolve(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/'));
      if (found) visit(found);
    }
  };
  visit(entry);
  return seen;
}

describe('the content script', () => {
  it('imports none of the engine’s data', () => {
    const graph = [...importGraph(resolve(ROOT, 'entrypoints/content/index.ts'))];
    const heavy = graph.filter((f) => ENGINE_DATA.some((a) => f.endsWith(`/assets/${a}`)));
    expect(graph.some((f) => f.includes('/lib/article/'))).toBe(true);
    expect(heavy).toEqual([]);
  });
});
