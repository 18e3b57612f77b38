import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

const given = (name: string, hint: Parameters<typeof nameToEnglish>[1]) => nameToEnglish(name, hint).split(' ')[0];

describe('a given name the press writes as it sounds in its bearer’s language', () => {
  it('is an English-speaker’s or a Dutchman’s common name, not the dictionaries’ look-alike', () => {
    expect(given('سايمون هاريس', { country: 'GB' })).toBe('Simon');
    expect(given('دايان مورغان', { country: 'US' })).toBe('Diane');
    expect(given('خيرت بورغ', { country: 'NL' })).toBe('Geert');
    expect(given('يوست فيرمولن', {})).toBe('Joost');
  });
  it('is a Ukrainian’s name in its Ukrainian form, a Russian’s in Russian', () => {
    expect(given('أولكسندر موروز', { country: 'UA' })).toBe('Oleksandr');
    expect(given('سيرغي تكاتشينكو', { country: 'UA' })).toBe('Serhiy');
    expect(given('سيرغي شويغو', { country: 'RU' })).toBe('Sergey');
  });
  it('is a Spaniard’s, a Brazilian’s, a Greek’s, a Turk’s or an Albanian’s own spelling', () => {
    expect(given('آنا فيرنانديث', { country: 'ES' })).toBe('Ana');
    expect(given('ألبيرتو رويث', { country: 'AR' })).toBe('Alberto');
    expect(given('أوتافيو سيلفا', { country: 'BR' })).toBe('Otavio');
    expect(given('جورجوس باباندريو', { country: 'GR' })).toBe('Georgios');
    expect(given('ميرال يلدز', { country: 'TR' })).toBe('Meral');
    expect(given('إيدي هوكسا', { country: 'AL' })).toBe('Edi');
    expect(given('بهجت كراسنيكي', { country: 'XK' })).toBe('Behgjet');
  });
  it('is a Tunisian’s or an Algerian’s in the French spelling of their press, a Moroccan’s in Morocco’s', () => {
    expect(given('سفيان الجمل', { country: 'TN' })).toBe('Sofiene');
    expect(given('زهير بوعلي', { country: 'DZ' })).toBe('Zouhair');
    expect(given('سلمى الزواري', { country: 'TN' })).toBe('Selma');
    expect(given('سفيان البقالي', { country: 'MA' })).toBe('Soufiane');
  });
  it('but not a family name written alike', () => {
    expect(nameToEnglish('موشيه دايان', { country: 'IL' })).toBe('Moshe Dayan');
    expect(nameToEnglish('آلان كيس', { country: 'US' })).not.toMatch(/Kees/);
  });
  it('and is left to the Arabic spelling for an Arab', () => {
    expect(given('أنور قرقاش', { country: 'AE' })).toBe('Anwar');
    expect(given('بهجت سليمان', { country: 'SY' })).toBe('Bahjat');
    expect(given('سفيان العتيبي', { country: 'SA' })).toBe('Sufyan');
  });
});
