import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { womansGivenName } from '@/lib/english/feminine-given';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe("a woman's given name the press writes as a man's is hers", () => {
  it('turns the opening given name to its feminine form written alike', () => {
    expect(womansGivenName('Gene Smith')).toBe('Jane Smith');
    expect(womansGivenName('Michel Durand')).toBe('Michelle Durand');
    expect(womansGivenName('Ahmed Ali')).toBe('Ahmed Ali');
    // (A lone word is a family name or a name of its own: left as read.)
    expect(womansGivenName('Gene')).toBe('Gene');
  });

  it('for a woman the article names by a feminine title, and not for a man', () => {
    const her = 'وقالت وزيرة الصحة الكندية ميشيل روبرتسون إن الحكومة ستدعم المستشفيات.';
    expect(byName(her, 'ميشيل روبرتسون')?.name_en).toMatch(/^Michelle /);
    const him = 'وقال وزير الصحة الكندي ميشيل روبرتسون إن الحكومة ستدعم المستشفيات.';
    expect(byName(him, 'ميشيل روبرتسون')?.name_en).toMatch(/^Michel /);
  });
});
