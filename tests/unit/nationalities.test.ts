import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/arabic/tokens';
import { countryNameEn, placeNameEn } from '@/lib/english/countries';
import { adjectiveOf, matchCountryName, matchNationality } from '@/lib/vocab/nationalities';

const norms = (s: string) => tokenize(s).map((t) => t.norm);
const natAt = (s: string, word: string) => {
  const n = norms(s);
  return matchNationality(n, n.findIndex((w) => w.includes(word)));
};

describe('matchNationality', () => {
  it('reads the American adjective in both news spellings', () => {
    // Sky News Arabia, 2019 (dev corpus 019-sky-news-arabia)
    expect(natAt('العاهل السعودي يستقبل وزير الخارجية الأميركي', 'امير')).toEqual({ country: 'US', adjective_en: 'American', length: 1 });
    expect(natAt('وزير الخارجية الأمريكي', 'امري')?.country).toBe('US');
    expect(natAt('وزير الخارجية الامريكي', 'امري')?.country).toBe('US');
    expect(natAt('العاهل السعودي يستقبل', 'سعود')).toEqual({ country: 'SA', adjective_en: 'Saudi', length: 1 });
  });

  it('spans two tokens for North and South Korean in every gender', () => {
    // Sky News Arabia, 2018 (dev corpus 023-sky-news-arabia)
    expect(natAt('مساعدين رئيسين للزعيم الكوري الشمالي كيم جونغ-أون', 'كوري')).toEqual({ country: 'KP', adjective_en: 'North Korean', length: 2 });
    // France 24, 2018 (dev corpus 024-france-24-arabic)
    expect(natAt('مستشار الأمن القومي للرئيس الكوري الجنوبي وضم عشرة أعضاء', 'كوري')).toMatchObject({ country: 'KR', length: 2 });
    expect(natAt('وفد دبلوماسي كوري جنوبي رفيع المستوى', 'كوري')).toMatchObject({ country: 'KR', length: 2 });
    expect(natAt('وزيرة الخارجية الكورية الشمالية', 'كوري')).toMatchObject({ country: 'KP', length: 2 });
  });

  it('tolerates و/ل/لل clitics on the adjective and plural or dual forms', () => {
    expect(natAt('والروسية', 'روسي')?.country).toBe('RU');
    expect(natAt('للروسية', 'روسي')?.country).toBe('RU');
    expect(natAt('المسؤولين الإيرانيين', 'ايران')).toMatchObject({ country: 'IR', adjective_en: 'Iranian' });
    expect(natAt('الوزيران الفلسطينيان', 'فلسطين')?.country).toBe('PS');
    expect(natAt('الجنود الروس', 'روس')?.country).toBe('RU');
    expect(natAt('نظيره الإماراتي', 'امارات')).toMatchObject({ country: 'AE', adjective_en: 'Emirati' });
  });

  it('reads South African with or without the article on either word', () => {
    expect(natAt('الرئيس الجنوب أفريقي', 'جنوب')).toMatchObject({ country: 'ZA', length: 2 });
    expect(natAt('الرئيس الجنوب الإفريقي', 'جنوب')).toMatchObject({ country: 'ZA', length: 2 });
  });

  it('does not read the finance ministry as Malian, nor Prince Turki as Turkish', () => {
    expect(natAt('وزير المالية', 'مالي')).toBeNull();
    expect(natAt('الأمير تركي الفيصل', 'تركي')).toBeNull();
    expect(natAt('وزير الخارجية التركي', 'تركي')?.country).toBe('TR');
  });

  it('gives the adjective of a country code', () => {
    expect(adjectiveOf('KP')).toBe('North Korean');
    expect(adjectiveOf('GB')).toBe('British');
  });
});

describe('matchCountryName', () => {
  const countryAt = (s: string) => matchCountryName(norms(s), 0);
  it('matches multi-word names, longest first', () => {
    expect(countryAt('كوريا الشمالية')).toEqual({ country: 'KP', length: 2 });
    expect(countryAt('المملكة العربية السعودية')).toEqual({ country: 'SA', length: 3 });
    expect(countryAt('والولايات المتحدة الأمريكية')).toEqual({ country: 'US', length: 3 });
    expect(countryAt('الولايات المتحدة و')).toEqual({ country: 'US', length: 2 });
  });
  it('matches names with clitics', () => {
    expect(countryAt('لروسيا')).toEqual({ country: 'RU', length: 1 });
    expect(countryAt('وللإمارات')).toEqual({ country: 'AE', length: 1 });
    expect(countryAt('بمصر')).toEqual({ country: 'EG', length: 1 });
  });
  it('is not fooled by a common word', () => {
    expect(countryAt('الوزير')).toBeNull();
    expect(countryAt('مالي')).toBeNull();
  });
});

describe('placeNameEn', () => {
  const place = (s: string) => placeNameEn(norms(s).join(' '));
  it('names capitals in role tails in English', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim): "والسفير الروسي في بيونغ يانغ ألكسندر ماتسيغورا"
    expect(place('بيونغ يانغ')).toBe('Pyongyang');
    expect(place('الرياض')).toBe('Riyadh');
    expect(place('واشنطن')).toBe('Washington');
  });
  it('falls back to the country name, and to null for other words', () => {
    expect(place('كوريا الشمالية')).toBe('North Korea');
    expect(place('الاتحاد الأوروبي')).toBe('European Union');
    expect(place('الوزارة')).toBeNull();
  });
  it('names special codes', () => {
    expect(countryNameEn('SU')).toBe('Soviet Union');
    expect(countryNameEn('KP')).toBe('North Korea');
  });
});
