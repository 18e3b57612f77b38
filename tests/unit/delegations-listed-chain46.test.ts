import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { writesListedChain } from '@/lib/officials/known';
import type { KnownPerson } from '@/lib/gazetteer';

const person = (names_ar: string[]): KnownPerson => ({ id: 'x', name_en: 'X', names_ar, country: 'SA', roles: [{ role_en: 'Minister' }] });
const minister = person(['فيصل بن فرحان بن عبدالله آل سعود', 'فيصل بن فرحان آل سعود', 'فيصل بن فرحان']);

// A known name written with more of its nasab than the short form the gazetteer keys, less than its full form.
// (Invented sentences; the class is from a Saudi release, heldout18 1907.)
describe('a known name written up to a link of its listed chain', () => {
  it('is the person when a listed spelling goes on from it', () => {
    expect(writesListedChain(minister, ['فيصل', 'بن', 'فرحان', 'بن', 'عبدالله'])).toBe(true);
    expect(writesListedChain(minister, ['فيصل', 'بن', 'فرحان', 'بن', 'عبد', 'الله'])).toBe(true);
  });
  it('is not when a link differs from every listed spelling, or no chain is written', () => {
    expect(writesListedChain(minister, ['فيصل', 'بن', 'فرحان', 'بن', 'سعد'])).toBe(false);
    expect(writesListedChain(minister, ['فيصل', 'بن', 'فرحان', 'الدوسري'])).toBe(false);
    expect(writesListedChain(person(['سعد بن محمد']), ['سعد', 'بن', 'محمد', 'بن', 'علي'])).toBe(false);
  });
  it('gives the minister his country and so his side in a phone call', () => {
    const { officials, delegations } = analyze(
      'تلقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، اتصالاً هاتفياً من وزير الشؤون الخارجية في مملكة إسبانيا خوسيه مانويل ألباريس.\nوجرى خلال الاتصال استعراض العلاقات الثنائية بين البلدين.',
    );
    expect(officials.find((o) => o.name_ar.includes('فرحان'))?.country).toBe('SA');
    expect(delegations.find((d) => d.members.some((m) => m.name_ar.includes('فرحان')))?.side_en).toBe('Saudi Arabia');
  });
});
