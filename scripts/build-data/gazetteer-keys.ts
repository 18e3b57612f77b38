/**
 * assets/gazetteer-keys.json: the matching key of every gazetteer spelling and the skeletons of every key token,
 * as lib/gazetteer.ts computes them, packed as "text=key|…" in code-point order (lib/vocab/packed.ts; "*" for a
 * value equal to its text), so the extension builds its index of known people at start without recomputing them.
 * Run after the gazetteer build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gazetteerKeyTables, type KnownPerson } from '../../lib/gazetteer';
import { REPO, byCodePoint, writeAsset } from './io';

function pack(table: Map<string, string>): string {
  const entries = [...table].sort(([a], [b]) => byCodePoint(a, b));
  for (const [k, v] of entries) if (/[|=*]/.test(k + v)) throw new Error(`gazetteer key tables: "${k}" → "${v}" holds | = or *`);
  return entries.map(([k, v]) => `${k}=${v === k ? '*' : v}`).join('|');
}

export function buildGazetteerKeys(people: readonly KnownPerson[]): Record<string, string> {
  const { name, skeleton, consonant } = gazetteerKeyTables(people);
  return { name: pack(name), skeleton: pack(skeleton), consonant: pack(consonant) };
}

export function readGazetteer(): KnownPerson[] {
  return JSON.parse(readFileSync(resolve(REPO, 'assets/gazetteer.json'), 'utf8')) as KnownPerson[];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'gazetteer-keys.ts')) {
  const bytes = writeAsset('gazetteer-keys.json', buildGazetteerKeys(readGazetteer()));
  console.log(`assets/gazetteer-keys.json: ${(bytes / 1024).toFixed(1)} KB`);
}
