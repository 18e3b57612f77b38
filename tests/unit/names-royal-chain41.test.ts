import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { knownNameAsWritten } from '@/lib/english/known-chain';
import type { KnownPerson } from '@/lib/gazetteer';

const prince = (name_en: string, role_en: string, to?: string): KnownPerson => ({ id: 'x', name_en, names_ar: [], country: 'SA', roles: [{ role_en, ...(to ? { to } : {}) }] });
const spell = (ar: string) => ar.replace('بن عبدالله', 'Bin Abdullah').replace('بن عبد العزيز', 'Bin Abdulaziz');

// A known royal the release names by a longer chain of «بن» than the gazetteer's short form keeps. (Invented sentences.)
describe('a known royal named by the chain the text writes', () => {
  it('lengthens a bare chain to the links the text adds', () => {
    expect(knownNameAsWritten(prince('Faisal bin Farhan', 'Minister of Foreign Affairs'), 'فيصل بن فرحان بن عبدالله', spell)).toBe('Faisal bin Farhan bin Abdullah');
    expect(knownNameAsWritten(prince('Faisal bin Bandar', 'Governor of Riyadh Region'), 'فيصل بن بندر بن عبد العزيز', spell)).toBe('Faisal bin Bandar bin Abdulaziz');
  });
  it('keeps the short form where the text writes it, or the house closes a longer chain', () => {
    expect(knownNameAsWritten(prince('Faisal bin Farhan', 'Minister of Foreign Affairs'), 'فيصل بن فرحان', spell)).toBe('Faisal bin Farhan');
    expect(knownNameAsWritten(prince('Faisal bin Farhan', 'Minister of Foreign Affairs'), 'فيصل بن فرحان بن عبدالله آل سعود', spell)).toBe('Faisal bin Farhan');
    // (A family name after one link more than the gazetteer's form takes that link since round 97: names-known-link97.)
    expect(knownNameAsWritten(prince('Khalid al-Falih', 'Minister of Investment'), 'خالد بن عبد العزيز الفالح', spell)).toBe('Khalid bin Abdulaziz al-Falih');
    expect(knownNameAsWritten(prince('Khalid al-Falih', 'Minister of Investment'), 'خالد الفالح', spell)).toBe('Khalid al-Falih');
  });
  it('keeps the short form of a sitting crown prince or ruler', () => {
    expect(knownNameAsWritten(prince('Mohammed bin Salman', 'Crown Prince of Saudi Arabia'), 'محمد بن سلمان بن عبد العزيز', spell)).toBe('Mohammed bin Salman');
    expect(knownNameAsWritten(prince('Muhammad bin Nayef', 'Crown Prince of Saudi Arabia', '2017-06'), 'محمد بن نايف بن عبد العزيز', spell)).toBe('Muhammad bin Nayef bin Abdulaziz');
  });
  it('names the minister in an article so', () => {
    const { officials } = analyze('واستقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية في الرياض اليوم وزير خارجية البرتغال.');
    expect(officials.find((o) => o.name_ar.includes('فرحان'))?.name_en).toBe('Faisal bin Farhan bin Abdullah');
  });
});
