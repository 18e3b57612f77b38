/**
 * Parties, alliances, blocs and movements (scripts/data/parties.json) as the extension reads them: the rows in the file's
 * order, without the comment and without the country, which the engine does not
 * give a party's officer (a body's country would also choose how the name beside it is spelled: a Nigerian party's
 * leader was spelled as an Arab).
 */
import { readJson, readRepo } from './io';
import { fullForms, withoutSharedForms } from './full-forms';

export type PartyRow = [en: string, country: string, nouns: string, forms: string[], bare: string[]];
export type PartyAsset = [en: string, forms: string[]];

/** Each row's full Arabic forms, a form two rows share left out (full-forms.ts). */
export function buildParties(): Record<string, unknown> {
  const { parties } = readJson<{ parties: PartyRow[] }>(readRepo('scripts/data/parties.json'));
  const expanded = parties.map(([en, , nouns, forms, bare]): PartyAsset => [en, fullForms(nouns, forms, bare)]);
  const kept = withoutSharedForms(expanded, ([en]) => en, ([, forms]) => forms);
  return { parties: expanded.map(([en], k): PartyAsset => [en, kept[k]!]) };
}
