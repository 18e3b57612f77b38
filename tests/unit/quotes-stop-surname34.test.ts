import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

const BEFORE = 'بيروت - وقال وليم نون إن "ما جرى انقلاب على العدالة". ';

describe('a family name that is also a word of the stop list («خلف» behind), closing the subject after a given name', () => {
  it("is the speaker's family name in a relative clause after the name", () => {
    // Annahar, Beirut port probe (heldout13, 1405).
    expect(speakerOf(BEFORE + 'وشارك في الاعتصام عدد من النواب، بينهم النائب ملحم خلف، الذي رأى أن القرار "باطل ولا قيمة قانونية له".', 'باطل')).toBe('ملحم خلف');
  });

  it('is the family name before «إن»', () => {
    expect(speakerOf('بيروت - وقال الناشط ملحم خلف إن القرار "باطل ولا قيمة قانونية له".', 'باطل')).toBe('ملحم خلف');
  });

  it('leaves a name the subject does not end on alone', () => {
    expect(speakerOf(BEFORE + 'وشارك في الاعتصام الناشط سامي كرم، الذي قال إن القرار "باطل".', 'باطل')).toBe('سامي كرم');
  });
});
