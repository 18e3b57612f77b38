import { describe, expect, it } from 'vitest';
import { knownNameAsWritten } from '@/lib/english/known-chain';
import type { KnownPerson } from '@/lib/gazetteer';

const princess = (name_en: string): KnownPerson => ({ id: 'x', name_en, names_ar: [], country: 'SA', roles: [{ role_en: 'Ambassador' }] });
const spell = (ar: string) => ar.replace('بن فيصل', 'Bin Faisal').replace('بنت فهد', 'Bint Fahd');

// A woman's chain is written with «بنت» (bint) as its first link: the gazetteer's short form lengthens to the links the
// text adds as a man's does. (Invented names.)
describe('a known name whose chain opens with «بنت»', () => {
  it('lengthens to the links the text writes', () => {
    expect(knownNameAsWritten(princess('Hala bint Khalid'), 'هلا بنت خالد بن فيصل', spell)).toBe('Hala bint Khalid bin Faisal');
  });
  it('keeps the short form where the text writes no more, or a family name closes the chain', () => {
    expect(knownNameAsWritten(princess('Hala bint Khalid'), 'هلا بنت خالد', spell)).toBe('Hala bint Khalid');
    expect(knownNameAsWritten(princess('Hala bint Khalid'), 'هلا بنت خالد بن فيصل آل سعود', spell)).toBe('Hala bint Khalid');
  });
});
