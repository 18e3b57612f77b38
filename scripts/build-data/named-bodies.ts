/**
 * Companies, funds, agencies, exchanges, central banks, news agencies and airlines named by their own name
 * (scripts/data/bodies-named.json) as the extension reads them: each row's full forms (every noun before every form of
 * its name, and the forms that stand alone), its country and the English of its head.
 */
import { normalize } from '../../lib/arabic/normalize';
import { readJson, readRepo } from './io';

export type NamedBodyRow = [en: string, country: string, nouns: string, forms: string[], bare: string[], head: string];
export type NamedBodyAsset = [en: string, country: string, head: string, forms: string[]];

/** A form two rows give, as the engine reads it, names neither: the words are rendered one by one instead. */
export function buildNamedBodies(): Record<string, unknown> {
  const { bodies } = readJson<{ bodies: NamedBodyRow[] }>(readRepo('scripts/data/bodies-named.json'));
  const expanded = bodies.map(([en, country, nouns, forms, bare, head]): NamedBodyAsset => {
    const heads = nouns.split(' ').filter((n) => n !== '-');
    return [en, country, head, [...new Set([...heads.flatMap((noun) => forms.map((f) => `${noun} ${f}`)), ...bare])]];
  });
  const owners = new Map<string, Set<string>>();
  for (const [en, , , forms] of expanded) for (const f of forms) owners.set(normalize(f), (owners.get(normalize(f)) ?? new Set()).add(en));
  return { bodies: expanded.map(([en, country, head, forms]): NamedBodyAsset => [en, country, head, forms.filter((f) => owners.get(normalize(f))!.size === 1)]) };
}
