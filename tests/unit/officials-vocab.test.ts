import { describe, expect, it } from 'vitest';
import titles from '@/assets/titles.json';
import institutions from '@/assets/institutions.json';
import stops from '@/assets/name-stops.json';
import { roleToEnglish } from '@/lib/english/roles';

const arabic = /^[\u0621-\u064A ]+$/;
const english = /^[A-Za-z][A-Za-z ,'’\-é]*$/;

describe('title vocabulary (assets/titles.json)', () => {
  it('every head has Arabic forms, an English head noun and a known way to compose', () => {
    for (const h of titles.heads) {
      for (const a of [...h.ar, ...((h as { fem?: string[] }).fem ?? [])]) expect(a).toMatch(arabic);
      expect(h.en).toMatch(english);
      expect(['of', 'prefix', 'to', 'for', 'none']).toContain(h.compose);
    }
  });
  it('ranks, styles, ordinals and modifiers are Arabic with English renderings', () => {
    for (const r of titles.ranks) { r.ar.forEach((a) => expect(a).toMatch(arabic)); expect(r.en).toMatch(english); }
    titles.styles.forEach((s) => expect(s).toMatch(arabic));
    for (const [ar, en] of Object.entries({ ...titles.ordinals, ...titles.modifiers })) { expect(ar).toMatch(arabic); expect(en).toMatch(english); }
  });
});

describe('institution vocabulary (assets/institutions.json)', () => {
  it('portfolios, bodies, nouns, adjectives and places map Arabic to English', () => {
    for (const [ar, en] of Object.entries(institutions.portfolios)) { expect(ar).toMatch(arabic); expect(en).toMatch(english); }
    for (const b of institutions.bodies) { b.ar.forEach((a) => expect(a).toMatch(arabic)); expect(b.en).toMatch(english); }
    for (const [ar, [en, head]] of Object.entries(institutions.nouns as unknown as Record<string, [string, string]>)) {
      expect(ar).toMatch(arabic); expect(en).toMatch(english); expect(head).toMatch(english);
    }
    for (const [ar, en] of Object.entries({ ...institutions.adjectives, ...institutions.places })) { expect(ar).toMatch(arabic); expect(en).toMatch(english); }
  });
  it('national title forms are keyed by ISO country codes', () => {
    for (const code of Object.keys(institutions.countryTitles)) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});

describe('name stops (assets/name-stops.json)', () => {
  it('are Arabic words', () => {
    for (const key of ['particles', 'time', 'verbs', 'nouns'] as const) {
      for (const w of stops[key].split(/\s+/).filter(Boolean)) expect(w).toMatch(/^[\u0621-\u064A\u064B-\u0652]+$/);
    }
  });
});

describe('provinces (scripts/data/places.json)', () => {
  it('a governor, wali, emir or mayor of a first-level division is of that division', () => {
    expect(roleToEnglish('والي المنستير')).toBe('Governor of Monastir');
    expect(roleToEnglish('والي سيدي بوزيد')).toBe('Governor of Sidi Bouzid');
    expect(roleToEnglish('محافظ أسيوط')).toBe('Governor of Asyut');
    expect(roleToEnglish('محافظ كفر الشيخ')).toBe('Governor of Kafr el-Sheikh');
    expect(roleToEnglish('محافظ نينوى')).toBe('Governor of Nineveh');
    expect(roleToEnglish('محافظ صلاح الدين')).toBe('Governor of Salahuddin');
    expect(roleToEnglish('محافظ دير الزور')).toBe('Governor of Deir ez-Zor');
    expect(roleToEnglish('محافظ إربد')).toBe('Governor of Irbid');
    expect(roleToEnglish('أمير منطقة عسير')).toBe('Governor of the Asir Region');
    expect(roleToEnglish('محافظ تعز')).toBe('Governor of Taiz');
    expect(roleToEnglish('محافظ ظفار')).toBe('Governor of Dhofar');
    expect(roleToEnglish('محافظ حولي')).toBe('Governor of Hawalli');
    expect(roleToEnglish('حاكم رأس الخيمة')).toBe('Ruler of Ras Al Khaimah');
    expect(roleToEnglish('والي شمال دارفور')).toBe('Governor of North Darfur');
    expect(roleToEnglish('والي غازي عنتاب')).toBe('Governor of Gaziantep');
    expect(roleToEnglish('محافظ خوزستان')).toBe('Governor of Khuzestan');
    expect(roleToEnglish('رئيس بلدية صيدا')).toBe('Mayor of Sidon');
  });
  it('a place that starts with و is the place, not و + a word (والي وهران)', () => {
    expect(roleToEnglish('والي وهران')).toBe('Governor of Oran');
    expect(roleToEnglish('والي وجدة')).toBe('Governor of Oujda');
    expect(roleToEnglish('محافظ واسط')).toBe('Governor of Wasit');
  });
  it('a province named after its country is the province (محافظ أذربيجان الشرقية)', () => {
    expect(roleToEnglish('محافظ أذربيجان الشرقية')).toBe('Governor of East Azerbaijan');
    expect(roleToEnglish('محافظ لبنان الشمالي')).toBe('Governor of North Lebanon');
    expect(roleToEnglish('وزير خارجية لبنان')).toBe('Minister of Foreign Affairs of Lebanon');
  });
  it('places whose Arabic is also an ordinary word are left out (حزب حماة الوطن، الكتلة الزرقاء)', () => {
    expect(roleToEnglish('رئيس حزب حماة الوطن')).toBe('Head of the Homeland Defenders Party');
    expect(roleToEnglish('رئيس الكتلة الزرقاء')).toBe('Head of the Bloc');
    expect(roleToEnglish('أمير المنطقة الشرقية')).toBe('Governor of the Eastern Region');
  });
});
