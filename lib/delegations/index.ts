import type { Delegation, Official } from '../types';

/** The sides of a meeting and their members. (Stub: filled in by the delegations layer.) */
export function findDelegations(_text: string, _officials: Official[]): Delegation[] {
  return [];
}
