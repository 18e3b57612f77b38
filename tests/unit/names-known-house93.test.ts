import { describe, expect, it } from 'vitest';
import { knownNameAsWritten } from '@/lib/english/known-chain';
import type { KnownPerson } from '@/lib/gazetteer';

const royal = (name_en: string, role_en = 'Deputy Prime Minister'): KnownPerson => ({ id: 'x', name_en, names_ar: [], country: 'OM', roles: [{ role_en }] });
const spell = (ar: string) => ar.replace('آل سعيد', 'Al Said').replace('بن ماجد', 'Bin Majid');

// A ruling family's member the gazetteer knows by a short chain is named with the house the release closes the name
// with, as the press does in English. (Invented names.)
describe('a known royal whose written name closes with the house', () => {
  it('takes the house after the chain the English name holds', () => {
    expect(knownNameAsWritten(royal('Nasser bin Hamid'), 'ناصر بن حامد آل سعيد', spell)).toBe('Nasser bin Hamid Al Said');
  });
  it('keeps the short form where the text writes no house', () => {
    expect(knownNameAsWritten(royal('Nasser bin Hamid'), 'ناصر بن حامد', spell)).toBe('Nasser bin Hamid');
  });
  it('leaves a name with links the English lacks before the house to the gazetteer', () => {
    expect(knownNameAsWritten(royal('Nasser bin Hamid'), 'ناصر بن حامد بن ماجد آل سعيد', spell)).toBe('Nasser bin Hamid');
  });
  it('leaves a sitting ruler by the short form', () => {
    expect(knownNameAsWritten(royal('Nasser bin Hamid', 'Sultan of Oman'), 'ناصر بن حامد آل سعيد', spell)).toBe('Nasser bin Hamid');
  });
});
