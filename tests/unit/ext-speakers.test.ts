import { describe, expect, it } from 'vitest';
import { groupQuotesBySpeaker, groupTitle, highlightLabel, isSaidBy, peopleByQuotes, personTitle } from '@/lib/extension/speakers';
import type { Analysis, Person } from '@/lib/types';

const person = (id: string, named: boolean, name_en: string, description_en: string | null): Person => ({
  id, name_ar: 'س', name_en, named, description_ar: null, description_en, country: null, mentions: [[0, 1]],
});
const analysis: Analysis = {
  article: { title: null, text: 'س' },
  officials: [{ id: 'o1', name_ar: 'س', name_en: 'Khalid Yousef', role_ar: null, role_en: 'Minister of Finance', country: null, mentions: [[0, 1]], evidence: '', known: false }],
  people: [person('p1', true, 'Sami al-Hassan', 'political analyst'), person('p2', false, 'a source close to the talks', 'a source close to the talks'), person('p3', true, 'Mona Aziz', null)],
  quotes: [
    { id: 'q1', text: 'س', kind: 'direct', speaker_ar: null, speaker_en: 'a source close to the talks', speaker_id: 'p2', start: 0, end: 1 },
    { id: 'q2', text: 'س', kind: 'direct', speaker_ar: null, speaker_en: 'Sami al-Hassan', speaker_id: 'p1', start: 0, end: 1 },
  ],
  delegations: [],
};

describe('people in the UI', () => {
  it('labels a highlight of a person with their description, and a quote with its speaker', () => {
    expect(highlightLabel(analysis, { personId: 'p1' })).toEqual({ aria: 'Sami al-Hassan, political analyst: show details' });
    expect(highlightLabel(analysis, { personId: 'p2' })).toEqual({ aria: 'A source close to the talks: show details' });
    expect(highlightLabel(analysis, { officialId: 'o1' })).toEqual({ aria: 'Khalid Yousef, Minister of Finance: show details', role: 'Minister of Finance' });
    expect(highlightLabel(analysis, { quoteId: 'q1' }).aria).toBe('Quote by a source close to the talks: show details');
    expect(highlightLabel(analysis, { quoteId: 'q2' }).aria).toBe('Quote by Sami al-Hassan: show details');
  });
  it('puts quoted people first, in order of mention, then people only named', () => {
    const { quoted, named } = peopleByQuotes(analysis);
    expect(quoted.map(personTitle)).toEqual(['Sami al-Hassan', 'A source close to the talks']);
    expect(named.map(personTitle)).toEqual(['Mona Aziz']);
  });
});

describe('a joint statement', () => {
  const text = 'وقال وزيرا الخارجية والدفاع الكنديان جان دوبون وماري لافال في بيان مشترك إن "الحل سياسي". وقال دوبون إن الزيارة مهمة.';
  it('is the quote of both officials: the first speaks, the other is beside them', async () => {
    const { analyze } = await import('@/lib/analyze');
    const a = analyze(text);
    const [dupont, laval] = ['جان دوبون', 'ماري لافال'].map((n) => a.officials.find((o) => o.name_ar === n)!);
    const joint = a.quotes.find((q) => q.text.includes('الحل سياسي'))!;
    expect(joint.speaker_id).toBe(dupont!.id);
    expect(joint.co_speaker_ids).toEqual([laval!.id]);
    expect(isSaidBy(joint, laval!.id)).toBe(true);
    const groups = groupQuotesBySpeaker(a);
    expect(groups.map(groupTitle)).toEqual([`${dupont!.name_en} and ${laval!.name_en}`, dupont!.name_en]);
  });
});
