import type { Official, PersonalEntry } from '../types';

/** Every official the text names, one entry per person with all mentions. (Stub: filled in by the officials layer.) */
export function findOfficials(_text: string, _personal: PersonalEntry[] = []): Official[] {
  return [];
}
