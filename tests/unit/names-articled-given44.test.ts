import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { nameToEnglish } from '@/lib/english/names';
import { capitalize } from '@/lib/english/transliterate';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a given name with the Arabic article', () => {
  it('reads a three-letter stem with ع between consonants CaaC, as the Arabic list spells Saad and Raad', () => {
    expect(nameToEnglish('النعم ميارة', { country: 'MA' })).toBe('Naam Mayyara');
  });
  it('keeps the article where an Arab country of the Mashriq is told', () => {
    expect(nameToEnglish('المنهل الصافي', { country: 'IQ' })).toBe('Al-Manhal Al-Safi');
  });
  it('drops the given name\'s article where no Arab country is told, or another script\'s country is', () => {
    expect(nameToEnglish('المنهل الصافي')).toBe('Manhal Al-Safi');
    expect(nameToEnglish('النعم ميارة', { country: 'CL' })).toBe('Naam Mayyara');
    expect(nameToEnglish('النعم ميارة', { home: 'CL' })).toBe('Naam Mayyara');
  });
  it('leaves a foreign given name written with a hamza or known to the world\'s lists to its country', () => {
    expect(nameToEnglish('ألبرتو فرنانديز', { country: 'AR' })).toBe('Alberto Fernandez');
    expect(nameToEnglish('الكسندر شالنبرغ', { country: 'AT' })).toMatch(/^Alexander /);
  });
});

describe('a Moroccan family name with the article', () => {
  it('is written El before a moon letter and without the article before a sun letter', () => {
    expect(nameToEnglish('مصطفى الخلفي', { country: 'MA' })).toMatch(/ El Kh/);
    expect(nameToEnglish('فاطمة التامني', { country: 'MA' })).toBe('Fatima Tamni');
    expect(nameToEnglish('خالد الصمدي', { country: 'MA' })).toBe('Khalid Samadi');
  });
});

describe('an unlisted «ال» given name and a listed family name after «مع/عن/إلى», before an office in apposition', () => {
  // Hespress (heldout15 1615).
  const text = 'وكان الوفد التشيلي قد أجرى، صباح اليوم ذاته، مباحثات مع النعم ميارة، رئيس مجلس المستشارين، تناولت سبل تفعيل اتفاقية التعاون.';
  it('reads the pair as the holder of the office', () => {
    const o = officialOf(text, 'النعم ميارة');
    expect(o?.role_en).toBe('Speaker of the House of Councillors');
    expect(o?.name_en).toBe('Naam Mayyara');
  });
  it('does not give the one a side meets that side\'s country', () => {
    expect(officialOf(text, 'النعم ميارة')?.country).not.toBe('CL');
  });
  it('reads a listed family nisba after such a given name too', () => {
    expect(officialOf('وبحث الوزير مع المنهل الصافي، سفير جمهورية العراق لدى دولة الكويت، سبل التعاون.', 'المنهل الصافي')?.role_en).toBe('Ambassador of Iraq to Kuwait');
  });
  it('leaves a noun and its adjective after the preposition to the sentence', () => {
    const names = analyze('وتحدث الوزير عن المرحلة المقبلة، رئيس الوزراء سيزور الكويت.').officials.map((o) => o.name_ar);
    expect(names.some((n) => n.startsWith('المرحلة'))).toBe(false);
  });
});

describe('capitals after an apostrophe', () => {
  it('follow one opening letter (O\'Brien, M\'Barek), not an ʿayn inside the word (Nu\'man)', () => {
    expect(capitalize("o'brien")).toBe("O'Brien");
    expect(capitalize("m'barek")).toBe("M'Barek");
    expect(capitalize("nu'man")).toBe("Nu'man");
    expect(capitalize('jean-pierre')).toBe('Jean-Pierre');
  });
});
