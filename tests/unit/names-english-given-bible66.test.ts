import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';
import { isEnglishGivenName } from '../../lib/english/english-given';

// Written for the test: the Bible's and the saints' names in their English form, which the churches of English-speaking
// Africa give and Wikidata's Arabic rarely sees, read back from the press's spelling; Arabic names stay Arabic.
describe('English given names of the Bible and the saints', () => {
  it('are listed whatever their attestation', () => {
    for (const name of ['philomena', 'clementine', 'polycarp', 'scholastica', 'japhet', 'ezekiel']) expect(isEnglishGivenName(name)).toBe(true);
  });
  it('read an East African\'s given name in its English form', () => {
    expect(nameToEnglish('فيلومينا أوتينو', { country: 'KE' })).toBe('Philomena Otieno');
    expect(nameToEnglish('كليمنتاين موانغي', { country: 'TZ' })).toBe('Clementine Mwangi');
    expect(nameToEnglish('بوليكارب أوتينو', { country: 'UG' })).toBe('Polycarp Otieno');
  });
  it('leave an Arabic given name Arabic', () => {
    expect(nameToEnglish('إبراهيم موانغي', { country: 'KE' })).toBe('Ibrahim Mwangi');
    expect(nameToEnglish('محمد علي', { country: 'KE' })).toBe('Mohamed Ali');
  });
});
