import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '@/lib/arabic/normalize';
import { unpackTable } from '@/lib/vocab/packed';
import { serializeAsset, SHARED } from '@/scripts/build-data/io';
import { buildLexicon } from '@/scripts/build-data/lexicon';
import { buildNames } from '@/scripts/build-data/names';
import { buildCapitals, buildNationalities, buildPlaces, buildProvinceCountries, placesThatAreNames } from '@/scripts/build-data/nationalities';
import { buildParties } from '@/scripts/build-data/parties';
import { buildNamedBodies } from '@/scripts/build-data/named-bodies';
import { buildArticleNames } from '@/scripts/build-data/article-names';
import { buildGazetteerIndex, readGazetteer } from '@/scripts/build-data/gazetteer-index';

const asset = (name: string) => resolve(__dirname, '../../assets', name);
const ASSETS = ['nationalities.json', 'places.json', 'name-words.json', 'name-stop-words.json', 'names-arabic.json', 'names-foreign.json', 'names-by-origin.json'];
const read = <T>(name: string) => JSON.parse(readFileSync(asset(name), 'utf8')) as T;

describe('generated data assets', () => {
  it('stay within the size budget the extension bundles', () => {
    const total = ASSETS.reduce((sum, name) => sum + statSync(asset(name)).size, 0);
    expect(total).toBeLessThanOrEqual(866 * 1024);
    expect(statSync(asset('lexicon.json')).size).toBeLessThanOrEqual(300 * 1024);
  });

  it('key nationality forms and country names by their normalised spelling, one owner per form', () => {
    const data = read<{ adjectives: [string, string, string[]][]; countries: [string, string[]][] }>('nationalities.json');
    const owner = new Map<string, string>();
    for (const [code, en, forms] of data.adjectives) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(en).toMatch(/^[A-Z]/);
      for (const f of forms) {
        expect(normalize(f)).toBe(f);
        expect(owner.has(f), `${f} claimed twice`).toBe(false);
        owner.set(f, code);
      }
    }
    for (const [code, names] of data.countries) for (const n of names) expect(normalize(n), code).toBe(n);
    expect(owner.get('الكوريه الشماليه')).toBe('KP');
  });

  it('pack name dictionaries as normalised Arabic = lower-case Latin', () => {
    for (const name of ['names-arabic.json', 'names-foreign.json']) {
      const entries = unpackTable(read<{ packed: string }>(name).packed);
      expect(entries.length).toBeGreaterThan(1000);
      for (const [ar, en] of entries.slice(0, 2000)) {
        expect(normalize(ar)).toBe(ar);
        expect(en).toMatch(/^[a-z][a-z'-]*$/);
      }
    }
  });

  it('article-names.json holds the finder’s names as the name dictionaries give them (else: npm run build:data)', () => {
    expect(readFileSync(asset('article-names.json'), 'utf8')).toBe(serializeAsset(buildArticleNames()));
  });

  it('gazetteer-index.json holds the keys lib/gazetteer.ts computes for assets/gazetteer.json (else: npm run build:data)', () => {
    expect(readFileSync(asset('gazetteer-index.json'), 'utf8')).toBe(serializeAsset(buildGazetteerIndex(readGazetteer())));
  });

  // The build needs ../shared/data beside the clone and Debian's hunspell-ar (.ci/run installs it).
  it.skipIf(!existsSync(SHARED))('are exactly what npm run build:data produces', () => {
    const nationalities = buildNationalities();
    const places = buildPlaces();
    const nameLike = placesThatAreNames();
    const names = buildNames(nationalities.countries.flatMap(([, n]) => n as string[]), Object.keys(places).filter((p) => !nameLike.has(p)));
    const expected: Record<string, Record<string, unknown>> = {
      'nationalities.json': nationalities,
      'places.json': places,
      'capitals.json': buildCapitals(),
      'province-countries.json': buildProvinceCountries(),
      'parties.json': buildParties(),
      'named-bodies.json': buildNamedBodies(),
      'name-words.json': names.nameWords,
      'name-stop-words.json': names.stopWords,
      'names-arabic.json': names.arabic,
      'names-foreign.json': names.foreign,
      'names-by-origin.json': names.byOrigin,
      'lexicon.json': buildLexicon(names.strongNames),
    };
    for (const [name, value] of Object.entries(expected)) expect(readFileSync(asset(name), 'utf8'), name).toBe(serializeAsset(value));
  }, 30_000);
});
