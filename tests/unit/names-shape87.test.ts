import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { knownNameAsWritten } from '@/lib/english/known-chain';
import type { KnownPerson } from '@/lib/gazetteer';

const person = (name_en: string, role_en: string, office?: string): KnownPerson => ({ id: 'x', name_en, names_ar: [], country: 'SA', roles: [{ role_en, ...(office ? { office } : {}) }] });
const spell = (ar: string) => ar.replace('بن عبدالعزيز', 'Bin Abdulaziz').replace('بن صالح', 'Bin Saleh').replace('بن محمد', 'Bin Mohammed');

// The shape of a name: the words the text gives it, no fewer (sentences of our own).
describe('a known official named by the chain of «بن» the text writes before the family name', () => {
  it('puts the links the gazetteer leaves out between the given name and the family name', () => {
    expect(knownNameAsWritten(person('Khalid al-Falih', 'Minister of Investment'), 'خالد بن عبدالعزيز الفالح', spell)).toBe('Khalid bin Abdulaziz al-Falih');
    expect(knownNameAsWritten(person('Mohammed bin Abdulaziz Al-Khulaifi', 'Minister of State'), 'محمد بن عبدالعزيز بن صالح الخليفي', spell)).toBe('Mohammed bin Abdulaziz bin Saleh Al-Khulaifi');
  });
  it('keeps the short form where the text writes no more links, for a ruler, or where «بن» is the family name', () => {
    expect(knownNameAsWritten(person('Khalid al-Falih', 'Minister of Investment'), 'خالد الفالح', spell)).toBe('Khalid al-Falih');
    expect(knownNameAsWritten(person('Ahmed Al Nouri', 'President of the State', 'president'), 'أحمد بن محمد النوري', spell)).toBe('Ahmed Al Nouri');
    expect(knownNameAsWritten(person('Abdelkader Bensalah', 'Head of State'), 'عبدالقادر بن صالح', spell)).toBe('Abdelkader Bensalah');
  });
  it('names a minister of the gazetteer as the release writes him', () => {
    const { officials } = analyze('وحضر المأدبة معالي الدكتور سلطان بن أحمد الجابر وزير الصناعة والتكنولوجيا المتقدمة.');
    expect(officials.find((o) => o.name_ar.includes('الجابر'))?.name_en).toBe('Sultan bin Ahmed Al Jaber');
  });
});

describe('a foreign name closing on a word the lexicon reads only through a suffix', () => {
  it('keeps the word before a preposition that opens the clause’s adjunct', () => {
    const { officials } = analyze('وقال وزير خارجية كرواتيا غوردان غرليتش رادمان في زغرب إن بلاده تدعم الحوار.');
    expect(officials.find((o) => o.name_ar.includes('غوردان'))?.name_ar).toBe('غوردان غرليتش رادمان');
  });
});
