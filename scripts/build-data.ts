/** Turns ../shared/data into the compact assets the extension bundles. Deterministic: same input, same bytes. */
import { execFileSync } from 'node:child_process';
import { writeAsset } from './build-data/io';
import { buildLexicon } from './build-data/lexicon';
import { buildNames } from './build-data/names';
import { buildParties } from './build-data/parties';
import { buildNamedBodies } from './build-data/named-bodies';
import { buildCapitals, buildNationalities, buildPlaces, buildProvinceCountries, placesThatAreNames } from './build-data/nationalities';

const sizes: Record<string, number> = {};
const nationalities = buildNationalities();
const places = buildPlaces();
sizes['nationalities.json'] = writeAsset('nationalities.json', nationalities);
sizes['places.json'] = writeAsset('places.json', places);
sizes['capitals.json'] = writeAsset('capitals.json', buildCapitals());
sizes['province-countries.json'] = writeAsset('province-countries.json', buildProvinceCountries());
sizes['parties.json'] = writeAsset('parties.json', buildParties());
sizes['named-bodies.json'] = writeAsset('named-bodies.json', buildNamedBodies());
const nameLike = placesThatAreNames();
const names = buildNames(nationalities.countries.flatMap(([, n]) => n as string[]), Object.keys(places).filter((p) => !nameLike.has(p)));
sizes['name-words.json'] = writeAsset('name-words.json', names.nameWords);
sizes['name-stop-words.json'] = writeAsset('name-stop-words.json', names.stopWords);
sizes['names-arabic.json'] = writeAsset('names-arabic.json', names.arabic);
sizes['names-foreign.json'] = writeAsset('names-foreign.json', names.foreign);
sizes['names-by-origin.json'] = writeAsset('names-by-origin.json', names.byOrigin);
sizes['lexicon.json'] = writeAsset('lexicon.json', buildLexicon(names.strongNames));
let total = 0;
for (const [name, bytes] of Object.entries(sizes)) {
  total += bytes;
  console.log(`assets/${name}: ${(bytes / 1024).toFixed(1)} KB`);
}
console.log(`total: ${(total / 1024).toFixed(1)} KB`);

// The gazetteer of known officials is hand-curated in scripts/gazetteer/sources/; its own build merges and checks it.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gazetteer/build.ts'], { stdio: 'inherit' });
// The gazetteer's matching keys, precomputed from the gazetteer just written so the extension does not compute them.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data/gazetteer-index.ts'], { stdio: 'inherit' });
// The finder's own small name table, from the name dictionaries just written (the content script cannot carry them).
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data/article-names.ts'], { stdio: 'inherit' });
