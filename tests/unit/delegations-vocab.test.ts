import { describe, expect, it } from 'vitest';
import data from '@/assets/meeting-vocab.json';
import { normalize } from '@/lib/arabic/normalize';
import { listOpeners, meetingNouns, meetingVerbs, organisation, sideNameOverride } from '@/lib/vocab/meetings';

const ARABIC_WORDS = /^[\u0621-\u064A ]+$/;

describe('assets/meeting-vocab.json', () => {
  it('holds plain Arabic words in every word list', () => {
    const lists: string[][] = [
      ...Object.values(data.listOpeners),
      ...Object.values(data.meetingVerbs),
      data.meetingNouns,
      data.delegationWords,
      data.sideWords,
      data.stoppers,
      data.counterpartWords,
      data.constructHeads,
      data.honorificPronouns,
      data.titleStarts,
    ];
    for (const list of lists) {
      expect(list.length).toBeGreaterThan(0);
      for (const w of list) expect(normalize(w), w).toMatch(ARABIC_WORDS);
    }
  });

  it('names every organisation in English and Arabic, with unique keys', () => {
    const keys = data.organisations.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of data.organisations) {
      expect(o.en).toMatch(/^[A-Z]/);
      expect(o.ar.length).toBeGreaterThan(0);
      expect(organisation(o.key)?.en).toBe(o.en);
    }
  });

  it('uses ISO codes or organisation keys for side names and epithets', () => {
    for (const code of Object.keys(data.sideNamesEn)) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const e of data.epithets) expect(e.country).toMatch(/^[A-Z]{2}$/);
    expect(sideNameOverride('TR')).toBe('Turkey');
    expect(sideNameOverride('PS')).toBe('Palestine');
  });

  it('is loaded normalised: hamza and ta marbuta forms match', () => {
    expect(meetingNouns.has(normalize('قمة'))).toBe(true);
    expect(meetingVerbs.get(normalize('التقى'))).toBe('meet');
    expect(listOpeners.get(normalize('برفقة'))).toBe('accompany');
  });
});
