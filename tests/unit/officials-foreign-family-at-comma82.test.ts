// A foreign name's family name right before the comma that closes the item, though the lexicon reads it as a word.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('the family name before the comma after foreign given names', () => {
  it('keeps a listed family name that reads as a word too', () => {
    expect(names('وضم الوفد البرلماني النائبة روسا ماريا بارتا، عضو لجنة الصداقة، والسفير.')).toContain('روسا ماريا بارتا');
  });

  it('keeps a family name of no language after a particle read as a given name', () => {
    expect(names('ورافقه النائب خوان كارلوس ديل أغيلا، عضو لجنة الخارجية في الكونغرس.')).toContain('خوان كارلوس ديل أغيلا');
  });

  it('leaves out an adverb or a time word before the comma', () => {
    const got = names('وقال وزير الخارجية الأمريكي جون كيري مجددا، إن الحل ممكن.');
    expect(got).toContain('جون كيري');
    expect(names('واستقبل الرئيس نظيره الفرنسي إيمانويل ماكرون أمس، في قصر الإليزيه.')).not.toContain('إيمانويل ماكرون أمس');
  });
});
