import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Spanish letters Arabic writes alike', () => {
  it('reads ف between vowels as v', () => {
    expect(nameToEnglish('خوليو ريفاديا', { country: 'UY' })).toBe('Julio Rivadia');
    expect(nameToEnglish('خوليو كاريفيدو', { country: 'AR' })).toBe('Julio Carivido');
  });

  it('reads two ي before a consonant as ie, and as the ñe of -ñez after ن', () => {
    expect(nameToEnglish('رامون إيبانييث', { country: 'ES' })).toBe('Ramon Ibañez');
    expect(nameToEnglish('لوسيا أوردونييز', { country: 'PE' })).toBe('Lucia Ordoñez');
    expect(nameToEnglish('ماريو فالدوفييسو', { country: 'CL' })).toBe('Mario Faldovieso');
  });
});

describe('the Levant’s compounds with الدين', () => {
  it('are glued the French way, where Egypt writes al-Din apart', () => {
    expect(nameToEnglish('فادي زين الدين', { country: 'LB' })).toBe('Fadi Zaineddine');
    expect(nameToEnglish('رنا عز الدين', { country: 'JO' })).toBe('Rana Ezzeddine');
    expect(nameToEnglish('فادي زين الدين', { country: 'EG' })).toBe('Fadi Zain al-Din');
  });
});

describe("Algeria's family names", () => {
  it('write ق as g, gu before e and i, as Tunisia does (see names-maghreb-g60), where given names keep k', () => {
    expect(nameToEnglish('سمير زقاري', { country: 'DZ' })).toBe('Samir Zegari');
    expect(nameToEnglish('كريمة بلقيدوم', { country: 'DZ' })).toBe('Karima Belguidoum');
    expect(nameToEnglish('سمير زقاري', { country: 'TN' })).toBe('Samir Zegari');
    expect(nameToEnglish('عبد العزيز بوتفليقة', { country: 'DZ' })).toBe('Abdelaziz Boutflika');
  });
});
