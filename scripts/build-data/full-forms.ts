/**
 * Bodies named by their own names (parties, companies, agencies): each row's full Arabic forms, and the rule that a form
 * two rows give names neither.
 */
import { normalize } from '../../lib/arabic/normalize';

/** Every noun before every form of the name («حزب» + «تواصل»), and the forms that stand alone; "-" is no noun. */
export function fullForms(nouns: string, forms: string[], bare: string[]): string[] {
  const heads = nouns.split(' ').filter((n) => n !== '-');
  return [...new Set([...heads.flatMap((noun) => forms.map((f) => `${noun} ${f}`)), ...bare])];
}

/**
 * The forms of each row that no other row gives, as the engine reads them (normalised): with no country to choose by, a
 * shared form («حزب الإنصاف»: Mauritania's and Pakistan's) is left to be read word by word, not given to the wrong body.
 */
export function withoutSharedForms<T>(rows: T[], name: (row: T) => string, forms: (row: T) => string[]): string[][] {
  const owners = new Map<string, Set<string>>();
  for (const row of rows) for (const f of forms(row)) owners.set(normalize(f), (owners.get(normalize(f)) ?? new Set()).add(name(row)));
  return rows.map((row) => forms(row).filter((f) => owners.get(normalize(f))!.size === 1));
}
