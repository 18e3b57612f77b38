/**
 * Parties, alliances, blocs and movements (scripts/data/parties.json) as the extension reads them: the rows in the file's
 * order (the first row to give a form keeps it), without the comment and without the country, which the engine does not
 * give a party's officer (a body's country would also choose how the name beside it is spelled: a Nigerian party's
 * leader was spelled as an Arab). The nouns before each name are expanded when the vocabulary loads (lib/vocab/titles.ts).
 */
import { readJson, readRepo } from './io';

export type PartyRow = [en: string, country: string, nouns: string, forms: string[], bare: string[]];
export type PartyAsset = [en: string, nouns: string, forms: string[], bare: string[]];

export function buildParties(): Record<string, unknown> {
  const { parties } = readJson<{ parties: PartyRow[] }>(readRepo('scripts/data/parties.json'));
  return { parties: parties.map(([en, , nouns, forms, bare]): PartyAsset => [en, nouns, forms, bare]) };
}
