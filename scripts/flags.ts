import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The flags the extension ships: one small SVG (flag-icons, 4:3) for every country code the engine can give a
 * person or a side (the nationality vocabulary and the gazetteer), and no others (no regional or subdivision
 * flags). They are files in the package (`flags/xx.svg`), loaded one at a time when shown, never bundled into
 * a script.
 */
export function neededFlagCodes(root: string): string[] {
  const codes = new Set<string>();
  const nationalities = JSON.parse(readFileSync(resolve(root, 'assets/nationalities.json'), 'utf8')) as Record<string, unknown[]>;
  for (const list of Object.values(nationalities))
    for (const entry of list) if (Array.isArray(entry) && typeof entry[0] === 'string') codes.add(entry[0]);
  const gazetteer = JSON.parse(readFileSync(resolve(root, 'assets/gazetteer.json'), 'utf8')) as { country?: string | null }[];
  for (const person of gazetteer) if (person.country) codes.add(person.country);
  return [...codes].filter((c) => /^[A-Z]{2}$/.test(c)).map((c) => c.toLowerCase()).sort();
}

/** Source and package path of each needed flag that flag-icons has. */
export function flagFiles(root: string): { absoluteSrc: string; relativeDest: string }[] {
  const dir = resolve(root, 'node_modules/flag-icons/flags/4x3');
  return neededFlagCodes(root)
    .filter((c) => existsSync(resolve(dir, `${c}.svg`)))
    .map((c) => ({ absoluteSrc: resolve(dir, `${c}.svg`), relativeDest: `flags/${c}.svg` }));
}
