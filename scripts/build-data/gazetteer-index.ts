/**
 * assets/gazetteer-index.json: every gazetteer person's matching keys (of names and short forms, of after-title
 * forms, and the folded keys of each name), as lib/gazetteer.ts computes them, with a hash of the spellings they
 * come from, so the extension builds its index of known people without normalising and folding ~2,800 spellings
 * in a fresh background. Run after the gazetteer build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gazetteerIndexData, type KnownPerson } from '../../lib/gazetteer';
import { REPO, writeAsset } from './io';

export function buildGazetteerIndex(people: readonly KnownPerson[]): Record<string, unknown> {
  return { ...gazetteerIndexData(people) };
}

export function readGazetteer(): KnownPerson[] {
  return JSON.parse(readFileSync(resolve(REPO, 'assets/gazetteer.json'), 'utf8')) as KnownPerson[];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'gazetteer-index.ts')) {
  const bytes = writeAsset('gazetteer-index.json', buildGazetteerIndex(readGazetteer()));
  console.log(`assets/gazetteer-index.json: ${(bytes / 1024).toFixed(1)} KB`);
}
