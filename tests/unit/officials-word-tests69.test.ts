import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// The candidate reader asks a few readers of every word only where the word's spelling (or what closes a bare
// speaker's name) lets them succeed (lib/officials/candidates.ts): these are the readings those tests must let through.
const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const peopleOf = (text: string) => analyze(text).people.map((p) => p.name_ar);

describe('a bare speaker after a verb of saying, closed within four words', () => {
  it('by a colon', () => {
    expect(peopleOf('وقالت سلمى حداد: "لم يبق لنا شيء في القرية".')).toContain('سلمى حداد');
  });
  it('by «، وهي» and a description', () => {
    expect(peopleOf('وروت فاطمة آدم، وهي أم لخمسة أطفال، أن المياه غمرت بيتها.')).toContain('فاطمة آدم');
  });
  it('by «إن»', () => {
    expect(peopleOf('وقالت سلمى حداد إن المياه غمرت بيتها.')).toContain('سلمى حداد');
  });
});

describe('the readers that need their first word', () => {
  it('a relative clause «الذي يقوده X» (ledBy)', () => {
    expect(officialOf('وأكد الحزب الذي يقوده كمال الدين بركات أن الانتخابات ستجري في موعدها.', 'كمال الدين بركات')?.role_en).toBe('Leader of the Party');
  });
  it('the answer of «أما» with its ف, «فيترأسه X» (ledBy)', () => {
    const o = officialOf('وأرسلت الحكومة وفدا إلى جنيف. أما وفد المجلس فيترأسه كمال الدين بركات.', 'كمال الدين بركات');
    expect(o?.role_en).toBe('Head of the Delegation of the Council');
  });
  it('«بزعامة X» (ledBy)', () => {
    expect(officialOf('وشارك في الاجتماع حزب الأمة بزعامة كمال الدين بركات.', 'كمال الدين بركات')?.role_en).toBe('Leader of the Umma Party');
  });
  it('«وترأس الوفد الأردني وزير الخارجية X» (delegationLeader)', () => {
    expect(officialOf('وترأس الوفد الأردني وزير الخارجية أيمن الصفدي في المحادثات.', 'أيمن الصفدي')?.role_en).toBe('Jordanian Minister of Foreign Affairs');
  });
});
