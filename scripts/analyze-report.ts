import type { Analysis } from '../lib/types';
export function formatReport(a: Analysis): string {
  return JSON.stringify(a, null, 2) + '\n';
}
