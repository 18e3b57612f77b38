import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("an Arab family name with the article is read by its letters, not by a foreign list's English look-alike", () => {
  it("reads the Levant's family name by its letters", () => {
    // «النائبة زينب البدول» in Amman: Al-Badul/Al-Badoul, not Al-Bedwell.
    expect(nameToEnglish('زينب البدول', { country: 'JO' })).toMatch(/ Al-Bad(o)?ul$/);
  });

  it("keeps the French spellings of Beirut's press and the names the lists spell near their letters", () => {
    expect(nameToEnglish('سامي الجميل', { country: 'LB' })).toBe('Sami Gemayel');
    expect(nameToEnglish('وائل البرغوثي', { country: 'PS' })).toBe('Wael Al-Barghouti');
  });
});
