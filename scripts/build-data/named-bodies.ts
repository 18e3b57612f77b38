/**
 * Companies, funds, agencies, exchanges, central banks, news agencies and airlines named by their own name
 * (scripts/data/bodies-named.json) as the extension reads them: each row's full forms (every noun before every form of
 * its name, and the forms that stand alone), its country and the English of its head.
 */
import { readJson, readRepo } from './io';
import { fullForms, withoutSharedForms } from './full-forms';

export type NamedBodyRow = [en: string, country: string, nouns: string, forms: string[], bare: string[], head: string];
export type NamedBodyAsset = [en: string, country: string, head: string, forms: string[]];

/** Each row's full Arabic forms, a form two rows share left out (full-forms.ts). */
export function buildNamedBodies(): Record<string, unknown> {
  const { bodies } = readJson<{ bodies: NamedBodyRow[] }>(readRepo('scripts/data/bodies-named.json'));
  const expanded = bodies.map(([en, country, nouns, forms, bare, head]): NamedBodyAsset => [en, country, head, fullForms(nouns, forms, bare)]);
  const kept = withoutSharedForms(expanded, ([en]) => en, ([, , , forms]) => forms);
  return { bodies: expanded.map(([en, country, head], k): NamedBodyAsset => [en, country, head, kept[k]!]) };
}
