import { describe, expect, it } from 'vitest';
import verbs from '@/assets/reporting-verbs.json';
import speakers from '@/assets/speakers.json';
import { normalize } from '@/lib/arabic/normalize';
import { isComplementizer, postAttributionBefore, reportingVerb, reportingVerbWithObject } from '@/lib/vocab/reporting';
import { matchSpeakerHead } from '@/lib/vocab/speakers';

describe('reporting verb lexicon', () => {
  it('has a well-formed entry for every verb', () => {
    for (const v of verbs.verbs as { past?: string; present?: string; participle?: string; strength: string }[]) {
      expect(v.past ?? v.participle).toBeTruthy();
      expect(['strong', 'weak']).toContain(v.strength);
      if (v.present) expect(normalize(v.present)).toMatch(/^ي/);
    }
  });

  it('knows every person, gender, tense and the participles, with و/ف', () => {
    const lemma = (w: string) => reportingVerb(normalize(w))?.lemma;
    expect(lemma('قالت')).toBe(normalize('قال'));
    expect(lemma('يقولون')).toBe(normalize('قال'));
    expect(lemma('وتقول')).toBe(normalize('قال'));
    expect(lemma('فأكدت')).toBe(normalize('أكد'));
    expect(lemma('نفت')).toBe(normalize('نفى'));
    expect(lemma('دعوا')).toBe(normalize('دعا'));
    expect(reportingVerb(normalize('مضيفةً'))?.form).toBe('participle');
    expect(reportingVerb(normalize('مشيراً'))?.form).toBe('participle');
    expect(reportingVerb(normalize('وزير'))).toBeNull();
    // no dual "ردا" (a noun: "ردا على سؤال")
    expect(reportingVerb(normalize('ردا'))).toBeNull();
  });

  it('reads أن/إن forms and the attributions after a statement', () => {
    expect(isComplementizer(normalize('إنهما'))).toBe(true);
    expect(isComplementizer(normalize('بأنه'))).toBe(true);
    expect(isComplementizer(normalize('الأمر'))).toBe(false);
    const norms = 'وفقا لما ذكره رئيس'.split(' ').map(normalize);
    expect(postAttributionBefore(norms, 2)).toBe(2);
    expect(reportingVerbWithObject(normalize('ذكره'))?.lemma).toBe(normalize('ذكر'));
  });
});

describe('speaker vocabulary', () => {
  it('has English for every head', () => {
    for (const list of [speakers.institutions, speakers.sources, speakers.capitals]) for (const e of list) expect(e.en).toBeTruthy();
  });

  it('matches the longest head, with or without the article and و', () => {
    const norms = 'ووزارة الخارجية السعودية'.split(' ').map(normalize);
    expect(matchSpeakerHead(norms, 0)?.en).toBe('Ministry of Foreign Affairs');
    expect(matchSpeakerHead(['مصدر', 'مسؤول'].map(normalize), 0)?.en).toBe('Official source');
    expect(matchSpeakerHead(['سياسه'], 0)).toBeNull();
  });
});
