// A title cut short is read as whoever else holds a like title. "وكانت وزيرة الثقافة …، X، قد أعلنت": the person named
// between commas after a long title speaks by name, not the other minister the text named before. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speaker_ar : null;
};
const opening = 'قال وزير المالية كريم الهاشمي إن الميزانية الجديدة "ستقلص العجز".\n\n';

describe('the subject of كان: a title, then a name between commas, then قد', () => {
  it('a long title and a name the officials layer does not know', () => {
    const t = opening + 'وكان وزير الشباب والرياضة والثقافة والفنون والتراث والسياحة، مراد بلقاسمي، قد أكد أمس أن المهرجان "سيقام في موعده".';
    expect(speakerOf(t, 'في موعده')).toBe('مراد بلقاسمي');
  });
  it('the participle after it goes on with the same person', () => {
    const t = opening + 'وكان وزير الشباب والرياضة والثقافة والفنون والتراث والسياحة، مراد بلقاسمي، قد أكد أمس أن المهرجان "سيقام في موعده"، مضيفا أن التذاكر "نفدت".';
    expect(speakerOf(t, 'نفدت')).toBe('مراد بلقاسمي');
  });
  it('a title with nobody named after it still refers to the one who holds it', () => {
    const t = opening + 'وكان وزير المالية قد أكد أمس أن الديون "تحت السيطرة".';
    expect(speakerOf(t, 'تحت السيطرة')).toBe('كريم الهاشمي');
  });
});
