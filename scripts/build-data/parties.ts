/**
 * Parties, alliances, blocs and movements (scripts/data/parties.json) as the extension reads them: the rows in the file's
 * order, without the comment and without the country, which the engine does not
 * give a party's officer (a body's country would also choose how the name beside it is spelled: a Nigerian party's
 * leader was spelled as an Arab).
 */
import { normalize } from '../../lib/arabic/normalize';
import { readJson, readRepo } from './io';

export type PartyRow = [en: string, country: string, nouns: string, forms: string[], bare: string[]];
export type PartyAsset = [en: string, forms: string[]];

/**
 * Each row's full Arabic forms: every noun before every form of its name, and the forms that stand alone. A form two
 * rows give, as the engine reads it (Mauritania's «حزب الإنصاف» and Pakistan's), names neither: with no country to choose by, the name is left
 * to be read word by word rather than given to the wrong party.
 */
export function buildParties(): Record<string, unknown> {
  const { parties } = readJson<{ parties: PartyRow[] }>(readRepo('scripts/data/parties.json'));
  const expanded = parties.map(([en, , nouns, forms, bare]) => {
    const heads = nouns.split(' ').filter((n) => n !== '-');
    return [en, [...new Set([...heads.flatMap((noun) => forms.map((f) => `${noun} ${f}`)), ...bare])]] as PartyAsset;
  });
  const owners = new Map<string, Set<string>>();
  for (const [en, forms] of expanded) for (const f of forms) owners.set(normalize(f), (owners.get(normalize(f)) ?? new Set()).add(en));
  return { parties: expanded.map(([en, forms]): PartyAsset => [en, forms.filter((f) => owners.get(normalize(f))!.size === 1)]) };
}
