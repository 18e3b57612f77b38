import type { Official, Quote } from '../types';

/** Every reported statement with its speaker. (Stub: filled in by the quotes layer.) */
export function findQuotes(_text: string, _officials: Official[]): Quote[] {
  return [];
}
