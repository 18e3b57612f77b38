import { describe, expect, it } from 'vitest';
import { knownNameAsWritten } from '@/lib/english/known-chain';
import type { KnownPerson, KnownRole } from '@/lib/gazetteer';

const known = (name_en: string, country: string, role: KnownRole): KnownPerson => ({ id: 'x', name_en, names_ar: [], country, roles: [role] });
const spell = (ar: string) => ar.replace('بن سلطان', 'Bin Sultan').replace('بن صقر', 'Bin Saqr').replace('بن أحمد', 'Bin Ahmed');

// The link a family name's release adds (names-known-link97) is not for those the world names by the short form: a
// head of state (the gazetteer's office «president») and an emirate's ruler, as for a king or crown prince.
describe('a head of state or ruler written with one link more than the gazetteer', () => {
  it('keeps the short form', () => {
    const president = known('Mohamed bin Zayed Al Nahyan', 'AE', { role_en: 'President of the United Arab Emirates', office: 'president' });
    expect(knownNameAsWritten(president, 'محمد بن زايد بن سلطان آل نهيان', spell)).toBe('Mohamed bin Zayed Al Nahyan');
    const ruler = known('Sultan bin Muhammad Al Qasimi', 'AE', { role_en: 'Ruler of Sharjah' });
    expect(knownNameAsWritten(ruler, 'سلطان بن محمد بن صقر القاسمي', spell)).toBe('Sultan bin Muhammad Al Qasimi');
  });
  it('still gives the link to a president of a body, a ruler\'s representative or a president no longer sitting', () => {
    expect(knownNameAsWritten(known('Sultan Al Jaber', 'AE', { role_en: 'President of COP28' }), 'سلطان بن أحمد الجابر', spell)).toBe('Sultan bin Ahmed Al Jaber');
    expect(knownNameAsWritten(known('Hamdan bin Zayed Al Nahyan', 'AE', { role_en: "Ruler's Representative in Al Dhafra Region" }), 'حمدان بن زايد بن سلطان آل نهيان', spell)).toBe('Hamdan bin Zayed bin Sultan Al Nahyan');
    const former = known('Mohamed bin Zayed Al Nahyan', 'AE', { role_en: 'President of the United Arab Emirates', office: 'president', to: '2020' });
    expect(knownNameAsWritten(former, 'محمد بن زايد بن سلطان آل نهيان', spell)).toBe('Mohamed bin Zayed bin Sultan Al Nahyan');
  });
});
