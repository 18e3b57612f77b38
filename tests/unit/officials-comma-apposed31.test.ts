// Two words set off by commas right after a full title name its holder, even where the lexicon reads them as words of
// the language. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a name set off by commas after a full title', () => {
  it('reads the pair as the name when one word is a name the sources attest', () => {
    expect(names('وأعلن وزير الدفاع، أدن دوالي، نشر قوات الجيش في المدينة.')).toEqual(['أدن دوالي']);
    expect(names('وكان المفتش العام للشرطة، جافيت كومي، قد أكد أن الوضع هادئ.')).toEqual(['جافيت كومي']);
  });

  it('leaves an aside between commas alone', () => {
    for (const text of [
      'وقال وزير الدفاع، من جهته، إن الجيش جاهز.',
      'وأكد وزير الخارجية، في بيان، أن الاجتماع مثمر.',
      'وقال رئيس الوزراء، يوم الأحد، إن الحكومة ستجتمع.',
      'وأعلن وزير الصحة، عقب الاجتماع، عن إجراءات.',
      'وصرح وزير المالية، خلال مؤتمر، بأن العجز تراجع.',
      'وقال وزير الدفاع، مساء أمس، إن القوات تقدمت.',
    ]) expect(names(text)).toEqual([]);
  });
});
