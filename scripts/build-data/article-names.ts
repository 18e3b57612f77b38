/**
 * assets/article-names.json: the few name facts the article finder needs, small enough for the content script
 * (the full name dictionaries are ~0.8 MB and stay in the engine): the given names that open with و or ف where the
 * word without that letter is no name («وليد», «فيصل»: no continuation of the text), and a Bloom filter of given
 * names (Arabic, and common given names of every origin) for bylines («بيروت - محمد علوش»). Run after the names build.
 */
import { resolve } from 'node:path';
import { buildBloom } from '../../lib/vocab/bloom';
import { allGivenNames, inNameDictionaries } from '../../lib/vocab/names';
import { writeAsset } from './io';

/** Pinned so that a few more or fewer given names do not reshuffle the filter's false positives (see buildBloom). */
const GIVEN_NAMES_LAYOUT = { bits: 48721, hashes: 7 };

export function buildArticleNames(): Record<string, unknown> {
  const wawFa = [...allGivenNames()].sort().filter((w) => /^[وف]/.test(w) && !inNameDictionaries(w.slice(1)));
  const given = [...allGivenNames(true)].sort();
  return { wawFaGivenNames: wawFa.join(' '), givenNames: buildBloom(given, given.length, 0.01, GIVEN_NAMES_LAYOUT) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'article-names.ts')) {
  const bytes = writeAsset('article-names.json', buildArticleNames());
  console.log(`assets/article-names.json: ${(bytes / 1024).toFixed(1)} KB`);
}
