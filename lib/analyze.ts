import { findDelegations } from './delegations';
import { findOfficials } from './officials';
import { findQuotes } from './quotes';
import type { Analysis, AnalyzeOptions } from './types';

/** The one entry point of the engine: article text in, who-is-who out. Pure and DOM-free. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const officials = findOfficials(text, options.personalDictionary ?? []);
  const quotes = findQuotes(text, officials);
  const delegations = findDelegations(text, officials);
  return { article: { title: options.title ?? null, text }, officials, people: [], quotes, delegations };
}
