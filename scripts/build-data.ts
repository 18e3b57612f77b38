/** Turns ../shared/data into the compact assets the extension bundles. Deterministic: same input, same bytes. */
import { writeAsset } from './build-data/io';
import { buildNationalities } from './build-data/nationalities';

const sizes: Record<string, number> = {};
sizes['nationalities.json'] = writeAsset('nationalities.json', buildNationalities());
for (const [name, bytes] of Object.entries(sizes)) console.log(`assets/${name}: ${(bytes / 1024).toFixed(1)} KB`);
